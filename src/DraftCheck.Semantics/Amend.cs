using DraftCheck.Model;
using DraftCheck.Syntax.Grammars;

namespace DraftCheck.Semantics;

/// <summary>Builds suggested amendments from facts, for rules to attach to their findings.</summary>
public static class Amend
{
    /// <summary>
    /// A fix that rewrites every mention of a number to <paramref name="value"/>, each in its own form: "fifty" becomes
    /// "seventy" and "fiftieth" becomes "seventieth" in one tracked change.
    /// </summary>
    public static Fix Numbers(string title, IEnumerable<Numeral> mentions, long value) =>
        new(title, [.. mentions.Select(m => new TextEdit(m.Span, m.Rewrite(value)))]);
}
