using System.Text.Json;
using DraftCheck.Findings;
using DraftCheck.Model;
using DraftCheck.Reports;
using NJsonSchema;

namespace DraftCheck.Reports.Tests;

/// <summary>The table of concordance: every item ends in one assessment, in the JSON report (schema-valid) and as Markdown.</summary>
public sealed class ConcordanceReportTests
{
    // A checklist item without findings in the fixture drafts (every rule of the fixture run has findings).
    private static readonly RuleDescriptor s_quiet = new("IIPA053", "No presumption of ownership", "Remedies", Severity.Warning, "IIPA 2020 Special 301 Report, China");

    private static RuleDescriptor Quiet(CheckRun run) => s_quiet;

    private static IReadOnlyList<RuleDescriptor> Items(CheckRun run) => [.. run.Rules, s_quiet];

    private static CheckRun RunWithConclusions()
    {
        CheckRun run = Fixtures.Run();
        DraftResult english = run.Drafts[0];
        string quiet = Quiet(run).Id;
        Location title = english.Findings[0].Location with { Span = new Span(0, 0), Quote = "" };
        english = english with
        {
            Scope = "copyright law, every topic (configured: --scope copyright-law)",
            Conclusions = [new Conclusion(quiet, AssessmentOutcome.NotApplicable, "out of scope: the test says so", title)],
        };
        return run with { Drafts = [english, .. run.Drafts.Skip(1)] };
    }

    private static string Render(IReporter reporter, CheckRun run)
    {
        var output = new StringWriter();
        reporter.Render(run, output);
        return output.ToString();
    }

    [Fact]
    public void Concordance_FindingsConclusionsAndSilence_EndInViolatedNotApplicableAndNotAssessed()
    {
        CheckRun run = RunWithConclusions();
        Concordance table = Concordance.Of(run.Drafts[0], Items(run));

        Assert.Equal(run.Rules.Length + 1, table.Items.Length);
        Assessment quiet = table.Items.Single(a => a.ItemId == Quiet(run).Id);
        Assert.Equal((AssessmentOutcome.NotApplicable, "out of scope: the test says so"), (quiet.Outcome, quiet.Words));
        Assert.All(table.Items.Where(a => run.Drafts[0].Findings.Any(f => f.RuleId == a.ItemId)), a => Assert.Equal(AssessmentOutcome.Violated, a.Outcome));
        Assert.Equal(table.Items.Length, table.Count(AssessmentOutcome.Violated) + table.Count(AssessmentOutcome.NotApplicable) + table.Count(AssessmentOutcome.NotAssessed));
    }

    [Fact]
    public void Conclusion_Violated_IsRefusedBecauseAViolationIsAFinding()
    {
        var error = Assert.Throws<ArgumentException>(() => new Conclusion("IIPA001", AssessmentOutcome.Violated, "reason", Location.None));

        Assert.StartsWith("A conclusion says Satisfied or NotApplicable; Violated is not one (a violation is reported as a finding).", error.Message);
    }

    [Fact]
    public async Task Json_WithChecklist_IsValidAgainstTheDocumentedSchema()
    {
        CheckRun run = RunWithConclusions();
        string json = Render(new JsonReporter { ChecklistItems = Items(run) }, run);

        JsonSchema schema = await JsonSchema.FromFileAsync(TestPaths.InRepository("docs", "json-report.schema.json"));
        Assert.Empty(schema.Validate(json).Select(e => e.ToString()));
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement checklist = document.RootElement.GetProperty("drafts")[0].GetProperty("checklist");
        Assert.Equal("copyright law, every topic (configured: --scope copyright-law)", checklist.GetProperty("scope").GetString());
        Assert.Equal(run.Rules.Length + 1, checklist.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public void Markdown_PipeInWords_IsEscapedSoTheRowKeepsItsColumns()
    {
        CheckRun run = RunWithConclusions();
        RuleDescriptor quiet = Quiet(run);
        DraftResult english = run.Drafts[0] with { Conclusions = [new Conclusion(quiet.Id, AssessmentOutcome.NotApplicable, "a | b", Location.None)] };

        string markdown = Render(new ConcordanceReporter(Items(run), markdown: true), run with { Drafts = [english] });

        Assert.Contains($"| {quiet.Id} | {quiet.Title} | not-applicable |  | a \\| b |", markdown);
    }
}
