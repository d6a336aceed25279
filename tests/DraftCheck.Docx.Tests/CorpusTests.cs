using DraftCheck.Model;
using DraftCheck.Text;

namespace DraftCheck.Docx.Tests;

/// <summary>
/// Every real .docx of ../shared/corpus/docx-wild (SOURCES.tsv says what each is), read in place: no exception, the
/// malformed ones give their one-line error, the others give text whose every anchor leads back to its run.
/// </summary>
public class CorpusTests
{
    private static readonly Dictionary<string, DraftErrorKind> s_expectedErrors = new(StringComparer.Ordinal)
    {
        ["poi-fuzz-5166796835258368-bad-zip.docx"] = DraftErrorKind.Truncated,
        ["poi-fuzz-6733884933668864-bad-crc.docx"] = DraftErrorKind.CorruptEntry,
        ["poi-stress025-no-main-document.docx"] = DraftErrorKind.MissingMainPart,
        ["poi-truncated-zip.docx"] = DraftErrorKind.Truncated,
        ["poi-xxe-external-entity.docx"] = DraftErrorKind.ExternalEntity,
    };

    private static IReadOnlyList<string> CorpusFiles()
    {
        string sources = TestPaths.CorpusFile("docx-wild", "SOURCES.tsv");
        return [.. File.ReadLines(sources).Skip(1).Select(line => line.Split('\t')[0]).Where(name => name.Length > 0)];
    }

    [SkippableFact]
    public void Read_EveryCorpusFile_GivesTextOrItsExpectedOneLineError()
    {
        var problems = new List<string>();
        foreach (string name in CorpusFiles())
        {
            string path = TestPaths.CorpusFile("docx-wild", name);
            DocxReadResult result = DocxReader.Read(path);
            if (s_expectedErrors.TryGetValue(name, out DraftErrorKind kind))
            {
                if (result.Error?.Kind != kind) problems.Add($"{name}: expected {kind}, got {result.Error?.ToString() ?? "text"}");
                else if (!result.Error.ToString().StartsWith($"{path}: error DC", StringComparison.Ordinal) || result.Error.ToString().Contains('\n')) problems.Add($"{name}: not one line naming the file: {result.Error}");
                continue;
            }
            if (result.Text is not { } text)
            {
                problems.Add($"{name}: {result.Error}");
                continue;
            }
            // A draft whose body was deleted with tracked changes has its text in the original view only.
            if (!HasBodyText(text) && !HasBodyText(DocxReader.Read(path, new DocxReadOptions { View = RevisionView.Original }).Text!)) problems.Add($"{name}: no body text");
            using FileStream stream = File.OpenRead(path);
            problems.AddRange(AnchorCheck.Mismatches(stream, text).Select(p => $"{name}: {p}"));
        }
        Assert.Empty(problems);
    }

    private static bool HasBodyText(TextLayer text) => text.ParagraphsOf(TextStory.Body).Any(p => !string.IsNullOrWhiteSpace(text.TextOf(p)));

    [SkippableFact]
    public void Read_ThreeBodies_ReadsAllThreeAndWarns()
    {
        DocxReadResult result = DocxReader.Read(TestPaths.CorpusFile("docx-wild", "poi-multiple-body-elements.docx"));

        TextLayer text = result.Text!;
        Assert.Equal(["START BODY 1", "START BODY 2", "START BODY 3"], text.ParagraphsOf(TextStory.Body).Select(p => text.TextOf(p)[..12]));
        Assert.Contains(result.Warnings, w => w.Code == "DW0102" && w.Message == "/word/document.xml has 3 w:body elements (the schema allows one); all of them are read, in order");
    }

    [SkippableFact]
    public void Read_SchemaInvalidSdkFixture_WarnsAndReadsItsText()
    {
        DocxReadResult result = DocxReader.Read(TestPaths.CorpusFile("docx-wild", "oxsdk-5errors-schema-invalid.docx"));

        Assert.StartsWith("A test file with several validation errors.", result.Text!.Text);
        Assert.Contains(result.Warnings, w => w.Code == "DW0101");
    }

    [SkippableFact]
    public void Read_PrcCriminalLaw_ReadsTheChineseArticles()
    {
        DocxReadResult result = DocxReader.Read(TestPaths.CorpusFile("docx-wild", "prc-criminal-law-zh.docx"));

        Assert.Contains("第一条", result.Text!.Text);
        Assert.Contains("第四百五十二条", result.Text.Text);
    }

    [SkippableFact]
    public void Read_TrackedMove_OriginalAndAcceptedViewsPlaceTheTextOnce()
    {
        string path = TestPaths.CorpusFile("docx-wild", "pandoc-track-changes-move.docx");

        TextLayer accepted = DocxReader.Read(path).Text!;
        TextLayer original = DocxReader.Read(path, new DocxReadOptions { View = RevisionView.Original }).Text!;

        string[] Lines(TextLayer t) => [.. t.ParagraphsOf(TextStory.Body).Select(t.TextOf).Where(l => l.Length > 0)];
        Assert.Equal(["Here is some text.", "Here is the text to be moved.", "Here is some more text."], Lines(accepted));
        Assert.Equal(["Here is some text.", "Here is some more text.", "Here is the text to be moved."], Lines(original));
        Assert.Equal(1, accepted.RevisionCount);
    }
}
