using System.Globalization;
using DraftCheck.Model;
using Sprache;

namespace DraftCheck.Syntax.Grammars;

/// <summary>How the number of a label is written.</summary>
public enum NumberStyle
{
    /// <summary>No number: an unnumbered provision, counted by position.</summary>
    None,

    /// <summary>Digits, possibly with capital letters for inserted provisions: 5, 97A, 296ZA, ５.</summary>
    Arabic,

    /// <summary>Lower-case letters: a, b, aa.</summary>
    LowerLetter,

    /// <summary>Upper-case letters: A, B.</summary>
    UpperLetter,

    /// <summary>Lower-case Roman numerals: i, ii, iv.</summary>
    LowerRoman,

    /// <summary>Upper-case Roman numerals: I, II, IV.</summary>
    UpperRoman,

    /// <summary>Chinese numerals: 一, 十二, 二十三.</summary>
    Chinese,
}

/// <summary>What surrounds the number of a list label.</summary>
public enum LabelEnclosure
{
    /// <summary>Nothing: the number of a heading ("Article 5").</summary>
    None,

    /// <summary>Parentheses, half or full width: (a), （一）.</summary>
    Parentheses,

    /// <summary>A closing parenthesis: a), 1).</summary>
    ClosingParenthesis,

    /// <summary>A full stop: 1., １．.</summary>
    Dot,

    /// <summary>An enumeration comma: 一、, 1、.</summary>
    Comma,
}

/// <summary>The number of a label as printed, with its style and value.</summary>
/// <param name="Text">The number as printed: "21", "二十一", "II", "c", "iv", "296ZA".</param>
/// <param name="Style">How it is written.</param>
/// <param name="Value">Its value: 21 for "二十一", 2 for "II", 3 for "c", 296 for "296ZA".</param>
/// <param name="Suffix">What marks an inserted provision: the capital letters of 296ZA and 9A ("ZA", "A"), "-1" for the
/// 之一 of 第十七条之一; empty otherwise.</param>
public sealed record LabelNumber(string Text, NumberStyle Style, long Value, string Suffix)
{
    /// <summary>
    /// The number normalised for comparison and ids: digits for Arabic and Chinese numerals ("23" for 二十三, "296ZA"),
    /// letters and Roman numerals as printed ("c", "iv", "A").
    /// </summary>
    public string Key => Style switch
    {
        NumberStyle.Arabic or NumberStyle.Chinese => Value.ToString(CultureInfo.InvariantCulture) + Suffix,
        _ => Text,
    };

    /// <summary>Whether the number is a single letter that is also a Roman numeral ("i", "v", "x", "I"): context decides which.</summary>
    public bool MayBeRoman => Style is NumberStyle.LowerLetter or NumberStyle.UpperLetter && Text.Length == 1 && "ivxlcdmIVXLCDM".Contains(Text[0]);

    /// <summary>The same number read as a Roman numeral (for a letter that may be one).</summary>
    public LabelNumber AsRoman() => this with
    {
        Style = Style == NumberStyle.LowerLetter ? NumberStyle.LowerRoman : NumberStyle.UpperRoman,
        Value = Labels.RomanValue(Text.ToUpperInvariant()),
    };

    /// <summary>Parses a printed number of any style ("5", "97A", "五", "十七之一", "c", "iv"); null when it is not one.</summary>
    public static LabelNumber? TryParse(string text)
    {
        if (text.Length == 0) return null;
        if (Labels.ListNumber.TryParseWhole(text, out LabelNumber number)) return number;
        if (Labels.ChineseInsertedNumber.TryParseWhole(text, out number)) return number;
        return null;
    }
}

/// <summary>A division or article heading label at the start of a paragraph: "Chapter II", "第二章", "Article 21", "§ 512", "296ZA".</summary>
/// <param name="Kind">The level the label introduces: a division or <see cref="ProvisionKind.Article"/>.</param>
/// <param name="Number">The label's number.</param>
/// <param name="IsChinese">Whether the label is written the Chinese way (第二十一条).</param>
/// <param name="Span">The label's span, without the space that follows it.</param>
public sealed record LabelMatch(ProvisionKind Kind, LabelNumber Number, bool IsChinese, Span Span);

/// <summary>A list label at the start of a paragraph: "(a)", "（一）", "1.", "(9A)", "a)".</summary>
/// <param name="Number">The label's number.</param>
/// <param name="Enclosure">What surrounds the number.</param>
/// <param name="Span">The label's span, without the space that follows it.</param>
public sealed record ListLabel(LabelNumber Number, LabelEnclosure Enclosure, Span Span);

/// <summary>Which word introduces an article label; the draft's dominant form decides its drafting convention.</summary>
public enum ArticleForm
{
    /// <summary>第二十一条.</summary>
    Chinese,

    /// <summary>Article 21, Art. 21.</summary>
    Article,

    /// <summary>§ 512.</summary>
    SectionSign,

    /// <summary>Section 12, SEC. 12.</summary>
    SectionWord,

    /// <summary>A bare number before the section's heading, as UK, Singapore and Indian Acts print it: "12 Duration of copyright".</summary>
    Numbered,
}

/// <summary>
/// Provision headings and numbering labels in English and Chinese: divisions ("Chapter II", "第二章"), articles
/// ("Article 21", "Art. 48", "§ 302", "Section 12", "296ZA Circumvention...", "第二十一条") and list labels
/// ("(1)", "(a)", "(iv)", "(A)", "（一）", "1.", "a)", "一、").
/// </summary>
public static class Labels
{
    private static readonly Parser<string> s_space = Parse.Chars(' ', '\u00A0', '\t', '\u3000').AtLeastOnce().Text();

    private static readonly Parser<object> s_wordEnd = Parse.LetterOrDigit.Not();

    private const string ChineseNumeralChars = "零〇一二两三四五六七八九十百千";

    private static Parser<T> Spanned<T>(Parser<Func<Span, T>> parser) => input =>
    {
        IResult<Func<Span, T>> result = parser(input);
        return result.WasSuccessful
            ? Result.Success(result.Value(Span.FromBounds(input.Position, result.Remainder.Position)), result.Remainder)
            : Result.Failure<T>(result.Remainder, result.Message, result.Expectations);
    };

    private static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '\uFF10' and <= '\uFF19';

    private static int DigitValue(char c) => c >= '\uFF10' ? c - '\uFF10' : c - '0';

    /// <summary>Digits, with at most three capital letters of an inserted provision: "12", "97A", "296ZEA", "５".</summary>
    public static readonly Parser<LabelNumber> ArabicNumber =
        from digits in Parse.Char(IsDigit, "digit").AtLeastOnce().Text()
        where digits.Length <= 9
        from suffix in Parse.Upper.Repeat(0, 3).Text()
        from _ in s_wordEnd
        select new LabelNumber(digits + suffix, NumberStyle.Arabic, digits.Aggregate(0L, (v, c) => v * 10 + DigitValue(c)), suffix);

    /// <summary>A Chinese numeral: "一", "十二", "二十三".</summary>
    public static readonly Parser<LabelNumber> ChineseNumber =
        from text in Parse.Chars(ChineseNumeralChars).AtLeastOnce().Text()
        let value = Numerals.TryConvertChinese(text) ?? 0
        where value > 0
        select new LabelNumber(text, NumberStyle.Chinese, value, string.Empty);

    /// <summary>Upper-case Roman numerals I to MMMCMXCIX: "II", "XIV".</summary>
    public static readonly Parser<LabelNumber> UpperRomanNumber =
        from text in Parse.Chars("IVXLCDM").AtLeastOnce().Text()
        from _ in s_wordEnd
        let value = RomanValue(text)
        where value > 0
        select new LabelNumber(text, NumberStyle.UpperRoman, value, string.Empty);

    /// <summary>Roman numerals I to MMMCMXCIX, upper case: "II", "XIV".</summary>
    public static readonly Parser<long> Roman = UpperRomanNumber.Select(n => n.Value);

    /// <summary>Letters or Roman numerals of one case: "a", "aa", "iv", "A".</summary>
    private static readonly Parser<LabelNumber> s_letters =
        from text in Parse.Letter.Where(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z').AtLeastOnce().Text()
        where text.Length <= 6 && (text.All(char.IsLower) || text.All(char.IsUpper))
        let number = LettersOrRoman(text)
        where number is not null
        select number!;

    /// <summary>The number inside a list label: digits, a Chinese numeral, letters or a Roman numeral.</summary>
    public static readonly Parser<LabelNumber> ListNumber = ArabicNumber.Or(ChineseNumber).Or(s_letters);

    private static Parser<LabelNumber> EnglishNumber =>
        ArabicNumber.Or(UpperRomanNumber).Or(
            from digits in Parse.Char(IsDigit, "digit").AtLeastOnce().Text()
            from suffix in Parse.Lower.Repeat(1, 2).Text()
            from _ in s_wordEnd
            select new LabelNumber(digits + suffix, NumberStyle.Arabic, long.Parse(digits, CultureInfo.InvariantCulture), suffix));

    private static Parser<string> Words(params string[] words) =>
        words.Select(w => Parse.String(w).Text()).Aggregate((a, b) => a.Or(b));

    private static Parser<LabelMatch> English(ProvisionKind kind, params string[] words) => Spanned(
        from word in Words(words)
        from _ in s_space
        from number in EnglishNumber
        select (Func<Span, LabelMatch>)(span => new LabelMatch(kind, number, false, span)));

    /// <summary>Digits inside Chinese text, where a character follows without a space: the "21" of "第21条".</summary>
    private static readonly Parser<LabelNumber> s_embeddedDigits =
        from digits in Parse.Char(IsDigit, "digit").AtLeastOnce().Text()
        where digits.Length <= 9
        select new LabelNumber(digits, NumberStyle.Arabic, digits.Aggregate(0L, (v, c) => v * 10 + DigitValue(c)), string.Empty);

    /// <summary>"十七之一": the number of an article inserted after 第十七条 by an amendment, as it is cited.</summary>
    public static readonly Parser<LabelNumber> ChineseInsertedNumber =
        from number in ChineseNumber.Or(s_embeddedDigits)
        from zhi in Parse.Char('之')
        from inserted in ChineseNumber
        select number with { Text = number.Text + "之" + inserted.Text, Suffix = "-" + inserted.Value.ToString(CultureInfo.InvariantCulture) };

    private static Parser<LabelMatch> Chinese(ProvisionKind kind, char unit) => Spanned(
        from di in Parse.Char('第')
        from number in ChineseNumber.Or(s_embeddedDigits)
        from u in Parse.Char(unit)
        // 第十七条之一: an article inserted by an amendment keeps the number it follows.
        from inserted in (from zhi in Parse.Char('之') from n in ChineseNumber select n).Optional()
        let full = inserted.IsDefined
            ? number with { Text = number.Text + "之" + inserted.Get().Text, Suffix = "-" + inserted.Get().Value.ToString(CultureInfo.InvariantCulture) }
            : number
        select (Func<Span, LabelMatch>)(span => new LabelMatch(kind, full, true, span)));

    /// <summary>"第二十一条".</summary>
    public static readonly Parser<LabelMatch> ChineseArticle = Chinese(ProvisionKind.Article, '条');

    /// <summary>"Article 21", "ARTICLE 5", "Art. 48".</summary>
    public static readonly Parser<LabelMatch> EnglishArticle = English(ProvisionKind.Article, "Article", "ARTICLE", "Art.");

    /// <summary>"§ 302", "§1201": a section of the United States Code.</summary>
    public static readonly Parser<LabelMatch> SectionSign = Spanned(
        from sign in Parse.Char('§')
        from _ in s_space.Optional()
        from number in ArabicNumber
        select (Func<Span, LabelMatch>)(span => new LabelMatch(ProvisionKind.Article, number, false, span)));

    /// <summary>"Section 12", "SECTION 12", "Sec. 12", "SEC. 12": a numbered section of an Act.</summary>
    public static readonly Parser<LabelMatch> SectionWord = English(ProvisionKind.Article, "Section", "SECTION", "Sec.", "SEC.");

    /// <summary>"12 Duration of copyright...", "296ZEA. Remedy where...": a section number printed before its heading.</summary>
    public static readonly Parser<LabelMatch> NumberedSection = Spanned(
        from number in ArabicNumber
        from __ in Parse.Char('.').Optional()
        from lookahead in Parse.Preview(from s in s_space from capital in Parse.Upper select capital)
        where lookahead.IsDefined
        select (Func<Span, LabelMatch>)(span => new LabelMatch(ProvisionKind.Article, number, false, span)));

    /// <summary>Any article label: "Article 21", "Art. 48", "§ 302", "第二十一条" (not the forms that need the whole draft to tell them from divisions or paragraphs).</summary>
    public static readonly Parser<LabelMatch> Article = EnglishArticle.Or(SectionSign).Or(ChineseArticle);

    /// <summary>The article label parser for each form.</summary>
    public static Parser<LabelMatch> ArticleOf(ArticleForm form) => form switch
    {
        ArticleForm.Chinese => ChineseArticle,
        ArticleForm.Article => EnglishArticle,
        ArticleForm.SectionSign => SectionSign,
        ArticleForm.SectionWord => SectionWord,
        _ => NumberedSection,
    };

    /// <summary>"Chapter II", "CHAPTER 2", "第二章".</summary>
    public static readonly Parser<LabelMatch> Chapter =
        English(ProvisionKind.Chapter, "Chapter", "CHAPTER").Or(Chinese(ProvisionKind.Chapter, '章'));

    /// <summary>"Section 1" (a division of a chapter), "第一节".</summary>
    public static readonly Parser<LabelMatch> Section =
        English(ProvisionKind.Section, "Section", "SECTION").Or(Chinese(ProvisionKind.Section, '节'));

    /// <summary>"Part I", "PART 1", "第一编".</summary>
    public static readonly Parser<LabelMatch> Part =
        English(ProvisionKind.Part, "Part", "PART").Or(Chinese(ProvisionKind.Part, '编'));

    private static Parser<char> Open => Parse.Chars('(', '（');

    private static Parser<char> Close => Parse.Chars(')', '）');

    /// <summary>"(1)", "(a)", "(iv)", "(A)", "(9A)", "（一）", "(一)", "1.", "１．", "a)", "1)", "一、", "1、".</summary>
    public static readonly Parser<ListLabel> List = Spanned(
        (from open in Open
         from number in ListNumber
         from close in Close
         select (Func<Span, ListLabel>)(span => new ListLabel(number, LabelEnclosure.Parentheses, span)))
        .Or(from number in ArabicNumber.Or(s_letters.Where(n => n.Text.Length == 1))
            from close in Close
            select (Func<Span, ListLabel>)(span => new ListLabel(number, LabelEnclosure.ClosingParenthesis, span)))
        .Or(from number in ArabicNumber.Where(n => n.Suffix.Length == 0)
            from dot in Parse.Chars('.', '．')
            select (Func<Span, ListLabel>)(span => new ListLabel(number, LabelEnclosure.Dot, span)))
        .Or(from number in ChineseNumber.Or(s_embeddedDigits)
            from comma in Parse.Char('、')
            select (Func<Span, ListLabel>)(span => new ListLabel(number, LabelEnclosure.Comma, span))));

    private static LabelNumber? LettersOrRoman(string text)
    {
        bool lower = char.IsLower(text[0]);
        long roman = RomanValue(text.ToUpperInvariant());
        if (text.Length > 1 && roman > 0) return new LabelNumber(text, lower ? NumberStyle.LowerRoman : NumberStyle.UpperRoman, roman, string.Empty);
        if (text.Any(c => c != text[0])) return null; // "ab" is neither a letter label nor a Roman numeral
        long value = (text.Length - 1) * 26 + (char.ToLowerInvariant(text[0]) - 'a' + 1);
        return new LabelNumber(text, lower ? NumberStyle.LowerLetter : NumberStyle.UpperLetter, value, string.Empty);
    }

    /// <summary>The value of an upper-case Roman numeral, or 0 when the letters are not one in canonical form.</summary>
    public static long RomanValue(string text)
    {
        long total = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int value = RomanDigit(text[i]);
            if (value == 0) return 0;
            int next = i + 1 < text.Length ? RomanDigit(text[i + 1]) : 0;
            total += value < next ? -value : value;
        }
        return total is > 0 and < 4000 && ToRoman(total) == text ? total : 0;
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

    /// <summary>Writes <paramref name="value"/> in <paramref name="style"/>: 3 as "3", "c", "C", "iii", "III" or "三".</summary>
    public static string Format(long value, NumberStyle style) => style switch
    {
        NumberStyle.LowerLetter => Letters(value, 'a'),
        NumberStyle.UpperLetter => Letters(value, 'A'),
        NumberStyle.LowerRoman => ToRoman(value).ToLowerInvariant(),
        NumberStyle.UpperRoman => ToRoman(value),
        NumberStyle.Chinese => Numerals.ToChinese(value),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Letters(long value, char a) =>
        value < 1 ? string.Empty : new string((char)(a + (value - 1) % 26), (int)((value - 1) / 26) + 1);
}
