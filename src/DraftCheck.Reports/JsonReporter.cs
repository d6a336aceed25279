using System.Text.Encodings.Web;
using System.Text.Json;
using DraftCheck.Findings;
using DraftCheck.Model;

namespace DraftCheck.Reports;

/// <summary>
/// The machine report: one JSON document, fields in a fixed order, drafts in the order given and findings in report
/// order, no timestamps. The format is documented in docs/json-report.md, and docs/json-report.schema.json is its JSON Schema.
/// </summary>
public sealed class JsonReporter : IReporter
{
    /// <summary>The version of the JSON format; changes when a field changes meaning or disappears.</summary>
    public const string FormatVersion = "1";

    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        // Keep Chinese statute text readable in the output.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The checklist items (<c>check --checklist</c>): when given, each draft also gets its table of concordance, one
    /// assessment per item (docs/json-report.md, "checklist"). Null: no table.
    /// </summary>
    public IReadOnlyList<RuleDescriptor>? ChecklistItems { get; init; }

    /// <inheritdoc/>
    public void Render(CheckRun run, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, s_options))
        {
            json.WriteStartObject();
            json.WriteString("version", FormatVersion);
            json.WriteStartArray("drafts");
            foreach (DraftResult draft in run.Drafts) WriteDraft(json, draft);
            json.WriteEndArray();
            CheckSummary summary = run.Summary;
            json.WriteStartObject("summary");
            json.WriteNumber("drafts", summary.Drafts);
            json.WriteNumber("errors", summary.Errors);
            json.WriteNumber("warnings", summary.Warnings);
            json.WriteNumber("infos", summary.Infos);
            json.WriteNumber("failedDrafts", summary.FailedDrafts);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.WriteLine();
    }

    private void WriteDraft(Utf8JsonWriter json, DraftResult draft)
    {
        json.WriteStartObject();
        json.WriteString("path", draft.Draft);
        json.WriteNumber("revisions", draft.RevisionCount);
        json.WriteStartArray("findings");
        foreach (Finding finding in draft.Findings) WriteFinding(json, finding);
        json.WriteEndArray();
        if (ChecklistItems is not null) WriteChecklist(json, Concordance.Of(draft, ChecklistItems));
        json.WriteStartArray("warnings");
        foreach (ReadWarning warning in draft.Warnings)
        {
            json.WriteStartObject();
            json.WriteString("code", warning.Code);
            json.WriteString("message", warning.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("errors");
        foreach (DraftError error in draft.Errors)
        {
            json.WriteStartObject();
            json.WriteString("code", error.Code);
            json.WriteString("kind", error.Kind.ToString());
            json.WriteString("message", error.Message);
            json.WriteNumber("exitCode", error.ExitCode);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteChecklist(Utf8JsonWriter json, Concordance concordance)
    {
        json.WriteStartObject("checklist");
        json.WriteString("scope", concordance.Scope);
        json.WriteStartObject("counts");
        foreach (AssessmentOutcome outcome in Enum.GetValues<AssessmentOutcome>()) json.WriteNumber(ConcordanceReporter.Name(outcome), concordance.Count(outcome));
        json.WriteEndObject();
        json.WriteStartArray("items");
        foreach (Assessment assessment in concordance.Items)
        {
            json.WriteStartObject();
            json.WriteString("id", assessment.ItemId);
            json.WriteString("title", assessment.Item.Title);
            json.WriteString("category", assessment.Item.Category);
            json.WriteString("source", assessment.Item.Source);
            json.WriteString("assessment", ConcordanceReporter.Name(assessment.Outcome));
            json.WriteString("provision", assessment.Provision);
            json.WriteString("words", assessment.Words);
            json.WriteString("reason", assessment.Reason);
            json.WriteString("scope", assessment.Scope);
            json.WriteStartArray("findings");
            foreach (Finding finding in assessment.Findings) WriteFinding(json, finding);
            json.WriteEndArray();
            json.WriteStartArray("conclusions");
            foreach (Conclusion conclusion in assessment.Conclusions)
            {
                json.WriteStartObject();
                json.WriteString("assessment", ConcordanceReporter.Name(conclusion.Outcome));
                json.WriteString("reason", conclusion.Reason);
                WriteLocation(json, "location", conclusion.Location);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("severity", finding.Severity.ToText());
        json.WriteString("category", finding.Rule.Category);
        json.WriteString("title", finding.Rule.Title);
        json.WriteString("message", finding.Message);
        WriteLocation(json, "location", finding.Location);
        json.WriteString("source", finding.Rule.Source);
        if (finding.Fingerprint.Length > 0) json.WriteString("fingerprint", finding.Fingerprint);
        if (finding.Fix is { } fix)
        {
            json.WriteStartObject("fix");
            json.WriteString("title", fix.Title);
            json.WriteStartArray("edits");
            foreach (TextEdit edit in fix.Edits)
            {
                json.WriteStartObject();
                json.WriteNumber("start", edit.Span.Start);
                json.WriteNumber("length", edit.Span.Length);
                json.WriteString("oldText", edit.OldText);
                json.WriteString("newText", edit.NewText);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, string name, Location location)
    {
        json.WriteStartObject(name);
        json.WriteString("provisionId", location.Provision.Id.Value);
        json.WriteString("provision", location.Provision.Label);
        if (!location.Span.IsNone)
        {
            json.WriteNumber("start", location.Span.Start);
            json.WriteNumber("length", location.Span.Length);
        }
        json.WriteString("quote", location.Quote);
        if (!location.Word.IsNone && !location.Word.Start.IsGenerated)
        {
            json.WriteStartObject("word");
            json.WriteString("part", location.Word.Start.Part);
            json.WriteNumber("paragraph", location.Word.Start.ParagraphIndex);
            json.WriteNumber("run", location.Word.Start.RunIndex);
            json.WriteNumber("offset", location.Word.Start.Offset);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }
}
