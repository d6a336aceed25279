// DRAFT004: one defined thing, one name.
namespace DraftCheck.Packs.Drafting;

[Rule("DRAFT004",
    Title = "Two names for one defined thing",
    Category = "Definitions",
    Severity = Severity.Warning,
    Source = "Drafting convention: once a thing is defined, the draft calls it by its defined name only",
    Description = "The draft defines a term and elsewhere uses a near-synonym for the same thing (\"internet service provider\" where \"network service provider\" is defined, \"互联网服务提供者\" where \"网络服务提供者\" is). A reader, or a court, may take the two names for two things. The fix puts the defined name in place of the other one.")]
public sealed class TwoNamesForOneThing : Rule
{
    public override void Define()
    {
        TermVariant variant = null!;

        When()
            .Match(() => variant);

        Then()
            .Do(ctx => ctx.Report(variant,
                $"{variant.Provision.Label} says \"{variant.Text}\", but {variant.Definition.Provision.Label} defines the thing as \"{variant.DefinedTerm}\".",
                Fix.Replace($"Use the defined term \"{variant.DefinedTerm}\"", variant.Span, variant.DefinedTerm)));
    }
}
