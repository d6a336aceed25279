using System.Text;
using DraftCheck.Findings;
using DraftCheck.Model;

namespace DraftCheck.Reports;

/// <summary>
/// The table of concordance (<c>check --checklist</c>): for each draft, every checklist item in id order with its
/// assessment, the provision and the words that decide it, or the reason it does not apply. As text (aligned columns,
/// findings and conclusions listed under their item) or as a Markdown table.
/// </summary>
public sealed class ConcordanceReporter : IReporter
{
    private readonly IReadOnlyList<RuleDescriptor> _items;
    private readonly bool _markdown;

    /// <summary>A reporter of the assessments of <paramref name="items"/>, as Markdown when <paramref name="markdown"/> is true, else as text.</summary>
    public ConcordanceReporter(IReadOnlyList<RuleDescriptor> items, bool markdown)
    {
        _items = items;
        _markdown = markdown;
    }

    /// <summary>An outcome as reports write it: "violated", "satisfied", "not-applicable", "not-assessed".</summary>
    public static string Name(AssessmentOutcome outcome) => outcome switch
    {
        AssessmentOutcome.Violated => "violated",
        AssessmentOutcome.Satisfied => "satisfied",
        AssessmentOutcome.NotApplicable => "not-applicable",
        _ => "not-assessed",
    };

    /// <inheritdoc/>
    public void Render(CheckRun run, TextWriter output)
    {
        foreach (DraftResult draft in run.Drafts)
        {
            if (draft.IsUnreadable) continue;
            Concordance concordance = Concordance.Of(draft, _items);
            if (_markdown) RenderMarkdown(concordance, output);
            else RenderText(concordance, output);
        }
    }

    private static string Counts(Concordance concordance) =>
        $"{concordance.Items.Length} items: {concordance.Count(AssessmentOutcome.Violated)} violated, {concordance.Count(AssessmentOutcome.Satisfied)} satisfied, " +
        $"{concordance.Count(AssessmentOutcome.NotApplicable)} not applicable, {concordance.Count(AssessmentOutcome.NotAssessed)} not assessed";

    private static void RenderText(Concordance concordance, TextWriter output)
    {
        output.WriteLine($"{concordance.Draft}: table of concordance ({Counts(concordance)})");
        output.WriteLine($"Scope: {concordance.Scope}");
        output.WriteLine();
        int provisionWidth = Math.Max("PROVISION".Length, concordance.Items.Select(a => a.Provision.Length).DefaultIfEmpty(0).Max());
        output.WriteLine($"{"ITEM",-8} {"ASSESSMENT",-14} {"PROVISION".PadRight(provisionWidth)} WORDS OR REASON");
        string indent = new(' ', 8 + 1 + 14 + 1 + provisionWidth + 1);
        foreach (Assessment assessment in concordance.Items)
        {
            string words = assessment.Outcome is AssessmentOutcome.Violated or AssessmentOutcome.Satisfied ? $"\"{assessment.Words}\"" : assessment.Words;
            output.WriteLine($"{assessment.ItemId,-8} {Name(assessment.Outcome),-14} {assessment.Provision.PadRight(provisionWidth)} {words}");
            output.WriteLine($"{indent}{assessment.Item.Title}");
            foreach (Finding finding in assessment.Findings)
            {
                output.WriteLine($"{indent}- {finding.Severity.ToText()}: {finding.Message}");
            }
            foreach (Conclusion conclusion in assessment.Conclusions.Where(c => c.Outcome == AssessmentOutcome.Satisfied))
            {
                output.WriteLine($"{indent}- {conclusion.Reason}");
            }
        }
        output.WriteLine();
    }

    private static void RenderMarkdown(Concordance concordance, TextWriter output)
    {
        output.WriteLine($"## Table of concordance: {Cell(concordance.Draft)}");
        output.WriteLine();
        output.WriteLine($"Scope: {Cell(concordance.Scope)}. {Counts(concordance)}.");
        output.WriteLine();
        output.WriteLine("| Item | Title | Assessment | Provision | Words or reason |");
        output.WriteLine("| --- | --- | --- | --- | --- |");
        foreach (Assessment assessment in concordance.Items)
        {
            var reason = new StringBuilder();
            if (assessment.Outcome is AssessmentOutcome.Violated or AssessmentOutcome.Satisfied) reason.Append($"“{Cell(assessment.Words)}”: ");
            reason.Append(Cell(assessment.Reason));
            if (assessment.Findings.Length > 1) reason.Append($" (+{assessment.Findings.Length - 1} more: {string.Join("; ", assessment.Findings.Skip(1).Select(f => $"{Cell(f.Location.Provision.Label)} “{Cell(f.Location.Quote)}”"))})");
            output.WriteLine($"| {assessment.ItemId} | {Cell(assessment.Item.Title)} | {Name(assessment.Outcome)} | {Cell(assessment.Provision)} | {reason} |");
        }
        output.WriteLine();
    }

    // A table cell holds one line, and a pipe would end it.
    private static string Cell(string text) => text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");
}
