using DraftCheck.Model;
using Sprache;

namespace DraftCheck.Syntax.Grammars;

/// <summary>A provision label as printed at the start of a paragraph: its kind, its number as printed and as a value.</summary>
/// <param name="Kind">The level the label introduces.</param>
/// <param name="Number">The number as printed: "21", "二十一", "II", "5", "一".</param>
/// <param name="Ordinal">The number's value: 21 for "二十一", 2 for "II".</param>
/// <param name="IsChinese">Whether the label is written the Chinese way (第二十一条, （一）).</param>
/// <param name="Span">The label's span, without the space that follows it.</param>
public sealed record LabelMatch(ProvisionKind Kind, string Number, long Ordinal, bool IsChinese, Span Span);

/// <summary>Provision headings and numbering labels in English and Chinese: "Article 21", "Art. 48", "第二十一条", "Chapter II", "第二章", "(1)", "（一）".</summary>
public static class Labels
{
    private static readonly Parser<string> s_space = Parse.Chars(' ', '\u00A0', '\t', '\u3000').AtLeastOnce().Text();

    private static readonly Parser<object> s_wordEnd = Parse.LetterOrDigit.Not();

    private static Parser<LabelMatch> Spanned(Parser<Func<Span, LabelMatch>> parser) => input =>
    {
        IResult<Func<Span, LabelMatch>> result = parser(input);
        return result.WasSuccessful
            ? Result.Success(result.Value(Span.FromBounds(input.Position, result.Remainder.Position)), result.Remainder)
            : Result.Failure<LabelMatch>(result.Remainder, result.Message, result.Expectations);
    };

    /// <summary>Roman numerals I to MMMCMXCIX, upper case: "II", "XIV".</summary>
    public static readonly Parser<long> Roman =
        from text in Parse.Chars("IVXLCDM").AtLeastOnce().Text()
        from _ in s_wordEnd
        let value = RomanValue(text)
        where value > 0
        select value;

    private static readonly Parser<(string Text, long Value)> s_englishNumber =
        Numerals.Digits.Then(d => s_wordEnd.Return(d)).Select(v => (Text: v.ToString(System.Globalization.CultureInfo.InvariantCulture), Value: v))
            .Or(from text in Parse.Chars("IVXLCDM").AtLeastOnce().Text() from _ in s_wordEnd let v = RomanValue(text) where v > 0 select (Text: text, Value: v));

    private static Parser<LabelMatch> English(ProvisionKind kind, params string[] words) => Spanned(
        from word in words.Select(w => Parse.IgnoreCase(w).Text()).Aggregate((a, b) => a.Or(b))
        from _ in s_space
        from number in s_englishNumber
        select (Func<Span, LabelMatch>)(span => new LabelMatch(kind, number.Text, number.Value, false, span)));

    private static Parser<LabelMatch> Chinese(ProvisionKind kind, char unit) => Spanned(
        from di in Parse.Char('第')
        from number in Parse.Chars("零〇一二两三四五六七八九十百千").AtLeastOnce().Text()
            .Or(Parse.Digit.AtLeastOnce().Text())
        from u in Parse.Char(unit)
        let value = char.IsAsciiDigit(number[0]) ? long.Parse(number, System.Globalization.CultureInfo.InvariantCulture) : Numerals.TryConvertChinese(number) ?? 0
        where value > 0
        select (Func<Span, LabelMatch>)(span => new LabelMatch(kind, number, value, true, span)));

    /// <summary>"§ 302", "§ 1201": a section of the United States Code, which plays the part of an article.</summary>
    public static readonly Parser<LabelMatch> SectionSign = Spanned(
        from sign in Parse.Char('§')
        from _ in s_space.Optional()
        from digits in Parse.Digit.AtLeastOnce().Text()
        from letters in Parse.Upper.Many().Text()
        select (Func<Span, LabelMatch>)(span => new LabelMatch(ProvisionKind.Article, digits + letters,
            long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture), false, span)));

    /// <summary>"Article 21", "Art. 48", "ARTICLE 5", "§ 302", "第二十一条".</summary>
    public static readonly Parser<LabelMatch> Article =
        English(ProvisionKind.Article, "Article", "Art.").Or(SectionSign).Or(Chinese(ProvisionKind.Article, '条'));

    /// <summary>"Chapter II", "CHAPTER 2", "第二章".</summary>
    public static readonly Parser<LabelMatch> Chapter =
        English(ProvisionKind.Chapter, "Chapter").Or(Chinese(ProvisionKind.Chapter, '章'));

    /// <summary>"Section 1" (a division of a chapter), "第一节".</summary>
    public static readonly Parser<LabelMatch> Section =
        English(ProvisionKind.Section, "Section").Or(Chinese(ProvisionKind.Section, '节'));

    /// <summary>"Part I", "第一编".</summary>
    public static readonly Parser<LabelMatch> Part =
        English(ProvisionKind.Part, "Part").Or(Chinese(ProvisionKind.Part, '编'));

    /// <summary>"(1)", "（一）", "(一)": an item of a paragraph.</summary>
    public static readonly Parser<LabelMatch> Item = Spanned(
        from open in Parse.Chars('(', '（')
        from number in Numerals.ChineseCardinal
        from close in Parse.Chars(')', '）')
        select (Func<Span, LabelMatch>)(span => new LabelMatch(ProvisionKind.Item, number.Text, number.Value, number.Form == NumeralForm.Chinese, span)));

    private static long RomanValue(string text)
    {
        long total = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int value = RomanDigit(text[i]);
            int next = i + 1 < text.Length ? RomanDigit(text[i + 1]) : 0;
            total += value < next ? -value : value;
        }
        return total > 0 && ToRoman(total) == text ? total : 0;
    }

    private static int RomanDigit(char c) => c switch
    {
        'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => 0,
    };

    /// <summary>Writes 1 to 3999 as an upper-case Roman numeral.</summary>
    public static string ToRoman(long value)
    {
        (int Value, string Text)[] table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var builder = new System.Text.StringBuilder();
        foreach ((int v, string t) in table)
        {
            while (value >= v) { builder.Append(t); value -= v; }
        }
        return builder.ToString();
    }
}
