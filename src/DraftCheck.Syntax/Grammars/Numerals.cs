using System.Collections.Immutable;
using System.Text;
using DraftCheck.Model;
using Sprache;

namespace DraftCheck.Syntax.Grammars;

/// <summary>How a number is written in a draft; a fix rewrites a number in the same form.</summary>
public enum NumeralForm
{
    /// <summary>Digits: "50", "500,000", "５０".</summary>
    Digits,

    /// <summary>Digits with an ordinal suffix: "50th".</summary>
    DigitsOrdinal,

    /// <summary>English words: "fifty", "seventy-five", "one hundred and twenty".</summary>
    EnglishWords,

    /// <summary>English ordinal words: "fiftieth", "ninety-fifth".</summary>
    EnglishOrdinalWords,

    /// <summary>Chinese numerals: "五十", "一百二十".</summary>
    Chinese,
}

/// <summary>A number as written in a draft: its value, its form, and the span of its words.</summary>
public sealed record Numeral(long Value, NumeralForm Form, Span Span, string Text)
{
    /// <summary>Whether the number is an ordinal ("fiftieth", "50th"; Chinese ordinals carry 第 outside the numeral).</summary>
    public bool IsOrdinal => Form is NumeralForm.DigitsOrdinal or NumeralForm.EnglishOrdinalWords;

    /// <summary>
    /// <paramref name="value"/> written in this numeral's form, keeping an initial capital: "Fifty" becomes
    /// "Seventy", "fiftieth" becomes "seventieth", "五十" becomes "七十".
    /// </summary>
    public string Rewrite(long value)
    {
        string text = Numerals.Format(value, Form);
        return Text.Length > 0 && char.IsUpper(Text[0]) && text.Length > 0
            ? char.ToUpperInvariant(text[0]) + text[1..]
            : text;
    }
}

/// <summary>Numbers written in words or digits, in English and Chinese.</summary>
public static class Numerals
{
    private static readonly string[] s_units =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] s_ordinalUnits =
        ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
         "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];

    private static readonly string[] s_tens =
        ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] s_ordinalTens =
        ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

    private const string ChineseDigits = "零一二三四五六七八九";

    /// <summary>The words an English number in words starts with (a unit or a ten): what <see cref="FirstWords"/> tests.</summary>
    internal static IEnumerable<string> FirstWordsOfEnglishNumbers => s_units[1..].Concat(s_tens[2..]);

    /// <summary>Succeeds where no letter follows, so that "ten" does not match the start of "tenth" or "tenant".</summary>
    private static readonly Parser<object> s_wordEnd = Parse.Letter.Not();

    private static Parser<long> Words(IReadOnlyList<string> words, int from, int to, long scale = 1) =>
        Enumerable.Range(from, to - from + 1)
            .OrderByDescending(i => words[i].Length)
            .Select(i => Parse.IgnoreCase(words[i]).Then(_ => s_wordEnd).Return(i * scale))
            .Aggregate((a, b) => a.Or(b));

    private static readonly Parser<string> s_space = Parse.Chars(' ', '\u00A0').AtLeastOnce().Text();

    private static readonly Parser<char> s_hyphen = Parse.Chars('-', '\u2010', '\u2011');

    /// <summary>1 to 99 in words: "seven", "seventeen", "seventy", "seventy-five", "seventy five".</summary>
    private static readonly Parser<long> s_belowHundred =
        (from tens in Words(s_tens, 2, 9, 1).Select(t => t * 10)
         from units in (from _ in s_hyphen.Or(Parse.Char(' ')) from u in Words(s_units, 1, 9) select u).Optional()
         select tens + units.GetOrElse(0))
        .Or(Words(s_units, 1, 19));

    /// <summary>1 to 99 as ordinal words: "fifth", "fiftieth", "ninety-fifth".</summary>
    private static readonly Parser<long> s_ordinalBelowHundred =
        (from tens in Words(s_tens, 2, 9).Select(t => t * 10)
         from _ in s_hyphen.Or(Parse.Char(' '))
         from u in Words(s_ordinalUnits, 1, 9)
         select tens + u)
        .Or(Words(s_ordinalTens, 2, 9).Select(t => t * 10))
        .Or(Words(s_ordinalUnits, 1, 19));

    private static readonly Parser<string> s_and = from _ in s_space from a in Parse.IgnoreCase("and").Text() from __ in s_wordEnd select a;

    /// <summary>1 to 999 in words: "one hundred and twenty".</summary>
    private static readonly Parser<long> s_belowThousand =
        (from h in Words(s_units, 1, 9)
         from _ in s_space
         from hundred in Parse.IgnoreCase("hundred").Then(_ => s_wordEnd)
         from rest in (from a in s_and.Optional() from __ in s_space from r in s_belowHundred select r).Optional()
         select h * 100 + rest.GetOrElse(0))
        .Or(s_belowHundred);

    private static readonly Parser<long> s_ordinalBelowThousand =
        (from h in Words(s_units, 1, 9)
         from _ in s_space
         from hundred in Parse.IgnoreCase("hundred")
         from rest in (from a in s_and.Optional() from __ in s_space from r in s_ordinalBelowHundred select r)
         select h * 100 + rest)
        .Or(from h in Words(s_units, 1, 9) from _ in s_space from th in Parse.IgnoreCase("hundredth").Then(_ => s_wordEnd) select h * 100)
        .Or(s_ordinalBelowHundred);

    private static Parser<long> ScaleWord(string word, long factor) =>
        from _ in s_space from w in Parse.IgnoreCase(word).Then(_ => s_wordEnd) select factor;

    private static readonly Parser<long> s_thousands =
        (from t in s_belowThousand
         from f in ScaleWord("thousand", 1000)
         from rest in (from a in s_and.Optional() from _ in s_space from r in s_belowThousand select r).Optional()
         select t * f + rest.GetOrElse(0))
        .Or(s_belowThousand);

    /// <summary>Cardinal English words up to the millions: "fifty", "one hundred and twenty", "five hundred thousand".</summary>
    public static readonly Parser<long> EnglishWords =
        (from m in s_belowThousand
         from f in ScaleWord("million", 1_000_000)
         from rest in (from a in s_and.Optional() from _ in s_space from r in s_thousands select r).Optional()
         select m * f + rest.GetOrElse(0))
        .Or(s_thousands);

    /// <summary>Ordinal English words: "fiftieth", "seventy-fifth", "one hundred and twentieth".</summary>
    public static readonly Parser<long> EnglishOrdinalWords = s_ordinalBelowThousand;

    private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    private static bool IsFullWidthDigit(char c) => c is >= '\uFF10' and <= '\uFF19';

    private static readonly Parser<char> s_digit = Parse.Char(c => IsAsciiDigit(c) || IsFullWidthDigit(c), "digit");

    /// <summary>Digits, with optional thousands separators: "50", "500,000", "５０".</summary>
    public static readonly Parser<long> Digits =
        from text in s_digit.AtLeastOnce().Text()
            .Then(first => (from comma in Parse.Char(',') from digits in s_digit.Repeat(3).Text() select digits).Many()
                .Select(groups => first + string.Concat(groups)))
        from _ in s_digit.Not()
        where text.Length <= 15
        select long.Parse(NormalizeDigits(text), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Digits with an ordinal suffix: "50th", "1st", "22nd".</summary>
    public static readonly Parser<long> DigitsOrdinal =
        from value in Digits
        from suffix in Parse.IgnoreCase("st").Or(Parse.IgnoreCase("nd")).Or(Parse.IgnoreCase("rd")).Or(Parse.IgnoreCase("th"))
        from _ in s_wordEnd
        select value;

    /// <summary>Chinese numerals: "五十", "七十五", "一百二十", "五十万", "二〇二〇".</summary>
    public static readonly Parser<long> Chinese =
        from text in Parse.Chars("零〇一二两三四五六七八九十百千万亿").AtLeastOnce().Text()
        let value = TryConvertChinese(text)
        where value.HasValue
        select value!.Value;

    /// <summary>Any cardinal number, with its form and span.</summary>
    public static readonly Parser<Numeral> Cardinal =
        Numbered(DigitsOrdinal, NumeralForm.DigitsOrdinal)
            .Or(Numbered(Digits, NumeralForm.Digits))
            .Or(Numbered(EnglishWords, NumeralForm.EnglishWords))
            .Or(Numbered(Chinese, NumeralForm.Chinese));

    /// <summary>An ordinal number in English words or digits ("fiftieth", "50th"), with its form and span.</summary>
    public static readonly Parser<Numeral> Ordinal =
        Numbered(DigitsOrdinal, NumeralForm.DigitsOrdinal)
            .Or(Numbered(EnglishOrdinalWords, NumeralForm.EnglishOrdinalWords));

    /// <summary>A cardinal in English words or digits (not Chinese), with its form and span.</summary>
    public static readonly Parser<Numeral> EnglishCardinal =
        Numbered(Digits, NumeralForm.Digits).Or(Numbered(EnglishWords, NumeralForm.EnglishWords));

    /// <summary>A Chinese numeral or digits, with its form and span.</summary>
    public static readonly Parser<Numeral> ChineseCardinal =
        Numbered(Chinese, NumeralForm.Chinese).Or(Numbered(Digits, NumeralForm.Digits));

    private static Parser<Numeral> Numbered(Parser<long> parser, NumeralForm form) => input =>
    {
        IResult<long> result = parser(input);
        if (!result.WasSuccessful) return Result.Failure<Numeral>(result.Remainder, result.Message, result.Expectations);
        int start = input.Position, end = result.Remainder.Position;
        return Result.Success(
            new Numeral(result.Value, form, Span.FromBounds(start, end), input.Source.Substring(start, end - start)),
            result.Remainder);
    };

    /// <summary>Parses a whole string as a number in any form; null when it is not one.</summary>
    public static long? TryParseValue(string text)
    {
        string trimmed = text.Trim();
        if (Cardinal.TryParseWhole(trimmed, out Numeral cardinal)) return cardinal.Value;
        if (Ordinal.TryParseWhole(trimmed, out Numeral ordinal)) return ordinal.Value;
        return null;
    }

    /// <summary>Converts a Chinese numeral; null when the characters do not form one.</summary>
    public static long? TryConvertChinese(string text)
    {
        if (text.Length == 0) return null;
        bool hasUnit = text.AsSpan().IndexOfAny("十百千万亿") >= 0;
        if (!hasUnit)
        {
            // Digit by digit, as years are written: 二〇二〇.
            long positional = 0;
            foreach (char c in text)
            {
                int digit = ChineseDigit(c);
                if (digit < 0) return null;
                positional = positional * 10 + digit;
            }
            return positional;
        }

        long total = 0, section = 0, number = 0;
        bool pendingDigit = false;
        foreach (char c in text)
        {
            int digit = ChineseDigit(c);
            if (digit >= 0)
            {
                if (pendingDigit && digit != 0) return null; // two digits in a row, as in 五五十
                number = digit;
                pendingDigit = digit != 0;
                continue;
            }
            long unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit > 0)
            {
                if (number == 0 && !pendingDigit) number = 1; // 十五 is fifteen
                section += number * unit;
            }
            else if (c == '万')
            {
                total += (section + number) * 10_000;
                section = 0;
            }
            else if (c == '亿')
            {
                total = (total + section + number) * 100_000_000;
                section = 0;
            }
            number = 0;
            pendingDigit = false;
        }
        return total + section + number;
    }

    private static int ChineseDigit(char c) => c switch
    {
        '〇' or '零' => 0,
        '两' => 2,
        _ => ChineseDigits.IndexOf(c) is var i and > 0 ? i : -1,
    };

    private static string NormalizeDigits(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text) builder.Append(IsFullWidthDigit(c) ? (char)('0' + (c - '\uFF10')) : c);
        return builder.ToString();
    }

    /// <summary>Writes <paramref name="value"/> in <paramref name="form"/>: 70 as "seventy", "seventieth", "70", "70th" or "七十".</summary>
    public static string Format(long value, NumeralForm form) => form switch
    {
        NumeralForm.Digits => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        NumeralForm.DigitsOrdinal => value.ToString(System.Globalization.CultureInfo.InvariantCulture) + OrdinalSuffix(value),
        NumeralForm.EnglishWords => ToEnglishWords(value),
        NumeralForm.EnglishOrdinalWords => ToEnglishOrdinalWords(value),
        NumeralForm.Chinese => ToChinese(value),
        _ => throw new ArgumentOutOfRangeException(nameof(form)),
    };

    private static string OrdinalSuffix(long value) =>
        (value % 100) is 11 or 12 or 13 ? "th" : (value % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };

    /// <summary>English words in the style of statutes: 120 is "one hundred and twenty".</summary>
    public static string ToEnglishWords(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        if (value == 0) return "zero";
        var parts = new List<string>();
        if (value >= 1_000_000) { parts.Add(ToEnglishWords(value / 1_000_000) + " million"); value %= 1_000_000; }
        if (value >= 1000) { parts.Add(ToEnglishWords(value / 1000) + " thousand"); value %= 1000; }
        if (value >= 100) { parts.Add(s_units[value / 100] + " hundred"); value %= 100; }
        if (value > 0)
        {
            string belowHundred = value < 20 ? s_units[value] : s_tens[value / 10] + (value % 10 > 0 ? "-" + s_units[value % 10] : "");
            parts.Add(parts.Count > 0 ? "and " + belowHundred : belowHundred);
        }
        return string.Join(' ', parts);
    }

    /// <summary>English ordinal words: 95 is "ninety-fifth".</summary>
    public static string ToEnglishOrdinalWords(long value)
    {
        string cardinal = ToEnglishWords(value);
        long lastTwo = value % 100;
        if (lastTwo > 0 && lastTwo < 20) return ReplaceLastWord(cardinal, s_units[lastTwo], s_ordinalUnits[lastTwo]);
        if (lastTwo >= 20 && lastTwo % 10 == 0) return ReplaceLastWord(cardinal, s_tens[lastTwo / 10], s_ordinalTens[lastTwo / 10]);
        if (lastTwo >= 20) return ReplaceLastWord(cardinal, s_units[lastTwo % 10], s_ordinalUnits[lastTwo % 10]);
        return cardinal + "th"; // hundredth, thousandth, millionth
    }

    private static string ReplaceLastWord(string text, string word, string replacement) =>
        text.EndsWith(word, StringComparison.Ordinal) ? text[..^word.Length] + replacement : text;

    /// <summary>Chinese numerals as statutes write them: 70 is "七十", 120 is "一百二十", 500000 is "五十万".</summary>
    public static string ToChinese(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        if (value == 0) return "零";
        if (value >= 100_000_000) return ToChinese(value / 100_000_000) + "亿" + ChineseRemainder(value % 100_000_000, 10_000_000);
        if (value >= 10_000) return ToChineseBelowTenThousand(value / 10_000, leadingTen: true) + "万" + ChineseRemainder(value % 10_000, 1000);
        return ToChineseBelowTenThousand(value, leadingTen: true);
    }

    private static string ChineseRemainder(long rest, long highestPlace)
    {
        if (rest == 0) return string.Empty;
        string text = rest >= 10_000 ? ToChinese(rest) : ToChineseBelowTenThousand(rest, leadingTen: false);
        return rest < highestPlace ? "零" + text : text;
    }

    private static string ToChineseBelowTenThousand(long value, bool leadingTen)
    {
        var builder = new StringBuilder();
        long[] places = [1000, 100, 10, 1];
        string[] units = ["千", "百", "十", ""];
        bool zeroPending = false;
        for (int i = 0; i < places.Length; i++)
        {
            long digit = value / places[i] % 10;
            if (digit == 0)
            {
                if (builder.Length > 0) zeroPending = true;
                continue;
            }
            if (zeroPending) builder.Append('零');
            zeroPending = false;
            bool omitOne = leadingTen && digit == 1 && places[i] == 10 && builder.Length == 0;
            if (!omitOne) builder.Append(ChineseDigits[(int)digit]);
            builder.Append(units[i]);
        }
        return builder.ToString();
    }
}
