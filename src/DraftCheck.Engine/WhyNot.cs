using System.Collections.Immutable;
using System.Text;

namespace DraftCheck.Engine;

/// <summary>Where a rule stands with the facts a session holds now.</summary>
public enum WhyNotOutcome
{
    /// <summary>No combination of facts satisfies the rule; the steps say where every candidate was rejected.</summary>
    NoMatch,

    /// <summary>The rule has matches; some wait on the agenda (the session has not fired since, or was stopped).</summary>
    Pending,

    /// <summary>The rule has matches and every one of them has fired.</summary>
    Fired,
}

/// <summary>
/// The answer to "why didn't my rule fire?": for each alternative of the rule (one unless it has Or groups), each
/// element in order with the number of partial matches before and after it, and the conditions that rejected facts.
/// </summary>
public sealed class WhyNotReport
{
    internal WhyNotReport(string ruleName, WhyNotOutcome outcome, int pending, int fired, ImmutableArray<WhyNotAlternative> alternatives)
    {
        RuleName = ruleName;
        Outcome = outcome;
        Pending = pending;
        Fired = fired;
        Alternatives = alternatives;
    }

    /// <summary>The rule explained.</summary>
    public string RuleName { get; }

    /// <summary>Whether the rule matches now and whether its matches fired.</summary>
    public WhyNotOutcome Outcome { get; }

    /// <summary>The rule's matches waiting on the agenda.</summary>
    public int Pending { get; }

    /// <summary>The rule's matches that fired and still hold.</summary>
    public int Fired { get; }

    /// <summary>The rule's alternatives, in order.</summary>
    public ImmutableArray<WhyNotAlternative> Alternatives { get; }

    /// <summary>The most rejections <see cref="ToString"/> shows per element.</summary>
    public const int RejectionsShown = 5;

    /// <summary>A readable explanation, one line per element and rejection.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append($"Rule '{RuleName}': ").Append(Outcome switch
        {
            WhyNotOutcome.Fired => $"{Fired} match(es), all fired.",
            WhyNotOutcome.Pending => $"{Pending + Fired} match(es), {Pending} waiting on the agenda.",
            _ => "no match.",
        }).Append('\n');
        foreach (WhyNotAlternative alternative in Alternatives)
        {
            if (Alternatives.Length > 1) text.Append($"  alternative {alternative.Index + 1}: {alternative.Matches} match(es)\n");
            foreach (WhyNotStep step in alternative.Steps)
            {
                text.Append($"    {step.Element}: {step.MatchesBefore} -> {step.MatchesAfter}\n");
                foreach (WhyNotRejection rejection in step.Rejections.Take(RejectionsShown))
                {
                    text.Append($"      {rejection}\n");
                }
                if (step.Rejections.Length > RejectionsShown) text.Append($"      ... and {step.Rejections.Length - RejectionsShown} more\n");
            }
        }
        return text.ToString();
    }
}

/// <summary>One alternative of a rule: its elements in order.</summary>
public sealed class WhyNotAlternative(int index, ImmutableArray<WhyNotStep> steps)
{
    /// <summary>The alternative's position among the rule's alternatives, from 0.</summary>
    public int Index { get; } = index;

    /// <summary>The elements in order.</summary>
    public ImmutableArray<WhyNotStep> Steps { get; } = steps;

    /// <summary>The complete matches of this alternative.</summary>
    public int Matches => Steps.IsEmpty ? 0 : Steps[^1].MatchesAfter;
}

/// <summary>One element of an alternative, such as <c>Match Term term</c> or <c>Not Category</c>.</summary>
public sealed class WhyNotStep(string element, int matchesBefore, int matchesAfter, ImmutableArray<WhyNotRejection> rejections)
{
    /// <summary>The element, as in <c>Match Term term</c>.</summary>
    public string Element { get; } = element;

    /// <summary>The partial matches that reached the element.</summary>
    public int MatchesBefore { get; } = matchesBefore;

    /// <summary>The partial matches that passed it.</summary>
    public int MatchesAfter { get; } = matchesAfter;

    /// <summary>Each rejection: the condition and the facts it rejected (or, for Not, the fact that blocked the match).</summary>
    public ImmutableArray<WhyNotRejection> Rejections { get; } = rejections;
}

/// <summary>A condition that rejected facts: false for them, or threw (<see cref="Error"/>).</summary>
public sealed record WhyNotRejection(string Condition, ImmutableArray<object?> Facts, string? Error)
{
    /// <summary>The condition, the facts, and the error if any.</summary>
    public override string ToString() =>
        $"{Condition} rejected {string.Join(", ", Facts.Select(RuleErrors.Describe))}{(Error is null ? "" : $" (threw {Error})")}";
}
