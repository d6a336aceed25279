// IIPA016: services that knowingly and actively encourage infringement must be jointly liable.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA016",
    Title = "No joint liability for services that encourage infringement",
    Category = "SafeHarbour",
    Severity = Severity.Warning,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\"",
    Description = "IIPA asks to retain \"a basis for joint liability of service providers that knowingly and actively encourage infringement\". Satisfied by joint and several liability, by liability for authorising infringement, or by making the platform itself directly liable.")]
[Fires("信息网络传播权保护条例\n第二十二条\n网络服务提供者为服务对象提供信息存储空间，供服务对象通过信息网络向公众提供作品、表演、录音录像制品，并具备下列条件的，[|不承担赔偿责任|]：\n(一)明确标示该信息存储空间是为服务对象所提供，并公开网络服务提供者的名称、联系人、网络地址；\n(二)未改变服务对象所提供的作品、表演、录音录像制品；\n(三)不知道也没有合理的理由应当知道服务对象提供的作品、表演、录音录像制品侵权；\n(四)未从服务对象提供作品、表演、录音录像制品中直接获得经济利益；\n(五)在接到权利人的通知书后，根据本条例规定删除权利人认为侵权的作品、表演、录音录像制品。",
    Note = "信息网络传播权保护条例（2013）, title and 第二十二条")]
[Fires("§ 512. Limitations on liability relating to material online\n(c) Information Residing on Systems or Networks At Direction of Users.—\n(1) In general.—A service provider [|shall not be liable|] for monetary relief, or, except as provided in subsection (j), for injunctive or other equitable relief, for infringement of copyright by reason of the storage at the direction of a user of material that resides on a system or network controlled or operated by or for the service provider, if the service provider—\n(A)\n(i) does not have actual knowledge that the material or an activity using the material on the system or network is infringing;\n(ii) in the absence of such actual knowledge, is not aware of facts or circumstances from which infringing activity is apparent; or\n(iii) upon obtaining such knowledge or awareness, acts expeditiously to remove, or disable access to, the material;\n(B) does not receive a financial benefit directly attributable to the infringing activity, in a case in which the service provider has the right and ability to control such activity; and\n(C) upon notification of claimed infringement as described in paragraph (3), responds expeditiously to remove, or disable access to, the material that is claimed to be infringing or to be the subject of infringing activity.",
    Note = "17 U.S.C. § 512(c)(1)")]
[DoesNotFire("第二十二条\n网络服务提供者为服务对象提供信息存储空间，供服务对象通过信息网络向公众提供作品、表演、录音录像制品，并具备下列条件的，不承担赔偿责任：\n(一)明确标示该信息存储空间是为服务对象所提供，并公开网络服务提供者的名称、联系人、网络地址；\n(二)未改变服务对象所提供的作品、表演、录音录像制品；\n(三)不知道也没有合理的理由应当知道服务对象提供的作品、表演、录音录像制品侵权；\n(四)未从服务对象提供作品、表演、录音录像制品中直接获得经济利益；\n(五)在接到权利人的通知书后，根据本条例规定删除权利人认为侵权的作品、表演、录音录像制品。\n第二十三条\n网络服务提供者为服务对象提供搜索或者链接服务，在接到权利人的通知书后，根据本条例规定断开与侵权的作品、表演、录音录像制品的链接的，不承担赔偿责任；但是，明知或者应知所链接的作品、表演、录音录像制品侵权的，应当承担共同侵权责任。",
    Note = "信息网络传播权保护条例（2013）第二十二条、第二十三条: 应当承担共同侵权责任")]
[DoesNotFire("第二十二条\n网络服务提供者为服务对象提供信息存储空间，供服务对象通过信息网络向公众提供作品、表演、录音录像制品，并具备下列条件的，不承担赔偿责任：\n(一)明确标示该信息存储空间是为服务对象所提供，并公开网络服务提供者的名称、联系人、网络地址；\n(二)未改变服务对象所提供的作品、表演、录音录像制品；\n(三)不知道也没有合理的理由应当知道服务对象提供的作品、表演、录音录像制品侵权；\n(四)未从服务对象提供作品、表演、录音录像制品中直接获得经济利益；\n(五)在接到权利人的通知书后，根据本条例规定删除权利人认为侵权的作品、表演、录音录像制品。\n第三十六条\n网络用户、网络服务提供者利用网络侵害他人民事权益的，应当承担侵权责任。\n网络用户利用网络服务实施侵权行为的，被侵权人有权通知网络服务提供者采取删除、屏蔽、断开链接等必要措施。网络服务提供者接到通知后未及时采取必要措施的，对损害的扩大部分与该网络用户承担连带责任。\n网络服务提供者知道网络用户利用其网络服务侵害他人民事权益，未采取必要措施的，与该网络用户承担连带责任。",
    Note = "中华人民共和国侵权责任法（2009）第三十六条: 连带责任")]
public sealed class NoJointLiability : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        TopicAnchor anchor = null!;

        When()
            .Match(() => scope, s => s.Covers(ScopeTopic.Intermediaries))
            .Match(() => anchor, a => a.Topic == ScopeTopic.Intermediaries)
            .Not<SecondaryLiability>();

        Then()
            .Do(ctx => ctx.Report(anchor,
                $"{Iipa.Where(anchor)}: no provision makes a service that abets, induces, assists or authorises infringement liable (jointly with the infringer or directly); IIPA asks for \"a basis for joint liability of service providers that knowingly and actively encourage infringement\". {Iipa.ScopeNote(scope, ScopeTopic.Intermediaries)}"));
    }
}

/// <summary>IIPA016 is satisfied: a provision makes services that encourage or assist infringement liable.</summary>
public sealed class JointLiabilityProvided : Rule
{
    public override void Define()
    {
        SecondaryLiability liability = null!;

        When()
            .Match(() => liability);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA016", liability, $"{liability.Provision.Label} makes a service that assists or authorises infringement liable (\"{liability.Text}\")."));
    }
}
