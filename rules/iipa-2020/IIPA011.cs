// IIPA011: a safe harbour must be lost on knowledge of infringement, not only on notice.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA011",
    Title = "Safe harbour is lost only on notice, not on other knowledge",
    Category = "SafeHarbour",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Clarify the Network Rules\"",
    Description = "Intermediaries must act \"upon notice or otherwise obtaining knowledge of infringement\". A harbour conditioned only on acting upon a notice, with no knowledge standard (knows or should know, reasonable grounds to know, aware of facts or circumstances), protects services that know of infringement but received no notice.")]
[Fires("第二十三条\n网络服务提供者为服务对象提供搜索或者链接服务，在[|接到权利人的通知书后|]，根据本条例规定断开与侵权的作品、表演、录音录像制品的链接的，不承担赔偿责任。",
    Note = "信息网络传播权保护条例（2013）第二十三条, without its proviso on knowing linking")]
[DoesNotFire("第二十二条\n网络服务提供者为服务对象提供信息存储空间，供服务对象通过信息网络向公众提供作品、表演、录音录像制品，并具备下列条件的，不承担赔偿责任：\n(一)明确标示该信息存储空间是为服务对象所提供，并公开网络服务提供者的名称、联系人、网络地址；\n(二)未改变服务对象所提供的作品、表演、录音录像制品；\n(三)不知道也没有合理的理由应当知道服务对象提供的作品、表演、录音录像制品侵权；\n(四)未从服务对象提供作品、表演、录音录像制品中直接获得经济利益；\n(五)在接到权利人的通知书后，根据本条例规定删除权利人认为侵权的作品、表演、录音录像制品。",
    Note = "信息网络传播权保护条例（2013）第二十二条: 不知道也没有合理的理由应当知道")]
[DoesNotFire("§ 512. Limitations on liability relating to material online\n(c) Information Residing on Systems or Networks At Direction of Users.—\n(1) In general.—A service provider shall not be liable for monetary relief, or, except as provided in subsection (j), for injunctive or other equitable relief, for infringement of copyright by reason of the storage at the direction of a user of material that resides on a system or network controlled or operated by or for the service provider, if the service provider—\n(A)\n(i) does not have actual knowledge that the material or an activity using the material on the system or network is infringing;\n(ii) in the absence of such actual knowledge, is not aware of facts or circumstances from which infringing activity is apparent; or\n(iii) upon obtaining such knowledge or awareness, acts expeditiously to remove, or disable access to, the material;\n(B) does not receive a financial benefit directly attributable to the infringing activity, in a case in which the service provider has the right and ability to control such activity; and\n(C) upon notification of claimed infringement as described in paragraph (3), responds expeditiously to remove, or disable access to, the material that is claimed to be infringing or to be the subject of infringing activity.",
    Note = "17 U.S.C. § 512(c)(1): aware of facts or circumstances")]
[DoesNotFire("Article 14\nHosting\n1. Where an information society service is provided that consists of the storage of information provided by a recipient of the service, Member States shall ensure that the service provider is not liable for the information stored at the request of a recipient of the service, on condition that:\n(a) the provider does not have actual knowledge of illegal activity or information and, as regards claims for damages, is not aware of facts or circumstances from which the illegal activity or information is apparent; or\n(b) the provider, upon obtaining such knowledge or awareness, acts expeditiously to remove or to disable access to the information.",
    Note = "Directive 2000/31/EC, Article 14(1)")]
public sealed class SafeHarbourLostOnlyOnNotice : Rule
{
    public override void Define()
    {
        SafeHarbour harbour = null!;

        When()
            .Match(() => harbour, h => h.IsNoticeOnly);

        Then()
            .Do(ctx => Report(ctx, harbour));
    }

    private static void Report(IContext ctx, SafeHarbour harbour) =>
        ctx.Report(harbour.LocationOf(harbour.NoticeSpan), null,
            $"{harbour.Provision.Label} keeps {Iipa.Describe(harbour.Kind)} services exempt unless they fail to act \"{Iipa.Words(harbour, harbour.NoticeSpan)}\", with no knowledge standard (\"knows or should know\", \"aware of facts or circumstances\"); IIPA asks that intermediaries act \"upon notice or otherwise obtaining knowledge of infringement\".",
            null);
}

/// <summary>IIPA011 is satisfied: a safe harbour is lost on knowledge or awareness, not on notice alone.</summary>
public sealed class HarbourLostOnKnowledge : Rule
{
    public override void Define()
    {
        SafeHarbour harbour = null!;

        When()
            .Match(() => harbour, h => !h.IsNoticeOnly, h => h.Knowledge != KnowledgeStandard.None);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA011", Iipa.At(harbour, harbour.KnowledgeSpan), $"{harbour.Provision.Label} takes the {Iipa.Describe(harbour.Kind)} harbour away from a provider that knows or has reason to know (\"{Iipa.Words(harbour, harbour.KnowledgeSpan)}\"), not only after a notice."));
    }
}
