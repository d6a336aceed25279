using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftCheck.Model;
using DraftCheck.Text;
using ParagraphProperties = DocumentFormat.OpenXml.Wordprocessing.ParagraphProperties;
using static DraftCheck.Docx.Tests.TestDocx;
using RevisionView = DraftCheck.Text.RevisionView;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace DraftCheck.Docx.Tests;

/// <summary>Tracked changes, comments, notes, tables, fields, content controls and the stories kept apart from the body.</summary>
public class StoriesTests
{
    private static DeletedRun Deleted(string text, string id) => new(new Run(new DeletedText(text) { Space = SpaceProcessingModeValues.Preserve })) { Id = id, Author = "Reviewer" };

    private static InsertedRun Inserted(string text, string id) => new(Run(text)) { Id = id, Author = "Reviewer" };

    [Fact]
    public void Read_NestedChanges_DeletionInsideAnInsertionIsInNeitherView()
    {
        // "fifty" was replaced by "sixty", then "sixty" by "seventy": the deleted "sixty" sits inside the insertion.
        byte[] docx = Create(null, new Paragraph(
            Run("the life of the author and "),
            Deleted("fifty", "1"),
            new InsertedRun(new DeletedRun(new Run(new DeletedText("sixty"))) { Id = "2", Author = "B" }, Run("seventy")) { Id = "3", Author = "A" },
            Run(" years after his death")));

        Assert.Equal("the life of the author and seventy years after his death", Read(docx).Text);
        Assert.Equal("the life of the author and fifty years after his death", Read(docx, RevisionView.Original).Text);
        Assert.Equal(3, Read(docx).RevisionCount);
    }

    [Fact]
    public void Read_DeletedParagraphMark_JoinsTheParagraphsInTheAcceptedView()
    {
        var first = Paragraph("The term of protection shall be fifty years,");
        first.PrependChild(new ParagraphProperties(new ParagraphMarkRunProperties(new Deleted { Id = "1", Author = "Reviewer" })));
        byte[] docx = Create(null, first, Paragraph(" expiring on 31 December of the fiftieth year."));

        Assert.Equal(["The term of protection shall be fifty years, expiring on 31 December of the fiftieth year."], BodyLines(Read(docx)));
        Assert.Equal(["The term of protection shall be fifty years,", " expiring on 31 December of the fiftieth year."], BodyLines(Read(docx, RevisionView.Original)));
    }

    [Fact]
    public void Read_InsertedParagraphMark_JoinsTheParagraphsInTheOriginalView()
    {
        var first = Paragraph("Article 21");
        first.PrependChild(new ParagraphProperties(new ParagraphMarkRunProperties(new Inserted { Id = "1", Author = "Reviewer" })));
        byte[] docx = Create(null, first, Paragraph(" The term of protection."));

        Assert.Equal(["Article 21", " The term of protection."], BodyLines(Read(docx)));
        Assert.Equal(["Article 21 The term of protection."], BodyLines(Read(docx, RevisionView.Original)));
    }

    [Fact]
    public void Read_Move_ShowsTheTextOnceAndCountsOneRevision()
    {
        byte[] docx = Create(null,
            new Paragraph(new MoveFromRangeStart { Id = "1", Name = "move1", Author = "Reviewer" }, new MoveFromRun(Run("Works of foreigners are protected.")) { Id = "2", Author = "Reviewer" }, new MoveFromRangeEnd { Id = "1" }),
            Paragraph("Works of citizens are protected."),
            new Paragraph(new MoveToRangeStart { Id = "3", Name = "move1", Author = "Reviewer" }, new MoveToRun(Run("Works of foreigners are protected.")) { Id = "4", Author = "Reviewer" }, new MoveToRangeEnd { Id = "3" }));

        TextLayer accepted = Read(docx);

        Assert.Equal(["", "Works of citizens are protected.", "Works of foreigners are protected."], BodyLines(accepted));
        Assert.Equal(["Works of foreigners are protected.", "Works of citizens are protected.", ""], BodyLines(Read(docx, RevisionView.Original)));
        Assert.Equal(1, accepted.RevisionCount);
    }

    [Fact]
    public void Read_PropertyChanges_AreCountedAsRevisions()
    {
        var run = Run("fifty");
        run.PrependChild(new RunProperties(new Bold(), new RunPropertiesChange(new PreviousRunProperties()) { Id = "1", Author = "Reviewer" }));
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphPropertiesChange(new ParagraphPropertiesExtended()) { Id = "2", Author = "Reviewer" }), run, Inserted(" years", "3"));
        byte[] docx = Create(null, paragraph);

        Assert.Equal(3, Read(docx).RevisionCount);
    }

    [Fact]
    public void Read_Comment_AnchorsTheCommentedWordsAndKeepsItsTextApart()
    {
        byte[] docx = Create(main =>
        {
            main.AddNewPart<WordprocessingCommentsPart>().Comments = new Comments(
                new Comment(Paragraph("IIPA recommends life + 70.")) { Id = "0", Author = "Reviewer" });
        },
            new Paragraph(
                Run("the life of the author and "),
                new CommentRangeStart { Id = "0" },
                Run("fifty years"),
                new CommentRangeEnd { Id = "0" },
                new Run(new CommentReference { Id = "0" }),
                Run(" after his death")));

        TextLayer text = Read(docx);

        TextComment comment = Assert.Single(text.Comments);
        Assert.Equal("fifty years", text[comment.Anchor]);
        Assert.Equal("IIPA recommends life + 70.", text[comment.Text]);
        Assert.Equal("Reviewer", comment.Author);
        Assert.Equal(["the life of the author and fifty years after his death"], BodyLines(text));
        Assert.Equal(TextStory.Comment, text.ParagraphAt(comment.Text.Start)!.Story);
        Assert.Equal(new WordAnchor("/word/comments.xml", 0, 0, 0), text.SourceMap.AnchorAt(comment.Text.Start));
    }

    [Fact]
    public void Read_Footnote_LinksTheNoteToItsReferencePointWithoutPuttingTheMarkInTheText()
    {
        byte[] docx = Create(main =>
        {
            main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(
                new Footnote(Paragraph("separator")) { Id = -1, Type = FootnoteEndnoteValues.Separator },
                new Footnote(Paragraph("As amended in 2010.")) { Id = 1 },
                new Footnote(Paragraph("See Article 21.")) { Id = 2 });
        },
            new Paragraph(Run("Copyright Law"), new Run(new FootnoteReference { Id = 1 }), Run(" of the People's Republic of China")),
            new Paragraph(Run("fifty years"), new Run(new FootnoteReference { Id = 2 }), Run(" after his death")));

        TextLayer text = Read(docx);

        Assert.Equal(["Copyright Law of the People's Republic of China", "fifty years after his death"], BodyLines(text));
        Assert.Equal(2, text.Notes.Length);
        TextNote second = text.Notes[1];
        Assert.Equal(("2", TextStory.Footnote, "2"), (second.Id, second.Story, second.Mark));
        Assert.Equal(text.Paragraphs[1].Span.Start + "fifty years".Length, second.Reference.Start);
        Assert.True(second.Reference.IsEmpty);
        Assert.Equal("See Article 21.", text[second.Text]);
        // The separator note is not read, but its paragraph still counts for anchors.
        Assert.Equal(new WordAnchor("/word/footnotes.xml", 2, 0, 0), text.SourceMap.AnchorAt(second.Text.Start));
    }

    [Fact]
    public void Read_Endnote_IsMarkedInLowerRoman()
    {
        byte[] docx = Create(main =>
        {
            main.AddNewPart<EndnotesPart>().Endnotes = new Endnotes(new Endnote(Paragraph("Source: IIPA 2020.")) { Id = 1 });
        }, new Paragraph(Run("life + 70"), new Run(new EndnoteReference { Id = 1 })));

        TextNote note = Assert.Single(Read(docx).Notes);

        Assert.Equal(("i", TextStory.Endnote), (note.Mark, note.Story));
    }

    [Fact]
    public void Read_FootnoteFormatOfTheSection_MarksNotesInIt()
    {
        byte[] docx = Create(main =>
        {
            main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(new Footnote(Paragraph("见第五十七条。")) { Id = 1 });
            main.Document!.Body!.Append(new SectionProperties(new FootnoteProperties(
                new NumberingFormat { Val = NumberFormatValues.DecimalEnclosedCircleChinese }, new NumberingStart { Val = 1 })));
        }, new Paragraph(Run("本法所称的著作权即版权"), new Run(new FootnoteReference { Id = 1 }), Run("。")));

        TextNote note = Assert.Single(Read(docx).Notes);

        Assert.Equal("①", note.Mark);
    }

    [Fact]
    public void Read_Table_ReadsCellsRowByRowAndMarksThemInTable()
    {
        static TableCell Cell(string text) => new(Paragraph(text));
        byte[] docx = Create(null,
            Paragraph("Article 21 The terms are:"),
            new Table(new TableRow(Cell("Work"), Cell("Term")), new TableRow(Cell("Photographic work"), Cell("50 years"))),
            Paragraph("Article 22 ..."));

        TextLayer text = Read(docx);

        Assert.Equal(["Article 21 The terms are:", "Work", "Term", "Photographic work", "50 years", "Article 22 ..."], BodyLines(text));
        Assert.Equal([false, true, true, true, true, false], text.Paragraphs.Select(p => p.IsInTable));
    }

    [Fact]
    public void Read_ComplexField_ShowsTheResultNotTheInstruction()
    {
        byte[] docx = Create(null, new Paragraph(
            Run("See "),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" REF _Ref123 \\h ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Run("Article 21"),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            Run(".")));

        Assert.Equal("See Article 21.", Read(docx).Text);
    }

    [Fact]
    public void Read_UnknownFieldCode_WarnsAndReadsItsResult()
    {
        byte[] docx = Create(null, new Paragraph(
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }, new FieldCode(" MYFIELD x "), new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Run("shown"),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End })));

        DocxReadResult result = DocxReader.Read(new MemoryStream(docx), "draft.docx");

        Assert.Equal("shown", result.Text!.Text);
        ReadWarning warning = Assert.Single(result.Warnings);
        Assert.Equal(("DW0104", "unknown field code MYFIELD; its displayed result is read as it is"), (warning.Code, warning.Message));
        Assert.Equal(new WordAnchor("/word/document.xml", 0, 0, 0), warning.Location.Word.Start);
    }

    [Fact]
    public void Read_FieldNeverClosed_WarnsThatTheRestIsItsResult()
    {
        byte[] docx = Create(null,
            new Paragraph(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }, new FieldCode(" REF art21 "), new FieldChar { FieldCharType = FieldCharValues.Separate }), Run("Article 21")),
            Paragraph("Article 22 The term."));

        DocxReadResult result = DocxReader.Read(new MemoryStream(docx), "draft.docx");

        Assert.Equal(["Article 21", "Article 22 The term."], BodyLines(result.Text!));
        Assert.Equal("DW0109: /word/document.xml: a field is never closed (w:fldChar begin without end); the text after it is read as its result",
            string.Join("|", result.Warnings.Select(w => $"{w.Code}: {w.Message}")));
    }

    [Fact]
    public void Read_NumberingField_WarnsThatItsNumberIsLeftOut()
    {
        byte[] docx = Create(null, new Paragraph(new SimpleField { Instruction = " AUTONUM " }, Run(" The term of protection.")));

        DocxReadResult result = DocxReader.Read(new MemoryStream(docx), "draft.docx");

        Assert.Equal(" The term of protection.", result.Text!.Text);
        Assert.Equal("DW0105: field AUTONUM numbers paragraphs without storing the number; the number is left out of the text",
            string.Join("|", result.Warnings.Select(w => $"{w.Code}: {w.Message}")));
    }

    [Fact]
    public void Read_CommentReferenceToUndefinedComment_Warns()
    {
        byte[] docx = Create(null, new Paragraph(Run("fifty years"), new Run(new CommentReference { Id = "9" })));

        DocxReadResult result = DocxReader.Read(new MemoryStream(docx), "draft.docx");

        Assert.Empty(result.Text!.Comments);
        Assert.Equal("DW0108: a comment range or reference points at comment 9, which the comments part does not define",
            string.Join("|", result.Warnings.Select(w => $"{w.Code}: {w.Message}")));
    }

    [Fact]
    public void Read_ContentControlsHyperlinksAndSimpleFields_ReadTheirContentInPlace()
    {
        byte[] docx = Create(null,
            new SdtBlock(new SdtProperties(new SdtAlias { Val = "Article" }), new SdtContentBlock(Paragraph("Article 1 This Law is formulated."))),
            new Paragraph(
                Run("See "),
                new Hyperlink(Run("Article 21")) { Anchor = "art21" },
                Run(", "),
                new SdtRun(new SdtProperties(), new SdtContentRun(Run("Article 22"))),
                Run(" and "),
                new SimpleField(Run("Article 23")) { Instruction = " REF art23 " }));

        Assert.Equal(["Article 1 This Law is formulated.", "See Article 21, Article 22 and Article 23"], BodyLines(Read(docx)));
    }

    [Fact]
    public void Read_TextBoxHeaderAndFooter_AreKeptApartFromTheBody()
    {
        byte[] docx = Create(main =>
        {
            HeaderPart header = main.AddNewPart<HeaderPart>("rIdH");
            header.Header = new Header(Paragraph("Draft for comment"));
            FooterPart footer = main.AddNewPart<FooterPart>("rIdF");
            footer.Footer = new Footer(Paragraph("Page 1"));
            main.Document!.Body!.Append(new SectionProperties(new HeaderReference { Id = "rIdH", Type = HeaderFooterValues.Default }, new FooterReference { Id = "rIdF", Type = HeaderFooterValues.Default }));
        },
            new Paragraph(Run("Article 1 Purpose."), new Run(new Picture(new DocumentFormat.OpenXml.Vml.Shape(new DocumentFormat.OpenXml.Vml.TextBox(new TextBoxContent(Paragraph("Note in a box"))))))),
            Paragraph("Article 2 Scope."));

        TextLayer text = Read(docx);

        Assert.Equal(["Article 1 Purpose.", "Article 2 Scope."], BodyLines(text));
        Assert.Equal(["Draft for comment"], text.ParagraphsOf(TextStory.Header).Select(text.TextOf));
        Assert.Equal(["Page 1"], text.ParagraphsOf(TextStory.Footer).Select(text.TextOf));
        TextParagraph box = Assert.Single(text.ParagraphsOf(TextStory.TextBox));
        Assert.Equal("Note in a box", text.TextOf(box));
        // The text box paragraph comes right after its host in anchor order, so "Article 2" is paragraph 2.
        Assert.Equal(new WordAnchor("/word/document.xml", 1, 0, 0), text.SourceMap.AnchorAt(box.Span.Start));
        Assert.Equal(new WordAnchor("/word/document.xml", 2, 0, 0), text.SourceMap.AnchorAt(text.Paragraphs[1].Span.Start));
    }

    [Fact]
    public void Read_AlternateContent_ReadsTheChoiceAndCountsTheFallbackForAnchors()
    {
        var alternate = new AlternateContent(
            new AlternateContentChoice(Paragraph("chosen")) { Requires = "w14" },
            new AlternateContentFallback(Paragraph("fallback")));
        byte[] docx = Create(null, Paragraph("before"), alternate, Paragraph("after"));

        TextLayer text = Read(docx);

        Assert.Equal(["before", "chosen", "after"], BodyLines(text));
        Assert.Equal(new WordAnchor("/word/document.xml", 3, 0, 0), text.SourceMap.AnchorAt(text.Paragraphs[2].Span.Start));
    }

    [Fact]
    public void Read_TabAndBreak_TabStaysAndBreakReadsAsSpace()
    {
        byte[] docx = Create(null, new Paragraph(new Run(new WordText("Article 21"), new TabChar(), new WordText("The term"), new Break(), new WordText("of protection"))));

        TextLayer text = Read(docx);

        Assert.Equal("Article 21\tThe term of protection", text.Text);
        Assert.Equal(new WordAnchor("/word/document.xml", 0, 0, 20), text.SourceMap.AnchorAt(20));
    }
}
