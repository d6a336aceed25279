using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftCheck.Model;
using DraftCheck.Text;
using ParagraphProperties = DocumentFormat.OpenXml.Wordprocessing.ParagraphProperties;
using static DraftCheck.Docx.Tests.TestDocx;
using RevisionView = DraftCheck.Text.RevisionView;

namespace DraftCheck.Docx.Tests;

/// <summary>Automatic numbering as Word renders it, one feature per test, on drafts generated with the SDK.</summary>
public class NumberingTests
{
    // 中华人民共和国著作权法 (2010), 第一条 to 第三条, shortened.
    private static readonly string[] s_chineseArticles =
    [
        "为保护文学、艺术和科学作品作者的著作权，以及与著作权有关的权益，制定本法。",
        "中国公民、法人或者其他组织的作品，不论是否发表，依照本法享有著作权。",
        "本法所称的作品，包括以下列形式创作的文学、艺术和自然科学、社会科学、工程技术等作品：",
    ];

    private static string[] Labels(byte[] docx, RevisionView view = RevisionView.Accepted)
    {
        TextLayer text = Read(docx, view);
        return [.. text.ParagraphsOf(TextStory.Body).Select(p => p.NumberingLabel)];
    }

    private static Paragraph[] Numbered(int count, int numberingId = 1, int level = 0) =>
        [.. Enumerable.Range(0, count).Select(i => TestDocx.Numbered(numberingId, level, $"Item {i + 1}."))];

    [Fact]
    public void Read_ChineseCountingArticles_RendersDiYiTiao()
    {
        byte[] docx = WithNumbering([Level(0, "chineseCounting", "第%1条", suffix: "nothing")], null,
            [.. s_chineseArticles.Select(a => TestDocx.Numbered(1, 0, "\u3000" + a))]);

        TextLayer text = Read(docx);

        Assert.Equal(
        [
            "第一条\u3000为保护文学、艺术和科学作品作者的著作权，以及与著作权有关的权益，制定本法。",
            "第二条\u3000中国公民、法人或者其他组织的作品，不论是否发表，依照本法享有著作权。",
            "第三条\u3000本法所称的作品，包括以下列形式创作的文学、艺术和自然科学、社会科学、工程技术等作品：",
        ], BodyLines(text));
        TextParagraph first = text.Paragraphs[0];
        Assert.Equal("第一条", first.NumberingLabel);
        Assert.Equal(new Span(0, 3), first.LabelSpan);
        Assert.Equal(0, first.NumberingLevel);
    }

    [Theory]
    [InlineData("chineseCounting", 9, "九,十,十一")]
    [InlineData("chineseCounting", 19, "十九,二十,二十一")]
    [InlineData("chineseCounting", 99, "九十九,一〇〇,一〇一")]
    [InlineData("chineseCountingThousand", 9, "九,十,十一")]
    [InlineData("chineseCountingThousand", 99, "九十九,一百,一百零一")]
    [InlineData("chineseCountingThousand", 109, "一百零九,一百一十,一百一十一")]
    [InlineData("chineseCountingThousand", 1009, "一千零九,一千零一十,一千零一十一")]
    [InlineData("ideographTraditional", 1, "甲,乙,丙")]
    [InlineData("ideographTraditional", 9, "壬,癸,11")]
    [InlineData("decimalEnclosedCircle", 1, "①,②,③")]
    [InlineData("decimalEnclosedCircle", 19, "⑲,⑳,21")]
    [InlineData("decimalFullWidth", 9, "９,１０,１１")]
    [InlineData("decimal", 1, "1,2,3")]
    [InlineData("decimalZero", 8, "08,09,10")]
    [InlineData("upperRoman", 3, "III,IV,V")]
    [InlineData("lowerRoman", 8, "viii,ix,x")]
    [InlineData("upperLetter", 25, "Y,Z,AA")]
    [InlineData("lowerLetter", 1, "a,b,c")]
    [InlineData("ordinal", 1, "1st,2nd,3rd")]
    [InlineData("ordinal", 11, "11th,12th,13th")]
    [InlineData("ordinal", 21, "21st,22nd,23rd")]
    [InlineData("cardinalText", 20, "Twenty,Twenty-one,Twenty-two")]
    [InlineData("ordinalText", 1, "First,Second,Third")]
    [InlineData("chineseLegalSimplified", 10, "壹拾,壹拾壹,壹拾贰")]
    public void Read_NumberFormat_RendersAsWordDoes(string format, int start, string expected)
    {
        byte[] docx = WithNumbering([Level(0, format, "%1", start)], null, Numbered(3));

        Assert.Equal(expected.Split(','), Labels(docx));
    }

    [Fact]
    public void Read_StartValue_CountsFromIt()
    {
        byte[] docx = WithNumbering([Level(0, "decimal", "Article %1", start: 5)], null, Numbered(2));

        Assert.Equal(["Article 5", "Article 6"], Labels(docx));
    }

    [Fact]
    public void Read_DeeperLevel_RestartsAfterAHigherLevel()
    {
        byte[] docx = WithNumbering([Level(0, "decimal", "Article %1"), Level(1, "decimal", "(%2)")], null,
            TestDocx.Numbered(1, 0, "Copyright includes the following rights:"),
            TestDocx.Numbered(1, 1, "the right of publication;"),
            TestDocx.Numbered(1, 1, "the right of authorship;"),
            TestDocx.Numbered(1, 0, "The term of protection shall be..."),
            TestDocx.Numbered(1, 1, "for a work of a citizen;"));

        Assert.Equal(["Article 1", "(1)", "(2)", "Article 2", "(1)"], Labels(docx));
    }

    [Fact]
    public void Read_LevelRestart_RestartsOnlyAfterTheNamedLevel()
    {
        // Level 2 restarts after level 0 only (w:lvlRestart="1"), so a level-1 paragraph does not restart it.
        byte[] docx = WithNumbering(
            [Level(0, "upperRoman", "Part %1"), Level(1, "decimal", "Article %2"), Level(2, "lowerLetter", "(%3)", restart: 1)], null,
            TestDocx.Numbered(1, 0, "General provisions"),
            TestDocx.Numbered(1, 1, "Purpose."),
            TestDocx.Numbered(1, 2, "literary works;"),
            TestDocx.Numbered(1, 1, "Scope."),
            TestDocx.Numbered(1, 2, "musical works;"),
            TestDocx.Numbered(1, 0, "Rights"),
            TestDocx.Numbered(1, 2, "works of fine art;"));

        Assert.Equal(["Part I", "Article 1", "(a)", "Article 2", "(b)", "Part II", "(a)"], Labels(docx));
    }

    [Fact]
    public void Read_LevelRestartZero_NeverRestarts()
    {
        byte[] docx = WithNumbering([Level(0, "decimal", "Chapter %1"), Level(1, "decimal", "Article %2", restart: 0)], null,
            TestDocx.Numbered(1, 0, "General Provisions"),
            TestDocx.Numbered(1, 1, "Purpose."),
            TestDocx.Numbered(1, 0, "Copyright"),
            TestDocx.Numbered(1, 1, "Works."));

        Assert.Equal(["Chapter 1", "Article 1", "Chapter 2", "Article 2"], Labels(docx));
    }

    [Fact]
    public void Read_InstancesOfOneDefinition_ContinueEachOther()
    {
        byte[] docx = WithNumbering([Level(0, "decimal", "%1.")], [new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 2 }],
            [.. Numbered(2, numberingId: 1), .. Numbered(2, numberingId: 2)]);

        Assert.Equal(["1.", "2.", "3.", "4."], Labels(docx));
    }

    [Fact]
    public void Read_StartOverride_RestartsTheListOnceForItsInstance()
    {
        var restarted = new NumberingInstance(new AbstractNumId { Val = 0 }, new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 }) { NumberID = 2 };
        var continuing = new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 3 };
        byte[] docx = WithNumbering([Level(0, "decimal", "%1)")], [restarted, continuing],
            [.. Numbered(2, numberingId: 1), .. Numbered(2, numberingId: 2), .. Numbered(1, numberingId: 3), .. Numbered(1, numberingId: 2)]);

        Assert.Equal(["1)", "2)", "1)", "2)", "3)", "4)"], Labels(docx));
    }

    [Fact]
    public void Read_LevelOverrideWithLevel_UsesTheOverridingDefinition()
    {
        var roman = new NumberingInstance(new AbstractNumId { Val = 0 }, new LevelOverride(Level(0, "upperRoman", "Chapter %1", start: 3)) { LevelIndex = 0 }) { NumberID = 2 };
        byte[] docx = WithNumbering([Level(0, "decimal", "Article %1")], [roman], [.. Numbered(1, numberingId: 1), .. Numbered(2, numberingId: 2)]);

        Assert.Equal(["Article 1", "Chapter III", "Chapter IV"], Labels(docx));
    }

    [Fact]
    public void Read_NumberingThroughHeadingStyles_LabelsHeadingsWithoutNumPrInTheBody()
    {
        // As Word writes numbered headings: the styles carry w:numPr (the level style only through w:basedOn and the
        // level's w:pStyle), the paragraphs only w:pStyle.
        static Style Heading(string id, string name, string? basedOn, NumberingProperties? numbering) => new(
            new StyleName { Val = name },
            basedOn is null ? new BasedOn { Val = "Normal" } : new BasedOn { Val = basedOn },
            new StyleParagraphProperties([.. numbering is null ? Array.Empty<OpenXmlElement>() : [numbering]]))
        { Type = StyleValues.Paragraph, StyleId = id };

        byte[] docx = Create(main =>
        {
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(Level(0, "chineseCountingThousand", "第%1章", suffix: "space", style: "Heading1"), Level(1, "chineseCountingThousand", "第%2节", suffix: "space", style: "Heading2")) { AbstractNumberId = 0 },
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                Heading("Heading1", "heading 1", null, new NumberingProperties(new NumberingId { Val = 1 })),
                Heading("Heading2", "heading 2", "Heading1", null));
        },
            new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), Run("总则")),
            new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), Run("著作权")),
            new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading2" }), Run("著作权人及其权利")),
            new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading2" }), Run("著作权归属")));

        TextLayer text = Read(docx);

        Assert.Equal(["第一章 总则", "第二章 著作权", "第一节 著作权人及其权利", "第二节 著作权归属"], BodyLines(text));
        Assert.Equal([0, 0, 1, 1], text.Paragraphs.Select(p => p.NumberingLevel ?? -1));
        Assert.Equal("heading 2", text.Paragraphs[2].StyleName);
    }

    [Fact]
    public void Read_NumberingIdZero_RemovesTheStyleNumbering()
    {
        byte[] docx = Create(main =>
        {
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(Level(0, "decimal", "Article %1", suffix: "space")) { AbstractNumberId = 0 },
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(new Style(
                new StyleName { Val = "Article" }, new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 1 })))
            { Type = StyleValues.Paragraph, StyleId = "Article" });
        },
            new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Article" }), Run("This Law is formulated.")),
            new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Article" }, new NumberingProperties(new NumberingId { Val = 0 })), Run("Unnumbered.")));

        Assert.Equal(["Article 1 This Law is formulated.", "Unnumbered."], BodyLines(Read(docx)));
    }

    [Fact]
    public void Read_IsLgl_WritesEveryLevelInDecimal()
    {
        byte[] docx = WithNumbering([Level(0, "upperRoman", "Article %1"), Level(1, "lowerLetter", "%1.%2", legal: true)], null,
            TestDocx.Numbered(1, 0, "Rights."), TestDocx.Numbered(1, 0, "Term."), TestDocx.Numbered(1, 1, "For citizens."));

        Assert.Equal(["Article I", "Article II", "2.1"], Labels(docx));
    }

    [Theory]
    [InlineData(null, "Article 1\tThe term of protection.")]
    [InlineData("tab", "Article 1\tThe term of protection.")]
    [InlineData("space", "Article 1 The term of protection.")]
    [InlineData("nothing", "Article 1The term of protection.")]
    public void Read_Suffix_FollowsTheLabel(string? suffix, string expected)
    {
        byte[] docx = WithNumbering([Level(0, "decimal", "Article %1", suffix: suffix)], null, TestDocx.Numbered(1, 0, "The term of protection."));

        TextLayer text = Read(docx);

        Assert.Equal(expected, text.Text);
        Assert.Equal("Article 1", text.Paragraphs[0].NumberingLabel);
        Assert.Equal(expected.Length - "The term of protection.".Length, text.Paragraphs[0].LabelSpan.Length);
    }

    [Fact]
    public void Read_Label_IsGeneratedTextAnchoredToItsParagraph()
    {
        byte[] docx = WithNumbering([Level(0, "decimal", "Article %1", suffix: "space")], null, Numbered(2));

        TextLayer text = Read(docx);

        WordAnchor label = text.SourceMap.AnchorAt(text.Paragraphs[1].Span.Start);
        Assert.True(label.IsGenerated);
        Assert.Equal(new WordAnchor("/word/document.xml", 1, -1, -1), label);
        Assert.Equal(new WordAnchor("/word/document.xml", 1, 0, 0), text.SourceMap.AnchorAt(text.Paragraphs[1].LabelSpan.End));
    }

    [Fact]
    public void Read_UndefinedNumberingInstance_WarnsAndReadsWithoutLabel()
    {
        byte[] docx = WithNumbering([Level(0, "decimal", "%1.")], null, TestDocx.Numbered(7, 0, "Orphan paragraph."), TestDocx.Numbered(7, 0, "Another."));

        DocxReadResult result = DocxReader.Read(new MemoryStream(docx), "draft.docx");

        Assert.Equal(["Orphan paragraph.", "Another."], BodyLines(result.Text!));
        ReadWarning warning = Assert.Single(result.Warnings);
        Assert.Equal("DW0103", warning.Code);
        Assert.Equal("numbering instance 7 is not defined; the paragraphs that use it have no label (2 times)", warning.Message);
    }

    [Fact]
    public void Read_UnsupportedFormat_WarnsAndUsesDecimal()
    {
        byte[] docx = WithNumbering([Level(0, "hebrew1", "%1.")], null, Numbered(2));

        DocxReadResult result = DocxReader.Read(new MemoryStream(docx), "draft.docx");

        Assert.Equal(["1.", "2."], result.Text!.Paragraphs.Select(p => p.NumberingLabel));
        Assert.Equal("DW0106: number format hebrew1 is not rendered; its labels use decimal numbers (2 times)",
            string.Join("|", result.Warnings.Select(w => $"{w.Code}: {w.Message}")));
    }

    [Fact]
    public void Read_DeletedArticleInAcceptedView_RenumbersTheArticlesAfterIt()
    {
        // Article 2 was deleted with tracked changes, its paragraph mark included: accepting renumbers Article 3 as 2.
        var deleted = TestDocx.Numbered(1, 0, string.Empty);
        deleted.RemoveAllChildren<Run>();
        deleted.ParagraphProperties!.Append(new ParagraphMarkRunProperties(new Deleted { Id = "1", Author = "Reviewer" }));
        deleted.Append(new DeletedRun(new Run(new DeletedText("Works of foreigners are protected."))) { Id = "2", Author = "Reviewer" });
        byte[] docx = WithNumbering([Level(0, "decimal", "Article %1", suffix: "space")], null,
            TestDocx.Numbered(1, 0, "This Law protects authors."), deleted, TestDocx.Numbered(1, 0, "Copyright belongs to the author."));

        Assert.Equal(["Article 1 This Law protects authors.", "Article 2 Copyright belongs to the author."], BodyLines(Read(docx)));
        Assert.Equal(["Article 1 This Law protects authors.", "Article 2 Works of foreigners are protected.", "Article 3 Copyright belongs to the author."],
            BodyLines(Read(docx, RevisionView.Original)));
    }

    [Fact]
    public void Read_NumberingChangedWithTracking_OriginalViewUsesTheOldNumbering()
    {
        var changed = TestDocx.Numbered(1, 0, "Works of joint authorship.");
        changed.ParagraphProperties!.Append(new ParagraphPropertiesChange(new ParagraphPropertiesExtended()) { Id = "1", Author = "Reviewer" });
        byte[] docx = WithNumbering([Level(0, "decimal", "Article %1", suffix: "space")], null, TestDocx.Numbered(1, 0, "Purpose."), changed);

        Assert.Equal(["Article 1 Purpose.", "Article 2 Works of joint authorship."], BodyLines(Read(docx)));
        Assert.Equal(["Article 1 Purpose.", "Works of joint authorship."], BodyLines(Read(docx, RevisionView.Original)));
    }
}
