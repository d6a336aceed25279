// IIPA014: repeat infringers must be suspended or terminated.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA014",
    Title = "No repeat-infringer policy",
    Category = "SafeHarbour",
    Severity = Severity.Warning,
    Source = "IIPA 2020 Special 301 Report, China, \"Evolving Online Piracy Remains Serious\"; \"Guidelines on Strengthening the Protection of Intellectual Property Rights\" (Clause 2.3)",
    Description = "IIPA asks services to \"suspend or terminate repeat infringers\" and welcomes a \"blacklist\" of repeat infringers. Judged only where the draft has safe harbours or platform obligations.")]
[Fires("第二十二条\n网络服务提供者为服务对象提供信息存储空间，供服务对象通过信息网络向公众提供作品、表演、录音录像制品，并具备下列条件的，[|不承担赔偿责任|]：\n(一)明确标示该信息存储空间是为服务对象所提供，并公开网络服务提供者的名称、联系人、网络地址；\n(二)未改变服务对象所提供的作品、表演、录音录像制品；\n(三)不知道也没有合理的理由应当知道服务对象提供的作品、表演、录音录像制品侵权；\n(四)未从服务对象提供作品、表演、录音录像制品中直接获得经济利益；\n(五)在接到权利人的通知书后，根据本条例规定删除权利人认为侵权的作品、表演、录音录像制品。",
    Note = "信息网络传播权保护条例（2013）第二十二条")]
[Fires("§ 512. Limitations on liability relating to material online\n(c) Information Residing on Systems or Networks At Direction of Users.—\n(1) In general.—A service provider shall not be liable for monetary relief, or, except as provided in subsection (j), for injunctive or other equitable relief, for infringement of copyright by reason of the storage at the direction of a user of material that resides on a system or network controlled or operated by or for the service provider, if the service provider—\n(A)\n(i) does not have actual knowledge that the material or an activity using the material on the system or network is infringing;\n(ii) in the absence of such actual knowledge, is not aware of facts or circumstances from which infringing activity is apparent; or\n(iii) upon obtaining such knowledge or awareness, acts expeditiously to remove, or disable access to, the material;\n(B) does not receive a financial benefit directly attributable to the infringing activity, in a case in which the service provider has the right and ability to control such activity; and\n(C) upon notification of claimed infringement as described in paragraph (3), responds expeditiously to remove, or disable access to, the material that is claimed to be infringing or to be the subject of infringing activity.",
    Note = "17 U.S.C. § 512(c)(1) without subsection (i)")]
[DoesNotFire("§ 512. Limitations on liability relating to material online\n(c) Information Residing on Systems or Networks At Direction of Users.—\n(1) In general.—A service provider shall not be liable for monetary relief, or, except as provided in subsection (j), for injunctive or other equitable relief, for infringement of copyright by reason of the storage at the direction of a user of material that resides on a system or network controlled or operated by or for the service provider, if the service provider—\n(A)\n(i) does not have actual knowledge that the material or an activity using the material on the system or network is infringing;\n(ii) in the absence of such actual knowledge, is not aware of facts or circumstances from which infringing activity is apparent; or\n(iii) upon obtaining such knowledge or awareness, acts expeditiously to remove, or disable access to, the material;\n(B) does not receive a financial benefit directly attributable to the infringing activity, in a case in which the service provider has the right and ability to control such activity; and\n(C) upon notification of claimed infringement as described in paragraph (3), responds expeditiously to remove, or disable access to, the material that is claimed to be infringing or to be the subject of infringing activity.\n(i) Conditions for Eligibility.—\n(1) Accommodation of technology.—The limitations on liability established by this section shall apply to a service provider only if the service provider—\n(A) has adopted and reasonably implemented, and informs subscribers and account holders of the service provider’s system or network of, a policy that provides for the termination in appropriate circumstances of subscribers and account holders of the service provider’s system or network who are repeat infringers; and\n(B) accommodates and does not interfere with standard technical measures.",
    Note = "17 U.S.C. § 512(c) and (i)(1)(A): termination of repeat infringers")]
[DoesNotFire("第四十九条\n侵犯著作权或者与著作权有关的权利的，侵权人应当按照权利人的实际损失给予赔偿。",
    Note = "中华人民共和国著作权法（2010）第四十九条: no harbour to judge")]
public sealed class NoRepeatInfringerPolicy : Rule
{
    public override void Define()
    {
        TopicAnchor anchor = null!;

        When()
            .Match(() => anchor, a => a.Topic == ScopeTopic.Intermediaries,
                a => a.Of is SafeHarbour || a.Of is TakedownDuty || a.Of is Restoration || a.Of is StayDownDuty)
            .Not<RepeatInfringerPolicy>();

        Then()
            .Do(ctx => ctx.Report(anchor,
                $"The draft sets safe-harbour conditions or platform obligations ({Iipa.Where(anchor)}) but none to suspend or terminate the accounts of repeat infringers; IIPA asks services to \"suspend or terminate repeat infringers\"."));
    }
}

/// <summary>IIPA014 is satisfied: the draft requires a repeat-infringer policy.</summary>
public sealed class RepeatInfringerPolicyRequired : Rule
{
    public override void Define()
    {
        RepeatInfringerPolicy policy = null!;

        When()
            .Match(() => policy);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA014", policy, $"{policy.Provision.Label} requires a policy against repeat infringers."));
    }
}
