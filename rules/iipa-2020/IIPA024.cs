// IIPA024: protection must not depend on who applied the measure.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA024",
    Title = "Standing when the TPM was applied by a licensee",
    Category = "TechnologicalMeasures",
    Severity = Severity.Info,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\", fn. 44",
    Description = "IIPA asks \"to ensure that copyright owners have standing to bring suit in cases in which the TPM was employed by a licensee platform\". Protection limited to measures taken by the right holder for its works leaves out measures applied by licensees.")]
public sealed class TpmAppliedByRightHolderOnly : Rule
{
    public override void Define()
    {
        TpmProhibition prohibition = null!;

        When()
            .Match(() => prohibition, p => !p.AppliedByRightHolderSpan.IsNone);

        Then()
            .Do(ctx => ctx.Report(prohibition.LocationOf(prohibition.AppliedByRightHolderSpan), null,
                $"{prohibition.Provision.Label} protects only measures applied by the right holder (\"{Iipa.Words(prohibition, prohibition.AppliedByRightHolderSpan)}\"); IIPA asks that copyright owners have standing \"in cases in which the TPM was employed by a licensee platform\".",
                null));
    }
}
