using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DraftCheck.Model;
using DraftCheck.Syntax;

namespace DraftCheck.Semantics.Extraction;

/// <summary>
/// An extractor that reads whole statements (a paragraph with its items and tail) rather than one provision's own words:
/// each statement is read once, from the provision that owns it, and each fact is given the provision holding its
/// decisive words.
/// </summary>
internal abstract class StatementExtractor : IFactExtractor
{
    public void Extract(ExtractionScope scope, ICollection<Fact> facts)
    {
        // A provision with a wrap-up ("if the conditions set forth in paragraph (2) are met.") is visited once per own
        // span; its statements are read in the visit of the first own span they touch, so that each is read once.
        Span firstOwn = scope.Provision.OwnSpans().FirstOrDefault(Span.None);
        Statements statements = Statements.Of(scope.Tree);
        foreach (Statement statement in statements.OwnedBy(scope.Provision))
        {
            if (statement.IsHeading) continue;
            Span readFrom = scope.Provision.OwnSpans().FirstOrDefault(own => own.OverlapsWith(statement.Span), firstOwn);
            if (readFrom != scope.Span) continue;
            Read(statements.TextOf(statement), facts);
        }
    }

    protected abstract void Read(StatementText statement, ICollection<Fact> facts);
}

/// <summary>The words of one statement, with the ways extractors cut it: lines, clauses, sentences, list items.</summary>
internal sealed partial class StatementText
{
    private ImmutableArray<Span> _lines;
    private ImmutableArray<Span> _clauses;

    public StatementText(ProvisionTree tree, Span span)
    {
        Tree = tree;
        Span = span;
    }

    public ProvisionTree Tree { get; }

    public string Text => Tree.Text.Text;

    public Span Span { get; }

    /// <summary>The words at <paramref name="span"/>.</summary>
    public string this[Span span] => span.IsNone ? string.Empty : Text.Substring(span.Start, span.Length);

    /// <summary>The provision holding <paramref name="span"/>, as facts name it.</summary>
    public ProvisionRef ProvisionAt(Span span) => Tree.ProvisionAt(span).Ref;

    /// <summary>The statement's paragraphs (its lead-in, items and tail), without their line breaks.</summary>
    public ImmutableArray<Span> Lines
    {
        get
        {
            if (_lines.IsDefault)
            {
                var lines = ImmutableArray.CreateBuilder<Span>();
                int start = Span.Start;
                for (int i = Span.Start; i <= Span.End; i++)
                {
                    if (i < Span.End && Text[i] != '\n') continue;
                    if (i > start) lines.Add(Span.FromBounds(start, i));
                    start = i + 1;
                }
                _lines = lines.ToImmutable();
            }
            return _lines;
        }
    }

    /// <summary>The clauses: the statement cut at semicolons, full stops and line breaks.</summary>
    public ImmutableArray<Span> Clauses
    {
        get
        {
            if (_clauses.IsDefault) _clauses = [.. Lines.SelectMany(l => Extraction.Clauses.Split(Text, l))];
            return _clauses;
        }
    }

    /// <summary>The clause holding <paramref name="position"/>.</summary>
    public Span ClauseAt(int position) => Clauses.FirstOrDefault(c => c.Start <= position && position < c.End, Span.None);

    /// <summary>The line holding <paramref name="position"/>.</summary>
    public Span LineAt(int position) => Lines.FirstOrDefault(l => l.Start <= position && position < l.End, Span.None);

    /// <summary>
    /// The sentence holding <paramref name="position"/>: cut at full stops ("。", ". " after a lower-case word) but not at
    /// line breaks, so that a lead-in and its items are one sentence.
    /// </summary>
    public Span SentenceAt(int position)
    {
        int start = Span.Start, end = Span.End;
        for (int i = position - 1; i >= Span.Start; i--)
        {
            if (IsSentenceEnd(i)) { start = i + 1; break; }
        }
        for (int i = position; i < Span.End; i++)
        {
            if (IsSentenceEnd(i)) { end = i + 1; break; }
        }
        return Span.FromBounds(start, end);
    }

    private bool IsSentenceEnd(int i)
    {
        char c = Text[i];
        if (c is '。' or '！' or '？') return true;
        return c == '.' && i + 1 < Span.End && Text[i + 1] is ' ' or '\n' && i > 0 && char.IsLower(Text[i - 1])
            && !(i >= 2 && Text[i - 2] == ' ' && Text[i - 1] is 'e' or 'i'); // "i.e." and "e.g." do not end sentences
    }

    /// <summary>The first line, which introduces the items that follow.</summary>
    public Span LeadIn => Lines.IsEmpty ? Span : Lines[0];

    /// <summary>The lines after the first that start with a list label ("(1)", "（一）", "(a)").</summary>
    public IEnumerable<Span> Items => Lines.Skip(1).Where(l => ListLabels.StartsItem(Text, l));

    /// <summary>
    /// <paramref name="span"/> without a label at its start ("第四十二条　", "Article 42 ", "(6) ", "（一）"), so that quoted
    /// words are the provision's own.
    /// </summary>
    public Span WithoutLabel(Span span)
    {
        span = Trim(span);
        if (span.IsNone) return span;
        Match label = LeadingLabel().Match(Text, span.Start, span.Length);
        return label.Success && label.Length < span.Length ? Span.FromBounds(span.Start + label.Length, span.End) : span;
    }

    [GeneratedRegex(@"\G(?:第[一二三四五六七八九十百零〇\d]+条|Article\s+\d+[a-z]?|§+\s*\d+[A-Za-z]*\.?|\([0-9a-zA-Z]{1,4}\)|[（(][一二三四五六七八九十]+[）)]|\d+\.(?=\s))[\s\u3000]*")]
    private static partial Regex LeadingLabel();

    /// <summary>Trims white space at both ends of <paramref name="span"/>.</summary>
    public Span Trim(Span span)
    {
        if (span.IsNone) return span;
        int start = span.Start, end = span.End;
        while (start < end && (char.IsWhiteSpace(Text[start]) || Text[start] == '\u3000')) start++;
        while (end > start && (char.IsWhiteSpace(Text[end - 1]) || Text[end - 1] == '\u3000')) end--;
        return Span.FromBounds(start, end);
    }
}

/// <summary>List labels at the start of a line: "(1)", "(a)", "(A)", "(i)", "（一）", "(一)", "1.".</summary>
internal static class ListLabels
{
    public static bool StartsItem(string text, Span line)
    {
        int i = line.Start;
        while (i < line.End && char.IsWhiteSpace(text[i])) i++;
        if (i >= line.End) return false;
        char open = text[i];
        if (open is '(' or '（')
        {
            int close = text.IndexOfAny([')', '）'], i + 1, Math.Min(8, line.End - i - 1));
            return close > i + 1 && text.AsSpan(i + 1, close - i - 1).IndexOfAnyExcept("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ一二三四五六七八九十") < 0;
        }
        int digits = i;
        while (digits < line.End && char.IsAsciiDigit(text[digits])) digits++;
        return digits > i && digits + 1 < line.End && text[digits] == '.' && text[digits + 1] == ' ';
    }
}
