using System.Text.RegularExpressions;
using DraftCheck.Model;

namespace DraftCheck.Semantics.Extraction;

/// <summary>
/// A table of cue phrases in English and Chinese statute wording, found in a span of text. Phrases are regular
/// expressions; English phrases match case-insensitively as whole words ("liable" does not match "reliable").
/// </summary>
internal sealed class Cues
{
    // A table starts with the interpreter, which costs nothing to build, and is compiled to IL once it has scanned enough
    // text to pay for it (about 4 ms of compilation per table against 2 to 3 times faster scans): one draft is checked
    // without compiling 140 tables, a batch compiles each table once. Both engines find the same matches.
    private const long CompileAfterCharacters = 200_000;
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private readonly string _pattern;
    private Regex _regex;
    private long _scanned;
    private int _compiled;

    private Cues(string pattern)
    {
        _pattern = pattern;
        _regex = new Regex(pattern, Options);
    }

    /// <summary>A table of <paramref name="phrases"/>.</summary>
    public static Cues Of(params string[] phrases)
    {
        // An English phrase starts and ends between words; a Chinese phrase may sit anywhere. Consecutive English phrases
        // share one pair of word-boundary tests: the same matches in the same order of preference (the engine backtracks
        // into the group when the closing test fails), and a third less time per scan than a pair per phrase.
        var runs = new List<(bool Chinese, List<string> Phrases)>();
        foreach (string phrase in phrases)
        {
            bool chinese = phrase.Any(c => c >= '\u3000');
            if (runs.Count > 0 && runs[^1].Chinese == chinese) runs[^1].Phrases.Add(phrase);
            else runs.Add((chinese, [phrase]));
        }
        string pattern = string.Join("|", runs.Select(run => run.Chinese
            ? string.Join("|", run.Phrases.Select(p => "(?:" + p + ")"))
            : "(?<![A-Za-z])(?:" + string.Join("|", run.Phrases.Select(p => "(?:" + p + ")")) + ")(?![A-Za-z])"));
        return new Cues(pattern);
    }

    /// <summary>The first cue inside <paramref name="within"/>, or <see cref="Span.None"/>.</summary>
    public Span Find(string text, Span within)
    {
        if (within.IsNone || within.IsEmpty) return Span.None;
        Match match = RegexFor(within.Length).Match(text, within.Start, within.Length);
        return match.Success ? new Span(match.Index, match.Length) : Span.None;
    }

    /// <summary>
    /// The first kind of <paramref name="table"/>, in the table's order of preference, whose cues occur inside
    /// <paramref name="within"/>, with the words found; the kind's default and <see cref="Span.None"/> when none does.
    /// </summary>
    public static (TKind Kind, Span Words) FirstOf<TKind>(ReadOnlySpan<(TKind Kind, Cues Cues)> table, string text, Span within)
    {
        foreach ((TKind kind, Cues cues) in table)
        {
            Span words = cues.Find(text, within);
            if (!words.IsNone) return (kind, words);
        }
        return (default!, Span.None);
    }

    /// <summary>The first cue starting at or after <paramref name="from"/> inside <paramref name="within"/>, or <see cref="Span.None"/>.</summary>
    public Span FindAfter(string text, Span within, int from) =>
        from >= within.End ? Span.None : Find(text, Span.FromBounds(Math.Max(from, within.Start), within.End));

    /// <summary>Every cue inside <paramref name="within"/>, left to right.</summary>
    public IEnumerable<Span> FindAll(string text, Span within)
    {
        if (within.IsNone || within.IsEmpty) yield break;
        for (Match match = RegexFor(within.Length).Match(text, within.Start, within.Length); match.Success; match = match.NextMatch())
        {
            if (match.Length > 0) yield return new Span(match.Index, match.Length);
        }
    }

    /// <summary>Whether a cue occurs inside <paramref name="within"/>.</summary>
    public bool IsIn(string text, Span within) => !Find(text, within).IsNone;

    /// <summary>The regex to scan <paramref name="length"/> more characters with: compiled once enough text was scanned.</summary>
    private Regex RegexFor(int length)
    {
        if (Volatile.Read(ref _compiled) == 0 && Interlocked.Add(ref _scanned, length) >= CompileAfterCharacters && Interlocked.Exchange(ref _compiled, 1) == 0)
        {
            Volatile.Write(ref _regex, new Regex(_pattern, Options | RegexOptions.Compiled));
        }
        return Volatile.Read(ref _regex);
    }
}
