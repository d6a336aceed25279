using DraftCheck.Model;

namespace DraftCheck.Semantics.Extraction;

/// <summary>Splits provision text into clauses at semicolons and full stops, the unit in which a term and its expiry date are read together.</summary>
internal static class Clauses
{
    public static IEnumerable<Span> Split(string text, Span span)
    {
        int start = span.Start;
        for (int i = span.Start; i < span.End; i++)
        {
            char c = text[i];
            bool ends = c is '；' or ';' or '。'
                || (c == '.' && i + 1 < span.End && text[i + 1] == ' ' && i > 0 && char.IsLower(text[i - 1]));
            if (!ends) continue;
            if (i > start) yield return Span.FromBounds(start, i);
            start = i + 1;
        }
        if (span.End > start) yield return Span.FromBounds(start, span.End);
    }
}
