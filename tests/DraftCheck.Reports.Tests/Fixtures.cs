using System.Collections.Immutable;
using System.Text;
using DraftCheck.Findings;
using DraftCheck.Model;

namespace DraftCheck.Reports.Tests;

/// <summary>
/// A draft's text written with markup, one paragraph per line: <c>[|words|]</c> marks the words of a finding and
/// <c>{|words|}</c> the words a fix replaces, both numbered in the order they open.
/// </summary>
internal sealed class MarkedDraft
{
    private MarkedDraft(string name, string content, ImmutableArray<Span> marks, ImmutableArray<Span> edits, ImmutableArray<Span> paragraphs)
    {
        Name = name;
        Content = content;
        Marks = marks;
        Edits = edits;
        Paragraphs = paragraphs;
    }

    public string Name { get; }

    public string Content { get; }

    public ImmutableArray<Span> Marks { get; }

    public ImmutableArray<Span> Edits { get; }

    public ImmutableArray<Span> Paragraphs { get; }

    public static MarkedDraft Parse(string name, params string[] lines)
    {
        var text = new StringBuilder();
        var marks = new List<(int Start, int End)>();
        var edits = new List<(int Start, int End)>();
        var open = new Stack<(List<(int, int)> List, int Index)>();
        var paragraphs = ImmutableArray.CreateBuilder<Span>();
        foreach (string line in lines)
        {
            if (text.Length > 0) text.Append('\n');
            int paragraphStart = text.Length;
            for (int i = 0; i < line.Length; i++)
            {
                string pair = i + 1 < line.Length ? line.Substring(i, 2) : string.Empty;
                if (pair is "[|" or "{|")
                {
                    List<(int, int)> list = pair == "[|" ? marks : edits;
                    list.Add((text.Length, -1));
                    open.Push((list, list.Count - 1));
                    i++;
                }
                else if (pair is "|]" or "|}")
                {
                    (List<(int Start, int End)> list, int index) = open.Pop();
                    list[index] = (list[index].Start, text.Length);
                    i++;
                }
                else text.Append(line[i]);
            }
            paragraphs.Add(Span.FromBounds(paragraphStart, text.Length));
        }
        return new MarkedDraft(name, text.ToString(),
            [.. marks.Select(m => Span.FromBounds(m.Start, m.End))], [.. edits.Select(e => Span.FromBounds(e.Start, e.End))], paragraphs.ToImmutable());
    }

    public string this[Span span] => Content.Substring(span.Start, span.Length);

    public Location At(int mark, ProvisionRef provision) => new(provision, Marks[mark], this[Marks[mark]]) { Draft = Name };

    public TextEdit Edit(int edit, string newText) => new(Edits[edit], newText) { OldText = this[Edits[edit]] };

    public ImmutableArray<DraftParagraph> BodyParagraphs => [.. Paragraphs.Select(p => new DraftParagraph(p, "body"))];
}

/// <summary>Hand-made check runs over statute wording, for golden files and schema checks: every kind of finding a report shows.</summary>
internal static class Fixtures
{
    public static readonly RuleDescriptor Iipa001 = new("IIPA001", "Term for works of natural persons is below life + 70 years", "Term", Severity.Error,
        "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\", fn. 45")
    {
        Description = "IIPA asks China to bring its term of protection in line with the international trend: the life of the author and 70 years after the author's death.",
    };

    public static readonly RuleDescriptor Iipa002 = new("IIPA002", "Term for works of legal persons, films and recordings is below 95 years", "Term", Severity.Error,
        "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\", fn. 45")
    {
        Description = "IIPA recommends 95 years from publication (and no less than 75) where the term is not measured by a life.",
    };

    public static readonly RuleDescriptor Draft101 = new("DRAFT101", "Cross-reference by number to another article", "CrossReferences", Severity.Warning,
        "Drafting manual, cross-references")
    {
        Description = "A reference by number breaks when articles are renumbered; check it after every renumbering.",
        HelpUri = "https://example.org/draftcheck/rules/DRAFT101",
        Tags = ["drafting"],
    };

    public static readonly RuleDescriptor Draft102 = new("DRAFT102", "Number written in words", "Numbers", Severity.Info, "Drafting manual, numbers");

    public static readonly RuleDescriptor Draft103 = new("DRAFT103", "No definitions article", "Definitions", Severity.Info, "Drafting manual, definitions");

    private static readonly ProvisionRef s_art21 = new(new ProvisionId("art_21"), "Article 21");
    private static readonly ProvisionRef s_art21Para1 = new(new ProvisionId("art_21__para_1"), "Article 21(1)");
    private static readonly ProvisionRef s_art21Para2 = new(new ProvisionId("art_21__para_2"), "Article 21(2)");
    private static readonly ProvisionRef s_zhArt21 = new(new ProvisionId("art_21"), "第二十一条");
    private static readonly ProvisionRef s_zhArt21Para1 = new(new ProvisionId("art_21__para_1"), "第二十一条第一款");

    /// <summary>The English draft: Article 21 of the 2010 law in translation, with overlapping findings, fixes and a finding about the whole draft.</summary>
    public static MarkedDraft English { get; } = MarkedDraft.Parse("drafts/copyright-en.docx",
        "Copyright Law of the People's Republic of China",
        "Article 21 The term of protection for the right of publication and the rights provided for in [|items (5) to (17) of paragraph 1 of Article 10|] of a work of a citizen shall be [|the life of the author and [|{|fifty|} years|] after his death, expiring on December 31 of the {|fiftieth|} year after his death|]; in the case of a work of joint authorship, such term shall expire on December 31 of the fiftieth year after the death of the last surviving author.",
        "The term of protection for the right of publication and the rights provided for in items (5) to (17) of paragraph 1 of Article 10 of a work of a legal person or other organization shall be [|{|fifty|} years, expiring on December 31 of the {|fiftieth|} year after the first publication of such work|].");

    /// <summary>The Chinese draft: 第二十一条 of the 2010 law.</summary>
    public static MarkedDraft Chinese { get; } = MarkedDraft.Parse("drafts/著作权法.docx",
        "中华人民共和国著作权法",
        "第二十一条\u3000公民的作品，其发表权、本法第十条第一款第（五）项至第（十七）项规定的权利的保护期为[|作者终生及其死亡后{|五十|}年，截止于作者死亡后第{|五十|}年的12月31日|]；如果是合作作品，截止于最后死亡的作者死亡后第五十年的12月31日。");

    public static DraftResult EnglishResult()
    {
        MarkedDraft draft = English;
        Finding[] findings =
        [
            new(Iipa001, "Article 21(1) sets the term at life + 50 years after the author's death; IIPA recommends life + 70.", draft.At(1, s_art21Para1))
            {
                Fix = new Fix("Extend the term to 70 years after the author's death", [draft.Edit(0, "seventy"), draft.Edit(1, "seventieth")]),
            },
            new(Draft101, "Article 21(1) refers to Article 10 by number.", draft.At(0, s_art21Para1)),
            new(Draft102, "\"fifty years\" is written in words; say \"50 years\" or keep words throughout.", draft.At(2, s_art21Para1)),
            new(Iipa002, "Article 21(2) sets a term of 50 years from publication; IIPA recommends 95 years and no less than 75.", draft.At(3, s_art21Para2))
            {
                Fix = new Fix("Extend the term to 95 years", [draft.Edit(2, "ninety-five"), draft.Edit(3, "ninety-fifth")]),
            },
            new(Draft103, "The draft has no article defining its terms.", Location.None with { Draft = draft.Name }),
        ];
        Span article = Span.FromBounds(draft.Paragraphs[1].Start, draft.Paragraphs[2].End);
        ImmutableArray<DraftProvision> provisions =
        [
            new(ProvisionRef.Document, "document", Span.FromBounds(0, draft.Content.Length), -1),
            new(s_art21, "article", article, 0),
            new(s_art21Para1, "paragraph", draft.Paragraphs[1], 1),
            new(s_art21Para2, "paragraph", draft.Paragraphs[2], 1),
        ];
        return Result(draft, findings, provisions, warnings: [], errors: []);
    }

    public static DraftResult ChineseResult()
    {
        MarkedDraft draft = Chinese;
        Finding[] findings =
        [
            new(Iipa001, "第二十一条第一款 sets the term at life + 50 years after the author's death; IIPA recommends life + 70.", draft.At(0, s_zhArt21Para1))
            {
                Fix = new Fix("Extend the term to 70 years after the author's death", [draft.Edit(0, "七十"), draft.Edit(1, "七十")]),
            },
        ];
        ImmutableArray<DraftProvision> provisions =
        [
            new(ProvisionRef.Document, "document", Span.FromBounds(0, draft.Content.Length), -1),
            new(s_zhArt21, "article", draft.Paragraphs[1], 0),
            new(s_zhArt21Para1, "paragraph", draft.Paragraphs[1], 1),
        ];
        return Result(draft, findings, provisions,
            warnings: [new ReadWarning("DW0101", "an unknown field code (MERGEFIELD) was read as its result text", Location.None)],
            errors: [new DraftError(DraftErrorKind.RuleThrew, draft.Name, "rule IIPA002 threw NullReferenceException: Object reference not set to an instance of an object.")]);
    }

    public static DraftResult Unreadable() =>
        DraftResult.Failed(new DraftError(DraftErrorKind.NotAZip, "drafts/notes.docx", "not a Word file (.docx): the file is not a zip archive"));

    /// <summary>Three drafts: English, Chinese (with a rule failure and a reader warning) and one that is not a Word file.</summary>
    public static CheckRun Run() => new([EnglishResult(), ChineseResult(), Unreadable()], [Draft101, Draft102, Draft103, Iipa001, Iipa002]);

    private static DraftResult Result(MarkedDraft draft, Finding[] findings, ImmutableArray<DraftProvision> provisions,
        ImmutableArray<ReadWarning> warnings, ImmutableArray<DraftError> errors)
    {
        var outline = provisions.ToDictionary(p => p.Provision.Id);
        ImmutableArray<Finding> fingerprinted = Fingerprints.Assign(findings,
            f => outline.TryGetValue(f.Location.Provision.Id, out DraftProvision? p) && f.Location.Provision.Id != ProvisionId.Document ? draft[p.Span] : string.Empty);
        return new DraftResult(draft.Name, fingerprinted, warnings, errors)
        {
            Outline = provisions,
            Text = new DraftText(draft.Content, draft.BodyParagraphs),
        };
    }
}
