using DraftCheck.Cli;
using DraftCheck.SampleDrafts;

namespace DraftCheck.EndToEnd.Tests;

/// <summary>
/// Drafts whose article and item labels come from Word's automatic numbering are checked like drafts with typed
/// labels (issue 3): the reader puts the rendered label at the start of the paragraph.
/// </summary>
public sealed class AutomaticNumberingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "draftcheck-numbering-" + Guid.NewGuid().ToString("N"));

    public AutomaticNumberingTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Findings(string draft)
    {
        var output = new StringWriter();
        Program.Run(["check", draft, "--rules", Samples.IipaPack, "--format", "json"], output, new StringWriter());
        // The findings without the draft's path and Word anchors, which differ between the two files.
        return string.Join('\n', output.ToString().Split('\n')
            .Where(line => line.Contains("\"message\"", StringComparison.Ordinal) || line.Contains("\"provisionId\"", StringComparison.Ordinal) || line.Contains("\"quote\"", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("draft-a.en.txt")]
    [InlineData("draft-c.zh.txt")]
    public void Check_SampleWithNumberedArticles_GivesTheSameFindingsAsWithTypedLabels(string source)
    {
        DraftDocument draft = DraftDocument.Parse(File.ReadAllText(TestPaths.InRepository("samples", "source", source)));
        string typed = Path.Combine(_folder, "typed.docx");
        string numbered = Path.Combine(_folder, "numbered.docx");
        File.WriteAllBytes(typed, DocxDraftWriter.ToBytes(draft));
        File.WriteAllBytes(numbered, DocxDraftWriter.ToBytes(draft, new DocxDraftOptions { AutomaticNumbering = true }));

        string expected = Findings(typed);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Findings(numbered));
    }
}
