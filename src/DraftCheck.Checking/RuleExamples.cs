using System.Collections.Immutable;
using System.Reflection;
using DraftCheck.Findings;
using DraftCheck.Model;
using DraftCheck.Rules;
using DraftCheck.Rules.Model;

namespace DraftCheck.Checking;

/// <summary>An example a rule declares in its source (<see cref="FiresAttribute"/>, <see cref="DoesNotFireAttribute"/>).</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Fires">True when the provision must produce a finding of the rule, false when it must produce none.</param>
/// <param name="Provision">The provision text, with markup for a <c>[Fires]</c> example that marks words.</param>
/// <param name="Note">Where the wording comes from, or empty.</param>
public sealed record RuleExample(string RuleId, bool Fires, string Provision, string Note)
{
    /// <summary>The provision without markup.</summary>
    public string PlainText => ProvisionMarkup.TryParse(Provision, out MarkedText? text, out _) ? text!.Text : Provision;
}

/// <summary>The outcome of one example: what went wrong (nothing when it passed) and the rule's findings on it.</summary>
public sealed record ExampleOutcome(RuleExample Example, ImmutableArray<string> Problems, ImmutableArray<Finding> Findings)
{
    /// <summary>Whether the rule behaved as the example says.</summary>
    public bool Passed => Problems.IsEmpty;
}

/// <summary>Reads and runs the examples rules declare, for <c>draftcheck rules test</c>, <c>explain</c> and the test kit.</summary>
public static class RuleExamples
{
    /// <summary>The examples of <paramref name="rule"/>, <c>[Fires]</c> first, each in source order.</summary>
    public static ImmutableArray<RuleExample> Of(RuleDefinition rule)
    {
        if (rule.RuleType is null || rule.Descriptor is null) return [];
        string id = rule.Descriptor.Id;
        return
        [
            .. rule.RuleType.GetCustomAttributes<FiresAttribute>(inherit: false).Select(a => new RuleExample(id, true, a.Provision, a.Note)),
            .. rule.RuleType.GetCustomAttributes<DoesNotFireAttribute>(inherit: false).Select(a => new RuleExample(id, false, a.Provision, a.Note)),
        ];
    }

    /// <summary>Runs every example of <paramref name="rules"/> with <paramref name="checker"/> (which runs the whole pack, so that facts derived by other rules are there).</summary>
    public static ImmutableArray<ExampleOutcome> Run(DraftChecker checker, IEnumerable<RuleDefinition> rules) =>
        [.. rules.OrderBy(r => r.Name, StringComparer.Ordinal).SelectMany(r => Of(r)).Select(e => Run(checker, e))];

    /// <summary>Runs one example.</summary>
    public static ExampleOutcome Run(DraftChecker checker, RuleExample example)
    {
        ProvisionSnippet snippet;
        try
        {
            snippet = ProvisionSnippet.Parse(example.Provision);
        }
        catch (FormatException ex)
        {
            return new ExampleOutcome(example, [$"the example's {ex.Message}"], []);
        }
        DraftResult result = snippet.Check(checker);
        ImmutableArray<Finding> findings = [.. result.Findings.Where(f => f.RuleId == example.RuleId)];
        var problems = ImmutableArray.CreateBuilder<string>();
        problems.AddRange(result.Errors.Select(e => $"{e.Code}: {e.Message}"));
        if (example.Fires)
        {
            if (findings.IsEmpty) problems.Add($"expected a finding of {example.RuleId}, got none");
            else if (!snippet.Marked.IsEmpty) problems.AddRange(snippet.Compare(findings, example.RuleId));
        }
        else
        {
            problems.AddRange(findings.Select(f => $"expected no finding of {example.RuleId}, got one at {snippet.Describe(snippet.ToSnippet(f.Location.Span))}: {f.Message}"));
        }
        problems.AddRange(findings.Where(f => string.IsNullOrWhiteSpace(f.Message)).Select(f => $"a finding at {snippet.Describe(snippet.ToSnippet(f.Location.Span))} has an empty message"));
        return new ExampleOutcome(example, problems.ToImmutable(), findings);
    }
}
