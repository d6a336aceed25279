// IIPA052: the statutory damages ceiling must be raised above the 2010 level.
using System.Collections.Frozen;

namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA052",
    Title = "Statutory damages ceiling not raised",
    Category = "Remedies",
    Severity = Severity.Warning,
    Source = "IIPA 2020 Special 301 Report, China, \"Guidelines on Strengthening the Protection of Intellectual Property Rights\" (Clause 2.1)",
    Description = "IIPA asks to \"raise the ceiling for civil compensation\". A statutory damages ceiling at or below the 2010 level (RMB 500,000, or its equivalent in the thresholds below) is a finding, per work or per infringement; an aggregate cap over all works is not compared. A separate lower cap, such as one for TPM violations, is judged too.")]
[Fires("第四十九条\n侵犯著作权或者与著作权有关的权利的，侵权人应当按照权利人的实际损失给予赔偿；实际损失难以计算的，可以按照侵权人的违法所得给予赔偿。赔偿数额还应当包括权利人为制止侵权行为所支付的合理开支。\n权利人的实际损失或者侵权人的违法所得不能确定的，由人民法院根据侵权行为的情节，判决给予[|五十万元|]以下的赔偿。",
    Note = "中华人民共和国著作权法（2010）第四十九条第二款")]
[Fires("(c) Statutory Damages.—\n(1) Except as provided by clause (2) of this subsection, the copyright owner may elect, at any time before final judgment is rendered, to recover, instead of actual damages and profits, an award of statutory damages for all infringements involved in the action, with respect to any one work, for which any one infringer is liable individually, or for which any two or more infringers are liable jointly and severally, in a sum of not less than $750 or more than [|$30,000|] as the court considers just.",
    Note = "17 U.S.C. § 504(c)(1)")]
[DoesNotFire("第五十四条\n侵犯著作权或者与著作权有关的权利的，侵权人应当按照权利人因此受到的实际损失或者侵权人的违法所得给予赔偿；权利人的实际损失或者侵权人的违法所得难以计算的，可以参照该权利使用费给予赔偿。对故意侵犯著作权或者与著作权有关的权利，情节严重的，可以在按照上述方法确定数额的一倍以上五倍以下给予赔偿。\n权利人的实际损失、侵权人的违法所得、权利使用费难以计算的，由人民法院根据侵权行为的情节，判决给予五百元以上五百万元以下的赔偿。",
    Note = "中华人民共和国著作权法（2020）第五十四条: 五百万元")]
[DoesNotFire("(c) Statutory Damages.—\n(2) In a case where the copyright owner sustains the burden of proving, and the court finds, that infringement was committed willfully, the court in its discretion may increase the award of statutory damages to a sum of not more than $150,000.",
    Note = "17 U.S.C. § 504(c)(2): $150,000 for wilful infringement")]
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

    internal static bool IsAtOrBelowThreshold(StatutoryDamagesCeiling ceiling) =>
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

/// <summary>IIPA052 is satisfied: a statutory damages ceiling is above the 2010 level.</summary>
public sealed class StatutoryCeilingRaised : Rule
{
    public override void Define()
    {
        StatutoryDamagesCeiling ceiling = null!;

        When()
            .Match(() => ceiling, c => c.Basis != CeilingBasis.Aggregate, c => StatutoryCeilingNotRaised.Thresholds.ContainsKey(c.Amount.Currency),
                c => !StatutoryCeilingNotRaised.IsAtOrBelowThreshold(c));

        Then()
            .Do(ctx => Satisfy(ctx, ceiling));
    }

    private static void Satisfy(IContext ctx, StatutoryDamagesCeiling ceiling) =>
        ctx.Satisfied("IIPA052", ceiling, $"{ceiling.Provision.Label} caps statutory damages at {ceiling.Amount.Text}, above {StatutoryCeilingNotRaised.Thresholds[ceiling.Amount.Currency]:#,0} {ceiling.Amount.Currency} (the 2010 level of RMB 500,000).");
}
