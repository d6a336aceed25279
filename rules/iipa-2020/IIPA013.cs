// IIPA013: infringing content must stay down.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA013",
    Title = "No obligation to keep infringing content down",
    Category = "SafeHarbour",
    Severity = Severity.Warning,
    Source = "IIPA 2020 Special 301 Report, China, \"Evolving Online Piracy Remains Serious\", fn. 20; \"Copyright Law Amendments Should Be Improved\"",
    Description = "Infringing content \"reappears quickly as there is no requirement ... to ensure this content stays down permanently\"; IIPA asks for \"other measures demonstrated effective in preventing or restraining infringement\". Judged only where the draft has a takedown regime.")]
public sealed class NoStayDown : Rule
{
    public override void Define()
    {
        TakedownDuty duty = null!;

        When()
            .Match(() => duty, d => d.Ordinal == 1)
            .Not<StayDownDuty>();

        Then()
            .Do(ctx => Report(ctx, duty));
    }

    private static void Report(IContext ctx, TakedownDuty duty) =>
        ctx.Report(duty.LocationOf(duty.ActionSpan), null,
            $"The draft has a takedown regime ({duty.Provision.Label}: \"{Iipa.Words(duty, duty.ActionSpan)}\") but no obligation to keep removed material from being uploaded again (stay-down, filtering); IIPA notes that infringing content \"reappears quickly\" without one.",
            null);
}
