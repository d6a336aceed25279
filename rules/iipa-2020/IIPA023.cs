// IIPA023: circumvention and trafficking must be criminal offences.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA023",
    Title = "No criminal liability for circumvention or trafficking",
    Category = "TechnologicalMeasures",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"More Sustained, Holistic Enforcement Approach Needed\"; \"Copyright Law Amendments Should Be Improved\"",
    Description = "IIPA asks for \"separately defining criminal violations regarding circumvention of TPMs, or trafficking in circumvention technologies\". No criminal sanction tied to the TPM provisions is an error; only a generic \"where a crime is constituted, criminal liability shall be investigated\" clause is a warning, since it depends on the criminal law defining the offence. An instrument that only obliges others to provide appropriate sanctions is not judged.")]
public sealed class NoCriminalTpmLiability : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        TpmCoverage coverage = null!;

        When()
            .Match(() => scope)
            .Match(() => coverage,
                c => c.Offence == null,
                c => c.SanctionsObligation == null,
                c => c.GenericSanction != null || scope.Covers(ScopeTopic.TechnologicalMeasures));

        Then()
            .Do(ctx => Report(ctx, scope, coverage));
    }

    private static void Report(IContext ctx, DraftScope scope, TpmCoverage coverage)
    {
        if (coverage.GenericSanction is CriminalSanction generic)
        {
            ctx.Report(generic.LocationOf(generic.SanctionSpan), Severity.Warning,
                $"{generic.Provision.Label} reaches circumvention or trafficking only through a generic clause (\"{Iipa.Words(generic, generic.SanctionSpan)}\"), which depends on the criminal law defining the offence; IIPA asks for \"separately defining criminal violations regarding circumvention of TPMs, or trafficking in circumvention technologies\".",
                null);
            return;
        }
        Location at = coverage.FirstProhibition is TpmProhibition first ? first.LocationOf(first.ActSpan) : coverage.Location;
        string where = coverage.FirstProhibition is null ? "The draft" : $"{coverage.FirstProhibition.Provision.Label} (\"{at.Quote}\")";
        ctx.Report(at, null,
            $"{where}: no criminal sanction reaches the circumvention of technological measures or trafficking in circumvention tools; IIPA asks for \"separately defining criminal violations\" for both. {Iipa.ScopeNote(scope, ScopeTopic.TechnologicalMeasures)}",
            null);
    }
}
