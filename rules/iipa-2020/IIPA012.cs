// IIPA012: takedown must be expeditious.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA012",
    Title = "Takedown is not required to be expeditious",
    Category = "SafeHarbour",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Clarify the Network Rules\"; \"Evolving Online Piracy Remains Serious\", fn. 10",
    Description = "IIPA asks for \"expeditious takedown of infringing content\" and complains of removal taking from one day up to 15 days. A removal duty with no timing word (promptly, expeditiously, immediately, without delay) is an error; a fixed period longer than 24 hours a warning. A duty that hands its procedure to another provision (\"in accordance with these Regulations\") takes that procedure's timing.")]
[Fires("第四十五条\n电子商务平台经营者知道或者应当知道平台内经营者侵犯知识产权的，应当采取[|删除|]、屏蔽、断开链接、终止交易和服务等必要措施；未采取必要措施的，与侵权人承担连带责任。",
    Note = "中华人民共和国电子商务法（2018）第四十五条")]
[Fires("Article 59 A network service provider that has received a written notification from a right holder shall, within [|three days|] after receiving the notification, delete the allegedly infringing work, performance or sound or video recording, or disconnect the link to it.",
    Note = "Sample draft (a), Article 59: a fixed period is a warning")]
[DoesNotFire("第十五条\n网络服务提供者接到权利人的通知书后，应当立即删除涉嫌侵权的作品、表演、录音录像制品，或者断开与涉嫌侵权的作品、表演、录音录像制品的链接，并同时将通知书转送提供作品、表演、录音录像制品的服务对象；服务对象网络地址不明、无法转送的，应当将通知书的内容同时在信息网络上公告。",
    Note = "信息网络传播权保护条例（2013）第十五条: 立即删除")]
[DoesNotFire("§ 512. Limitations on liability relating to material online\n(c) Information Residing on Systems or Networks At Direction of Users.—\n(1) In general.—A service provider shall not be liable for monetary relief, or, except as provided in subsection (j), for injunctive or other equitable relief, for infringement of copyright by reason of the storage at the direction of a user of material that resides on a system or network controlled or operated by or for the service provider, if the service provider—\n(A)\n(i) does not have actual knowledge that the material or an activity using the material on the system or network is infringing;\n(ii) in the absence of such actual knowledge, is not aware of facts or circumstances from which infringing activity is apparent; or\n(iii) upon obtaining such knowledge or awareness, acts expeditiously to remove, or disable access to, the material;\n(B) does not receive a financial benefit directly attributable to the infringing activity, in a case in which the service provider has the right and ability to control such activity; and\n(C) upon notification of claimed infringement as described in paragraph (3), responds expeditiously to remove, or disable access to, the material that is claimed to be infringing or to be the subject of infringing activity.",
    Note = "17 U.S.C. § 512(c)(1): acts expeditiously to remove")]
public sealed class TakedownNotExpeditious : Rule
{
    public override void Define()
    {
        TakedownDuty duty = null!;

        When()
            .Match(() => duty,
                d => (d.Timing == TakedownTiming.None && d.Procedure == null)
                    || (d.Timing == TakedownTiming.FixedPeriod && d.Period != null && d.Period.Hours > 24));

        Then()
            .Do(ctx => Report(ctx, duty));
    }

    private static void Report(IContext ctx, TakedownDuty duty)
    {
        if (duty.Timing == TakedownTiming.FixedPeriod)
        {
            ctx.Report(duty.LocationOf(duty.TimingSpan), Severity.Warning,
                $"{duty.Provision.Label} allows {duty.Period!.Describe()} (\"{Iipa.Words(duty, duty.TimingSpan)}\") to remove infringing material; IIPA asks for expeditious takedown and complains of removal taking from one day up to 15 days.",
                null);
            return;
        }
        string deferral = duty.DefersToProcedure ? $" and the procedure it refers to (\"{Iipa.Words(duty, duty.DeferenceSpan)}\") sets no timing either" : string.Empty;
        ctx.Report(duty.LocationOf(duty.ActionSpan), null,
            $"{duty.Provision.Label} requires removal (\"{Iipa.Words(duty, duty.ActionSpan)}\") without saying how quickly (promptly, expeditiously, immediately){deferral}; IIPA asks for \"expeditious takedown of infringing content\".",
            null);
    }
}

/// <summary>IIPA012 is satisfied: takedown must be immediate or expeditious.</summary>
public sealed class ExpeditiousTakedown : Rule
{
    public override void Define()
    {
        TakedownDuty duty = null!;

        When()
            .Match(() => duty, d => d.Timing == TakedownTiming.Prompt);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA012", Iipa.At(duty, duty.TimingSpan), $"{duty.Provision.Label} requires removal without delay (\"{Iipa.Words(duty, duty.TimingSpan)}\")."));
    }
}
