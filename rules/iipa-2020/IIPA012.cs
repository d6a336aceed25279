// IIPA012: takedown must be expeditious.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA012",
    Title = "Takedown is not required to be expeditious",
    Category = "SafeHarbour",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Clarify the Network Rules\"; \"Evolving Online Piracy Remains Serious\", fn. 10",
    Description = "IIPA asks for \"expeditious takedown of infringing content\" and complains of removal taking from one day up to 15 days. A removal duty with no timing word (promptly, expeditiously, immediately, without delay) is an error; a fixed period longer than 24 hours a warning. A duty that hands its procedure to another provision (\"in accordance with these Regulations\") takes that procedure's timing.")]
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
