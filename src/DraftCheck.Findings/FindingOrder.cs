using System.Collections.Immutable;
using DraftCheck.Model;

namespace DraftCheck.Findings;

/// <summary>The one order every report uses: draft, position in the draft, rule id, message.</summary>
public static class FindingOrder
{
    /// <summary>Compares findings in report order.</summary>
    public static IComparer<Finding> Comparer { get; } = Comparer<Finding>.Create(Compare);

    /// <summary>Sorts findings in report order (a stable sort, so equal findings keep their order).</summary>
    public static ImmutableArray<Finding> Sort(IEnumerable<Finding> findings) => [.. findings.OrderBy(f => f, Comparer)];

    private static int Compare(Finding? a, Finding? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return -1;
        if (b is null) return 1;
        int c = string.CompareOrdinal(a.Location.Draft, b.Location.Draft);
        if (c != 0) return c;
        // Findings about the whole draft (no span) come first.
        c = a.Location.Span.Start.CompareTo(b.Location.Span.Start);
        if (c != 0) return c;
        c = a.Location.Span.Length.CompareTo(b.Location.Span.Length);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.RuleId, b.RuleId);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }
}
