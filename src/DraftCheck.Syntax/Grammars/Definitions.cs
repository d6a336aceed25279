using System.Collections.Immutable;
using DraftCheck.Model;
using Sprache;

namespace DraftCheck.Syntax.Grammars;

/// <summary>A term a draft writes as a defined term: where, its words, and whether these words define it.</summary>
/// <param name="Span">The term's words, without quotation marks.</param>
/// <param name="Term">The term as written: "service provider", "技术措施".</param>
/// <param name="IsDefinition">Whether the words around it define the term ("“X” means", "本法所称的X，是指", "(以下简称X)"),
/// rather than use it in quotation marks.</param>
public sealed record TermMatch(Span Span, string Term, bool IsDefinition);

/// <summary>
/// Defined terms in English and Chinese statute wording: "“service provider” means", "the term “works” includes", "the
/// terms “VHS format”, ... and “NTSC” have the meanings", "shall be deemed 'effective' where", "a technological measure
/// “effectively controls access to a work” if", "本法所称的作品，包括", "本法所称的著作权即版权", "（以下统称权利人）",
/// "技术措施，是指".
/// </summary>
public static class Definitions
{
    private static readonly Parser<string> s_ws = Parse.Chars(' ', '\u00A0').Many().Text();

    private static readonly Parser<object> s_wordEnd = Parse.LetterOrDigit.Not();

    private static Parser<string> Word(string word) => Parse.IgnoreCase(word).Text().Then(w => s_wordEnd.Return(w));

    /// <summary>The verb that follows a defined term: "means", "includes", "has the meaning", "refers to".</summary>
    private static readonly Parser<string> s_definingVerb =
        Word("means").Or(Word("mean")).Or(Word("includes")).Or(Word("include"))
            .Or(from h in Word("has").Or(Word("have")) from s in s_ws from t in Word("the") from s2 in s_ws
                from same in (from w in Word("same") from s3 in s_ws select w).Optional()
                from m in Word("meanings").Or(Word("meaning"))
                select "has the meaning")
            .Or(from r in Word("refers").Or(Word("refer")) from s in s_ws from t in Word("to") select "refers to")
            .Or(from sh in Word("shall") from s in s_ws from m in Word("mean") select "shall mean")
            // "“technological measures” are any technology, device or component which..."
            .Or(from verb in Word("are").Or(Word("is")) from s in s_ws from article in Word("any").Or(Word("a")).Or(Word("an")).Or(Word("the")) select verb)
            .Or(Parse.String("是指").Or(Parse.String("，是指")).Or(Parse.String("，指")).Or(Parse.String("指")).Or(Parse.String("包括")).Or(Parse.String("，包括")).Text());

    private static readonly (char Open, char Close)[] s_quotes = [('“', '”'), ('"', '"'), ('‘', '’'), ('\'', '\''), ('「', '」')];

    /// <summary>Every quoted term and every Chinese definition in <paramref name="span"/>, in order.</summary>
    public static ImmutableArray<TermMatch> FindAll(string text, Span span)
    {
        var found = ImmutableArray.CreateBuilder<TermMatch>();
        var quoted = new List<(Span Term, Span Quoted)>();
        for (int i = span.Start; i < span.End; i++)
        {
            if (TryQuoted(text, span, i, out Span term, out Span whole))
            {
                quoted.Add((term, whole));
                i = whole.End - 1;
            }
        }
        int definitionClause = -1; // where the clause of the last definition starts
        for (int q = 0; q < quoted.Count; q++)
        {
            (Span term, Span whole) = quoted[q];
            bool defines = DefinesQuoted(text, span, quoted, q);
            int clause = ClauseStart(text, span, whole.Start);
            // 'The term "copyright" ... is synonymous with "banquan"': a quoted word in the words defining another term is
            // part of the definition, not a use of a defined term.
            if (!defines && clause == definitionClause) continue;
            if (defines) definitionClause = clause;
            found.Add(new TermMatch(term, text.Substring(term.Start, term.Length), defines));
        }
        FindChinese(text, span, found);
        found.Sort((a, b) => a.Span.CompareTo(b.Span));
        return found.ToImmutable();
    }

    private static bool TryQuoted(string text, Span span, int at, out Span term, out Span whole)
    {
        term = whole = Span.None;
        char open = text[at];
        int kind = Array.FindIndex(s_quotes, q => q.Open == open);
        if (kind < 0) return false;
        char close = s_quotes[kind].Close;
        // A straight or curly apostrophe is a quotation mark only where a word starts: not in "author's".
        if (open is '\'' or '"' or '‘' && at > span.Start && char.IsLetterOrDigit(text[at - 1])) return false;
        if (at + 1 >= span.End || !char.IsLetterOrDigit(text[at + 1])) return false;
        for (int end = at + 1; end < span.End && end - at <= 100; end++)
        {
            char c = text[end];
            if (c is '\n' or ';' or '；' or '。') return false;
            if (c != close) continue;
            // A closing apostrophe followed by a letter is part of a word ("author’s"), not the end of the quotation.
            if (close is '’' or '\'' && end + 1 < span.End && char.IsLetter(text[end + 1])) continue;
            if (end - at < 2) return false;
            term = Span.FromBounds(at + 1, end);
            whole = Span.FromBounds(at, end + 1);
            return true;
        }
        return false;
    }

    private static readonly string[] s_introducers = ["the term", "the terms", "the expression", "the expressions", "deemed", "called", "referred to as", "hereinafter", "known as", "所称", "简称", "统称"];

    /// <summary>
    /// A quoted term is defined when a defining verb follows it (or the list of quoted terms it starts), when "the term" or
    /// "deemed" introduces it, or when its sentence goes on with a condition: "are “effective” if".
    /// </summary>
    private static bool DefinesQuoted(string text, Span span, List<(Span Term, Span Quoted)> quoted, int index)
    {
        // Skip the rest of a list of quoted terms: “VHS format”, “8mm format”, ..., and “NTSC” have the meanings.
        int after = quoted[index].Quoted.End;
        for (int next = index + 1; next < quoted.Count; next++)
        {
            string between = text[after..quoted[next].Quoted.Start];
            if (between.Trim(' ', ',').Replace("and", "", StringComparison.Ordinal).Replace("or", "", StringComparison.Ordinal).Trim(' ', ',').Length != 0) break;
            after = quoted[next].Quoted.End;
        }
        int verbAt = after;
        while (verbAt < span.End && text[verbAt] == ' ') verbAt++;
        if (verbAt < span.End && s_definingVerb.TryParseAt(text, verbAt, out _, out _)) return true;

        int clauseStart = ClauseStart(text, span, quoted[index].Quoted.Start);
        string before = text[Math.Max(clauseStart, quoted[index].Quoted.Start - 60)..quoted[index].Quoted.Start];
        if (s_introducers.Any(w => before.Contains(w, StringComparison.OrdinalIgnoreCase))) return true;

        int clauseEnd = ClauseEnd(text, span, quoted[index].Quoted.End);
        string rest = text[quoted[index].Quoted.End..clauseEnd];
        return rest.Contains(" if ", StringComparison.Ordinal) || rest.Contains(" where ", StringComparison.Ordinal) || rest.EndsWith(" if", StringComparison.Ordinal);
    }

    private static int ClauseStart(string text, Span span, int position)
    {
        for (int i = position - 1; i >= span.Start; i--)
        {
            if (text[i] is ';' or '；' or '。' or ':' or '：' or '—' || (text[i] == '.' && i + 1 < text.Length && text[i + 1] == ' ')) return i + 1;
        }
        return span.Start;
    }

    private static int ClauseEnd(string text, Span span, int position)
    {
        for (int i = position; i < span.End; i++)
        {
            if (text[i] is ';' or '；' or '。' or '—' || (text[i] == '.' && (i + 1 == span.End || text[i + 1] == ' '))) return i;
        }
        return span.End;
    }

    // ---- Chinese ----

    private const int ChineseTermLimit = 20;

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static void FindChinese(string text, Span span, ImmutableArray<TermMatch>.Builder found)
    {
        // 本法所称的作品，包括...; 本法第二条所称的出版，指...; 本法所称的著作权即版权
        for (int at = text.IndexOf("所称", span.Start, span.Length, StringComparison.Ordinal); at >= 0 && at < span.End;
             at = at + 2 < span.End ? text.IndexOf("所称", at + 2, span.End - at - 2, StringComparison.Ordinal) : -1)
        {
            int start = at + 2;
            if (start < span.End && text[start] == '的') start++;
            int end = start;
            while (end < span.End && end - start < ChineseTermLimit && IsHan(text[end]) && !text.AsSpan(end).StartsWith("即") && !text.AsSpan(end).StartsWith("是指")) end++;
            if (end > start && end < span.End && (text[end] is '，' or ',' || text.AsSpan(end).StartsWith("即") || text.AsSpan(end).StartsWith("是指")))
            {
                found.Add(new TermMatch(Span.FromBounds(start, end), text[start..end], IsDefinition: true));
            }
        }
        // （以下简称著作权法）, (以下统称权利人), （以下简称“网络服务提供者”）
        foreach (string marker in new[] { "以下简称", "以下统称", "以下称" })
        {
            for (int at = text.IndexOf(marker, span.Start, span.Length, StringComparison.Ordinal); at >= 0;
                 at = at + marker.Length < span.End ? text.IndexOf(marker, at + marker.Length, span.End - at - marker.Length, StringComparison.Ordinal) : -1)
            {
                int start = at + marker.Length;
                if (start < span.End && text[start] is '“' or '"' or '「') start++;
                int end = start;
                while (end < span.End && end - start < ChineseTermLimit && text[end] is not ('）' or ')' or '”' or '"' or '」' or '，' or '、')) end++;
                if (end > start && end < span.End) found.Add(new TermMatch(Span.FromBounds(start, end), text[start..end], IsDefinition: true));
            }
        }
        // 信息网络传播权，是指... at the start of a paragraph
        int head = span.Start;
        int limit = Math.Min(span.End, head + ChineseTermLimit + 3);
        int verb = text.IndexOf("是指", head, limit - head, StringComparison.Ordinal);
        if (verb > head)
        {
            int termEnd = text[verb - 1] is '，' or ',' ? verb - 1 : verb;
            if (termEnd > head && Enumerable.Range(head, termEnd - head).All(i => IsHan(text[i])) && !found.Any(f => f.Span.OverlapsWith(Span.FromBounds(head, termEnd))))
            {
                found.Add(new TermMatch(Span.FromBounds(head, termEnd), text[head..termEnd], IsDefinition: true));
            }
        }
    }
}
