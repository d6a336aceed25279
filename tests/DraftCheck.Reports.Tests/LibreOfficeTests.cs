using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftCheck.Model;
using DraftCheck.Text;
using static DraftCheck.Reports.Tests.WordFiles;

namespace DraftCheck.Reports.Tests;

/// <summary>A LibreOffice user profile for the class: made by the first conversion (the slow part), reused by the next.</summary>
public sealed class LibreOfficeProfile : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("draftcheck-soffice-profile-").FullName;

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

/// <summary>
/// LibreOffice opens the annotated copy and keeps its comments and tracked changes: soffice converts it to ODT and the
/// ODT's content.xml holds an office:annotation per comment and the changes in text:tracked-changes.
/// </summary>
public sealed class LibreOfficeTests(LibreOfficeProfile profile) : IClassFixture<LibreOfficeProfile>, IDisposable
{
    private static readonly XNamespace s_office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static readonly XNamespace s_text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static readonly XNamespace s_dc = "http://purl.org/dc/elements/1.1/";

    private readonly string _folder = Directory.CreateTempSubdirectory("draftcheck-soffice-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string? Soffice() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "soffice")).FirstOrDefault(File.Exists);

    // Converts with a profile of the test class's own, so that other runs and a user's LibreOffice do not interfere.
    private XDocument ConvertToOdt(byte[] docx)
    {
        string? soffice = Soffice();
        Skip.If(soffice is null && Environment.GetEnvironmentVariable("CI") != "true",
            "LibreOffice (soffice) is not installed; .ci/run installs it (apt-get install libreoffice-writer-nogui).");
        Assert.NotNull(soffice);
        string input = Path.Combine(_folder, "annotated.docx");
        File.WriteAllBytes(input, docx);
        var start = new ProcessStartInfo(soffice)
        {
            ArgumentList =
            {
                $"-env:UserInstallation={new Uri(profile.Folder).AbsoluteUri}",
                "--headless", "--norestore", "--convert-to", "odt", "--outdir", _folder, input,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("soffice did not finish converting within 2 minutes.");
        }
        string odt = Path.Combine(_folder, "annotated.odt");
        Assert.True(File.Exists(odt), $"soffice wrote no ODT (exit {process.ExitCode}): {output.Result} {error.Result}");
        using ZipArchive archive = ZipFile.OpenRead(odt);
        using Stream content = archive.GetEntry("content.xml")!.Open();
        return XDocument.Load(content);
    }

    [SkippableFact]
    public void Convert_AnnotatedDraft_KeepsEveryCommentAndTrackedChange()
    {
        // A draft with a reviewer's comment and tracked change, a footnote, and findings in the body and the footnote.
        byte[] draft = Create(
            [
                new Paragraph(
                    new CommentRangeStart { Id = "1" }, Words("Article 21 "), new CommentRangeEnd { Id = "1" }, new Run(new CommentReference { Id = "1" }),
                    Words("The term of protection shall be the life of the author and fifty years after his death, expiring on December 31 of the fiftieth year after his death."),
                    new Run(new FootnoteReference { Id = 1 })),
                new Paragraph(
                    Words("The term for a work of a legal person shall be "),
                    new InsertedRun(Words("fifty")) { Id = "2", Author = "Reviewer" },
                    Words(" years.")),
            ],
            main =>
            {
                main.AddNewPart<WordprocessingCommentsPart>("rId2").Comments =
                    new Comments(new Comment(new Paragraph(Words("Check against Berne."))) { Id = "1", Author = "Reviewer", Initials = "R" });
                main.AddNewPart<FootnotesPart>("rId3").Footnotes = new Footnotes(
                    new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                    new Footnote(new Paragraph(new Run(new FootnoteReferenceMark()), Words(" Berne Convention, Article 7(1): life and fifty years."))) { Id = 1 });
            });
        TextLayer text = Read(draft);
        Finding term = FindingAt(text, SpanOf(text, "the life of the author and fifty years after his death"), Fixtures.Iipa001,
            "Article 21(1) sets the term at life + 50 years.", (SpanOf(text, "fifty"), "seventy"), (SpanOf(text, "fiftieth"), "seventieth"));
        Span legal = SpanOf(text, "fifty years.");
        Finding legalPerson = FindingAt(text, new Span(legal.Start, 11), Fixtures.Iipa002, "Article 21(2) sets 50 years.", (new Span(legal.Start, 5), "ninety-five"));
        var inFootnote = new Finding(Fixtures.Draft101, "The footnote cites Berne.", new Location(ProvisionRef.Document, new Span(0, 20), "life and fifty years")
        {
            Draft = "draft.docx",
            Word = new WordRange(new WordAnchor("/word/footnotes.xml", 1, 1, 33), new WordAnchor("/word/footnotes.xml", 1, 1, 53)),
        });
        var wholeDraft = new Finding(Fixtures.Draft103, "The draft has no definitions article.", Location.None with { Draft = "draft.docx" });
        (byte[] annotated, AnnotationResult result) = Annotate(draft, term, legalPerson, inFootnote, wholeDraft);

        XDocument content = ConvertToOdt(annotated);

        Assert.Equal(3, result.TrackedChanges);
        List<XElement> annotations = [.. content.Descendants(s_office + "annotation")];
        Assert.Equal(5, annotations.Count);
        Assert.Equal(["DraftCheck", "DraftCheck", "DraftCheck", "DraftCheck", "Reviewer"],
            annotations.Select(a => a.Element(s_dc + "creator")?.Value).Order());
        Assert.Contains(annotations, a => a.Value.Contains("IIPA001 error: Article 21(1) sets the term at life + 50 years.", StringComparison.Ordinal));
        // Every comment is a range with an end, the whole-draft one an empty one.
        Assert.Equal(5, content.Descendants(s_office + "annotation-end").Count());
        XElement changes = Assert.Single(content.Descendants(s_text + "tracked-changes"));
        List<XElement> regions = [.. changes.Elements(s_text + "changed-region")];
        // Three deletions and three insertions by DraftCheck, and the reviewer's insertion.
        Assert.Equal(3, regions.Count(r => r.Element(s_text + "deletion") is not null));
        Assert.Equal(4, regions.Count(r => r.Element(s_text + "insertion") is not null));
        Assert.Equal(6, regions.Count(r => r.Descendants(s_dc + "creator").Any(c => c.Value == "DraftCheck")));
    }

    [SkippableFact]
    public void Convert_AnnotatedWildDraftWithThreadedComments_KeepsTheThreadAndOurComments()
    {
        string path = TestPaths.CorpusFile("docx-wild", "docxfix-comment-thread.docx");
        byte[] draft = File.ReadAllBytes(path);
        TextLayer text = Read(draft);
        (List<Finding> findings, _) = WildDocxTests.SyntheticFindings(draft, text);
        int own = Comments(draft).Length;
        (byte[] annotated, _) = Annotate(draft, [.. findings]);

        XDocument content = ConvertToOdt(annotated);

        List<XElement> annotations = [.. content.Descendants(s_office + "annotation")];
        Assert.Equal(own + findings.Count, annotations.Count);
        Assert.Equal(findings.Count, annotations.Count(a => a.Element(s_dc + "creator")?.Value == "DraftCheck"));
        Assert.NotEmpty(content.Descendants(s_text + "tracked-changes").Elements(s_text + "changed-region"));
    }
}
