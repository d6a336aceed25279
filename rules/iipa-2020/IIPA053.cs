// IIPA053: presumption of ownership.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA053",
    Title = "No presumption of ownership",
    Category = "Remedies",
    Severity = Severity.Warning,
    Source = "IIPA 2020 Special 301 Report, China, \"Phase One Agreement\", fn. 51 (Article 1.29); \"Compliance with Existing Obligations to the United States\"",
    Description = "IIPA asks for \"legal presumptions of copyright ownership, including waiving certain evidentiary requirements\" and criticises an \"inadequate presumption of ownership\". Judged where the draft's scope covers evidence in enforcement.")]
[Fires("中华人民共和国著作权法\n第一条\n为保护文学、艺术和科学作品作者的著作权，以及与著作权有关的权益，鼓励有益于社会主义精神文明、物质文明建设的作品的创作和传播，促进社会主义文化和科学事业的发展与繁荣，根据宪法制定本法。\n第二条\n[|著作权属于作者|]，本法另有规定的除外。",
    Note = "中华人民共和国著作权法（2010）第一条 and 第十一条第一款 (renumbered 第二条 to keep the articles consecutive)")]
[Fires("Copyright Law of the People's Republic of China\nArticle 1 This Law is enacted, in accordance with the Constitution, for the purposes of protecting the copyright of authors in their literary, artistic and scientific works and rights related to copyright.",
    Note = "PRC Copyright Law (2010), Article 1, English translation: a copyright law without a presumption")]
[DoesNotFire("104 Presumptions relevant to literary, dramatic, musical and artistic works.\n(2) Where a name purporting to be that of the author appeared on copies of the work as published or on the work when it was made, the person whose name appeared shall be presumed, until the contrary is proved—\n(a) to be the author of the work;",
    Note = "Copyright, Designs and Patents Act 1988, s. 104(2)")]
[DoesNotFire("第十二条\n在作品上署名的自然人、法人或者非法人组织为作者，且该作品上存在相应权利，但有相反证明的除外。",
    Note = "中华人民共和国著作权法（2020）第十二条第一款")]
public sealed class NoOwnershipPresumption : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        TopicAnchor anchor = null!;

        When()
            .Match(() => scope, s => s.Covers(ScopeTopic.Evidence))
            .Match(() => anchor, a => a.Topic == ScopeTopic.Evidence)
            .Not<OwnershipPresumption>();

        Then()
            .Do(ctx => ctx.Report(anchor,
                $"{Iipa.Where(anchor)}: no provision presumes that the person named on a work is its author or right holder absent proof to the contrary; IIPA asks for \"legal presumptions of copyright ownership\". {Iipa.ScopeNote(scope, ScopeTopic.Evidence)}"));
    }
}

/// <summary>IIPA053 is satisfied: the person named on a work is presumed its author or owner.</summary>
public sealed class OwnershipPresumed : Rule
{
    public override void Define()
    {
        OwnershipPresumption presumption = null!;

        When()
            .Match(() => presumption);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA053", presumption, $"{presumption.Provision.Label} presumes that the person named on the work is its author or owner."));
    }
}
