using DraftCheck.Model;
using Sprache;

namespace DraftCheck.Syntax.Grammars;

/// <summary>
/// An amount of money as written in a draft: its value, its currency (ISO 4217 code: "CNY", "USD", "EUR", "GBP", "SGD",
/// "INR") and the span of its words ("500,000 yuan", "人民币五十万元", "$150,000").
/// </summary>
public sealed record MoneyAmount(decimal Value, string Currency, Span Span, string Text);

/// <summary>
/// Money amounts in English and Chinese statute wording: "500,000 yuan", "RMB 500,000", "五十万元", "人民币五百万元",
/// "25万元", "$150,000", "US$75,000", "€65,000", "EUR 65,000", "£55,000", "S$100,000", "6,000,000 rupees",
/// "five hundred thousand yuan", "RMB 5 million".
/// </summary>
public static class Money
{
    private static readonly Parser<string> s_space = Parse.Chars(' ', '\u00A0').Many().Text();

    private static readonly Parser<object> s_wordEnd = Parse.Letter.Not();

    private static Parser<string> Word(string word) => Parse.IgnoreCase(word).Text().Then(w => s_wordEnd.Return(w));

    private static Parser<string> AnyWord(params string[] words) => words.Select(Word).Aggregate((a, b) => a.Or(b));

    /// <summary>"500,000", "5", "fifty", "five hundred thousand", with an optional scale word ("5 million").</summary>
    private static readonly Parser<decimal> s_englishNumber =
        from n in Numerals.Digits.Select(v => (decimal)v)
            .Or(Numerals.EnglishWords.Select(v => (decimal)v))
        from scale in (from _ in Parse.Chars(' ', '\u00A0').AtLeastOnce()
                       from w in Word("million").Return(1_000_000m).Or(Word("billion").Return(1_000_000_000m))
                       select w).Optional()
        select n * scale.GetOrElse(1m);

    // Symbols and codes written before the number; longer ones first ("US$" before "$", "S$" before "$").
    private static readonly Parser<string> s_prefixCurrency =
        Parse.String("US$").Return("USD")
            .Or(Parse.String("S$").Return("SGD"))
            .Or(Parse.String("$").Return("USD"))
            .Or(Parse.String("€").Return("EUR"))
            .Or(Parse.String("£").Return("GBP"))
            .Or(Parse.String("¥").Return("CNY"))
            .Or(Parse.String("₹").Return("INR"))
            .Or(from code in AnyWord("RMB", "CNY").Return("CNY")
                    .Or(Word("USD").Return("USD")).Or(Word("EUR").Return("EUR")).Or(Word("GBP").Return("GBP"))
                    .Or(Word("SGD").Return("SGD")).Or(Word("INR").Return("INR"))
                    .Or(from rs in Parse.String("Rs").Then(_ => Parse.Char('.').Optional()) select "INR")
                from _ in s_space
                select code);

    // Words written after the number.
    private static readonly Parser<string> s_suffixCurrency =
        AnyWord("yuan", "renminbi", "RMB").Return("CNY")
            .Or(AnyWord("US dollars", "dollars").Return("USD"))
            .Or(AnyWord("Singapore dollars").Return("SGD"))
            .Or(AnyWord("euros", "euro", "EUR").Return("EUR"))
            .Or(AnyWord("pounds sterling", "pounds").Return("GBP"))
            .Or(AnyWord("rupees").Return("INR"));

    private static Parser<MoneyAmount> Spanned(Parser<(decimal Value, string Currency)> parser) => input =>
    {
        IResult<(decimal Value, string Currency)> result = parser(input);
        if (!result.WasSuccessful) return Result.Failure<MoneyAmount>(result.Remainder, result.Message, result.Expectations);
        int start = input.Position, end = result.Remainder.Position;
        return Result.Success(
            new MoneyAmount(result.Value.Value, result.Value.Currency, Span.FromBounds(start, end), input.Source.Substring(start, end - start)),
            result.Remainder);
    };

    /// <summary>"$150,000", "US$75,000", "€65,000", "RMB 500,000", "RMB5 million".</summary>
    public static readonly Parser<MoneyAmount> EnglishPrefixed = Spanned(
        from currency in s_prefixCurrency
        from value in s_englishNumber
        select (value, currency));

    /// <summary>"500,000 yuan", "five hundred thousand yuan", "65,000 euros", "6,000,000 rupees".</summary>
    public static readonly Parser<MoneyAmount> EnglishSuffixed = Spanned(
        from value in s_englishNumber
        from _ in Parse.Chars(' ', '\u00A0').AtLeastOnce()
        from currency in s_suffixCurrency
        select (value, currency));

    // Chinese amounts: a Chinese numeral carries its own 万/亿 ("五十万"); digits may be followed by one ("25万").
    private static readonly Parser<decimal> s_chineseNumber =
        Numerals.Chinese.Select(v => (decimal)v)
            .Or(from digits in Numerals.Digits
                from unit in Parse.Char('万').Return(10_000m).Or(Parse.Char('亿').Return(100_000_000m)).Optional()
                select digits * unit.GetOrElse(1m));

    /// <summary>"五十万元", "人民币五十万元", "25万元", "五百元".</summary>
    public static readonly Parser<MoneyAmount> Chinese = Spanned(
        from lead in Parse.String("人民币").Optional()
        from value in s_chineseNumber
        from unit in Parse.Char('元')
        select (value, "CNY"));

    /// <summary>Any money amount starting exactly here.</summary>
    public static readonly Parser<MoneyAmount> Any = Chinese.Or(EnglishPrefixed).Or(EnglishSuffixed);

    /// <summary>Every money amount in <paramref name="text"/> within <paramref name="span"/>, left to right.</summary>
    public static IReadOnlyList<MoneyAmount> FindAll(string text, Span span)
    {
        var amounts = new List<MoneyAmount>();
        int position = span.Start;
        while (position < span.End)
        {
            if (CanStartAt(text, position, span.Start)
                && Any.TryParseAt(text, position, out MoneyAmount amount, out int end) && end <= span.End)
            {
                amounts.Add(amount);
                position = end;
                continue;
            }
            position++;
        }
        return amounts;
    }

    // The first words of the English forms: a currency code or symbol with letters ("RMB", "US$", "S$", "Rs."), or a
    // number in words ("five hundred thousand yuan").
    private static readonly FirstWords s_englishFirstWords =
        new(FirstWords.NumberWords.Concat(["RMB", "CNY", "USD", "EUR", "GBP", "SGD", "INR", "Rs", "US", "S"]));

    private static bool CanStartAt(string text, int position, int floor)
    {
        char c = text[position];
        bool afterWordOrNumber = position > floor && char.IsLetterOrDigit(text[position - 1]) && text[position - 1] < '\u3400';
        if (c is '$' or '€' or '£' or '¥' or '₹' or '人') return true;
        if (char.IsDigit(c)) return !afterWordOrNumber && (position == floor || text[position - 1] != ',');
        if (char.IsAsciiLetter(c)) return !afterWordOrNumber && s_englishFirstWords.StartsAt(text, position);
        return "零〇一二两三四五六七八九十百千万".Contains(c, StringComparison.Ordinal)
            && (position == floor || !"零〇一二两三四五六七八九十百千万".Contains(text[position - 1], StringComparison.Ordinal));
    }
}
