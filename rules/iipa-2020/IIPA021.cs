// IIPA021: circumvention must be unlawful without proof of infringement.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA021",
    Title = "Circumvention is unlawful only where it infringes",
    Category = "TechnologicalMeasures",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\", fn. 44",
    Description = "IIPA asks for liability for circumventing access controls \"without the need to prove a copyright infringement occurred\".")]
public sealed class CircumventionTiedToInfringement : Rule
{
    public override void Define()
    {
        TpmProhibition prohibition = null!;

        When()
            .Match(() => prohibition, p => p.RequiresInfringement);

        Then()
            .Do(ctx => ctx.Report(prohibition.LocationOf(prohibition.InfringementNexusSpan), null,
                $"{prohibition.Provision.Label} makes the prohibition depend on infringement (\"{Iipa.Words(prohibition, prohibition.InfringementNexusSpan)}\"); IIPA asks for liability \"without the need to prove a copyright infringement occurred\".",
                null));
    }
}
