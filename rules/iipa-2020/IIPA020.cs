// IIPA020: technological measures must include access controls.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA020",
    Title = "TPM definition does not cover access controls",
    Category = "TechnologicalMeasures",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\", fn. 44",
    Description = "IIPA asks for liability when a service \"circumvents TPMs that rights holders use to prevent unauthorized access (i.e., access controls)\". A definition covering only measures against copying, or no definition at all while TPMs are regulated, leaves access controls unprotected.")]
public sealed class TpmWithoutAccessControl : Rule
{
    public override void Define()
    {
        TpmCoverage coverage = null!;

        When()
            .Match(() => coverage, c => c.IsRegulated, c => c.AccessDefinition == null);

        Then()
            .Do(ctx => Report(ctx, coverage));
    }

    private static void Report(IContext ctx, TpmCoverage coverage)
    {
        if (coverage.CopyOnlyDefinition is TpmDefinition definition)
        {
            ctx.Report(definition.LocationOf(definition.TermSpan), null,
                $"{definition.Provision.Label} defines technological measures (\"{Iipa.Words(definition, definition.TermSpan)}\") by what they protect against copying, not as measures that control access to works; IIPA asks for protection of TPMs \"that rights holders use to prevent unauthorized access (i.e., access controls)\".",
                null);
            return;
        }
        TpmProhibition prohibition = coverage.FirstProhibition!;
        ctx.Report(prohibition.LocationOf(prohibition.ActSpan), null,
            $"{prohibition.Provision.Label} protects technological measures (\"{Iipa.Words(prohibition, prohibition.ActSpan)}\") but the draft does not define them, so nothing says that measures controlling access to works are covered; IIPA asks for protection of \"access controls\".",
            null);
    }
}
