using DraftCheck.Docx;
using DraftCheck.Findings;
using DraftCheck.Model;
using DraftCheck.Semantics;
using DraftCheck.Syntax;
using DraftCheck.Text;

namespace DraftCheck.RulePacks.Tests.Drafting;

/// <summary>The drafting pack on drafts seeded with defects, and on the statutes of the corpus, which must yield only genuine findings.</summary>
public class DraftingPackTests
{
    private static readonly string[] s_seededEnglish =
    [
        "Copyright Law (Draft)",
        "Chapter I General Provisions",
        "Article 1 In this Law, “network service provider” means a provider of information storage space, and “retention period” means the period during which a work is stored.",
        "Article 2 The term of protection shall be the life of the author and fifty (60) years after his death.",
        "Article 3 Subject to Article 9, a network service provider shall remove an infringing work:",
        "(a) after a notice;",
        "(b) after a court order; or",
        "(d) after a complaint.",
        "Article 5 An internet service provider that acts under paragraph 2 of Article 3 is not liable.",
        "Article 5 The “Registrar” shall keep a register of notices.",
    ];

    [Fact]
    public void Compile_DraftingPack_LoadsDraft001ToDraft006()
    {
        Assert.Equal(["DRAFT001", "DRAFT002", "DRAFT003", "DRAFT004", "DRAFT005", "DRAFT006"], DraftingPack.Checker.Rules.Select(r => r.Id));
        Assert.Equal([Severity.Warning, Severity.Error, Severity.Warning, Severity.Warning, Severity.Error, Severity.Info],
            DraftingPack.Checker.Rules.Select(r => r.DefaultSeverity));
    }

    [Fact]
    public void Check_EnglishDraftSeededWithDefects_FindsEachDefectAtItsProvision()
    {
        DraftResult result = DraftingPack.Check(s_seededEnglish);

        Assert.Equal(
        [
            "DRAFT003 art_1__para_1: Article 1 defines \"retention period\", but the draft never uses it.",
            "DRAFT005 art_2__para_1: Article 2 writes \"fifty\" (50) and \"60\": the words and the digits disagree.",
            "DRAFT002 art_3__para_1: Article 3 refers to Article 9, which is not in the draft.",
            "DRAFT001 art_3__para_1__item_d: Article 3(d) follows (b): (c) is missing.",
            "DRAFT001 art_5: Article 5 follows Article 3: Article 4 is missing.",
            "DRAFT004 art_5__para_1: Article 5 says \"internet service provider\", but Article 1 defines the thing as \"network service provider\".",
            "DRAFT002 art_5__para_1: Article 5 refers to Article 3(2), which is not in the draft.",
            "DRAFT001 art_5__dup_2: Article 5 repeats the number Article 5 of an earlier provision at the same level.",
            "DRAFT003 art_5__dup_2__para_1: Article 5 writes \"Registrar\" as a defined term, but the draft does not define it.",
        ], DraftingPack.Lines(result));
        // Each finding quotes the exact words: the label, the number, the other name, the reference.
        Assert.Equal(["retention period", "fifty (60)", "Article 9", "(d)", "Article 5", "internet service provider", "paragraph 2 of Article 3", "Article 5", "Registrar"],
            result.Findings.Select(f => f.Location.Quote));
    }

    [Fact]
    public void Check_ChineseDraftSeededWithDefects_FindsEachDefect()
    {
        DraftResult result = DraftingPack.Check(
            "中华人民共和国著作权法（草案）",
            "第一章 总则",
            "第一条",
            "本法所称的网络服务提供者，是指提供信息存储空间的单位。",
            "第二条",
            "依照前款规定，互联网服务提供者应当依照本法第九条的规定删除侵权作品。",
            "第四条",
            "网络服务提供者应当公告其名称。");

        Assert.Equal(
        [
            "DRAFT002 art_2__para_1: 第二条 refers to 第二条前款, which is not in the draft.",
            "DRAFT004 art_2__para_1: 第二条 says \"互联网服务提供者\", but 第一条 defines the thing as \"网络服务提供者\".",
            "DRAFT002 art_2__para_1: 第二条 refers to 第九条, which is not in the draft.",
            "DRAFT001 art_4: 第四条 follows 第二条: 第三条 is missing.",
        ], DraftingPack.Lines(result));
    }

    [Fact]
    public void Check_OtherNameForADefinedThing_FixPutsTheDefinedName()
    {
        Finding finding = Assert.Single(DraftingPack.Of(DraftingPack.Check(s_seededEnglish), "DRAFT004"));

        TextEdit edit = Assert.Single(finding.Fix!.Edits);
        Assert.Equal(("internet service provider", "network service provider"), (edit.OldText, edit.NewText));
        Assert.Equal("Use the defined term \"network service provider\"", finding.Fix.Title);
    }

    [Fact]
    public void Check_WordsAndDigitsDisagree_FixWritesTheDigitsFromTheWords()
    {
        Finding finding = Assert.Single(DraftingPack.Of(DraftingPack.Check(s_seededEnglish), "DRAFT005"));

        TextEdit edit = Assert.Single(finding.Fix!.Edits);
        Assert.Equal(("60", "50"), (edit.OldText, edit.NewText));
    }

    [Fact]
    public void Check_WordsAndDigitsAgree_NoFinding()
    {
        Assert.Empty(DraftingPack.Check("Article 1 The term shall be fifty (50) years.").Findings);
    }

    [Fact]
    public void Check_DraftWithTrackedChangesAndComments_ReportsOneInfoForTheDraft()
    {
        var builder = new TextLayerBuilder { RevisionCount = 2 };
        builder.BeginParagraph(new ParagraphProperties());
        builder.Append("Article 1 This Law applies to works.", WordAnchor.None);
        builder.EndParagraph();
        builder.AddComment(new TextComment("1", "Reviewer", new Span(0, 9), Span.None));

        Finding finding = Assert.Single(DraftingPack.Check(builder.Build()).Findings);

        Assert.Equal(("DRAFT006", Severity.Info, ProvisionId.Document), (finding.RuleId, finding.Severity, finding.Location.Provision.Id));
        Assert.Equal("The draft still holds 2 tracked changes and 1 comment: accept or reject each change and resolve each comment before the draft is circulated.", finding.Message);
    }

    [SkippableTheory]
    [InlineData(Laws.PrcNetworkRegulations2013)]
    [InlineData(Laws.UkCdpa)]
    public void Check_CorpusLawWithoutDefects_NoFinding(string law)
    {
        Assert.Empty(DraftingPack.CheckLaw(law).Findings);
    }

    [SkippableFact]
    public void Check_PrcCopyrightLaw2010_OnlyTheMissingChapterOneHeading()
    {
        // SOURCES.md: "Chapter I heading absent in source"; the law itself opens with 第一章 总则.
        Assert.Equal(["DRAFT001 chp_2: 第二章 is the first of its sequence: 第一章 is missing."], DraftingPack.Lines(DraftingPack.CheckLaw(Laws.PrcCopyright2010)));
    }

    [SkippableFact]
    public void Check_EuInfoSoc_OnlyArticle11WhichTheExcerptLeavesOut()
    {
        // Art. 1(2) cites Article 11 (technical adaptations); the corpus file stops at Article 8.
        Assert.Equal(["DRAFT002 art_1__para_2: Article 1(2) refers to Article 11, which is not in the draft."], DraftingPack.Lines(DraftingPack.CheckLaw(Laws.EuInfoSoc)));
    }

    [SkippableFact]
    public void Check_Usc17_TheWrongLevelWordIn1201j4AndTheUnusedFourLineDefinition()
    {
        Assert.Equal(
        [
            // "described in subsection (2)": the OLRC notes "So in original. Probably should be 'paragraph (2),'".
            "DRAFT002 sec_1201__subsec_j__para_4: § 1201(j)(4) refers to § 1201(2), which is not in the draft.",
            // (k)(4)(E) defines "four-line version of the colorstripe copy control technology"; (k)(1)(B) says "four-line colorstripe copy control technology".
            "DRAFT003 sec_1201__subsec_k__para_4__subpara_E: § 1201(k)(4)(E) defines \"four-line version of the colorstripe copy control technology\", but the draft never uses it.",
        ], DraftingPack.Lines(DraftingPack.CheckLaw(Laws.Usc17)));
    }

    [SkippableFact]
    public void Check_PrcCriminalLawFromTheWild_AllReferencesResolveAndNoFinding()
    {
        // A real Word file (saved by WPS Office) read in place: table of contents, 编/章/节, articles inserted as 第十七条之一.
        string path = TestPaths.CorpusFile("docx-wild", "prc-criminal-law-zh.docx");
        DraftResult result = DraftingPack.Checker.Check(path);
        SemanticModel model = SemanticModel.Build(StructureBuilder.Build(DocxReader.Read(path).Text!));

        Assert.Empty(DraftingPack.Lines(result));
        Assert.Equal(505, model.Tree.Articles.Length);
        Assert.All(model.FactsOf<CrossReference>(), r => Assert.Equal(CrossReferenceStatus.Resolved, r.Status));
        Assert.True(model.FactsOf<CrossReference>().Count() > 400);
    }

    [Theory]
    [InlineData("draft-a.en.txt")]
    [InlineData("draft-b.en.txt")]
    [InlineData("draft-c.zh.txt")]
    public void Check_SampleDraftSources_NoFinding(string source)
    {
        DraftResult result = DraftingPack.Check(TextLayer.FromText(File.ReadAllText(TestPaths.InRepository("samples", "source", source))));

        Assert.Empty(DraftingPack.Lines(result));
    }
}
