// IIPA031: a remedy against apps and linking services for works hosted elsewhere.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA031",
    Title = "No remedy against apps and linking services for remotely hosted content",
    Category = "MakingAvailable",
    Severity = Severity.Warning,
    Source = "IIPA 2020 Special 301 Report, China, \"Priority Actions Requested in 2020\" (Legislation); \"More Sustained, Holistic Enforcement Approach Needed\"",
    Description = "IIPA asks for \"ensuring a remedy against apps facilitating infringement (especially where infringing content is hosted remotely)\". Judged where the draft's scope covers the making-available right.")]
[Fires("信息网络传播权保护条例\n第二十六条\n技术措施，是指用于防止、限制未经权利人许可浏览、欣赏作品、表演、录音录像制品的或者通过信息网络向公众提供作品、表演、录音录像制品的有效技术、装置或者部件。",
    Note = "信息网络传播权保护条例（2013）, title and 第二十六条")]
[Fires("DIRECTIVE 2001/29/EC OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL of 22 May 2001 on the harmonisation of certain aspects of copyright and related rights in the information society\nArticle 3\nRight of communication to the public of works and right of making available to the public other subject-matter\n1. Member States shall provide authors with the exclusive right to authorise or prohibit any communication to the public of their works, by wire or wireless means, including the making available to the public of their works in such a way that members of the public may access them from a place and at a time individually chosen by them.\n2. Member States shall provide for the exclusive right to authorise or prohibit the making available to the public, by wire or wireless means, in such a way that members of the public may access them from a place and at a time individually chosen by them:\n(a) for performers, of fixations of their performances;\n(b) for phonogram producers, of their phonograms;",
    Note = "Directive 2001/29/EC, title and Article 3")]
[DoesNotFire("第二十六条\n技术措施，是指用于防止、限制未经权利人许可浏览、欣赏作品、表演、录音录像制品的或者通过信息网络向公众提供作品、表演、录音录像制品的有效技术、装置或者部件。\n第二十三条\n网络服务提供者为服务对象提供搜索或者链接服务，在接到权利人的通知书后，根据本条例规定断开与侵权的作品、表演、录音录像制品的链接的，不承担赔偿责任；但是，明知或者应知所链接的作品、表演、录音录像制品侵权的，应当承担共同侵权责任。",
    Note = "信息网络传播权保护条例（2013）第二十六条、第二十三条: linking services are jointly liable")]
[DoesNotFire("第四十九条\n侵犯著作权或者与著作权有关的权利的，侵权人应当按照权利人的实际损失给予赔偿。",
    Note = "中华人民共和国著作权法（2010）第四十九条: no making-available right to judge")]
public sealed class NoLinkingRemedy : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        TopicAnchor anchor = null!;

        When()
            .Match(() => scope, s => s.Covers(ScopeTopic.MakingAvailable))
            .Match(() => anchor, a => a.Topic == ScopeTopic.MakingAvailable)
            .Not<LinkingRemedy>();

        Then()
            .Do(ctx => ctx.Report(anchor,
                $"{Iipa.Where(anchor)}: nothing gives right holders a remedy against linking, aggregation, indexing or app services that give access to works stored elsewhere; IIPA asks for \"a remedy against apps facilitating infringement (especially where infringing content is hosted remotely)\". {Iipa.ScopeNote(scope, ScopeTopic.MakingAvailable)}"));
    }
}

/// <summary>IIPA031 is satisfied: a remedy reaches apps and linking services.</summary>
public sealed class LinkingRemedyProvided : Rule
{
    public override void Define()
    {
        LinkingRemedy remedy = null!;

        When()
            .Match(() => remedy);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA031", Iipa.At(remedy, remedy.ServiceSpan), $"{remedy.Provision.Label} gives a remedy against linking and search services (\"{Iipa.Words(remedy, remedy.ServiceSpan)}\")."));
    }
}
