using DraftCheck.Model;
using Sprache;

namespace DraftCheck.Syntax.Grammars;

/// <summary>A number written in words and restated in digits (or the other way round): "fifty (50)", "60 (sixty)", "五十（50）".</summary>
/// <param name="Words">The number in words.</param>
/// <param name="Digits">The number in digits.</param>
/// <param name="Span">Both, with the parentheses.</param>
public sealed record NumberRestatement(Numeral Words, Numeral Digits, Span Span);

/// <summary>Numbers a draft writes twice, in words and in digits, as contracts and some statutes do: "fifty (50) years".</summary>
public static class NumberRestatements
{
    private static readonly Parser<string> s_space = Parse.Chars(' ', '\u00A0').Many().Text();

    private static Parser<char> Open => Parse.Chars('(', '（');

    private static Parser<char> Close => Parse.Chars(')', '）');

    private static readonly Parser<Numeral> s_words =
        Numerals.Cardinal.Where(n => n.Form is NumeralForm.EnglishWords or NumeralForm.Chinese);

    private static readonly Parser<Numeral> s_digits =
        Numerals.Cardinal.Where(n => n.Form == NumeralForm.Digits);

    /// <summary>"fifty (50)", "五十（50）", "50 (fifty)".</summary>
    public static readonly Parser<NumberRestatement> Restatement =
        (from words in s_words
         from space in s_space
         from open in Open
         from digits in s_digits
         from close in Close
         select new NumberRestatement(words, digits, Span.FromBounds(words.Span.Start, digits.Span.End + 1)))
        .Or(from digits in s_digits
            from space in s_space
            from open in Open
            from words in s_words
            from close in Close
            select new NumberRestatement(words, digits, Span.FromBounds(digits.Span.Start, words.Span.End + 1)));

    /// <summary>Every restated number in <paramref name="span"/> of <paramref name="text"/>.</summary>
    /// <remarks>Only parentheses can restate a number, so the grammar runs only near them: the number grammar is too
    /// costly to try at every word of a statute.</remarks>
    public static IEnumerable<NumberRestatement> FindAll(string text, Span span)
    {
        int done = span.Start;
        for (int open = text.IndexOfAny(['(', '（'], span.Start, span.Length); open >= 0 && open < span.End;
             open = open + 1 < span.End ? text.IndexOfAny(['(', '（'], open + 1, span.End - open - 1) : -1)
        {
            if (open < done || !MayRestate(text, span, open)) continue;
            foreach (int start in CandidateStarts(text, Math.Max(done, span.Start), open))
            {
                if (Restatement.TryParseAt(text, start, out NumberRestatement found, out int end) && end <= span.End)
                {
                    yield return found;
                    done = end;
                    break;
                }
            }
        }
    }

    private static readonly HashSet<string> s_numberWords = new(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
         "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
         "eighty", "ninety", "hundred", "thousand", "million"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the parenthesis at <paramref name="open"/> can restate a number: a digit inside after a number word, or a word inside after digits.</summary>
    private static bool MayRestate(string text, Span span, int open)
    {
        int before = open;
        while (before > span.Start && text[before - 1] is ' ' or '\u00A0') before--;
        if (before == span.Start || open + 1 >= span.End) return false;
        char last = text[before - 1], inside = text[open + 1];
        if (char.IsDigit(last) || last is >= '\uFF10' and <= '\uFF19') return char.IsLetter(inside);
        if (!char.IsDigit(inside) && inside is not (>= '\uFF10' and <= '\uFF19')) return false;
        if (last >= '\u4E00') return "零〇一二两三四五六七八九十百千万亿".Contains(last);
        int wordStart = before;
        while (wordStart > span.Start && char.IsAsciiLetter(text[wordStart - 1])) wordStart--;
        return s_numberWords.Contains(text[wordStart..before]);
    }

    /// <summary>
    /// Where a number ending just before the parenthesis at <paramref name="open"/> may start: the starts of the few words
    /// before it, the farthest first, so that "one hundred and twenty (120)" is read whole and not from "twenty".
    /// </summary>
    private static IEnumerable<int> CandidateStarts(string text, int from, int open)
    {
        var starts = new List<int>();
        int position = open;
        while (position > from && text[position - 1] is ' ' or '\u00A0') position--;
        if (position > from && text[position - 1] >= '\u4E00')
        {
            // 五十（50）: Chinese numerals run back to the first non-numeral.
            int start = position;
            while (start > from && "零〇一二两三四五六七八九十百千万亿".Contains(text[start - 1])) start--;
            if (start < position) starts.Add(start);
            return starts;
        }
        for (int words = 0; words < 6 && position > from; words++)
        {
            int start = position;
            while (start > from && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or ',')) start--;
            if (start == position) break;
            starts.Add(start);
            position = start;
            while (position > from && text[position - 1] == ' ') position--;
        }
        starts.Reverse();
        return starts;
    }
}
