using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DraftCheck.Model;
using Sprache;

namespace DraftCheck.Syntax.Grammars;

/// <summary>The unit a reference names: "Article", "subsection", "款".</summary>
public enum CitedUnit
{
    /// <summary>A part (Part 1, 第一编).</summary>
    Part,

    /// <summary>A chapter (Chapter III, 第二章).</summary>
    Chapter,

    /// <summary>"section": an article-level section of an Act or Code, or a division of a chapter (第一节), as the draft's convention says.</summary>
    Section,

    /// <summary>An article (Article 5, 第五条).</summary>
    Article,

    /// <summary>A subsection ((a) in the US, (1) in the UK).</summary>
    Subsection,

    /// <summary>A paragraph (1. in the EU, 款 in China, (1) in the US, (a) in the UK).</summary>
    Paragraph,

    /// <summary>A subparagraph ((A) in the US, (i) in the UK, an unnumbered subparagraph in the EU).</summary>
    Subparagraph,

    /// <summary>An item ((5), 第（五）项).</summary>
    Item,

    /// <summary>A point ((a) in the EU).</summary>
    Point,

    /// <summary>A sub-item (目).</summary>
    Subitem,

    /// <summary>A clause ((i) in the US).</summary>
    Clause,

    /// <summary>A subclause ((I) in the US).</summary>
    Subclause,

    /// <summary>A schedule (Schedule 2).</summary>
    Schedule,

    /// <summary>A regulation of a statutory instrument (regulation 6(1)(c)).</summary>
    Regulation,
}

/// <summary>How a step of a reference finds its provision.</summary>
public enum CitedRelation
{
    /// <summary>By its number: "Article 5", "(c)", "第十条".</summary>
    Number,

    /// <summary>The provision the reference sits in: "this subsection", "本条".</summary>
    This,

    /// <summary>The provision(s) just before it: "the preceding paragraph", "前款", "前两款".</summary>
    Preceding,

    /// <summary>The provision(s) just after it: "the following subsections".</summary>
    Following,
}

/// <summary>One step of a reference path: "Article 10", "(5)", "第一款", "this subsection".</summary>
/// <param name="Unit">The unit named, or null for a bare label continuing a path ("(c)" in "subsection (c)(1)").</param>
/// <param name="Relation">How the step finds its provision.</param>
/// <param name="Number">The number as printed, without parentheses ("10", "十", "c", "296ZE"); empty for relative steps.</param>
/// <param name="Span">The words of the step.</param>
public sealed record CitedStep(CitedUnit? Unit, CitedRelation Relation, string Number, Span Span)
{
    /// <summary>How many provisions a relative step covers ("前两款" is 2); 0 for "the following subsections" (all of them).</summary>
    public int Count { get; init; } = 1;

    /// <summary>Whether the number was written in parentheses: "(5)" rather than "5".</summary>
    public bool IsParenthesized { get; init; }

    /// <summary>The number parsed: its style, value and key; null for relative steps.</summary>
    public LabelNumber? Parsed => Number.Length == 0 ? null : LabelNumber.TryParse(Number);
}

/// <summary>A path from the outermost named provision to the one cited: [Article 10][paragraph 1][item (5)].</summary>
/// <param name="Steps">The steps, outermost first.</param>
public sealed record CitedPath(ImmutableArray<CitedStep> Steps)
{
    /// <summary>The path printed back: "Article 10 paragraph 1 (5)" (for messages and tests).</summary>
    public override string ToString() => string.Join(" ", Steps.Select(s => s.Relation switch
    {
        CitedRelation.This => $"this {s.Unit}",
        CitedRelation.Preceding => $"preceding {s.Count} {s.Unit}",
        CitedRelation.Following => $"following {s.Unit}",
        _ => s.Unit is null ? $"({s.Number})" : $"{s.Unit} {(s.IsParenthesized ? "(" + s.Number + ")" : s.Number)}",
    }));
}

/// <summary>One cited provision or range of a reference: "Article 5(2)(a)", "(2)(c)", "items (5) to (17)".</summary>
/// <param name="From">The full path of the provision cited (or the first of the range).</param>
/// <param name="To">The full path of the last provision of a range, or null.</param>
/// <param name="Span">The words of this element.</param>
public sealed record CitedElement(CitedPath From, CitedPath? To, Span Span);

/// <summary>
/// A cross-reference as written: its elements with their full paths (continuations such as the "(2)(c)" of
/// "Article 5(2)(a), (2)(c)" completed), and whether it names this instrument or another one.
/// </summary>
/// <param name="Span">The words of the whole reference.</param>
/// <param name="Elements">The provisions or ranges cited, in order.</param>
/// <param name="ExternalInstrument">The other instrument named ("title 18", "the Senior Courts Act 1981", "《中华人民共和国民事诉讼法》"), or null.</param>
public sealed record CrossReferenceSyntax(Span Span, ImmutableArray<CitedElement> Elements, string? ExternalInstrument)
{
    /// <summary>Whether the reference cites a provision of another instrument.</summary>
    public bool IsExternal => ExternalInstrument is not null;
}

/// <summary>
/// Cross-references in English and Chinese statute wording: "Article 48(6)", "paragraph 2 of this Article", "the
/// preceding paragraph", "Articles 10 to 12", "subsection (c)(1)", "sections 107 through 122", "paragraph (a) or (b)
/// of subsection (3)", "Article 5(2)(a), (2)(c) or (3)(e)", "the first and second subparagraphs",
/// "本法第十条第一款第（五）项至第（十七）项", "前款", "本条", "《中华人民共和国民事诉讼法》第九十三条".
/// </summary>
public static class CrossReferences
{
    private static readonly Parser<string> s_ws = Parse.Chars(' ', '\u00A0').AtLeastOnce().Text();

    private static readonly Parser<object> s_wordEnd = Parse.LetterOrDigit.Not();

    private readonly record struct Spanned<T>(T Value, Span Span);

    private static Parser<Spanned<T>> Positioned<T>(Parser<T> parser) => input =>
    {
        IResult<T> result = parser(input);
        return result.WasSuccessful
            ? Result.Success(new Spanned<T>(result.Value, Span.FromBounds(input.Position, result.Remainder.Position)), result.Remainder)
            : Result.Failure<Spanned<T>>(result.Remainder, result.Message, result.Expectations);
    };

    /// <summary>A regular expression matched exactly at the current position (anchored with \G), without copying the text.</summary>
    private static Parser<string> Anchored(Regex regex) => input =>
    {
        Match match = regex.Match(input.Source, input.Position);
        if (!match.Success || match.Index != input.Position || match.Length == 0) return Result.Failure<string>(input, "no match", [regex.ToString()]);
        IInput rest = input;
        for (int i = 0; i < match.Length; i++) rest = rest.Advance();
        return Result.Success(match.Value, rest);
    };

    private static Parser<string> Word(string word, bool ignoreCase = true) =>
        (ignoreCase ? Parse.IgnoreCase(word) : Parse.String(word)).Text().Then(w => s_wordEnd.Return(w));

    private static Parser<T> Choice<T>(IEnumerable<Parser<T>> parsers) => parsers.Aggregate((a, b) => a.Or(b));

    // ---- English ----

    private static readonly (string Word, CitedUnit Unit, bool Plural, bool IgnoreCase)[] s_unitWords =
    [
        ("subparagraphs", CitedUnit.Subparagraph, true, true), ("subparagraph", CitedUnit.Subparagraph, false, true),
        ("sub-paragraphs", CitedUnit.Subparagraph, true, true), ("sub-paragraph", CitedUnit.Subparagraph, false, true),
        ("subsections", CitedUnit.Subsection, true, true), ("subsection", CitedUnit.Subsection, false, true),
        ("subclauses", CitedUnit.Subclause, true, true), ("subclause", CitedUnit.Subclause, false, true),
        ("sub-clauses", CitedUnit.Subclause, true, true), ("sub-clause", CitedUnit.Subclause, false, true),
        ("paragraphs", CitedUnit.Paragraph, true, true), ("paragraph", CitedUnit.Paragraph, false, true),
        ("clauses", CitedUnit.Clause, true, true), ("clause", CitedUnit.Clause, false, true),
        ("items", CitedUnit.Item, true, true), ("item", CitedUnit.Item, false, true),
        ("points", CitedUnit.Point, true, true), ("point", CitedUnit.Point, false, true),
        ("Articles", CitedUnit.Article, true, true), ("Article", CitedUnit.Article, false, true),
        ("sections", CitedUnit.Section, true, true), ("section", CitedUnit.Section, false, true),
        ("Parts", CitedUnit.Part, true, true), ("Part", CitedUnit.Part, false, true),
        ("Chapters", CitedUnit.Chapter, true, true), ("Chapter", CitedUnit.Chapter, false, true),
        ("Schedules", CitedUnit.Schedule, true, true), ("Schedule", CitedUnit.Schedule, false, true),
        // Lower case only: "Regulations 2002" ends the name of an instrument, "regulation 6(1)(c)" cites one of its parts.
        ("regulations", CitedUnit.Regulation, true, false), ("regulation", CitedUnit.Regulation, false, false),
    ];

    private static readonly Parser<(CitedUnit Unit, bool Plural)> s_unitWord =
        Choice(s_unitWords.Select(u => Word(u.Word, u.IgnoreCase).Return((u.Unit, u.Plural))))
            .Or(Parse.String("Arts.").Return((CitedUnit.Article, true)))
            .Or(Parse.String("Art.").Return((CitedUnit.Article, false)))
            .Or(Parse.String("§§").Return((CitedUnit.Section, true)))
            .Or(Parse.String("§").Return((CitedUnit.Section, false)))
            .Or(Parse.String("ss.").Return((CitedUnit.Section, true)))
            .Or(Parse.String("s.").Return((CitedUnit.Section, false)));

    /// <summary>A unit named in the singular after "this" or "the preceding": "this subsection", "the preceding paragraph".</summary>
    private static readonly Parser<CitedUnit> s_singularUnit =
        Choice(s_unitWords.Where(u => !u.Plural && u.Unit is not (CitedUnit.Regulation or CitedUnit.Schedule)).Select(u => Word(u.Word).Return(u.Unit)));

    private static readonly Parser<CitedUnit> s_pluralUnit =
        Choice(s_unitWords.Where(u => u.Plural && u.Unit is not (CitedUnit.Regulation or CitedUnit.Schedule)).Select(u => Word(u.Word).Return(u.Unit)));

    /// <summary>"296ZE", "97A", "12", "II", "1B".</summary>
    private static readonly Parser<string> s_bareNumber =
        Labels.ArabicNumber.Or(Labels.UpperRomanNumber).Select(n => n.Text)
            .Or(from digits in Parse.Digit.AtLeastOnce().Text() from suffix in Parse.Lower.Once().Text() from _ in s_wordEnd select digits + suffix);

    private static readonly Parser<CitedStep> s_label =
        from position in Positioned(from open in Parse.Char('(') from number in Labels.ListNumber from close in Parse.Char(')') select number.Text)
        select new CitedStep(null, CitedRelation.Number, position.Value, position.Span) { IsParenthesized = true };

    /// <summary>"(c)(1)(A)", also after one space: "section 2 (a)(2)".</summary>
    private static readonly Parser<IEnumerable<CitedStep>> s_labelChain =
        from space in Parse.Char(' ').Optional()
        from labels in s_label.AtLeastOnce()
        select labels;

    private static Parser<(ImmutableArray<CitedStep> Steps, bool Plural)> NumberedPath(Parser<(CitedUnit Unit, bool Plural)> unitWord) =>
        from start in Positioned(unitWord)
        from space in s_ws.Optional()
        from rest in
            (from number in Positioned(s_bareNumber)
             from labels in s_labelChain.Optional()
             select (First: new CitedStep(start.Value.Unit, CitedRelation.Number, number.Value, Span.FromBounds(start.Span.Start, number.Span.End)),
                 Labels: labels.GetOrElse([])))
            .Or(from labels in s_labelChain
                let first = labels.First()
                select (First: first with { Unit = start.Value.Unit, Span = Span.FromBounds(start.Span.Start, first.Span.End) },
                    Labels: labels.Skip(1)))
        select (ImmutableArray.Create(rest.First).AddRange(rest.Labels), start.Value.Plural);

    private static readonly Parser<(ImmutableArray<CitedStep> Steps, bool Plural)> s_numberedPath = NumberedPath(s_unitWord);

    /// <summary>A path continuing a list or range: "(2)(c)", "102(1)", "section 408".</summary>
    private static readonly Parser<ImmutableArray<CitedStep>> s_continuation =
        s_numberedPath.Select(p => p.Steps)
            .Or(from number in Positioned(s_bareNumber)
                from labels in s_labelChain.Optional()
                select ImmutableArray.Create(new CitedStep(null, CitedRelation.Number, number.Value, number.Span)).AddRange(labels.GetOrElse([])))
            .Or(s_labelChain.Select(labels => labels.ToImmutableArray()));

    /// <summary>"(search warrants)", "(copyright)": a description after a citation, skipped.</summary>
    private static readonly Parser<string> s_description =
        from space in s_ws.Optional()
        from open in Parse.Char('(')
        from content in Parse.CharExcept("()\n").AtLeastOnce().Text()
        where content.Length >= 2 && char.IsLetter(content[0]) && LabelNumber.TryParse(content) is null
        from close in Parse.Char(')')
        select content;

    private static readonly Parser<string> s_conjunction = Word("and/or").Or(Word("and")).Or(Word("or"));

    private static readonly Parser<(string Kind, bool Comma)> s_listConnector =
        (from comma in Parse.Char(',')
         from space in s_ws.Optional()
         from conjunction in (from c in s_conjunction from s in s_ws select c).Optional()
         select (conjunction.GetOrElse(","), true))
        .Or(from space in s_ws from conjunction in s_conjunction from s2 in s_ws select (conjunction, false));

    private static readonly Parser<string> s_rangeConnector =
        (from s1 in s_ws from word in Word("to").Or(Word("through")) from s2 in s_ws select word)
        .Or(Parse.String("–").Text());

    private readonly record struct RawElement(ImmutableArray<CitedStep> From, ImmutableArray<CitedStep>? To, Span Span);

    private static Parser<RawElement> Element(Parser<ImmutableArray<CitedStep>> path) =>
        from start in Positioned(path)
        from description in s_description.Optional()
        from to in (from connector in s_rangeConnector from end in Positioned(s_continuation) select end).Optional()
        from description2 in s_description.Optional()
        select new RawElement(start.Value, to.IsDefined ? to.Get().Value : null,
            Span.FromBounds(start.Span.Start, to.IsDefined ? to.Get().Span.End : start.Span.End));

    private static readonly Parser<(ImmutableArray<RawElement> Elements, bool Plural)> s_list =
        from first in Positioned(s_numberedPath)
        let plural = first.Value.Plural
        from firstElement in Element(Parse.Return(first.Value.Steps))
        from more in
            (from connector in s_listConnector
             from element in Element(s_continuation)
             // A bare number after a singular unit continues it only as an alternative: "section 1201 or 1202", not "Article 5 and 10 years".
             where plural || connector.Kind == "or" || element.From[0].IsParenthesized || element.From[0].Unit is not null
             select element).Many()
        select (ImmutableArray.Create(firstElement with { Span = Span.FromBounds(first.Span.Start, firstElement.Span.End) }).AddRange(more), plural);

    private static readonly string[] s_ordinalWords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    private static readonly Parser<int> s_ordinalWord =
        Choice(s_ordinalWords.Select((w, i) => Word(w).Return(i + 1)));

    private static readonly Parser<ImmutableArray<RawElement>> s_relativeHead =
        (from position in Positioned(from w in Word("this") from s in s_ws from unit in s_singularUnit select unit)
         select ImmutableArray.Create(new RawElement([new CitedStep(position.Value, CitedRelation.This, "", position.Span)], null, position.Span)))
        .Or(from position in Positioned(from the in Word("the") from s in s_ws from p in Word("preceding").Or(Word("previous")) from s2 in s_ws from unit in s_singularUnit select unit)
            select ImmutableArray.Create(new RawElement([new CitedStep(position.Value, CitedRelation.Preceding, "", position.Span)], null, position.Span)))
        .Or(from position in Positioned(from the in Word("the") from s in s_ws from f in Word("following") from s2 in s_ws from unit in s_pluralUnit select unit)
            select ImmutableArray.Create(new RawElement([new CitedStep(position.Value, CitedRelation.Following, "", position.Span) { Count = 0 }], null, position.Span)))
        .Or(from the in Word("the")
            from s in s_ws
            from ordinals in Positioned(s_ordinalWord).DelimitedBy(from sep in Parse.Char(',').Optional() from s1 in s_ws.Optional() from and in Word("and").Optional() from s2 in s_ws.Optional() select sep)
            from s3 in s_ws
            from unit in Word("subparagraphs").Or(Word("subparagraph"))
            select ordinals.Select(o => new RawElement(
                [new CitedStep(CitedUnit.Subparagraph, CitedRelation.Number, o.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), o.Span)], null, o.Span)).ToImmutableArray());

    private abstract record Anchor;

    private sealed record PathAnchor(ImmutableArray<CitedStep> Steps) : Anchor;

    private sealed record InstrumentAnchor(string? External) : Anchor;

    private static readonly Regex s_namedInstrument = new(
        @"\Gthe\s+(?:(?:[A-Z][\w’'\-]*|\([^()\n]{1,40}\)|of|and|for|on|in|the|to)\s+){0,14}(?:Act|Law|Regulations|Regulation|Order|Rules|Code|Convention|Treaty|Agreement|Constitution)\b(?:\s+of\s+the\s+People['’]s\s+Republic\s+of\s+China)?(?:\s+\d{4})?(?:\s+\(SI\s+\d{4}/\d+\))?",
        RegexOptions.CultureInvariant);

    private static readonly Regex s_euInstrument = new(
        @"\G(?:Directive|Regulation|Decision)\s+(?:\((?:EU|EC|EEC|Euratom)\)\s+)?(?:No\s+)?\d+/\d+(?:/(?:EC|EEC|EU))?",
        RegexOptions.CultureInvariant);

    private static readonly Parser<Anchor> s_instrument =
        (from w in Word("this").Or(Word("these"))
         from s in s_ws
         from name in Word("Act").Or(Word("Law")).Or(Word("Directive")).Or(Word("Regulations")).Or(Word("Regulation")).Or(Word("title"))
             .Or(Word("Code")).Or(Word("Convention")).Or(Word("Decision"))
         select (Anchor)new InstrumentAnchor(null))
        .Or(from title in Positioned(from t in Word("title") from s in s_ws from n in Parse.Digit.AtLeastOnce().Text() select "title " + n)
            select (Anchor)new InstrumentAnchor(title.Value))
        .Or(Anchored(s_euInstrument).Select(name => (Anchor)new InstrumentAnchor(name)))
        .Or(Anchored(s_namedInstrument).Select(name => (Anchor)new InstrumentAnchor(name)));

    private static readonly Parser<Anchor> s_ofClause =
        from s in s_ws
        from of in Word("of")
        from s2 in s_ws
        from anchor in s_instrument
            .Or(s_relativeHead.Where(h => h.Length == 1).Select(h => (Anchor)new PathAnchor(h[0].From)))
            .Or(s_numberedPath.Select(p => (Anchor)new PathAnchor(p.Steps)))
        from description in s_description.Optional()
        select anchor;

    private static readonly Parser<(ImmutableArray<RawElement> Elements, ImmutableArray<Anchor> Anchors)> s_english =
        from head in s_list.Select(l => l.Elements).Or(s_relativeHead)
        from anchors in s_ofClause.Many()
        select (head, anchors.ToImmutableArray());

    /// <summary>An English reference at the current position.</summary>
    public static readonly Parser<CrossReferenceSyntax> English = Positioned(s_english).Select(r => Assemble(r.Value.Elements, r.Value.Anchors, r.Span));

    // ---- Chinese ----

    private static readonly Parser<string> s_chineseNumber =
        Labels.ChineseNumber.Select(n => n.Text).Or(Parse.Digit.AtLeastOnce().Text());

    private static CitedUnit ChineseUnit(char unit) => unit switch
    {
        '编' => CitedUnit.Part,
        '章' => CitedUnit.Chapter,
        '节' => CitedUnit.Section,
        '条' => CitedUnit.Article,
        '款' => CitedUnit.Paragraph,
        '项' => CitedUnit.Item,
        _ => CitedUnit.Subitem,
    };

    /// <summary>"第十条", "第一款", "第（五）项", "第五项".</summary>
    private static readonly Parser<CitedStep> s_chineseStep =
        from position in Positioned(
            from di in Parse.Char('第')
            from open in Parse.Chars('（', '(').Optional()
            from number in s_chineseNumber
            from close in Parse.Chars('）', ')').Optional()
            where open.IsDefined == close.IsDefined
            from unit in Parse.Chars("编章节条款项目")
            from inserted in (from zhi in Parse.Char('之') from n in Labels.ChineseNumber select "之" + n.Text).Optional()
            select (number: number + inserted.GetOrElse(string.Empty), unit))
        select new CitedStep(ChineseUnit(position.Value.unit), CitedRelation.Number, position.Value.number, position.Span);

    /// <summary>"本条", "本款", "前款", "前两款".</summary>
    private static readonly Parser<CitedStep> s_chineseRelative =
        from position in Positioned(
            (from ben in Parse.Char('本') from unit in Parse.Chars("条款项章节编") select (CitedRelation.This, 1, unit))
            .Or(from qian in Parse.Char('前')
                from count in Parse.Chars("两二三四").Optional()
                from unit in Parse.Chars("款项条")
                select (CitedRelation.Preceding, count.IsDefined ? (int)(Numerals.TryConvertChinese(count.Get().ToString()) ?? 1) : 1, unit)))
        select new CitedStep(ChineseUnit(position.Value.Item3), position.Value.Item1, "", position.Span) { Count = position.Value.Item2 };

    private static readonly Parser<ImmutableArray<CitedStep>> s_chinesePath =
        (from relative in s_chineseRelative
         from steps in s_chineseStep.Many()
         select ImmutableArray.Create(relative).AddRange(steps))
        .Or(s_chineseStep.AtLeastOnce().Select(steps => steps.ToImmutableArray()));

    private static readonly Parser<Anchor> s_chinesePrefix =
        (from ben in Parse.Char('本')
         from name in Parse.String("条例").Or(Parse.String("规定")).Or(Parse.String("办法")).Or(Parse.String("决定")).Or(Parse.String("细则")).Or(Parse.String("法")).Text()
         select (Anchor)new InstrumentAnchor(null))
        .Or(from open in Parse.Char('《') from name in Parse.CharExcept("》\n").AtLeastOnce().Text() from close in Parse.Char('》')
            select (Anchor)new InstrumentAnchor("《" + name + "》"));

    private static readonly Parser<string> s_chineseConnector =
        Parse.String("、").Or(Parse.String("以及")).Or(Parse.String("和")).Or(Parse.String("及")).Or(Parse.String("或者")).Or(Parse.String("或")).Text();

    private static Parser<RawElement> ChineseElement(Parser<ImmutableArray<CitedStep>> path) =>
        from start in Positioned(path)
        from to in (from connector in Parse.Char('至').Or(Parse.Char('到')) from end in Positioned(s_chinesePath) select end).Optional()
        select new RawElement(start.Value, to.IsDefined ? to.Get().Value : null,
            Span.FromBounds(start.Span.Start, to.IsDefined ? to.Get().Span.End : start.Span.End));

    private static readonly Parser<(ImmutableArray<RawElement> Elements, ImmutableArray<Anchor> Anchors)> s_chinese =
        from prefix in s_chinesePrefix.Optional()
        from first in ChineseElement(s_chinesePath)
        from more in (from connector in s_chineseConnector from element in ChineseElement(s_chineseStep.AtLeastOnce().Select(s => s.ToImmutableArray())) select element).Many()
        select (ImmutableArray.Create(first).AddRange(more), prefix.IsDefined ? ImmutableArray.Create(prefix.Get()) : ImmutableArray<Anchor>.Empty);

    /// <summary>A Chinese reference at the current position.</summary>
    public static readonly Parser<CrossReferenceSyntax> Chinese = Positioned(s_chinese).Select(r => Assemble(r.Value.Elements, r.Value.Anchors, r.Span));

    // ---- finding references in text ----

    /// <summary>Every reference in <paramref name="span"/> of <paramref name="text"/>, in order, none overlapping.</summary>
    public static IEnumerable<CrossReferenceSyntax> FindAll(string text, Span span)
    {
        int position = span.Start;
        while (position < span.End)
        {
            if (TryAt(text, position, span.End, out CrossReferenceSyntax? reference))
            {
                yield return reference!;
                position = reference!.Span.End;
                continue;
            }
            position++;
        }
    }

    private static bool TryAt(string text, int position, int end, out CrossReferenceSyntax? reference)
    {
        reference = null;
        char c = text[position];
        bool wordStart = position == 0 || !char.IsLetterOrDigit(text[position - 1]);
        Parser<CrossReferenceSyntax>? parser = c switch
        {
            '第' or '《' => Chinese,
            '本' or '前' when MayStartChineseRelative(text, position) => Chinese,
            '§' => English,
            _ when wordStart && MayStartEnglish(text, position, end) => English,
            _ => null,
        };
        if (parser is null || !parser.TryParseAt(text, position, out CrossReferenceSyntax found, out int foundEnd) || foundEnd > end) return false;
        if (parser == Chinese && found.ExternalInstrument is null && NamedLawBefore(text, position) is { } law)
        {
            found = found with { ExternalInstrument = law }; // "依照著作权法第四十八条": a law named without book-title marks
        }
        reference = found;
        return true;
    }

    private static readonly HashSet<string> s_unitStartWords = new(
        s_unitWords.Select(u => u.Word).Concat(["art.", "arts.", "s.", "ss."]), StringComparer.OrdinalIgnoreCase);

    /// <summary>The words after "the" that can start a reference: "the preceding paragraph", "the first subparagraph".</summary>
    private static readonly HashSet<string> s_afterThe = new(
        s_ordinalWords.Concat(["preceding", "previous", "following"]), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the words at <paramref name="position"/> can start an English reference: a unit word, "this" and a unit
    /// word, or "the" and "preceding", "following" or an ordinal.
    /// </summary>
    /// <remarks>The grammar is tried only there: Sprache builds a message for every failed alternative, and trying it at
    /// every word of a statute costs seconds.</remarks>
    private static bool MayStartEnglish(string text, int position, int end)
    {
        ReadOnlySpan<char> word = WordAt(text, position, end, out int wordEnd);
        if (word.IsEmpty) return false;
        if (IsUnitStart(text, position, wordEnd)) return NumberMayFollowUnit(text, position, wordEnd);
        bool isThis = word.Equals("this", StringComparison.OrdinalIgnoreCase), isThe = word.Equals("the", StringComparison.OrdinalIgnoreCase);
        if (!isThis && !isThe) return false;
        int next = wordEnd;
        while (next < end && text[next] == ' ') next++;
        ReadOnlySpan<char> following = WordAt(text, next, end, out int followingEnd);
        if (following.IsEmpty) return false;
        if (isThis) return IsUnitStart(text, next, followingEnd);
        if (!s_afterThe.Contains(following.ToString())) return false;
        if (s_ordinalWords.Contains(following.ToString(), StringComparer.OrdinalIgnoreCase)) return true;
        // "the preceding paragraph", "the following subsections": a unit word comes next (the grammar also takes a unit
        // word before a hyphen: "the preceding paragraph-by-paragraph").
        int unit = SkipSpaces(text, followingEnd);
        ReadOnlySpan<char> unitWord = WordAt(text, unit, text.Length, out int unitEnd);
        return unitWord.Contains('-') || (!unitWord.IsEmpty && IsUnitStart(text, unit, unitEnd));
    }

    /// <summary>
    /// Whether the unit word at <paramref name="start"/> (ending at <paramref name="wordEnd"/>, or after a full stop:
    /// "Art.", "s.") can be followed by what a reference needs after it: a number ("Article 5", "section II") or a label
    /// ("paragraph (1)"). "the regulations made under", "in parts" are not references.
    /// </summary>
    private static bool NumberMayFollowUnit(string text, int start, int wordEnd)
    {
        return NumberAt(wordEnd) || (wordEnd < text.Length && text[wordEnd] == '.' && NumberAt(wordEnd + 1));

        bool NumberAt(int unitEnd)
        {
            int next = SkipSpaces(text, unitEnd);
            return next < text.Length && (char.IsDigit(text[next]) || text[next] == '(' || "IVXLCDM".Contains(text[next]));
        }
    }

    private static int SkipSpaces(string text, int position)
    {
        while (position < text.Length && text[position] is ' ' or '\u00A0') position++;
        return position;
    }

    /// <summary>
    /// Whether "本" or "前" at <paramref name="position"/> can start a reference: "本条", "本款", "本法第十条", "前款", "前两款"
    /// (the characters <see cref="s_chineseRelative"/> and <see cref="s_chinesePrefix"/> accept next). "本着", "前提" are not.
    /// </summary>
    private static bool MayStartChineseRelative(string text, int position) =>
        position + 1 < text.Length && (text[position] == '本' ? "条款项章节编规办决细法" : "两二三四款项条").Contains(text[position + 1]);

    private static bool IsUnitStart(string text, int start, int wordEnd) =>
        s_unitStartWords.Contains(text[start..wordEnd]) || (wordEnd < text.Length && text[wordEnd] == '.' && s_unitStartWords.Contains(text[start..(wordEnd + 1)]));

    private static ReadOnlySpan<char> WordAt(string text, int position, int end, out int wordEnd)
    {
        wordEnd = position;
        while (wordEnd < end && wordEnd - position < 16 && (char.IsAsciiLetter(text[wordEnd]) || text[wordEnd] == '-')) wordEnd++;
        return text.AsSpan(position, wordEnd - position);
    }

    /// <summary>The name of a law written just before <paramref name="position"/> without book-title marks ("著作权法"), or null.</summary>
    private static string? NamedLawBefore(string text, int position)
    {
        string[] endings = ["条例", "规定", "办法", "法"];
        foreach (string ending in endings)
        {
            int start = position - ending.Length;
            if (start < 0 || string.CompareOrdinal(text, start, ending, 0, ending.Length) != 0) continue;
            int nameStart = start;
            while (nameStart > 0 && position - nameStart < 24 && text[nameStart - 1] is >= '\u4E00' and <= '\u9FFF' and not ('本' or '依' or '照' or '按' or '据' or '的' or '和' or '及' or '与' or '受' or '在' or '对'))
            {
                nameStart--;
            }
            if (start - nameStart < 1) return null; // "本法", "本条例": this instrument
            return text[nameStart..position];
        }
        return null;
    }

    // ---- completing paths ----

    private static CrossReferenceSyntax Assemble(ImmutableArray<RawElement> elements, ImmutableArray<Anchor> anchors, Span span)
    {
        string? external = anchors.OfType<InstrumentAnchor>().Select(a => a.External).FirstOrDefault(e => e is not null);
        // "items (5) to (17) of paragraph 1 of Article 10": the anchors, innermost first, prefix every element.
        ImmutableArray<CitedStep> prefix = [.. anchors.OfType<PathAnchor>().Reverse().SelectMany(a => a.Steps)];
        var result = ImmutableArray.CreateBuilder<CitedElement>(elements.Length);
        ImmutableArray<CitedStep> previous = [];
        CitedUnit? headUnit = elements.Length > 0 && elements[0].From.Length > 0 ? elements[0].From[0].Unit : null;
        // "sections 31A, 31B or 31BA, or paragraphs 3A, 3B or 3C of Schedule 2": a new unit starts a new group, and the
        // anchors after the list belong to the last group only.
        int groupStart = 0;
        var paths = new List<(ImmutableArray<CitedStep> From, ImmutableArray<CitedStep>? To, Span Span)>(elements.Length);
        foreach (RawElement element in elements)
        {
            bool startsGroup = paths.Count > 0 && element.From[0].Unit is { } unit && !previous.Any(s => s.Unit == unit);
            if (startsGroup)
            {
                groupStart = paths.Count;
                headUnit = element.From[0].Unit;
            }
            ImmutableArray<CitedStep> from = Complete(previous, element.From, headUnit);
            ImmutableArray<CitedStep>? to = element.To is { } end ? Complete(from, end, headUnit) : null;
            previous = from;
            paths.Add((from, to, element.Span));
        }
        for (int i = 0; i < paths.Count; i++)
        {
            ImmutableArray<CitedStep> anchor = i >= groupStart ? prefix : [];
            (ImmutableArray<CitedStep> from, ImmutableArray<CitedStep>? to, Span elementSpan) = paths[i];
            result.Add(new CitedElement(new CitedPath(anchor.AddRange(from)), to is { } t ? new CitedPath(anchor.AddRange(t)) : null, elementSpan));
        }
        return new CrossReferenceSyntax(span, result.MoveToImmutable(), external);
    }

    /// <summary>
    /// Completes a continuation from the path before it: "(2)(c)" after "Article 5(2)(a)" is "Article 5(2)(c)"; "102(1)"
    /// after "sections 101(3)" is "section 102(1)"; "第（二）项" after "第三十八条第一款第（一）项" replaces the item.
    /// </summary>
    private static ImmutableArray<CitedStep> Complete(ImmutableArray<CitedStep> previous, ImmutableArray<CitedStep> continuation, CitedUnit? headUnit)
    {
        if (previous.IsEmpty || continuation.IsEmpty) return continuation;
        CitedStep first = continuation[0];
        if (first.Relation != CitedRelation.Number) return continuation;
        int at;
        if (first.Unit is { } unit)
        {
            at = LastIndex(previous, s => s.Unit == unit);
            if (at < 0) return continuation;
        }
        else if (!first.IsParenthesized)
        {
            // A bare number continues the head unit: "Articles 2 and 3", "sections 101(3) and 102(1)".
            at = 0;
            continuation = continuation.SetItem(0, first with { Unit = headUnit ?? previous[0].Unit });
        }
        else
        {
            string style = StyleClass(first.Number);
            at = LastIndex(previous, s => s.IsParenthesized && StyleClass(s.Number) == style);
            if (at < 0) at = LastIndex(previous, s => s.Unit is not null && !IsDivisionOrArticle(s.Unit.Value) && StyleClass(s.Number) == style);
            if (at < 0) return previous.AddRange(continuation);
            if (previous[at].Unit is { } replaced) continuation = continuation.SetItem(0, first with { Unit = replaced });
        }
        return previous.RemoveRange(at, previous.Length - at).AddRange(continuation);
    }

    private static bool IsDivisionOrArticle(CitedUnit unit) =>
        unit is CitedUnit.Part or CitedUnit.Chapter or CitedUnit.Article or CitedUnit.Section or CitedUnit.Schedule or CitedUnit.Regulation;

    private static int LastIndex(ImmutableArray<CitedStep> steps, Func<CitedStep, bool> predicate)
    {
        for (int i = steps.Length - 1; i >= 0; i--)
        {
            if (predicate(steps[i])) return i;
        }
        return -1;
    }

    /// <summary>Digits, lower-case or upper-case letters (Roman numerals count as letters of their case), Chinese numerals.</summary>
    private static string StyleClass(string number) => number.Length == 0 ? "" : number[0] switch
    {
        >= '0' and <= '9' => "digit",
        >= 'a' and <= 'z' => "lower",
        >= 'A' and <= 'Z' => "upper",
        _ => "chinese",
    };
}
