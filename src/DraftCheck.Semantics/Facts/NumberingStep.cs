using DraftCheck.Model;
using DraftCheck.Syntax;

namespace DraftCheck.Semantics;

/// <summary>
/// A numbered provision in its sequence: its number, the number of the numbered provision before it at the same level
/// (articles run across the whole draft, other provisions within their parent), and what lies between. One fact per
/// numbered provision; the words are its label.
/// </summary>
public sealed record NumberingStep : Fact
{
    /// <summary>Creates a numbering-step fact.</summary>
    public NumberingStep(ProvisionRef provision, Span span, string text, ProvisionKind kind, string number, ProvisionRef? previous, string previousNumber)
        : base(provision, span, text)
    {
        Kind = kind;
        Number = number;
        Previous = previous;
        PreviousNumber = previousNumber;
    }

    /// <summary>The provision's level.</summary>
    public ProvisionKind Kind { get; init; }

    /// <summary>The label as a lawyer cites it alone: "Article 5", "(c)", "第三章", "（五）".</summary>
    public string Number { get; init; }

    /// <summary>The numbered provision before it in the sequence; null for the first.</summary>
    public ProvisionRef? Previous { get; init; }

    /// <summary>The previous provision's label as cited alone; empty for the first.</summary>
    public string PreviousNumber { get; init; }

    /// <summary>How many numbers are skipped between the previous provision and this one (or before this one, for the first of a sequence not starting at 1).</summary>
    public int SkippedCount { get; init; }

    /// <summary>The first number skipped, as cited ("Article 4", "(b)"); empty when none is.</summary>
    public string FirstSkipped { get; init; } = string.Empty;

    /// <summary>The last number skipped, as cited; empty when none is.</summary>
    public string LastSkipped { get; init; } = string.Empty;

    /// <summary>An earlier provision in the same sequence with the same number, or null.</summary>
    public ProvisionRef? DuplicateOf { get; init; }

    /// <summary>Whether the number is lower than the previous one (and not a duplicate).</summary>
    public bool IsOutOfOrder { get; init; }

    /// <summary>
    /// Whether the sequence is that of the articles or divisions of an excerpt or a code (its first article is not
    /// numbered 1), where numbers are skipped on purpose.
    /// </summary>
    public bool InExcerpt { get; init; }
}
