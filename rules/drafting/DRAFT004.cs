// DRAFT004: one defined thing, one name.
namespace DraftCheck.Packs.Drafting;

[Rule("DRAFT004",
    Title = "Two names for one defined thing",
    Category = "Definitions",
    Severity = Severity.Warning,
    Source = "Drafting convention: once a thing is defined, the draft calls it by its defined name only",
    Description = "The draft defines a term and elsewhere uses a near-synonym for the same thing (\"internet service provider\" where \"network service provider\" is defined, \"互联网服务提供者\" where \"网络服务提供者\" is). A reader, or a court, may take the two names for two things. The fix puts the defined name in place of the other one.")]
[Fires("Article 1 In this Law, “network service provider” means a provider of information storage space.\nArticle 2 An [|internet service provider|] that removes an infringing work after a notice is not liable.",
    Note = "internet service provider for the defined network service provider")]
[Fires("第一条\n本法所称的网络服务提供者，是指提供信息存储空间的单位。\n第二条\n[|互联网服务提供者|]应当公告其名称。",
    Note = "互联网服务提供者 for the defined 网络服务提供者")]
[DoesNotFire("Article 1 In this Law, “network service provider” means a provider of information storage space.\nArticle 2 A network service provider that removes an infringing work after a notice is not liable.",
    Note = "the defined name throughout")]
[DoesNotFire("第一条\n本法所称的网络服务提供者，是指提供信息存储空间的单位。\n第二条\n网络服务提供者应当公告其名称。",
    Note = "网络服务提供者 throughout")]
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
