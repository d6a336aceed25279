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
