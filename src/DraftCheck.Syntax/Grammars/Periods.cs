using DraftCheck.Model;
using Sprache;

namespace DraftCheck.Syntax.Grammars;

/// <summary>The unit of a short period of time.</summary>
public enum PeriodUnit
{
    /// <summary>Hours ("24 hours", "24小时").</summary>
    Hour,

    /// <summary>Calendar days ("three days", "十五日", "3天").</summary>
    Day,

    /// <summary>Working or business days ("10 business days", "五个工作日").</summary>
    WorkingDay,

    /// <summary>Weeks ("two weeks", "两周").</summary>
    Week,

    /// <summary>Months ("three months", "三个月").</summary>
    Month,
}

/// <summary>
/// A short period of time as written in a draft: "24 hours", "three days", "十五日", "not less than 10, nor more than 14,
/// business days" (a range: <see cref="Count"/> is its upper bound, <see cref="Minimum"/> its lower bound).
/// </summary>
public sealed record TimePeriod(Numeral Count, PeriodUnit Unit, Span Span, string Text)
{
    /// <summary>The lower bound of a range ("not less than 10"), or null for a single period.</summary>
    public Numeral? Minimum { get; init; }

    /// <summary>The period's length in hours, counting a working day as a day and a month as 30 days.</summary>
    public long Hours => Unit switch
    {
        PeriodUnit.Hour => Count.Value,
        PeriodUnit.Day or PeriodUnit.WorkingDay => Count.Value * 24,
        PeriodUnit.Week => Count.Value * 24 * 7,
        _ => Count.Value * 24 * 30,
    };

    /// <summary>The period as words for a message: "3 days", "24 hours", "10 to 14 working days".</summary>
    public string Describe()
    {
        string unit = Unit switch
        {
            PeriodUnit.Hour => "hour",
            PeriodUnit.Day => "day",
            PeriodUnit.WorkingDay => "working day",
            PeriodUnit.Week => "week",
            _ => "month",
        };
        string plural = Count.Value == 1 ? unit : unit + "s";
        return Minimum is null ? $"{Count.Value} {plural}" : $"{Minimum.Value} to {Count.Value} {plural}";
    }
}

/// <summary>
/// Short periods of time in English and Chinese statute wording, as takedown and waiting periods are written:
/// "within 24 hours", "three days", "not less than 10, nor more than 14, business days", "二十四小时", "十五日", "五个工作日".
/// </summary>
public static class Periods
{
    private static readonly Parser<string> s_space = Parse.Chars(' ', '\u00A0').AtLeastOnce().Text();

    private static readonly Parser<object> s_wordEnd = Parse.Letter.Not();

    private static Parser<string> Word(string word) => Parse.IgnoreCase(word).Text().Then(w => s_wordEnd.Return(w));

    private static readonly Parser<PeriodUnit> s_englishUnit =
        Word("working days").Or(Word("working day")).Or(Word("business days")).Or(Word("business day")).Return(PeriodUnit.WorkingDay)
            .Or(Word("hours").Or(Word("hour")).Return(PeriodUnit.Hour))
            .Or(Word("days").Or(Word("day")).Return(PeriodUnit.Day))
            .Or(Word("weeks").Or(Word("week")).Return(PeriodUnit.Week))
            .Or(Word("months").Or(Word("month")).Return(PeriodUnit.Month));

    private static Parser<TimePeriod> Spanned(Parser<Func<Span, string, TimePeriod>> parser) => input =>
    {
        IResult<Func<Span, string, TimePeriod>> result = parser(input);
        if (!result.WasSuccessful) return Result.Failure<TimePeriod>(result.Remainder, result.Message, result.Expectations);
        int start = input.Position, end = result.Remainder.Position;
        return Result.Success(result.Value(Span.FromBounds(start, end), input.Source.Substring(start, end - start)), result.Remainder);
    };

    /// <summary>"24 hours", "three days", "10 business days", "48-hour".</summary>
    public static readonly Parser<TimePeriod> English = Spanned(
        from count in Numerals.EnglishCardinal
        from separator in s_space.Or(Parse.String("-").Text())
        from unit in s_englishUnit
        select (Func<Span, string, TimePeriod>)((span, text) => new TimePeriod(count, unit, span, text)));

    /// <summary>"not less than 10, nor more than 14, business days": the range, with its upper bound as the count.</summary>
    public static readonly Parser<TimePeriod> EnglishRange = Spanned(
        from notLess in Word("not less than").Or(Word("no less than")).Or(Word("at least"))
        from minimum in s_space.Then(_ => Numerals.EnglishCardinal)
        from comma in Parse.Char(',').Optional()
        from nor in s_space.Then(_ => Word("nor").Or(Word("or")).Or(Word("and")))
        from notMore in s_space.Then(_ => Word("more than").Or(Word("not more than")))
        from maximum in s_space.Then(_ => Numerals.EnglishCardinal)
        from comma2 in Parse.Char(',').Optional()
        from unit in s_space.Then(_ => s_englishUnit)
        select (Func<Span, string, TimePeriod>)((span, text) => new TimePeriod(maximum, unit, span, text) { Minimum = minimum }));

    private static readonly Parser<PeriodUnit> s_chineseUnit =
        Parse.String("个工作日").Or(Parse.String("工作日")).Return(PeriodUnit.WorkingDay)
            .Or(Parse.String("小时").Or(Parse.String("个小时")).Return(PeriodUnit.Hour))
            .Or(Parse.String("日").Or(Parse.String("天")).Return(PeriodUnit.Day))
            .Or(Parse.String("周").Or(Parse.String("星期")).Return(PeriodUnit.Week))
            .Or(Parse.String("个月").Return(PeriodUnit.Month));

    /// <summary>"二十四小时", "十五日", "5个工作日", "三天".</summary>
    public static readonly Parser<TimePeriod> Chinese = Spanned(
        from count in Numerals.ChineseCardinal
        from unit in s_chineseUnit
        select (Func<Span, string, TimePeriod>)((span, text) => new TimePeriod(count, unit, span, text)));

    /// <summary>Any period starting exactly here, ranges first.</summary>
    public static readonly Parser<TimePeriod> Any = EnglishRange.Or(English).Or(Chinese);

    // The first words of the English forms: a number ("three days") or a range's "not less than", "no less than", "at least".
    private static readonly FirstWords s_englishFirstWords = new(FirstWords.NumberWords.Concat(["not", "no", "at"]));

    // A digit, a Chinese numeral, or the first word of an English form: nothing else can start a period.
    private static bool CanStartAt(string text, int position)
    {
        char c = text[position];
        if (char.IsDigit(c)) return true;
        if (char.IsAsciiLetter(c)) return s_englishFirstWords.StartsAt(text, position);
        return "零〇一二两三四五六七八九十百千万亿".Contains(c, StringComparison.Ordinal);
    }

    /// <summary>Every period in <paramref name="text"/> within <paramref name="span"/>, left to right, without overlaps.</summary>
    public static IReadOnlyList<TimePeriod> FindAll(string text, Span span)
    {
        var periods = new List<TimePeriod>();
        int position = span.Start;
        while (position < span.End)
        {
            char c = text[position];
            // A day of a date ("12月31日") is not a period.
            bool canStart = position == span.Start
                || (!char.IsLetterOrDigit(text[position - 1]) || text[position - 1] >= '\u3400') && text[position - 1] != '月';
            if (canStart && CanStartAt(text, position)
                && Any.TryParseAt(text, position, out TimePeriod period, out int end) && end <= span.End)
            {
                periods.Add(period);
                position = end;
                continue;
            }
            position++;
        }
        return periods;
    }
}
