// IIPA080: extended collective management is controversial.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA080",
    Title = "Extended collective management",
    Category = "CollectiveManagement",
    Severity = Severity.Info,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\"",
    Description = "IIPA lists extended collective management (and resale rights) among \"the controversial provisions in the prior draft\": a collective management organisation representing right holders who are not its members.")]
public sealed class ExtendedCollectiveManagementProvision : Rule
{
    public override void Define()
    {
        ExtendedCollectiveManagement management = null!;

        When()
            .Match(() => management);

        Then()
            .Do(ctx => ctx.Report(management.LocationOf(management.NonMembersSpan), null,
                $"{management.Provision.Label} lets a collective management organisation represent right holders who are not its members (\"{Iipa.Words(management, management.NonMembersSpan)}\"); IIPA counts extended collective management among \"the controversial provisions in the prior draft\".",
                null));
    }
}
