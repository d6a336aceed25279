using System.Globalization;
using DraftCheck.Findings;
using DraftCheck.Model;

namespace DraftCheck.Reports;

/// <summary>
/// The human report: per draft, findings grouped by provision, each with its id, severity, message, the quoted words,
/// the source it encodes and the suggested wording; then a summary line.
/// </summary>
public sealed class TextReporter : IReporter
{
    /// <inheritdoc/>
    public void Render(CheckRun run, TextWriter output)
    {
        foreach (DraftResult draft in run.Drafts)
        {
            // Errors go to the error stream (the CLI prints them); the report only says the draft was not checked.
            if (draft.IsUnreadable)
            {
                output.WriteLine($"{draft.Draft}: not checked ({draft.Errors[0].Code})");
                output.WriteLine();
                continue;
            }
            output.WriteLine(draft.Findings.IsEmpty
                ? $"{draft.Draft}: no findings"
                : $"{draft.Draft}: {draft.Findings.Length} finding{(draft.Findings.Length == 1 ? "" : "s")}");
            foreach (IGrouping<ProvisionId, Finding> provision in draft.Findings.GroupBy(f => f.Location.Provision.Id))
            {
                output.WriteLine();
                output.WriteLine($"  {provision.First().Location.Provision.Label}");
                foreach (Finding finding in provision) WriteFinding(finding, output);
            }
            output.WriteLine();
        }
        output.WriteLine(run.Summary.ToString());
    }

    private static void WriteFinding(Finding finding, TextWriter output)
    {
        output.WriteLine($"    {finding.Severity.ToText()} {finding.RuleId}: {finding.Message}");
        if (!finding.Location.IsNone) output.WriteLine($"      at \"{finding.Location.Quote}\" [{finding.Location.Span.Start.ToString(CultureInfo.InvariantCulture)}..{finding.Location.Span.End.ToString(CultureInfo.InvariantCulture)})");
        if (finding.Fix is { } fix)
        {
            string edits = string.Join("; ", fix.Edits.Select(e => $"\"{e.OldText}\" -> \"{e.NewText}\""));
            output.WriteLine($"      fix: {fix.Title}: {edits}");
        }
        output.WriteLine($"      source: {finding.Rule.Source}");
    }
}
