// IIPA022: trafficking in circumvention devices, components and services, including export, must be prohibited.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA022",
    Title = "Trafficking in circumvention tools not fully covered",
    Category = "TechnologicalMeasures",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\"; \"Priority Actions Requested in 2020\"",
    Description = "IIPA asks to cover \"the manufacture, distribution, and exportation of circumvention devices and software components\" and services. No trafficking prohibition is an error (where the draft's scope covers TPMs); a prohibition omitting components, services, import or export is a warning. Only a named export or a general catch-all (\"or otherwise traffic in\") covers export.")]
public sealed class TraffickingNotCovered : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        TpmCoverage coverage = null!;

        When()
            .Match(() => scope)
            .Match(() => coverage, c => c.HasTrafficking ? !c.IsTraffickingComplete : scope.Covers(ScopeTopic.TechnologicalMeasures));

        Then()
            .Do(ctx => Report(ctx, scope, coverage));
    }

    private static void Report(IContext ctx, DraftScope scope, TpmCoverage coverage)
    {
        if (coverage.FirstTrafficking is TpmProhibition trafficking)
        {
            var missing = new List<string>();
            if ((coverage.Tools & CircumventionTools.Components) == 0) missing.Add("components");
            if ((coverage.Tools & CircumventionTools.Services) == 0) missing.Add("services");
            if (!coverage.CoversImport) missing.Add("import");
            if (!coverage.CoversExport) missing.Add("export");
            ctx.Report(trafficking.LocationOf(trafficking.ActsSpan), Severity.Warning,
                $"{trafficking.Provision.Label} prohibits trafficking in circumvention tools (\"{Iipa.Words(trafficking, trafficking.ActsSpan)}\") but not {string.Join(", ", missing)}; IIPA asks to cover \"the manufacture, distribution, and exportation of circumvention devices and software components\".",
                null);
            return;
        }
        Location at = coverage.FirstProhibition is TpmProhibition first ? first.LocationOf(first.ActSpan) : coverage.Location;
        string where = coverage.FirstProhibition is null ? "The draft" : $"{coverage.FirstProhibition.Provision.Label} (\"{at.Quote}\")";
        ctx.Report(at, null,
            $"{where}: no provision prohibits the manufacture, import, export, distribution or provision of circumvention devices, components or services; IIPA asks to cover \"the manufacture, distribution, and exportation of circumvention devices and software components\". {Iipa.ScopeNote(scope, ScopeTopic.TechnologicalMeasures)}",
            null);
    }
}
