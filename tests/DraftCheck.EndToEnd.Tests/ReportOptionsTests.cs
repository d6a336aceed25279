using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftCheck.Checking;
using DraftCheck.Cli;
using DraftCheck.Compilation;
using DraftCheck.Findings;
using DraftCheck.Reports;
using DraftCheck.SampleDrafts;
using NJsonSchema;
using static DraftCheck.EndToEnd.Tests.InProcess;

namespace DraftCheck.EndToEnd.Tests;

/// <summary><c>check --format sarif|html</c>, <c>--output</c>, <c>--annotate</c> and <c>--annotate-dir</c> on the sample drafts (issue 8).</summary>
public sealed partial class ReportOptionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("draftcheck-reports-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // The IIPA pack compiled once for the tests that check through the library rather than the command (a compile takes seconds).
    private static readonly Lazy<DraftChecker> s_checker = new(() =>
        new DraftChecker([RulePackCompiler.Compile(Samples.IipaPack, DraftChecker.RuleEnvironment).Pack!], new CheckOptions { KeepText = true }));

    private static CheckRun Check(params string[] drafts) => new([.. drafts.Select(s_checker.Value.Check)], s_checker.Value.Rules);

    private static string Render(IReporter reporter, CheckRun run)
    {
        var output = new StringWriter();
        reporter.Render(run, output);
        return output.ToString();
    }

    [Fact]
    public void Check_EveryFormat_IsByteForByteTheSameOnTwoRuns()
    {
        IReporter[] reporters = [new TextReporter(), new TextReporter { UseColor = true }, new JsonReporter(), new SarifReporter(), new HtmlReporter()];

        CheckRun first = Check(Samples.DraftA, Samples.DraftC), second = Check(Samples.DraftA, Samples.DraftC);

        foreach (IReporter reporter in reporters) Assert.Equal(Render(reporter, first), Render(reporter, second));
        for (int d = 0; d < 2; d++)
        {
            byte[] draft = File.ReadAllBytes(first.Drafts[d].Draft);
            Assert.Equal(AnnotatedDocx.Annotate(draft, first.Drafts[d]).Annotated, AnnotatedDocx.Annotate(draft, second.Drafts[d]).Annotated);
        }
    }

    [SkippableFact]
    public async Task Check_Sarif_IsValidAgainstTheOfficialSchemaAndNamesTheProvisions()
    {
        string schemaPath = Path.Combine(TestPaths.Shared, "schemas", "sarif-2.1.0.json");
        Skip.IfNot(File.Exists(schemaPath), $"The SARIF 2.1.0 schema {schemaPath} is absent; this test needs ../shared/schemas next to the repository.");
        string report = Path.Combine(_folder, "draft-a.sarif");

        (int exit, string output, _) = Run("check", Samples.DraftA, "--rules", Samples.IipaPack, "--format", "sarif", "--output", report);

        Assert.Equal((1, string.Empty), (exit, output));
        string sarif = File.ReadAllText(report);
        JsonSchema schema = await JsonSchema.FromFileAsync(schemaPath);
        Assert.Empty(schema.Validate(sarif).Select(e => e.ToString()));
        using JsonDocument log = JsonDocument.Parse(sarif);
        JsonElement run = log.RootElement.GetProperty("runs")[0];
        Assert.Equal(["IIPA001", "IIPA002", "IIPA010", "IIPA011", "IIPA012", "IIPA013", "IIPA014", "IIPA015", "IIPA016", "IIPA020", "IIPA021", "IIPA022", "IIPA023", "IIPA024", "IIPA030", "IIPA031", "IIPA040", "IIPA041", "IIPA050", "IIPA051", "IIPA052", "IIPA053", "IIPA054", "IIPA060", "IIPA061", "IIPA070", "IIPA071", "IIPA080"], run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        JsonElement first = run.GetProperty("results")[0];
        JsonElement logical = first.GetProperty("locations")[0].GetProperty("logicalLocations")[0];
        Assert.Equal(("Article 8(3)", "paragraph"), (logical.GetProperty("fullyQualifiedName").GetString(), logical.GetProperty("kind").GetString()));
        Assert.Equal(33, run.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Check_Html_IsOneSelfContainedPageWithEveryFinding()
    {
        (int exit, string html, _) = Run("check", Samples.DraftA, "--rules", Samples.IipaPack, "--format", "html");

        Assert.Equal(1, exit);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Equal(33, ListedFindings().Matches(html).Select(m => m.Groups[1].Value).Distinct().Count());
        Assert.Equal(33, HighlightedFindings().Matches(html).SelectMany(m => m.Groups[1].Value.Split(' ')).Distinct().Count());
        Assert.DoesNotMatch(@"<(script|link|img)[^>]+(src|href)=", html);
    }

    [GeneratedRegex("<li class=\"finding-item [^\"]+\" data-f=\"(d0f\\d+)\"")]
    private static partial Regex ListedFindings();

    [GeneratedRegex("<mark class=\"finding [^\"]+\" data-f=\"([^\"]+)\"")]
    private static partial Regex HighlightedFindings();

    [Fact]
    public void Check_Annotate_WritesAValidCopyWithACommentPerFindingAndLeavesTheDraftAlone()
    {
        string copy = Path.Combine(_folder, "draft-a.annotated.docx");
        byte[] before = File.ReadAllBytes(Samples.DraftA);

        (int exit, _, string error) = Run("check", Samples.DraftA, "--rules", Samples.IipaPack, "--annotate", copy);

        Assert.Equal((1, string.Empty), (exit, error));
        Assert.Equal(before, File.ReadAllBytes(Samples.DraftA));
        using WordprocessingDocument document = WordprocessingDocument.Open(copy, false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document).Select(e => e.Description));
        Comments comments = document.MainDocumentPart!.WordprocessingCommentsPart!.Comments!;
        Assert.Equal(33, comments.Elements<Comment>().Count(c => c.Author?.Value == "DraftCheck"));
        Assert.StartsWith("IIPA080 info: Article 8(3) lets a collective management organisation represent right holders who are not its members", comments.Elements<Comment>().First().InnerText);
        Body body = document.MainDocumentPart.Document!.Body!;
        // Each fix edit is one deletion and one insertion by DraftCheck: "fifty" -> "seventy", "fiftieth" -> "seventieth"...
        Assert.Equal(15, body.Descendants<DeletedRun>().Count(d => d.Author?.Value == "DraftCheck"));
        Assert.Equal(["seventy", "seventieth"], body.Descendants<InsertedRun>().Take(2).Select(i => i.InnerText));
    }

    [Fact]
    public void Check_AnnotateTwice_GivesTheSameBytes()
    {
        string first = Path.Combine(_folder, "first.docx"), second = Path.Combine(_folder, "second.docx");

        Run("check", Samples.DraftC, "--rules", Samples.IipaPack, "--annotate", first);
        Run("check", Samples.DraftC, "--rules", Samples.IipaPack, "--annotate", second);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void Check_AnnotateDir_WritesOneCopyPerReadableDraft()
    {
        string notADocx = Path.Combine(_folder, "notes.docx");
        File.WriteAllText(notADocx, "These are notes, not a Word file.");
        string copies = Path.Combine(_folder, "annotated");

        (int exit, _, _) = Run("check", Samples.DraftA, Samples.DraftB, notADocx, "--rules", Samples.IipaPack, "--annotate-dir", copies);

        Assert.Equal(2, exit);
        Assert.Equal(["draft-a.docx", "draft-b.docx"], Directory.GetFiles(copies).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_AnnotateWithTwoDrafts_IsAUsageError()
    {
        (int exit, _, string error) = Run("check", Samples.DraftA, Samples.DraftB, "--annotate", Path.Combine(_folder, "a.docx"));

        Assert.Equal(2, exit);
        Assert.StartsWith("draftcheck: error DC0001: --annotate takes one draft; use --annotate-dir <dir> to annotate several.", error);
    }

    [Fact]
    public void Check_AnnotateOverTheDraft_RefusesAndKeepsTheDraft()
    {
        string draft = Path.Combine(_folder, "draft-a.docx");
        File.Copy(Samples.DraftA, draft);
        byte[] before = File.ReadAllBytes(draft);

        (int exit, _, string error) = Run("check", draft, "--rules", Samples.IipaPack, "--annotate-dir", _folder);

        Assert.Equal(2, exit);
        Assert.Equal($"{draft}: error DC0001: the annotated copy {draft} would overwrite the draft; write it elsewhere\n", error.Replace("\r\n", "\n"));
        Assert.Equal(before, File.ReadAllBytes(draft));
    }

    [Fact]
    public void Check_OutputOverADraft_IsAUsageError()
    {
        (int exit, _, string error) = Run("check", Samples.DraftA, "--output", Samples.DraftA);

        Assert.Equal(2, exit);
        Assert.StartsWith($"draftcheck: error DC0001: --output {Samples.DraftA} is one of the drafts; the report would overwrite it.", error);
    }

    [Fact]
    public void Check_TextToAFile_HasNoColourAndTheSummaryLine()
    {
        string report = Path.Combine(_folder, "report.txt");

        Run("check", Samples.DraftA, "--rules", Samples.IipaPack, "--output", report);

        string text = File.ReadAllText(report);
        Assert.DoesNotContain("\u001b[", text);
        Assert.EndsWith("17 errors, 13 warnings, 3 infos in 1 draft\n", text.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Check_RenumberedDraft_KeepsEveryFingerprint()
    {
        // Draft (a) with a new article first and every article renumbered: positions, labels and messages change.
        string source = File.ReadAllText(TestPaths.InRepository("samples", "source", "draft-a.en.txt"));
        string renumbered = ArticleLabel().Replace(source, m => $"Article {int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}");
        int firstArticle = renumbered.IndexOf("\nArticle 2 ", StringComparison.Ordinal);
        renumbered = renumbered.Insert(firstArticle + 1, "Article 1 This Law applies to drafts that are checked by DraftCheck.\n");
        string path = Path.Combine(_folder, "draft-a-renumbered.docx");
        File.WriteAllBytes(path, DocxDraftWriter.ToBytes(DraftDocument.Parse(renumbered)));

        DraftResult original = s_checker.Value.Check(Samples.DraftA);
        DraftResult moved = s_checker.Value.Check(path);

        Assert.Equal(33, moved.Findings.Length);
        Assert.Equal(original.Findings.Select(f => f.Fingerprint), moved.Findings.Select(f => f.Fingerprint));
        Assert.Equal(("Article 8(3)", "Article 9(3)"), (original.Findings[0].Location.Provision.Label, moved.Findings[0].Location.Provision.Label));
        Assert.NotEqual(original.Findings[0].Location.Span, moved.Findings[0].Location.Span);
    }

    [Fact]
    public void Check_TermChangedInOneProvision_ChangesOnlyThatFingerprint()
    {
        string source = File.ReadAllText(TestPaths.InRepository("samples", "source", "draft-a.en.txt"));
        string edited = source.Replace("after the first completion of the production of the recording", "after the first fixation of the recording", StringComparison.Ordinal);
        Assert.NotEqual(source, edited);
        string path = Path.Combine(_folder, "draft-a-edited.docx");
        File.WriteAllBytes(path, DocxDraftWriter.ToBytes(DraftDocument.Parse(edited)));

        DraftResult original = s_checker.Value.Check(Samples.DraftA);
        DraftResult changed = s_checker.Value.Check(path);

        List<string> different = [.. original.Findings.Zip(changed.Findings).Where(p => p.First.Fingerprint != p.Second.Fingerprint).Select(p => p.Second.Location.Provision.Label)];
        // Article 42(1) holds the term (IIPA002) and the producers' rights without broadcasting or performance (IIPA041):
        // both findings are in the provision whose words changed.
        Assert.Equal(["Article 42(1)", "Article 42(1)"], different);
    }

    [GeneratedRegex(@"(?m)^Article (\d+)")]
    private static partial Regex ArticleLabel();
}
