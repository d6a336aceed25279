using System.Globalization;
using DraftCheck.Findings;
using DraftCheck.Model;

namespace DraftCheck.Reports;

/// <summary>
/// The human report: per draft, findings grouped by provision, each with its id, severity, message, the quoted words,
/// the source it encodes and the suggested wording; then a summary line ("3 errors, 2 warnings, 0 infos in 1 draft")
/// and, when some drafts failed (unreadable, a rule that failed), one line per failed draft saying why.
/// In colour on a terminal (<see cref="UseColor"/>), plain otherwise; the words are the same either way.
/// </summary>
public sealed class TextReporter : IReporter
{
    // ANSI SGR sequences; the reset closes each painted piece so that a cut line never bleeds colour.
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";
    private const string Red = "\u001b[1;31m";
    private const string Yellow = "\u001b[1;33m";
    private const string Cyan = "\u001b[36m";
    private const string Green = "\u001b[32m";

    /// <summary>Whether to colour severities, provisions and the summary with ANSI escape sequences (for a terminal).</summary>
    public bool UseColor { get; init; }

    /// <inheritdoc/>
    public void Render(CheckRun run, TextWriter output)
    {
        foreach (DraftResult draft in run.Drafts)
        {
            // Errors go to the error stream (the CLI prints them); the report only says the draft was not checked.
            if (draft.IsUnreadable || IsInternalFailure(draft))
            {
                output.WriteLine($"{Paint(draft.Draft, Bold)}: not checked ({draft.Errors[0].Code})");
                output.WriteLine();
                continue;
            }
            output.WriteLine(draft.Findings.IsEmpty
                ? $"{Paint(draft.Draft, Bold)}: {Paint("no findings", Green)}"
                : $"{Paint(draft.Draft, Bold)}: {draft.Findings.Length} finding{(draft.Findings.Length == 1 ? "" : "s")}");
            foreach (IGrouping<ProvisionId, Finding> provision in draft.Findings.GroupBy(f => f.Location.Provision.Id))
            {
                output.WriteLine();
                output.WriteLine($"  {Paint(provision.First().Location.Provision.Label, Bold)}");
                foreach (Finding finding in provision) WriteFinding(finding, output);
            }
            output.WriteLine();
        }
        output.WriteLine(Summary(run.Summary));
        WriteFailures(run, output);
    }

    // After the summary, every draft that failed, with one line for why: the reader's error, or the rule that failed.
    private void WriteFailures(CheckRun run, TextWriter output)
    {
        DraftResult[] failed = [.. run.Drafts.Where(d => !d.Errors.IsEmpty)];
        if (failed.Length == 0) return;
        output.WriteLine(failed.Length == 1 ? "1 draft failed:" : $"{failed.Length.ToString(CultureInfo.InvariantCulture)} drafts failed:");
        foreach (DraftResult draft in failed)
        {
            DraftError first = draft.Errors[0];
            string reason = first.Message.Split('\n', 2)[0].TrimEnd('\r');
            string more = draft.Errors.Length == 1 ? "" : $" (and {(draft.Errors.Length - 1).ToString(CultureInfo.InvariantCulture)} more)";
            output.WriteLine($"  {Paint(draft.Draft, Bold)}: {Paint("error " + first.Code, Red)}: {reason}{more}");
        }
    }

    // A fault of DraftCheck on this draft: it was not checked, whatever its (empty) findings say.
    private static bool IsInternalFailure(DraftResult draft) => draft.Errors.Any(e => e.ExitCode == ExitCodes.Internal);

    private void WriteFinding(Finding finding, TextWriter output)
    {
        output.WriteLine($"    {Paint(finding.Severity.ToText(), SeverityColor(finding.Severity))} {Paint(finding.RuleId, Bold)}: {finding.Message}");
        if (!finding.Location.IsNone) output.WriteLine($"      at \"{finding.Location.Quote}\" [{finding.Location.Span.Start.ToString(CultureInfo.InvariantCulture)}..{finding.Location.Span.End.ToString(CultureInfo.InvariantCulture)})");
        if (finding.Fix is { } fix)
        {
            string edits = string.Join("; ", fix.Edits.Select(e => $"\"{e.OldText}\" -> \"{e.NewText}\""));
            output.WriteLine($"      {Paint("fix:", Green)} {fix.Title}: {edits}");
        }
        output.WriteLine($"      {Paint("source:", Dim)} {finding.Rule.Source}");
    }

    // The summary's words stay CheckSummary's; only the counts that matter are painted.
    private string Summary(CheckSummary summary)
    {
        string line = summary.ToString();
        if (!UseColor) return line;
        string color = summary.Errors > 0 || summary.FailedDrafts > 0 ? Red : summary.Warnings > 0 ? Yellow : Green;
        return Paint(line, color);
    }

    private static string SeverityColor(Severity severity) => severity switch
    {
        Severity.Error => Red,
        Severity.Warning => Yellow,
        Severity.Info => Cyan,
        _ => Dim,
    };

    private string Paint(string text, string color) => UseColor ? color + text + Reset : text;
}
