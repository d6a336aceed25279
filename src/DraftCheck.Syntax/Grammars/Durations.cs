using DraftCheck.Model;
using Sprache;

namespace DraftCheck.Syntax.Grammars;

/// <summary>The event a duration runs from, as the words say it.</summary>
public enum DurationBasis
{
    /// <summary>No event is named ("the term of protection shall be fifty years").</summary>
    Unspecified,

    /// <summary>The author's death ("after his death", "in which the author dies", "死亡后").</summary>
    Death,

    /// <summary>First publication ("first publication", "originally secured", "首次发表", "首次出版").</summary>
    Publication,

    /// <summary>Making available to the public ("first so made available").</summary>
    MakingAvailable,

    /// <summary>Creation or making of the work ("creation", "was made", "创作完成").</summary>
    Creation,

    /// <summary>Fixation of a recording ("first fixed", "首次制作完成").</summary>
    Fixation,

    /// <summary>A performance taking place ("表演发生").</summary>
    Performance,

    /// <summary>First broadcast ("首次播放").</summary>
    Broadcast,
}

/// <summary>What a duration phrase does in its sentence.</summary>
public enum DurationPhraseKind
{
    /// <summary>States a term: "the life of the author and fifty years after his death", "保护期为五十年".</summary>
    Term,

    /// <summary>States when a term expires: "expiring on December 31 of the fiftieth year after his death", "截止于…后第五十年的12月31日".</summary>
    Expiry,

    /// <summary>Ends protection of a work not published in time: "自创作完成后五十年内未发表的".</summary>
    UnpublishedCutoff,
}

/// <summary>A duration stated in a draft: the years, the event they run from, and the exact words.</summary>
public sealed record DurationPhrase(DurationPhraseKind Kind, Numeral Years, DurationBasis Basis, bool IncludesLife, Span Span);

/// <summary>
/// Term durations in English and Chinese statute wording: "the life of the author and fifty years after his death",
/// "70 years after the author's death", "95 years from the year of its first publication", "作者终生及其死亡后五十年",
/// "截止于作品首次发表后第五十年的12月31日".
/// </summary>
public static class Durations
{
    private static readonly Parser<string> s_space = Parse.Chars(' ', '\u00A0', '\t').AtLeastOnce().Text();

    private static readonly Parser<object> s_wordEnd = Parse.LetterOrDigit.Not();

    private static Parser<string> Word(string word) =>
        Parse.IgnoreCase(word).Text().Then(w => s_wordEnd.Return(w));

    private static Parser<string> Words(params string[] words) =>
        words.Select(w => w.Split(' ').Select(Word).Aggregate((a, b) => from x in a from _ in s_space from y in b select x + " " + y))
            .Aggregate((a, b) => a.Or(b));

    /// <summary>English words naming the event a duration runs from; longer phrases first ("made available" before "made").</summary>
    private static readonly Parser<DurationBasis> s_englishBasis =
        Words("made available", "making available", "so made available").Return(DurationBasis.MakingAvailable)
            .Or(Words("death", "deaths", "dies", "died").Return(DurationBasis.Death))
            .Or(Words("publication", "published", "secured").Return(DurationBasis.Publication))
            .Or(Words("creation", "created", "made").Return(DurationBasis.Creation))
            .Or(Words("fixation", "fixed", "production", "produced").Return(DurationBasis.Fixation))
            .Or(Words("performance", "performed", "takes place", "took place").Return(DurationBasis.Performance))
            .Or(Words("broadcast", "broadcasting", "transmission", "transmitted").Return(DurationBasis.Broadcast));

    private static readonly Parser<string> s_englishWord =
        Parse.Char(c => char.IsLetter(c) || c is '\'' or '\u2019' or '-', "word").AtLeastOnce().Text();

    /// <summary>Up to 14 words before the basis word: "the end of the calendar year in which the author".</summary>
    private static readonly Parser<DurationBasis> s_englishBasisTail =
        from preposition in s_space.Then(_ => Words("after", "from", "following", "of"))
        from filler in (from _ in s_space from w in s_englishWord.Except(s_englishBasis) select w).Repeat(0, 14)
        from basis in s_space.Then(_ => s_englishBasis)
        select basis;

    private static readonly Parser<Numeral> s_englishYears =
        (from n in Numerals.EnglishCardinal
         from _ in s_space
         from unit in Words("calendar years", "years", "year")
         select n)
        .Or(from n in Numerals.EnglishCardinal from unit in Parse.String("-year").Then(_ => s_wordEnd) select n);

    private static Parser<DurationPhrase> Spanned(Parser<Func<Span, DurationPhrase>> parser) => input =>
    {
        IResult<Func<Span, DurationPhrase>> result = parser(input);
        return result.WasSuccessful
            ? Result.Success(result.Value(Span.FromBounds(input.Position, result.Remainder.Position)), result.Remainder)
            : Result.Failure<DurationPhrase>(result.Remainder, result.Message, result.Expectations);
    };

    /// <summary>"70 years after the author's death", "95 years from the year of its first publication", "fifty years".</summary>
    public static readonly Parser<DurationPhrase> EnglishTerm = Spanned(
        from years in s_englishYears
        from basis in s_englishBasisTail.Optional()
        select (Func<Span, DurationPhrase>)(span => new DurationPhrase(
            DurationPhraseKind.Term, years, basis.GetOrElse(DurationBasis.Unspecified), false, span)));

    /// <summary>"the life of the author and fifty years after his death", "the life of the last surviving author and 70 years after ...".</summary>
    public static readonly Parser<DurationPhrase> EnglishLifeTerm = Spanned(
        from life in Words("the life of", "life of")
        from filler in (from _ in s_space from w in s_englishWord.Except(Word("and")) select w).Repeat(1, 5)
        from and in s_space.Then(_ => Word("and")).Then(_ => s_space)
        from years in s_englishYears
        from basis in s_englishBasisTail
        where basis == DurationBasis.Death
        select (Func<Span, DurationPhrase>)(span => new DurationPhrase(DurationPhraseKind.Term, years, basis, true, span)));

    /// <summary>"expiring on December 31 of the fiftieth year after his death", "until 31 December of the 50th year following publication".</summary>
    public static readonly Parser<DurationPhrase> EnglishExpiry = Spanned(
        from verb in Words("expiring on", "expire on", "expires on", "ending on", "end on", "ends on", "until", "ending", "expiring at the end of")
        from date in s_space.Then(_ => Words("December 31", "31 December", "31st December", "December 31st"))
        from of in s_space.Then(_ => Words("of the"))
        from years in s_space.Then(_ => Numerals.Ordinal)
        from unit in s_space.Then(_ => Words("calendar year", "year"))
        from basis in s_englishBasisTail
        select (Func<Span, DurationPhrase>)(span => new DurationPhrase(DurationPhraseKind.Expiry, years, basis, false, span)));

    // Chinese statutes write the event, then 后 ("after"): 作者死亡后, 作品首次发表后, 该制品首次制作完成后.
    private static DurationBasis ChineseBasisOf(string eventWords)
    {
        if (eventWords.EndsWith("死亡", StringComparison.Ordinal)) return DurationBasis.Death;
        if (eventWords.EndsWith("发表", StringComparison.Ordinal) || eventWords.EndsWith("出版", StringComparison.Ordinal)) return DurationBasis.Publication;
        if (eventWords.EndsWith("创作完成", StringComparison.Ordinal)) return DurationBasis.Creation;
        if (eventWords.EndsWith("制作完成", StringComparison.Ordinal) || eventWords.EndsWith("录制", StringComparison.Ordinal)) return DurationBasis.Fixation;
        if (eventWords.EndsWith("播放", StringComparison.Ordinal) || eventWords.EndsWith("播出", StringComparison.Ordinal)) return DurationBasis.Broadcast;
        if (eventWords.EndsWith("发生", StringComparison.Ordinal) || eventWords.EndsWith("演出", StringComparison.Ordinal)) return DurationBasis.Performance;
        if (eventWords.EndsWith("提供", StringComparison.Ordinal)) return DurationBasis.MakingAvailable;
        return DurationBasis.Unspecified;
    }

    // The enumeration comma 、 may sit inside an event ("该广播、电视首次播放"); other punctuation ends it.
    private const string ChinesePunctuation = "，。；：,.;:（）()《》“”\n";

    /// <summary>
    /// The words naming an event, up to the 后 that precedes the number of years: "作品首次发表", "最后死亡的作者死亡"
    /// (the 后 of 最后 does not end the event, because no number follows it).
    /// </summary>
    private static readonly Parser<string> s_chineseEvent =
        Parse.AnyChar
            .Except(Parse.Char('后').Then(_ => Parse.Char('第').Optional()).Then(_ => Parse.Chars("零〇一二两三四五六七八九十百0123456789")))
            .Except(Parse.Chars(ChinesePunctuation))
            .Repeat(1, 30).Text();

    private static readonly Parser<Numeral> s_chineseYears =
        from n in Numerals.ChineseCardinal from unit in Parse.Char('年') select n;

    /// <summary>"作者终生及其死亡后五十年".</summary>
    public static readonly Parser<DurationPhrase> ChineseLifeTerm = Spanned(
        from author in Parse.String("作者").Optional()
        from life in Parse.String("终生及其死亡后").Or(Parse.String("终身及其死亡后")).Or(Parse.String("有生之年及其死亡后"))
        from years in s_chineseYears
        select (Func<Span, DurationPhrase>)(span => new DurationPhrase(DurationPhraseKind.Term, years, DurationBasis.Death, true, span)));

    /// <summary>"保护期为五十年", "保护期为作品首次发表后五十年", "保护期为作者终生及其死亡后五十年".</summary>
    public static readonly Parser<DurationPhrase> ChineseTerm = Spanned(
        from lead in Parse.String("保护期为").Or(Parse.String("保护期限为")).Or(Parse.String("保护期是"))
        from term in ChineseLifeTerm.Select(p => (p.Years, p.Basis, Life: true))
            .Or(from ev in s_chineseEvent from after in Parse.Char('后') from y in s_chineseYears select (Years: y, Basis: ChineseBasisOf(ev), Life: false))
            .Or(s_chineseYears.Select(y => (Years: y, Basis: DurationBasis.Unspecified, Life: false)))
        select (Func<Span, DurationPhrase>)(span => new DurationPhrase(DurationPhraseKind.Term, term.Years, term.Basis, term.Life, span)));

    /// <summary>"截止于作品首次发表后第五十年的12月31日", "截止于最后死亡的作者死亡后第五十年的12月31日".</summary>
    public static readonly Parser<DurationPhrase> ChineseExpiry = Spanned(
        from lead in Parse.String("截止于").Or(Parse.String("截至"))
        from ev in s_chineseEvent
        from after in Parse.String("后第")
        from years in s_chineseYears
        from date in Parse.String("的12月31日").Or(Parse.String("的十二月三十一日")).Optional()
        select (Func<Span, DurationPhrase>)(span => new DurationPhrase(DurationPhraseKind.Expiry, years, ChineseBasisOf(ev), false, span)));

    /// <summary>"自创作完成后五十年内未发表的".</summary>
    public static readonly Parser<DurationPhrase> ChineseUnpublishedCutoff = Spanned(
        from lead in Parse.Char('自')
        from ev in s_chineseEvent
        from after in Parse.Char('后')
        from years in s_chineseYears
        from within in Parse.String("内未发表").Or(Parse.String("内未出版"))
        select (Func<Span, DurationPhrase>)(span => new DurationPhrase(DurationPhraseKind.UnpublishedCutoff, years, ChineseBasisOf(ev), false, span)));

    /// <summary>Any duration phrase starting exactly here, longest forms first.</summary>
    public static readonly Parser<DurationPhrase> Any =
        EnglishLifeTerm.Or(EnglishExpiry).Or(EnglishTerm)
            .Or(ChineseTerm).Or(ChineseLifeTerm).Or(ChineseExpiry).Or(ChineseUnpublishedCutoff);

    /// <summary>
    /// Every duration phrase in <paramref name="text"/> within <paramref name="span"/>, left to right, without overlaps.
    /// Tries the grammar only where a phrase can start (a word or a number start, or a Chinese lead word).
    /// </summary>
    public static IReadOnlyList<DurationPhrase> FindAll(string text, Span span)
    {
        var phrases = new List<DurationPhrase>();
        int position = span.Start;
        while (position < span.End)
        {
            if (CanStartAt(text, position, span.Start)
                && Any.TryParseAt(text, position, out DurationPhrase phrase, out int end) && end <= span.End)
            {
                phrases.Add(phrase);
                position = end;
                continue;
            }
            position++;
        }
        return phrases;
    }

    // The first words of the English forms: a number ("fifty years"), "life of" or "the life of", an expiry verb.
    private static readonly FirstWords s_englishFirstWords =
        new(FirstWords.NumberWords.Concat(["life", "expiring", "expire", "expires", "ending", "end", "ends", "until"]));

    /// <summary>
    /// Whether the digits at <paramref name="position"/> can start "70 years", "1,000 calendar years" or "50-year": after the
    /// digits (and thousands commas) and spaces, a "y", "c" or hyphen. "Article 5 of", "(1)" and "512(c)" are not terms.
    /// </summary>
    private static bool YearsMayFollow(string text, int position)
    {
        int next = position;
        while (next < text.Length && (char.IsDigit(text[next]) || text[next] == ',')) next++;
        while (next < text.Length && text[next] is ' ' or '\u00A0' or '\t') next++;
        return next < text.Length && text[next] is 'y' or 'Y' or 'c' or 'C' or '-';
    }

    private static bool CanStartAt(string text, int position, int floor)
    {
        char c = text[position];
        if (c is '保' or '作' or '终' or '截' or '自' or '有') return true;
        if (char.IsDigit(c) || (c >= '\uFF10' && c <= '\uFF19')) return (position == floor || !char.IsDigit(text[position - 1])) && YearsMayFollow(text, position);
        if (char.IsAsciiLetter(c)) return (position == floor || !char.IsLetterOrDigit(text[position - 1])) && StartsEnglishPhrase(text, position);
        return false;
    }

    private static bool StartsEnglishPhrase(string text, int position)
    {
        if (s_englishFirstWords.StartsAt(text, position)) return true;
        // "the life of the author and ...": "the" starts a phrase only before "life".
        ReadOnlySpan<char> word = FirstWords.WordAt(text, position);
        if (!word.Equals("the", StringComparison.OrdinalIgnoreCase)) return false;
        int next = position + word.Length;
        if (next >= text.Length || text[next] is not (' ' or '\u00A0' or '\t')) return false;
        while (next < text.Length && text[next] is ' ' or '\u00A0' or '\t') next++;
        return FirstWords.WordAt(text, next).Equals("life", StringComparison.OrdinalIgnoreCase);
    }
}
