// IIPA010: safe harbours only for passive and neutral intermediaries.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA010",
    Title = "Safe harbour not limited to passive and neutral intermediaries",
    Category = "SafeHarbour",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Clarify the Network Rules\"; \"Copyright Law Amendments Should Be Improved\"",
    Description = "Only \"passive and neutral intermediaries that do not contribute to infringing activities\" should be eligible for safe harbours; activities must be \"merely technical, automatic and passive\". Each kind of harbour (conduit, caching, hosting, linking and search) is judged on its own conditions.")]
public sealed class SafeHarbourWithoutNeutrality : Rule
{
    public override void Define()
    {
        SafeHarbour harbour = null!;

        When()
            .Match(() => harbour, h => !h.HasNeutralityCondition);

        Then()
            .Do(ctx => Report(ctx, harbour));
    }

    private static void Report(IContext ctx, SafeHarbour harbour) =>
        ctx.Report(harbour.LocationOf(harbour.ExemptionSpan), null,
            $"{harbour.Provision.Label} exempts {Iipa.Describe(harbour.Kind)} services from liability (\"{Iipa.Words(harbour, harbour.ExemptionSpan)}\") without a condition that the service is passive and neutral (not selecting or altering the works, no direct financial benefit); IIPA asks that only activities that are \"merely technical, automatic and passive\" be eligible.",
            null);
}
