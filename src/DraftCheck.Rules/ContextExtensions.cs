using DraftCheck.Model;

namespace DraftCheck.Rules;

/// <summary>
/// Reporting findings from a rule's action: <c>Then().Do(ctx => ctx.Report(term, $"..."))</c>. A finding is a fact linked
/// to the activation, so it disappears if the match that caused it goes away. These are overloads rather than optional
/// parameters because actions are expression trees, which cannot omit arguments.
/// </summary>
public static class ContextExtensions
{
    /// <summary>Reports a finding at the words of <paramref name="at"/>, with the rule's default severity.</summary>
    public static void Report(this IContext context, Fact at, string message) =>
        Report(context, at.Location, null, message, null);

    /// <summary>Reports a finding at the words of <paramref name="at"/>, with a suggested fix.</summary>
    public static void Report(this IContext context, Fact at, string message, Fix? fix) =>
        Report(context, at.Location, null, message, fix);

    /// <summary>Reports a finding at the words of <paramref name="at"/> with <paramref name="severity"/> instead of the rule's default.</summary>
    public static void Report(this IContext context, Fact at, Severity severity, string message) =>
        Report(context, at.Location, severity, message, null);

    /// <summary>Reports a finding with its own severity and a suggested fix.</summary>
    public static void Report(this IContext context, Fact at, Severity severity, string message, Fix? fix) =>
        Report(context, at.Location, severity, message, fix);

    /// <summary>Reports a finding at <paramref name="location"/> (for example part of a fact's words, <c>fact.LocationOf(span)</c>).</summary>
    public static void Report(this IContext context, Location location, Severity? severity, string message, Fix? fix)
    {
        RuleDescriptor rule = context.Rule.Descriptor
            ?? throw new InvalidOperationException($"Rule '{context.Rule.Name}' reports findings but has no [Rule(...)] attribute.");
        var finding = new Finding(rule, message, location)
        {
            Severity = severity ?? rule.DefaultSeverity,
            Fix = fix,
        };
        context.InsertLinked(finding);
    }
}

/// <summary>
/// Stating how a checklist item ends when there is no finding: <c>ctx.Satisfied("IIPA001", term, "...")</c> names the
/// words that satisfy it, <c>ctx.NotApplicable("IIPA001", scope, "...")</c> says why it does not apply. Like a finding,
/// a conclusion is linked to the match that caused it. The item is named by id, so that a companion rule next to the
/// item's rule can state it.
/// </summary>
public static class ConclusionExtensions
{
    /// <summary>States that the words of <paramref name="at"/> satisfy item <paramref name="itemId"/>.</summary>
    public static void Satisfied(this IContext context, string itemId, Fact at, string reason) =>
        context.InsertLinked(new Conclusion(itemId, AssessmentOutcome.Satisfied, reason, at.Location));

    /// <summary>States that the words at <paramref name="location"/> (for example <c>fact.LocationOf(span)</c>) satisfy item <paramref name="itemId"/>.</summary>
    public static void Satisfied(this IContext context, string itemId, Location location, string reason) =>
        context.InsertLinked(new Conclusion(itemId, AssessmentOutcome.Satisfied, reason, location));

    /// <summary>States that item <paramref name="itemId"/> does not apply, pointing at the words that decide it (the scope's).</summary>
    public static void NotApplicable(this IContext context, string itemId, Location location, string reason) =>
        context.InsertLinked(new Conclusion(itemId, AssessmentOutcome.NotApplicable, reason, location));
}
