// IIPA060: exceptions confined by the three-step test.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA060",
    Title = "Exceptions not confined by the three-step test",
    Category = "Exceptions",
    Severity = Severity.Warning,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\"",
    Description = "IIPA asks that exceptions be \"adequately defined and appropriately narrow in scope, and otherwise consistent with the WTO TRIPS three-step test\": they must not conflict with a normal exploitation of the work nor unreasonably prejudice the legitimate interests of the right holder. Exceptions to TPM protection are not judged here.")]
public sealed class ExceptionsWithoutThreeStepTest : Rule
{
    public override void Define()
    {
        ExceptionsProvision exceptions = null!;

        When()
            .Match(() => exceptions)
            .Not<ThreeStepTest>(t => t.HasBothConditions);

        Then()
            .Do(ctx => ctx.Report(exceptions.LocationOf(exceptions.LeadSpan), null,
                $"{exceptions.Provision.Label} allows uses without permission (\"{Iipa.Words(exceptions, exceptions.LeadSpan)}\") and no provision confines them by the three-step test (no conflict with a normal exploitation of the work, no unreasonable prejudice to the right holder's legitimate interests); IIPA asks that exceptions be \"consistent with the WTO TRIPS three-step test\".",
                null));
    }
}
