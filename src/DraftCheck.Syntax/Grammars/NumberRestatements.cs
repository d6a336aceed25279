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
    public static IEnumerable<NumberRestatement> FindAll(string text, Span span)
    {
        for (int i = span.Start; i < span.End; i++)
        {
            char c = text[i];
            bool start = i == 0 || !char.IsLetterOrDigit(text[i - 1]) || c >= '\u4E00';
            if (!start || !(char.IsLetterOrDigit(c))) continue;
            if (Restatement.TryParseAt(text, i, out NumberRestatement found, out int end) && end <= span.End)
            {
                yield return found;
                i = end - 1;
            }
        }
    }
}
