// IIPA070: criminal liability must not require a profit motive.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA070",
    Title = "Criminal liability requires a profit motive",
    Category = "Criminal",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Compliance with Existing Obligations to the United States\"",
    Description = "The requirement that infringement be \"for the purpose of making profits\" is inconsistent with TRIPS Articles 41 and 61. A finding unless another offence in the draft covers the same acts without that element.")]
public sealed class ProfitMotiveRequired : Rule
{
    public override void Define()
    {
        CriminalSanction offence = null!;

        When()
            .Match(() => offence, o => o.Kind == CriminalSanctionKind.Offence, o => o.RequiresProfitMotive)
            .Not<CriminalSanction>(o => o.Kind == CriminalSanctionKind.Offence && !o.RequiresProfitMotive
                && o.CoversTechnologicalMeasures == offence.CoversTechnologicalMeasures && o.CoversInfringement == offence.CoversInfringement);

        Then()
            .Do(ctx => ctx.Report(offence.LocationOf(offence.ProfitMotiveSpan), null,
                $"{offence.Provision.Label} makes a profit motive an element of the offence (\"{Iipa.Words(offence, offence.ProfitMotiveSpan)}\"); IIPA notes that requiring infringement to be \"for the purpose of making profits\" is inconsistent with TRIPS Articles 41 and 61.",
                null));
    }
}
