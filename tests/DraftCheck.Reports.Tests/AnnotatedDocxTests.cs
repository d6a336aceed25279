using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftCheck.Docx;
using DraftCheck.Model;
using DraftCheck.Text;
using static DraftCheck.Reports.Tests.WordFiles;
using ParagraphProperties = DocumentFormat.OpenXml.Wordprocessing.ParagraphProperties;
using RevisionView = DraftCheck.Text.RevisionView;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace DraftCheck.Reports.Tests;

/// <summary>The annotated Word copy: comments exactly at the words, fixes as tracked changes, the draft's own annotations kept.</summary>
public sealed class AnnotatedDocxTests
{
    private const string Article21 =
        "Article 21 The term of protection for the right of publication of a work of a citizen shall be the life of the author and fifty years after his death, expiring on December 31 of the fiftieth year after his death.";

    private const string Term = "the life of the author and fifty years after his death, expiring on December 31 of the fiftieth year after his death";

    private static void AssertValid(byte[] docx)
    {
        var errors = ValidationErrors(docx);
        Assert.True(errors.IsEmpty, "The Open XML SDK validator finds: " + string.Join("\n", errors));
    }

    [Fact]
    public void Annotate_FindingInOneRun_CommentsExactlyTheMatchedWordsAndTracksTheFix()
    {
        byte[] draft = Create([new Paragraph(Words(Article21))]);
        TextLayer text = Read(draft);
        Span fifty = SpanOf(text, "fifty"), fiftieth = SpanOf(text, "fiftieth");
        Finding finding = FindingAt(text, SpanOf(text, Term), Fixtures.Iipa001, "Article 21(1) sets the term at life + 50 years.",
            (fifty, "seventy"), (fiftieth, "seventieth"));

        (byte[] annotated, AnnotationResult result) = Annotate(draft, finding);

        AssertValid(annotated);
        Assert.Equal((1, 2), (result.Comments, result.TrackedChanges));
        Assert.Empty(result.Notes);
        (string id, string author, string comment) = Assert.Single(Comments(annotated));
        Assert.Equal("DraftCheck", author);
        Assert.Equal(Term, CommentedWords(annotated, id, RevisionView.Original));
        Assert.Equal(Term.Replace("fiftieth", "seventieth").Replace("fifty", "seventy"), CommentedWords(annotated, id, RevisionView.Accepted));
        Assert.Equal(
            "IIPA001 error: Article 21(1) sets the term at life + 50 years.\n" +
            $"Recommendation: {Fixtures.Iipa001.Description}\n" +
            "Suggested amendment: Extend the term: \u201Cfifty\u201D \u2192 \u201Cseventy\u201D; \u201Cfiftieth\u201D \u2192 \u201Cseventieth\u201D (shown as tracked changes)\n" +
            $"Source: {Fixtures.Iipa001.Source}",
            comment);
        Assert.Equal(Article21, BodyText(annotated, RevisionView.Original));
        Assert.Equal(Apply(Article21, [(fifty, "seventy"), (fiftieth, "seventieth")]), BodyText(annotated, RevisionView.Accepted));
    }

    [Fact]
    public void Annotate_TrackedChange_IsByDraftCheckAndWordCanRejectIt()
    {
        byte[] draft = Create([new Paragraph(Words(Article21))]);
        TextLayer text = Read(draft);
        Finding finding = FindingAt(text, SpanOf(text, Term), Fixtures.Iipa001, "m", (SpanOf(text, "fifty"), "seventy"));

        (byte[] annotated, _) = Annotate(draft, finding);

        using WordprocessingDocument document = WordprocessingDocument.Open(new MemoryStream(annotated), false);
        Body body = document.MainDocumentPart!.Document!.Body!;
        DeletedRun deletion = Assert.Single(body.Descendants<DeletedRun>());
        InsertedRun insertion = Assert.Single(body.Descendants<InsertedRun>());
        Assert.Equal(("DraftCheck", "fifty"), (deletion.Author?.Value, deletion.InnerText));
        Assert.Equal(("DraftCheck", "seventy"), (insertion.Author?.Value, insertion.InnerText));
        Assert.Same(deletion.NextSibling(), insertion);
        Assert.NotEqual(deletion.Id!.Value, insertion.Id!.Value);
    }

    [Fact]
    public void Annotate_WordsAcrossFormattedRuns_SplitsRunsAndKeepsTheirProperties()
    {
        byte[] draft = Create([new Paragraph(
            Words("Article 21", new RunProperties(new Bold())),
            Words(" The term of protection of a work of a citizen shall be the life of the author and "),
            Words("fifty years", new RunProperties(new Italic())),
            Words(" after his death."))]);
        TextLayer text = Read(draft);
        Span words = SpanOf(text, "author and fifty years after");
        Finding finding = FindingAt(text, words, Fixtures.Iipa001, "m", (SpanOf(text, "fifty"), "seventy"));

        (byte[] annotated, _) = Annotate(draft, finding);

        AssertValid(annotated);
        string id = Comments(annotated)[0].Id;
        Assert.Equal("author and fifty years after", CommentedWords(annotated, id, RevisionView.Original));
        Assert.Equal("author and seventy years after", CommentedWords(annotated, id, RevisionView.Accepted));
        using WordprocessingDocument document = WordprocessingDocument.Open(new MemoryStream(annotated), false);
        Body body = document.MainDocumentPart!.Document!.Body!;
        Assert.NotNull(body.Descendants<DeletedRun>().Single().Descendants<Run>().Single().RunProperties?.Italic);
        Assert.NotNull(body.Descendants<InsertedRun>().Single().Descendants<Run>().Single().RunProperties?.Italic);
        Run years = body.Descendants<Run>().Single(r => r.InnerText == " years");
        Assert.NotNull(years.RunProperties?.Italic);
        Assert.Equal(["Article 21"], body.Descendants<Run>().Where(r => r.RunProperties?.Bold is not null).Select(r => r.InnerText));
    }

    [Fact]
    public void Annotate_WordsAcrossParagraphs_RangeStartsInOneAndEndsInTheNext()
    {
        byte[] draft = Create([
            new Paragraph(Words("Article 42 The term of protection for such rights shall be fifty years,")),
            new Paragraph(Words("expiring on December 31 of the fiftieth year after the first completion of the production of the recording.")),
        ]);
        TextLayer text = Read(draft);
        Span words = Span.FromBounds(SpanOf(text, "fifty years,").Start, SpanOf(text, "fiftieth year").End);
        Finding finding = FindingAt(text, words, Fixtures.Iipa002, "m", (SpanOf(text, "fifty"), "ninety-five"), (SpanOf(text, "fiftieth"), "ninety-fifth"));

        (byte[] annotated, _) = Annotate(draft, finding);

        AssertValid(annotated);
        string id = Comments(annotated)[0].Id;
        Assert.Equal("fifty years,\nexpiring on December 31 of the fiftieth year", CommentedWords(annotated, id, RevisionView.Original));
        Assert.Equal("ninety-five years,\nexpiring on December 31 of the ninety-fifth year", CommentedWords(annotated, id, RevisionView.Accepted));
    }

    [Fact]
    public void Annotate_EditAcrossParagraphs_DeletesTheWordsAndTheParagraphMark()
    {
        byte[] draft = Create([
            new Paragraph(Words("Article 42 The term shall be fifty years,")),
            new Paragraph(Words("expiring on December 31 of the fiftieth year.")),
        ]);
        TextLayer text = Read(draft);
        Span joined = Span.FromBounds(SpanOf(text, "years,").Start, SpanOf(text, "expiring").End);
        Finding finding = FindingAt(text, joined, Fixtures.Iipa002, "m", (joined, "years, expiring"));

        (byte[] annotated, AnnotationResult result) = Annotate(draft, finding);

        AssertValid(annotated);
        Assert.Equal(1, result.TrackedChanges);
        Assert.Equal("Article 42 The term shall be fifty years,\nexpiring on December 31 of the fiftieth year.", BodyText(annotated, RevisionView.Original));
        using WordprocessingDocument document = WordprocessingDocument.Open(new MemoryStream(annotated), false);
        Paragraph first = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().First();
        Assert.Equal("DraftCheck", first.ParagraphProperties?.ParagraphMarkRunProperties?.GetFirstChild<Deleted>()?.Author?.Value);
    }

    [Fact]
    public void Annotate_WordsInAHyperlinkAndAnotherAuthorsInsertion_StaysValidAndExact()
    {
        byte[] draft = Create([new Paragraph(
            Words("Article 21 The term shall be the life of the author and "),
            new Hyperlink(Words("fifty years")) { Anchor = "term" },
            new InsertedRun(Words(" after his death, expiring on December 31 of the fiftieth year")) { Id = "7", Author = "Reviewer" },
            Words(" after his death."))]);
        TextLayer text = Read(draft);
        Span words = SpanOf(text, "author and fifty years after his death, expiring");
        Finding finding = FindingAt(text, words, Fixtures.Iipa001, "m", (SpanOf(text, "fifty"), "seventy"), (SpanOf(text, "fiftieth"), "seventieth"));

        (byte[] annotated, AnnotationResult result) = Annotate(draft, finding);

        AssertValid(annotated);
        Assert.Equal(2, result.TrackedChanges);
        string id = Comments(annotated)[0].Id;
        Assert.Equal("author and seventy years after his death, expiring", CommentedWords(annotated, id, RevisionView.Accepted));
        Assert.Equal("The term shall be the life of the author and seventy years after his death, expiring on December 31 of the seventieth year after his death.",
            BodyText(annotated, RevisionView.Accepted)["Article 21 ".Length..]);
        // Rejecting everything gives back the draft as it was before the reviewer's insertion.
        Assert.Equal(BodyText(draft, RevisionView.Original), BodyText(annotated, RevisionView.Original));
        using WordprocessingDocument document = WordprocessingDocument.Open(new MemoryStream(annotated), false);
        Body body = document.MainDocumentPart!.Document!.Body!;
        // Our insertion is not inside the reviewer's: theirs is split around it.
        InsertedRun ours = body.Descendants<InsertedRun>().Single(i => i.InnerText == "seventieth");
        Assert.IsType<Paragraph>(ours.Parent);
        Assert.Equal(["Reviewer", "Reviewer"], body.Elements<Paragraph>().Single().Elements<InsertedRun>().Where(i => i.Author?.Value == "Reviewer").Select(i => i.Author!.Value));
        // The comment reference is neither part of the link nor of the reviewer's insertion.
        Run reference = body.Descendants<CommentReference>().Single().Ancestors<Run>().Single();
        Assert.IsType<Paragraph>(reference.Parent);
    }

    [Fact]
    public void Annotate_ExistingCommentsAndRevisions_AreKeptAndNewIdsDoNotCollide()
    {
        byte[] draft = Create(
            [new Paragraph(
                new CommentRangeStart { Id = "3" },
                Words("Article 21 The term shall be the life of the author and "),
                new CommentRangeEnd { Id = "3" },
                new Run(new CommentReference { Id = "3" }),
                new DeletedRun(new Run(new DeletedText("sixty"))) { Id = "4", Author = "Reviewer" },
                new InsertedRun(Words("fifty")) { Id = "5", Author = "Reviewer" },
                Words(" years after his death."))],
            main =>
            {
                WordprocessingCommentsPart part = main.AddNewPart<WordprocessingCommentsPart>("rId2");
                part.Comments = new Comments(new Comment(new Paragraph(Words("Check the term against Berne."))) { Id = "3", Author = "Reviewer", Initials = "R" });
            });
        TextLayer text = Read(draft);
        Finding finding = FindingAt(text, SpanOf(text, "fifty years"), Fixtures.Iipa001, "m", (SpanOf(text, "fifty"), "seventy"));

        (byte[] annotated, _) = Annotate(draft, finding);

        AssertValid(annotated);
        var comments = Comments(annotated);
        Assert.Equal(["3", "6"], comments.Select(c => c.Id));
        Assert.Equal(("Reviewer", "Check the term against Berne."), (comments[0].Author, comments[0].Text));
        Assert.Equal("Article 21 The term shall be the life of the author and ", CommentedWords(annotated, "3", RevisionView.Original));
        Assert.Equal("Article 21 The term shall be the life of the author and sixty years after his death.", BodyText(annotated, RevisionView.Original));
        Assert.Equal("Article 21 The term shall be the life of the author and seventy years after his death.", BodyText(annotated, RevisionView.Accepted));
        using WordprocessingDocument document = WordprocessingDocument.Open(new MemoryStream(annotated), false);
        Body body = document.MainDocumentPart!.Document!.Body!;
        Assert.Equal(["Reviewer", "DraftCheck"], body.Descendants<DeletedRun>().Select(d => d.Author!.Value));
        // Revision ids stay unique: the draft's 4 and 5, then ours above every id the draft uses.
        Assert.Equal(["4", "5", "7", "8"], body.Descendants().Where(e => e is DeletedRun or InsertedRun)
            .Select(e => e.GetAttribute("id", "http://schemas.openxmlformats.org/wordprocessingml/2006/main").Value).Order());
    }

    [Fact]
    public void Annotate_GeneratedNumberingLabelAtTheStart_RangeStartsAtTheParagraphStart()
    {
        byte[] draft = Create([new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" }),
            Words("The term of protection shall be fifty years."))]);
        // The reader gives a numbering label's characters an anchor with run -1 (Word renders it; no run holds it).
        var location = new Location(new ProvisionRef(new ProvisionId("art_1__item_1"), "Article 1(1)"), new Span(0, 13), "(1) The term ")
        {
            Draft = "draft.docx",
            Word = new WordRange(new WordAnchor(WordAnchor.MainPart, 0, -1, -1), new WordAnchor(WordAnchor.MainPart, 0, 0, 9)),
        };

        (byte[] annotated, AnnotationResult result) = Annotate(draft, new Finding(Fixtures.Draft101, "m", location));

        AssertValid(annotated);
        Assert.Empty(result.Notes);
        using WordprocessingDocument document = WordprocessingDocument.Open(new MemoryStream(annotated), false);
        Paragraph paragraph = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Single();
        Assert.IsType<CommentRangeStart>(paragraph.ChildElements[1]);
        Assert.Equal("The term ", CommentedWords(annotated, Comments(annotated)[0].Id, RevisionView.Original));
    }

    [Fact]
    public void Annotate_EditOfAGeneratedLabel_IsLeftToTheCommentWithANote()
    {
        byte[] draft = Create([new Paragraph(Words("The term of protection shall be fifty years."))]);
        var label = new WordRange(new WordAnchor(WordAnchor.MainPart, 0, -1, -1), new WordAnchor(WordAnchor.MainPart, 0, -1, -1));
        var location = new Location(new ProvisionRef(new ProvisionId("art_1__item_1"), "Article 1(1)"), new Span(0, 3), "(1)") { Draft = "draft.docx", Word = label };
        var finding = new Finding(Fixtures.Draft101, "m", location) { Fix = new Fix("Renumber", [new TextEdit(new Span(0, 3), "(2)") { OldText = "(1)", Word = label }]) };

        (byte[] annotated, AnnotationResult result) = Annotate(draft, finding);

        AssertValid(annotated);
        Assert.Equal(0, result.TrackedChanges);
        Assert.Equal("DRAFT101 at Article 1(1): the suggested change of \u201C(1)\u201D touches a numbering label that Word generates; it is described in the comment only",
            Assert.Single(result.Notes).ToString());
        Assert.EndsWith("(not shown as tracked changes)", Comments(annotated)[0].Text.Split('\n')[2]);
    }

    [Fact]
    public void Annotate_FindingAboutTheWholeDraft_IsAPointCommentAtTheStartOfTheBody()
    {
        byte[] draft = Create([new Paragraph(Words("Copyright Law")), new Paragraph(Words(Article21))]);
        var finding = new Finding(Fixtures.Draft103, "The draft has no article defining its terms.", Location.None with { Draft = "draft.docx" });

        (byte[] annotated, AnnotationResult result) = Annotate(draft, finding);

        AssertValid(annotated);
        Assert.Empty(result.Notes);
        using WordprocessingDocument document = WordprocessingDocument.Open(new MemoryStream(annotated), false);
        Paragraph first = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().First();
        Assert.Equal(["CommentRangeStart", "CommentRangeEnd", "Run", "Run"], first.ChildElements.Select(e => e.GetType().Name));
        Assert.Equal("", CommentedWords(annotated, Comments(annotated)[0].Id, RevisionView.Original));
    }

    [Fact]
    public void Annotate_FindingAboutAnEmptyDraft_GetsAParagraphToHoldItsComment()
    {
        byte[] draft = Create([]);
        var finding = new Finding(Fixtures.Draft103, "The draft has no articles.", Location.None with { Draft = "draft.docx" });

        (byte[] annotated, AnnotationResult result) = Annotate(draft, finding);

        AssertValid(annotated);
        Assert.Equal(1, result.Comments);
        Assert.Equal("", CommentedWords(annotated, Comments(annotated)[0].Id, RevisionView.Original));
    }

    [Fact]
    public void Annotate_OverlappingFixes_WritesTheFirstAndDescribesTheSecond()
    {
        byte[] draft = Create([new Paragraph(Words(Article21))]);
        TextLayer text = Read(draft);
        Finding first = FindingAt(text, SpanOf(text, Term), Fixtures.Iipa001, "first", (SpanOf(text, "fifty years"), "seventy years"));
        Finding second = FindingAt(text, SpanOf(text, "fifty years"), Fixtures.Draft102, "second", (SpanOf(text, "fifty"), "50"));

        (byte[] annotated, AnnotationResult result) = Annotate(draft, first, second);

        AssertValid(annotated);
        Assert.Equal((2, 1), (result.Comments, result.TrackedChanges));
        Assert.Equal("DRAFT102 at Article 21(1): the suggested change of \u201Cfifty\u201D overlaps the suggested amendment of IIPA001 at Article 21(1); it is described in the comment only",
            Assert.Single(result.Notes).ToString());
        Assert.Contains("seventy years after his death", BodyText(annotated, RevisionView.Accepted));
    }

    [Fact]
    public void Annotate_NestedAndTouchingFindings_EachCommentCoversItsOwnWords()
    {
        byte[] draft = Create([new Paragraph(Words(Article21))]);
        TextLayer text = Read(draft);
        Finding outer = FindingAt(text, SpanOf(text, Term), Fixtures.Iipa001, "outer");
        Finding inner = FindingAt(text, SpanOf(text, "fifty years"), Fixtures.Draft102, "inner");
        Finding touching = FindingAt(text, SpanOf(text, " after his death"), Fixtures.Draft101, "touching");
        Finding empty = FindingAt(text, new Span(SpanOf(text, "fifty").Start, 0), Fixtures.Draft103, "point");

        (byte[] annotated, _) = Annotate(draft, outer, inner, touching, empty);

        AssertValid(annotated);
        var ids = Comments(annotated).ToDictionary(c => c.Text.Split('\n')[0], c => c.Id);
        Assert.Equal(Term, CommentedWords(annotated, ids["IIPA001 error: outer"], RevisionView.Original));
        Assert.Equal("fifty years", CommentedWords(annotated, ids["DRAFT102 info: inner"], RevisionView.Original));
        Assert.Equal(" after his death", CommentedWords(annotated, ids["DRAFT101 warning: touching"], RevisionView.Original));
        Assert.Equal("", CommentedWords(annotated, ids["DRAFT103 info: point"], RevisionView.Original));
    }

    [Fact]
    public void Annotate_WordsInAFootnote_CommentsTheNoteMarkAndTracksTheFixInTheNote()
    {
        byte[] draft = Create(
            [new Paragraph(Words("Article 21 The term shall be fifty years."), new Run(new FootnoteReference { Id = 1 }))],
            main =>
            {
                FootnotesPart part = main.AddNewPart<FootnotesPart>("rId3");
                part.Footnotes = new Footnotes(
                    new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                    new Footnote(new Paragraph(new Run(new FootnoteReferenceMark()), Words(" Berne Convention, Article 7(1): life and fifty years."))) { Id = 1 });
            });
        // Anchors as WordAnchors counts them in the footnotes part: paragraph 1 (after the separator's), run 1.
        const string footnotes = "/word/footnotes.xml";
        var location = new Location(new ProvisionRef(ProvisionId.Document, "the draft"), new Span(100, 20), "life and fifty years")
        {
            Draft = "draft.docx",
            Word = new WordRange(new WordAnchor(footnotes, 1, 1, 33), new WordAnchor(footnotes, 1, 1, 53)),
        };
        var fifty = new TextEdit(new Span(109, 5), "seventy")
        {
            OldText = "fifty",
            Word = new WordRange(new WordAnchor(footnotes, 1, 1, 42), new WordAnchor(footnotes, 1, 1, 47)),
        };
        var finding = new Finding(Fixtures.Draft101, "m", location) { Fix = new Fix("Update the citation", [fifty]) };

        (byte[] annotated, AnnotationResult result) = Annotate(draft, finding);

        AssertValid(annotated);
        Assert.Empty(result.Notes);
        Assert.Equal(1, result.TrackedChanges);
        using WordprocessingDocument document = WordprocessingDocument.Open(new MemoryStream(annotated), false);
        // LibreOffice cannot open a comment inside a note: the comment covers the note's mark in the body and quotes the words.
        Paragraph body = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Single();
        Assert.Equal(["Run", "CommentRangeStart", "Run", "CommentRangeEnd", "Run"], body.ChildElements.Select(e => e.GetType().Name));
        Assert.NotNull(body.ChildElements[2].GetFirstChild<FootnoteReference>());
        Assert.Contains("At: the draft, in the note marked here: \u201Clife and fifty years\u201D", Comments(annotated)[0].Text);
        Footnote note = document.MainDocumentPart.FootnotesPart!.Footnotes!.Elements<Footnote>().Last();
        Assert.Equal(("fifty", "seventy"), (note.Descendants<DeletedRun>().Single().InnerText, note.Descendants<InsertedRun>().Single().InnerText));
        Assert.Empty(note.Descendants<CommentRangeStart>());
    }

    [Fact]
    public void Annotate_WordsInAPartWordTakesNoCommentsOn_CommentsTheStartWithANote()
    {
        byte[] draft = Create([new Paragraph(Words(Article21))]);
        var location = new Location(new ProvisionRef(ProvisionId.Document, "the draft"), new Span(0, 5), "Draft")
        {
            Draft = "draft.docx",
            Word = new WordRange(new WordAnchor("/word/header1.xml", 0, 0, 0), new WordAnchor("/word/header1.xml", 0, 0, 5)),
        };

        (byte[] annotated, AnnotationResult result) = Annotate(draft, new Finding(Fixtures.Draft101, "m", location));

        AssertValid(annotated);
        Assert.Equal("DRAFT101 at the draft: its words are in /word/header1.xml, where Word takes no comments; the comment is at the start of the draft",
            Assert.Single(result.Notes).ToString());
        Assert.Contains("At: the draft, \u201CDraft\u201D", Comments(annotated)[0].Text);
    }

    [Fact]
    public void Annotate_SameDraftAndFindingsTwice_GivesTheSameBytes()
    {
        byte[] draft = Create([new Paragraph(Words(Article21))]);
        TextLayer text = Read(draft);
        Finding finding = FindingAt(text, SpanOf(text, Term), Fixtures.Iipa001, "m", (SpanOf(text, "fifty"), "seventy"));

        (byte[] first, _) = Annotate(draft, finding);
        (byte[] second, _) = Annotate(draft, finding);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Write_ToAFile_NeverChangesTheDraft()
    {
        string folder = Directory.CreateTempSubdirectory("draftcheck-annotate-").FullName;
        try
        {
            string path = Path.Combine(folder, "draft.docx");
            File.WriteAllBytes(path, Create([new Paragraph(Words(Article21))]));
            byte[] before = File.ReadAllBytes(path);
            DateTime written = File.GetLastWriteTimeUtc(path);
            TextLayer text = Read(before);
            var result = new Findings.DraftResult(path, [FindingAt(text, SpanOf(text, Term), Fixtures.Iipa001, "m", (SpanOf(text, "fifty"), "seventy"))], [], []);

            AnnotatedDocx.Write(path, result, Path.Combine(folder, "annotated.docx"));

            Assert.Equal(before, File.ReadAllBytes(path));
            Assert.Equal(written, File.GetLastWriteTimeUtc(path));
            Assert.Throws<ArgumentException>(() => AnnotatedDocx.Write(path, result, Path.Combine(folder, ".", "draft.docx")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void PathsIn_RepeatedNames_GetANumber()
    {
        Assert.Equal(
            [Path.Combine("out", "draft.docx"), Path.Combine("out", "draft-2.docx"), Path.Combine("out", "law.docm"), Path.Combine("out", "Draft-3.docx")],
            AnnotatedDocx.PathsIn("out", ["a/draft.docx", "b/draft.docx", "law.docm", "c/Draft.docx"]).AsEnumerable());
    }

    [Fact]
    public void Annotate_ChineseDraft_CommentsTheChineseWords()
    {
        const string article = "第二十一条\u3000公民的作品，其发表权的保护期为作者终生及其死亡后五十年，截止于作者死亡后第五十年的12月31日。";
        byte[] draft = Create([new Paragraph(Words("第二十一条", new RunProperties(new Bold())), Words(article["第二十一条".Length..]))]);
        TextLayer text = Read(draft);
        Span term = SpanOf(text, "作者终生及其死亡后五十年，截止于作者死亡后第五十年的12月31日");
        Finding finding = FindingAt(text, term, Fixtures.Iipa001, "第二十一条第一款 sets the term at life + 50 years.",
            (SpanOf(text, "五十"), "七十"), (SpanOf(text, "五十", SpanOf(text, "五十").End), "七十"));

        (byte[] annotated, _) = Annotate(draft, finding);

        AssertValid(annotated);
        Assert.Equal("作者终生及其死亡后七十年，截止于作者死亡后第七十年的12月31日", CommentedWords(annotated, Comments(annotated)[0].Id, RevisionView.Accepted));
        Assert.Equal(article, BodyText(annotated, RevisionView.Original));
    }
}
