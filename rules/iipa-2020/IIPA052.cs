// IIPA052: the statutory damages ceiling must be raised above the 2010 level.
using System.Collections.Frozen;

namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA052",
    Title = "Statutory damages ceiling not raised",
    Category = "Remedies",
    Severity = Severity.Warning,
    Source = "IIPA 2020 Special 301 Report, China, \"Guidelines on Strengthening the Protection of Intellectual Property Rights\" (Clause 2.1)",
    Description = "IIPA asks to \"raise the ceiling for civil compensation\". A statutory damages ceiling at or below the 2010 level (RMB 500,000, or its equivalent in the thresholds below) is a finding, per work or per infringement; an aggregate cap over all works is not compared. A separate lower cap, such as one for TPM violations, is judged too.")]
public sealed class StatutoryCeilingNotRaised : Rule
{
    /// <summary>The ceiling at or below which a finding is reported, per currency: the rule's parameter.</summary>
    public static readonly FrozenDictionary<string, decimal> Thresholds = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["CNY"] = 500_000m,
        ["USD"] = 75_000m,
        ["EUR"] = 65_000m,
        ["GBP"] = 55_000m,
        ["SGD"] = 100_000m,
        ["INR"] = 6_000_000m,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public override void Define()
    {
        StatutoryDamagesCeiling ceiling = null!;

        When()
            .Match(() => ceiling, c => c.Basis != CeilingBasis.Aggregate, c => IsAtOrBelowThreshold(c));

        Then()
            .Do(ctx => Report(ctx, ceiling));
    }

    private static bool IsAtOrBelowThreshold(StatutoryDamagesCeiling ceiling) =>
        Thresholds.TryGetValue(ceiling.Amount.Currency, out decimal threshold) && ceiling.Amount.Value <= threshold;

    private static void Report(IContext ctx, StatutoryDamagesCeiling ceiling)
    {
        string subject = ceiling.Subject == CeilingSubject.TechnologicalMeasures ? "statutory damages for TPM violations" : "statutory damages";
        string per = ceiling.Basis switch
        {
            CeilingBasis.PerWork => " per work",
            CeilingBasis.PerInfringement => " per infringement",
            _ => string.Empty,
        };
        ctx.Report(ceiling.LocationOf(ceiling.Amount.Span), null,
            $"{ceiling.Provision.Label} caps {subject} at {ceiling.Amount.Text}{per}, at or below {Thresholds[ceiling.Amount.Currency]:#,0} {ceiling.Amount.Currency} (the 2010 level of RMB 500,000); IIPA asks to \"raise the ceiling for civil compensation\".",
            null);
    }
}
