using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftCheck.Docx;
using DraftCheck.Model;
using DraftCheck.SampleDrafts;
using DraftCheck.Text;
using RevisionView = DraftCheck.Text.RevisionView;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace DraftCheck.Docx.Tests;

public class DocxReaderTests
{
    [Fact]
    public void Read_SampleDraftA_EveryCharacterMapsBackToItsRun()
    {
        DocxReadResult result = DocxReader.Read(Samples.DraftA);

        TextLayer text = Assert.IsType<TextLayer>(result.Text);
        int index = text.Text.IndexOf("the life of the author and fifty years", StringComparison.Ordinal);
        WordAnchor anchor = text.SourceMap.AnchorAt(index);
        using WordprocessingDocument document = WordprocessingDocument.Open(Samples.DraftA, false);
        Paragraph paragraph = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().ElementAt(anchor.ParagraphIndex);
        Run run = paragraph.Descendants<Run>().ElementAt(anchor.RunIndex);
        Assert.Equal("the life of the author", run.InnerText.Substring(anchor.Offset, "the life of the author".Length));
        Assert.StartsWith("Article 21", text.TextOf(text.ParagraphAt(index)!));
    }

    [Fact]
    public void Read_TrackedChanges_AcceptedViewDropsDeletionsAndOriginalViewDropsInsertions()
    {
        byte[] docx = WithBody(new Paragraph(
            new Run(new WordText("the life of the author and ") { Space = SpaceProcessingModeValues.Preserve }),
            new DeletedRun(new Run(new DeletedText("fifty"))) { Id = "1", Author = "A" },
            new InsertedRun(new Run(new WordText("seventy"))) { Id = "2", Author = "A" },
            new Run(new WordText(" years after his death") { Space = SpaceProcessingModeValues.Preserve })));

        DocxReadResult accepted = DocxReader.Read(new MemoryStream(docx), "tracked.docx");
        DocxReadResult original = DocxReader.Read(new MemoryStream(docx), "tracked.docx", new DocxReadOptions { View = RevisionView.Original });

        Assert.Equal("the life of the author and seventy years after his death", accepted.Text!.Text);
        Assert.Equal("the life of the author and fifty years after his death", original.Text!.Text);
        Assert.Equal(2, accepted.Text.RevisionCount);
    }

    [Theory]
    [InlineData(new byte[] { 0x68, 0x65, 0x6C, 0x6C, 0x6F }, DraftErrorKind.NotAZip, "not a Word file (.docx): the file is not a zip archive")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }, DraftErrorKind.LegacyDoc, "this is a legacy Word 97-2003 (.doc) file; open it in Word and save it as .docx")]
    public void Read_NotADocx_ReturnsOneLineErrorNamingTheFile(byte[] bytes, DraftErrorKind kind, string message)
    {
        DocxReadResult result = DocxReader.Read(new MemoryStream(bytes), "draft.docx");

        Assert.Null(result.Text);
        Assert.Equal(new DraftError(kind, "draft.docx", message), result.Error);
    }

    [Fact]
    public void Read_MissingFile_ReturnsFileNotFound()
    {
        DocxReadResult result = DocxReader.Read(Path.Combine(Path.GetTempPath(), "no-such-draft.docx"));

        Assert.Equal(DraftErrorKind.FileNotFound, result.Error!.Kind);
    }

    [Fact]
    public void Read_SampleDraft_DoesNotModifyTheFile()
    {
        byte[] before = File.ReadAllBytes(Samples.DraftB);
        DateTime written = File.GetLastWriteTimeUtc(Samples.DraftB);

        DocxReader.Read(Samples.DraftB);

        Assert.Equal(before, File.ReadAllBytes(Samples.DraftB));
        Assert.Equal(written, File.GetLastWriteTimeUtc(Samples.DraftB));
    }

    [Fact]
    public void Write_SameDraftTwice_GivesTheSameBytes()
    {
        DraftDocument draft = DraftDocument.Parse("Title\nArticle 1 Text.\n");
        Assert.Equal(DocxDraftWriter.ToBytes(draft), DocxDraftWriter.ToBytes(draft));
    }

    private static byte[] WithBody(params OpenXmlElement[] content)
    {
        using var stream = new MemoryStream();
        using (WordprocessingDocument document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            MainDocumentPart main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(content));
        }
        return stream.ToArray();
    }
}

/// <summary>The sample generator's layouts beyond the plain samples: what the reader benchmark reads.</summary>
public class DocxDraftWriterTests
{
    private static readonly DraftDocument s_draft = DraftDocument.Parse("""
        Copyright Law
        Chapter I General Provisions
        Article 1 This Law is formulated to protect the copyright of authors.
        Article 2 Copyright includes the following rights:
        (1) the right of publication;
        (2) the right of authorship.
        """);

    [Fact]
    public void ToBytes_PlainOptions_GivesTheSampleLayoutBytes()
    {
        Assert.Equal(DocxDraftWriter.ToBytes(s_draft), DocxDraftWriter.ToBytes(s_draft, DocxDraftOptions.Plain));
    }

    [Fact]
    public void ToBytes_AutomaticNumberingAndTrackedChanges_ReaderRendersTheLabelsAndBothViews()
    {
        byte[] docx = DocxDraftWriter.ToBytes(s_draft, new DocxDraftOptions { AutomaticNumbering = true, TrackedChanges = true });

        TextLayer accepted = DocxReader.Read(new MemoryStream(docx), "synthetic.docx").Text!;
        TextLayer original = DocxReader.Read(new MemoryStream(docx), "synthetic.docx", new DocxReadOptions { View = RevisionView.Original }).Text!;

        Assert.Equal(
        [
            "Copyright Law",
            "Chapter I General Provisions",
            "Article 1 This Law is formulated to protect the copyright of authors. (amended)",
            "Article 2 Copyright includes the following rights: (amended)",
            "(1) the right of publication;",
            "(2) the right of authorship.",
        ], accepted.Paragraphs.Select(accepted.TextOf));
        Assert.Equal("Article 2 Copyright includes the following rights: (draft)", original.TextOf(original.Paragraphs[3]));
        Assert.Equal(["", "", "Article 1", "Article 2", "(1)", "(2)"], accepted.Paragraphs.Select(p => p.NumberingLabel));
        Assert.Equal(4, accepted.RevisionCount);
    }
}
