using System.Collections.Immutable;
using DraftCheck.Model;

namespace DraftCheck.Rules;

/// <summary>
/// Words a finding must point at, marked in provision text: <c>[|...|]</c> for a finding of any rule under test,
/// <c>{|IIPA001:...|}</c> for a finding of rule IIPA001. The same markup as Roslyn's analyzer tests, used by rule
/// examples (<see cref="FiresAttribute"/>) and the test kit.
/// </summary>
/// <param name="Span">The marked words' span in the text without markup.</param>
/// <param name="RuleId">The rule the finding must come from, or null for <c>[|...|]</c>.</param>
public sealed record MarkedSpan(Span Span, string? RuleId);

/// <summary>Provision text with its markup taken out: the plain text and the marked spans, in order of their start.</summary>
/// <param name="Text">The text without markup.</param>
/// <param name="Spans">The marked spans, ordered by start then length.</param>
public sealed record MarkedText(string Text, ImmutableArray<MarkedSpan> Spans)
{
    /// <summary>Whether the text marks any words.</summary>
    public bool HasSpans => !Spans.IsEmpty;
}

/// <summary>Parses <c>[|...|]</c> and <c>{|ID:...|}</c> markup; spans may nest and may be empty.</summary>
public static class ProvisionMarkup
{
    /// <summary>Parses <paramref name="markup"/>.</summary>
    /// <exception cref="FormatException">The markup is unbalanced or a rule id is malformed; the message gives the position.</exception>
    public static MarkedText Parse(string markup)
    {
        if (!TryParse(markup, out MarkedText? text, out string? error)) throw new FormatException(error);
        return text!;
    }

    /// <summary>Parses <paramref name="markup"/>; on failure says why, with the position in the markup (counted from 0).</summary>
    public static bool TryParse(string markup, out MarkedText? text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var plain = new System.Text.StringBuilder(markup.Length);
        var open = new Stack<(int Start, string? RuleId, int MarkupPosition)>();
        var spans = new List<MarkedSpan>();
        int i = 0;
        while (i < markup.Length)
        {
            if (At(markup, i, "[|"))
            {
                open.Push((plain.Length, null, i));
                i += 2;
            }
            else if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|')
            {
                int colon = markup.IndexOf(':', i + 2);
                string id = colon < 0 ? string.Empty : markup[(i + 2)..colon];
                if (colon < 0 || !RuleIds.IsValid(id))
                {
                    (text, error) = (null, $"markup at {i}: '{{|' must be followed by a rule id and a colon, as in {{|IIPA001:fifty|}}");
                    return false;
                }
                open.Push((plain.Length, id, i));
                i = colon + 1;
            }
            else if (At(markup, i, "|]") || At(markup, i, "|}"))
            {
                bool named = markup[i + 1] == '}';
                if (open.Count == 0 || (open.Peek().RuleId is not null) != named)
                {
                    (text, error) = (null, $"markup at {i}: '{markup.Substring(i, 2)}' closes no {(named ? "'{|ID:'" : "'[|'")}");
                    return false;
                }
                (int start, string? ruleId, _) = open.Pop();
                spans.Add(new MarkedSpan(Span.FromBounds(start, plain.Length), ruleId));
                i += 2;
            }
            else
            {
                plain.Append(markup[i]);
                i++;
            }
        }
        if (open.Count > 0)
        {
            (text, error) = (null, $"markup at {open.Peek().MarkupPosition}: '{(open.Peek().RuleId is null ? "[|" : "{|")}' is never closed");
            return false;
        }
        spans.Sort((a, b) => a.Span.CompareTo(b.Span));
        (text, error) = (new MarkedText(plain.ToString(), [.. spans]), null);
        return true;
    }

    private static bool At(string text, int index, string token) => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;
}

/// <summary>The form of rule ids: capital letters, then digits (<c>IIPA001</c>, <c>DRAFT012</c>).</summary>
public static class RuleIds
{
    /// <summary>Whether <paramref name="id"/> is capital ASCII letters followed by ASCII digits, at least one of each.</summary>
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id)) return false;
        int letters = 0;
        while (letters < id.Length && id[letters] is >= 'A' and <= 'Z') letters++;
        if (letters == 0 || letters == id.Length) return false;
        for (int i = letters; i < id.Length; i++)
        {
            if (id[i] is < '0' or > '9') return false;
        }
        return true;
    }

    /// <summary>The letters of a valid id: <c>IIPA</c> for <c>IIPA001</c>.</summary>
    public static string PrefixOf(string id) => new([.. id.TakeWhile(c => c is >= 'A' and <= 'Z')]);
}
