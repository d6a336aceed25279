using System.Globalization;
using System.Text;

namespace DraftCheck.Docx;

/// <summary>
/// Renders a counter value in a WordprocessingML number format (<c>w:numFmt</c>, ECMA-376 Part 1, 17.18.59) as Word
/// prints it. Formats with a bounded set of symbols (circled digits, heavenly stems) fall back to decimal past the
/// set, as the standard says; values too large to write sensibly in letters or Roman numerals fall back to decimal too.
/// </summary>
internal static class NumberFormats
{
    // Repeated letters beyond this many (a value above 26 * 40 = 1,040) fall back to decimal: nobody numbers that far
    // in letters, and a hostile start value must not make a label of millions of characters.
    private const int MaxLetterRepeats = 40;
    private const int MaxRoman = 3999;

    private static readonly string[] s_ideographDigits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    private static readonly string[] s_chineseDigits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    private static readonly string[] s_chineseLegalDigits = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"];
    private static readonly string[] s_traditionalLegalDigits = ["零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"];
    private static readonly string[] s_heavenlyStems = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"];
    private static readonly string[] s_earthlyBranches = ["子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"];
    private static readonly string[] s_ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
    private static readonly string[] s_tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    private static readonly string[] s_ordinalOnes = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];

    /// <summary>The formats <see cref="Render"/> writes as Word does; any other format is written in decimal.</summary>
    public static IReadOnlySet<string> Supported { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "decimal", "decimalHalfWidth", "decimalZero", "decimalFullWidth", "decimalFullWidth2", "upperRoman", "lowerRoman",
        "upperLetter", "lowerLetter", "ordinal", "cardinalText", "ordinalText", "hex", "numberInDash",
        "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "decimalEnclosedFullstop", "decimalEnclosedParen",
        "ideographEnclosedCircle", "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified",
        "ideographLegalTraditional", "taiwaneseCounting", "taiwaneseCountingThousand", "taiwaneseDigital", "ideographDigital",
        "ideographTraditional", "ideographZodiac", "japaneseCounting", "none", "bullet",
    };

    /// <summary>Writes <paramref name="value"/> in <paramref name="format"/>; an unsupported format gives decimal.</summary>
    public static string Render(int value, string format)
    {
        if (format is "none" or "bullet") return string.Empty;
        if (value < 0) return value.ToString(CultureInfo.InvariantCulture);
        return format switch
        {
            "decimalZero" => value < 10 ? "0" + Decimal(value) : Decimal(value),
            "decimalFullWidth" or "decimalFullWidth2" => Positional(value, "０１２３４５６７８９"),
            "upperRoman" => value is > 0 and <= MaxRoman ? Roman(value) : Decimal(value),
            "lowerRoman" => value is > 0 and <= MaxRoman ? Roman(value).ToLowerInvariant() : Decimal(value),
            "upperLetter" => Letters(value, 'A'),
            "lowerLetter" => Letters(value, 'a'),
            "ordinal" => Decimal(value) + OrdinalSuffix(value),
            "cardinalText" => Capitalize(CardinalWords(value)),
            "ordinalText" => Capitalize(OrdinalWords(value)),
            "hex" => value.ToString("X", CultureInfo.InvariantCulture),
            "numberInDash" => $"- {Decimal(value)} -",
            "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" => value is >= 1 and <= 20 ? ((char)(0x2460 + value - 1)).ToString() : Decimal(value),
            "decimalEnclosedFullstop" => value is >= 1 and <= 20 ? ((char)(0x2488 + value - 1)).ToString() : Decimal(value),
            "decimalEnclosedParen" => value is >= 1 and <= 20 ? ((char)(0x2474 + value - 1)).ToString() : Decimal(value),
            "ideographEnclosedCircle" => value is >= 1 and <= 10 ? ((char)(0x3280 + value - 1)).ToString() : Decimal(value),
            "chineseCounting" or "taiwaneseCounting" => ChineseCounting(value),
            "chineseCountingThousand" or "taiwaneseCountingThousand" or "japaneseCounting" => Grouped(value, s_chineseDigits, "十", "百", "千", "万", counting: true),
            "chineseLegalSimplified" => Grouped(value, s_chineseLegalDigits, "拾", "佰", "仟", "万", counting: false),
            "ideographLegalTraditional" => Grouped(value, s_traditionalLegalDigits, "拾", "佰", "仟", "萬", counting: false),
            "ideographDigital" or "taiwaneseDigital" => Positional(value, s_ideographDigits),
            "ideographTraditional" => value is >= 1 and <= 10 ? s_heavenlyStems[value - 1] : Decimal(value),
            "ideographZodiac" => value is >= 1 and <= 12 ? s_earthlyBranches[value - 1] : Decimal(value),
            _ => Decimal(value),
        };
    }

    private static string Decimal(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Positional(int value, string digits) =>
        string.Concat(Decimal(value).Select(d => digits[d - '0']));

    private static string Positional(int value, string[] digits) =>
        string.Concat(Decimal(value).Select(d => digits[d - '0']));

    private static string Roman(int value)
    {
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var text = new StringBuilder();
        for (int i = 0; i < values.Length; i++)
        {
            while (value >= values[i])
            {
                text.Append(symbols[i]);
                value -= values[i];
            }
        }
        return text.ToString();
    }

    // Word repeats the letter rather than counting in base 26: 27 is "AA", 28 "BB", 53 "AAA".
    private static string Letters(int value, char a)
    {
        if (value < 1) return Decimal(value);
        int repeats = (value - 1) / 26 + 1;
        return repeats > MaxLetterRepeats ? Decimal(value) : new string((char)(a + (value - 1) % 26), repeats);
    }

    private static string OrdinalSuffix(int value) => (value % 100) switch
    {
        11 or 12 or 13 => "th",
        _ => (value % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" },
    };

    private static string CardinalWords(int value)
    {
        if (value == 0) return "zero";
        var parts = new List<string>();
        if (value >= 1000)
        {
            parts.Add(CardinalWords(value / 1000) + " thousand");
            value %= 1000;
        }
        if (value >= 100)
        {
            parts.Add(s_ones[value / 100] + " hundred");
            value %= 100;
        }
        if (value > 0) parts.Add(value < 20 ? s_ones[value] : s_tens[value / 10] + (value % 10 > 0 ? "-" + s_ones[value % 10] : string.Empty));
        return string.Join(" ", parts);
    }

    private static string OrdinalWords(int value)
    {
        if (value <= 0) return Decimal(value);
        int last = value % 100;
        string head = value >= 100 ? CardinalWords(value - last) + (last > 0 ? " " : string.Empty) : string.Empty;
        if (last == 0) return head.TrimEnd() + "th";
        if (last < 20) return head + s_ordinalOnes[last];
        return head + (last % 10 == 0 ? s_tens[last / 10][..^1] + "ieth" : s_tens[last / 10] + "-" + s_ordinalOnes[last % 10]);
    }

    private static string Capitalize(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];

    // chineseCounting (17.18.59): digits for 1-9, 十 forms for 10-99 (十, 十一, 二十, 九十九), digit by digit from 100 (一〇〇).
    private static string ChineseCounting(int value)
    {
        if (value < 10) return s_ideographDigits[value];
        if (value < 100)
        {
            string tens = value / 10 == 1 ? "十" : s_ideographDigits[value / 10] + "十";
            return value % 10 == 0 ? tens : tens + s_ideographDigits[value % 10];
        }
        return Positional(value, s_ideographDigits);
    }

    // The counting systems with place words (chineseCountingThousand: 一百零一, 一千零二十): groups of four digits
    // under 万, a 零 for each run of zeros inside a number, and in counting (not legal) forms 十 rather than 一十 at the
    // start (十一, not 一十一; the legal 壹拾壹 keeps it).
    private static string Grouped(int value, string[] digits, string ten, string hundred, string thousand, string myriad, bool counting)
    {
        if (value == 0) return digits[0];
        var text = new StringBuilder();
        int high = value / 10000, low = value % 10000;
        if (high > 0)
        {
            text.Append(high >= 10000 ? Decimal(high) : Group(high, digits, ten, hundred, thousand)).Append(myriad);
            if (low is > 0 and < 1000) text.Append(digits[0]);
        }
        if (low > 0) text.Append(Group(low, digits, ten, hundred, thousand));
        string result = text.ToString();
        return counting && value is >= 10 and < 20 ? result[digits[1].Length..] : result;
    }

    private static string Group(int value, string[] digits, string ten, string hundred, string thousand)
    {
        var text = new StringBuilder();
        ReadOnlySpan<int> places = [1000, 100, 10, 1];
        string[] units = [thousand, hundred, ten, string.Empty];
        bool started = false, zeroPending = false;
        for (int i = 0; i < places.Length; i++)
        {
            int digit = value / places[i] % 10;
            if (digit == 0)
            {
                zeroPending |= started;
                continue;
            }
            if (zeroPending) text.Append(digits[0]);
            zeroPending = false;
            text.Append(digits[digit]).Append(units[i]);
            started = true;
        }
        return text.ToString();
    }
}
