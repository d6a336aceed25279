using DraftCheck.Model;
using DraftCheck.Syntax.Grammars;

namespace DraftCheck.Semantics;

/// <summary>Who an injunction or order may be made against.</summary>
public enum InjunctionTarget
{
    /// <summary>The infringer, or anyone the words do not restrict to intermediaries ("责令停止有关行为").</summary>
    Infringer,

    /// <summary>Network service providers or other intermediaries, access providers included.</summary>
    Intermediary,
}

/// <summary>
/// A provision allowing an injunction or an order to stop, block or disable access: "grant an injunction against a service
/// provider", "apply for an injunction against intermediaries", "申请采取责令停止有关行为…的措施".
/// </summary>
public sealed record InjunctionProvision : Fact
{
    /// <summary>Creates an injunction fact.</summary>
    public InjunctionProvision(ProvisionRef provision, Span span, string text, InjunctionTarget target, Span orderSpan)
        : base(provision, span, text)
    {
        Target = target;
        OrderSpan = orderSpan;
    }

    /// <summary>Who the order may be made against.</summary>
    public InjunctionTarget Target { get; init; }

    /// <summary>The words of the order ("injunction", "责令停止有关行为", "terminate or prevent an infringement").</summary>
    public Span OrderSpan { get; init; }

    /// <summary>The words naming the intermediary, or none.</summary>
    public Span TargetSpan { get; init; } = Span.None;
}

/// <summary>The ways a damages provision measures compensation.</summary>
[Flags]
public enum DamagesMeasure
{
    /// <summary>None named.</summary>
    None = 0,

    /// <summary>The right holder's actual loss (实际损失).</summary>
    ActualLoss = 1 << 0,

    /// <summary>The infringer's profits or unlawful gains (违法所得).</summary>
    InfringerProfits = 1 << 1,

    /// <summary>Statutory (pre-established) damages fixed by the court within limits.</summary>
    Statutory = 1 << 2,

    /// <summary>Punitive or multiple damages (惩罚性赔偿, "一倍以上五倍以下", treble damages).</summary>
    Punitive = 1 << 3,
}

/// <summary>
/// A provision measuring civil damages for infringement: "侵权人应当按照权利人的实际损失给予赔偿", "对故意侵犯著作权…情节严重的，
/// 可以在按照上述方法确定数额的一倍以上五倍以下给予赔偿".
/// </summary>
public sealed record DamagesProvision : Fact
{
    /// <summary>Creates a damages fact.</summary>
    public DamagesProvision(ProvisionRef provision, Span span, string text, DamagesMeasure measures)
        : base(provision, span, text)
    {
        Measures = measures;
    }

    /// <summary>The measures named.</summary>
    public DamagesMeasure Measures { get; init; }

    /// <summary>The words of the first measure named ("实际损失", "actual losses").</summary>
    public Span MeasureSpan { get; init; } = Span.None;

    /// <summary>The words providing punitive or multiple damages, or none.</summary>
    public Span PunitiveSpan { get; init; } = Span.None;

    /// <summary>Whether punitive or multiple damages are provided.</summary>
    public bool IsPunitive => (Measures & DamagesMeasure.Punitive) != 0;

    /// <summary>Words limiting punitive damages to wilful infringement ("故意", "willfully"), or none.</summary>
    public Span WilfulSpan { get; init; } = Span.None;
}

/// <summary>What a statutory damages ceiling is counted per.</summary>
public enum CeilingBasis
{
    /// <summary>The words do not say.</summary>
    Unspecified,

    /// <summary>Per work ("with respect to any one work").</summary>
    PerWork,

    /// <summary>Per act or per infringement ("per act of circumvention").</summary>
    PerInfringement,

    /// <summary>An aggregate cap over all works or infringements in the case.</summary>
    Aggregate,
}

/// <summary>What a ceiling applies to.</summary>
public enum CeilingSubject
{
    /// <summary>Infringement of copyright and related rights.</summary>
    Infringement,

    /// <summary>Violations of the protection of technological measures.</summary>
    TechnologicalMeasures,
}

/// <summary>
/// The ceiling of statutory (pre-established) damages: "判决给予五十万元以下的赔偿", "not ... more than $30,000", with the
/// amount and its currency in <see cref="Amount"/>.
/// </summary>
public sealed record StatutoryDamagesCeiling : Fact
{
    /// <summary>Creates a ceiling fact.</summary>
    public StatutoryDamagesCeiling(ProvisionRef provision, Span span, string text, MoneyAmount amount, CeilingBasis basis, CeilingSubject subject)
        : base(provision, span, text)
    {
        Amount = amount;
        Basis = basis;
        Subject = subject;
    }

    /// <summary>The ceiling, with its currency and words.</summary>
    public MoneyAmount Amount { get; init; }

    /// <summary>What the ceiling is counted per.</summary>
    public CeilingBasis Basis { get; init; }

    /// <summary>What the ceiling applies to.</summary>
    public CeilingSubject Subject { get; init; }

    /// <summary>Whether the ceiling is an enhanced one for wilful infringement ("committed willfully ... not more than $150,000").</summary>
    public bool IsForWilfulInfringement { get; init; }
}

/// <summary>
/// A presumption that the person named on a work is its author or right holder absent proof to the contrary:
/// "如无相反证明，在作品上署名的公民、法人或者其他组织为作者".
/// </summary>
public sealed record OwnershipPresumption : Fact
{
    /// <summary>Creates a presumption fact.</summary>
    public OwnershipPresumption(ProvisionRef provision, Span span, string text) : base(provision, span, text)
    {
    }
}

/// <summary>
/// A heavier penalty for repeated infringement: "shall be fined not more than $1,000,000 or imprisoned for not more than
/// 10 years, or both, for any subsequent offense", "多次侵权的，从重处罚".
/// </summary>
public sealed record RepeatInfringerPenalty : Fact
{
    /// <summary>Creates a repeat-penalty fact.</summary>
    public RepeatInfringerPenalty(ProvisionRef provision, Span span, string text) : base(provision, span, text)
    {
    }
}
