using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DraftCheck.Findings;
using DraftCheck.Model;

namespace DraftCheck.Reports;

/// <summary>
/// SARIF 2.1.0 for CI and code-scanning tools: one run; the driver's rules; one result per finding with its physical
/// location (the draft, and the span of the words in its text layer with the words as snippet), its logical locations
/// (the provision and the provisions above it), a fingerprint that survives renumbering, and the suggested amendment
/// as a fix; read failures as tool execution notifications. The mapping is documented in docs/sarif.md.
/// </summary>
public sealed class SarifReporter : IReporter
{
    /// <summary>The key of DraftCheck's fingerprint in <c>partialFingerprints</c>.</summary>
    public const string FingerprintKey = "draftCheck/" + Fingerprints.Version;

    private const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc/>
    public void Render(CheckRun run, TextWriter output)
    {
        ImmutableArray<RuleDescriptor> rules = RulesOf(run);
        var ruleIndexes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rules.Length; i++) ruleIndexes.TryAdd(rules[i].Id, i);
        var logical = new LogicalLocations(run);

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, s_options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            WriteTool(json, rules);
            WriteInvocation(json, run);
            json.WriteStartArray("artifacts");
            foreach (DraftResult draft in run.Drafts)
            {
                json.WriteStartObject();
                json.WriteStartObject("location");
                json.WriteString("uri", ArtifactUri(draft.Draft));
                json.WriteEndObject();
                json.WriteString("mimeType", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                json.WriteEndObject();
            }
            json.WriteEndArray();
            logical.Write(json);

            json.WriteStartArray("results");
            for (int d = 0; d < run.Drafts.Length; d++)
            {
                foreach (Finding finding in run.Drafts[d].Findings) WriteResult(json, finding, d, ruleIndexes[finding.RuleId], logical, run.Drafts[d]);
            }
            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.WriteLine();
    }

    // The run's rules by id, then any rule a finding names that the run does not list (each result needs a rule index).
    private static ImmutableArray<RuleDescriptor> RulesOf(CheckRun run)
    {
        var seen = new HashSet<string>(run.Rules.Select(r => r.Id), StringComparer.Ordinal);
        IEnumerable<RuleDescriptor> extra = run.Drafts.SelectMany(d => d.Findings).Select(f => f.Rule)
            .Where(r => seen.Add(r.Id)).OrderBy(r => r.Id, StringComparer.Ordinal);
        return [.. run.Rules, .. extra];
    }

    private static void WriteTool(Utf8JsonWriter json, ImmutableArray<RuleDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "DraftCheck");
        Version? version = typeof(SarifReporter).Assembly.GetName().Version;
        if (version is not null) json.WriteString("semanticVersion", $"{version.Major}.{version.Minor}.{version.Build}");
        json.WriteStartArray("rules");
        foreach (RuleDescriptor rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            WriteMessage(json, "shortDescription", rule.Title);
            WriteMessage(json, "fullDescription", rule.Description.Length > 0 ? rule.Description : rule.Title);
            if (rule.HelpUri.Length > 0) json.WriteString("helpUri", rule.HelpUri);
            WriteMessage(json, "help", rule.Description.Length > 0 ? $"{rule.Description} Source: {rule.Source}" : $"Source: {rule.Source}");
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            if (!rule.IsEnabledByDefault) json.WriteBoolean("enabled", false);
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteString("source", rule.Source);
            json.WriteStartArray("tags");
            foreach (string tag in new[] { rule.Category }.Concat(rule.Tags).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)) json.WriteStringValue(tag);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    // Drafts that could not be read, rules that failed, and what the reader tolerated.
    private static void WriteInvocation(Utf8JsonWriter json, CheckRun run)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", run.Drafts.All(d => d.Errors.IsEmpty));
        json.WriteStartArray("toolExecutionNotifications");
        for (int d = 0; d < run.Drafts.Length; d++)
        {
            DraftResult draft = run.Drafts[d];
            foreach (DraftError error in draft.Errors)
            {
                WriteNotification(json, "error", error.Code, error.Message, draft.Draft, d);
            }
            foreach (ReadWarning warning in draft.Warnings)
            {
                WriteNotification(json, "warning", warning.Code, warning.Message, draft.Draft, d);
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteNotification(Utf8JsonWriter json, string level, string code, string message, string draft, int artifactIndex)
    {
        json.WriteStartObject();
        json.WriteString("level", level);
        WriteMessage(json, "message", message);
        json.WriteStartObject("descriptor");
        json.WriteString("id", code);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, draft, artifactIndex);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, int artifactIndex, int ruleIndex, LogicalLocations logical, DraftResult draft)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(finding.Severity));
        WriteMessage(json, "message", finding.Message);
        json.WriteStartArray("locations");
        WriteLocation(json, finding.Location, artifactIndex, draft.Draft, logical.IndexOf(artifactIndex, finding.Location.Provision), logical, id: null);
        json.WriteEndArray();
        if (!finding.AdditionalLocations.IsEmpty)
        {
            json.WriteStartArray("relatedLocations");
            for (int i = 0; i < finding.AdditionalLocations.Length; i++)
            {
                Location related = finding.AdditionalLocations[i];
                WriteLocation(json, related, artifactIndex, draft.Draft, logical.IndexOf(artifactIndex, related.Provision), logical, id: i + 1);
            }
            json.WriteEndArray();
        }
        if (finding.Fingerprint.Length > 0)
        {
            json.WriteStartObject("partialFingerprints");
            json.WriteString(FingerprintKey, finding.Fingerprint);
            json.WriteEndObject();
        }
        if (finding.Fix is { } fix)
        {
            json.WriteStartArray("fixes");
            json.WriteStartObject();
            WriteMessage(json, "description", fix.Title);
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            WriteArtifact(json, draft.Draft, artifactIndex);
            json.WriteStartArray("replacements");
            foreach (TextEdit edit in fix.Edits)
            {
                json.WriteStartObject();
                json.WriteStartObject("deletedRegion");
                json.WriteNumber("charOffset", edit.Span.Start);
                json.WriteNumber("charLength", edit.Span.Length);
                if (edit.OldText.Length > 0) WriteMessage(json, "snippet", edit.OldText);
                json.WriteEndObject();
                json.WriteStartObject("insertedContent");
                json.WriteString("text", edit.NewText);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteStartObject("properties");
        json.WriteString("provisionId", finding.Location.Provision.Id.Value);
        json.WriteString("provision", finding.Location.Provision.Label);
        json.WriteString("source", finding.Rule.Source);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, Location location, int artifactIndex, string draft, int logicalIndex,
        LogicalLocations logical, int? id)
    {
        json.WriteStartObject();
        if (id is { } relatedId) json.WriteNumber("id", relatedId);
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, draft, artifactIndex);
        if (!location.Span.IsNone)
        {
            json.WriteStartObject("region");
            json.WriteNumber("charOffset", location.Span.Start);
            json.WriteNumber("charLength", location.Span.Length);
            if (location.Quote.Length > 0) WriteMessage(json, "snippet", location.Quote);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        if (logicalIndex >= 0)
        {
            json.WriteStartArray("logicalLocations");
            logical.WriteReference(json, logicalIndex);
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter json, string draft, int index)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ArtifactUri(draft));
        json.WriteNumber("index", index);
        json.WriteEndObject();
    }

    // A message or multiformat string: { "text": ... }.
    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>SARIF's level for a severity: error, warning, note, or none for hidden findings.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    /// <summary>
    /// The draft's path as a URI reference: a relative path keeps its segments, escaped (<c>samples/draft%20a.docx</c>);
    /// an absolute path becomes a <c>file:</c> URI.
    /// </summary>
    public static string ArtifactUri(string path)
    {
        if (Path.IsPathFullyQualified(path)) return new Uri(path).AbsoluteUri;
        return string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
    }

    /// <summary>
    /// The run's logical locations: for every draft, the provisions findings point at and the provisions above them,
    /// each with its kind (article, paragraph, item...), its label as fully qualified name and its parent's index.
    /// </summary>
    private sealed class LogicalLocations
    {
        private readonly List<(ProvisionRef Provision, string Kind, int Parent)> _entries = [];
        private readonly Dictionary<(int Draft, ProvisionId Id), int> _indexes = [];

        public LogicalLocations(CheckRun run)
        {
            for (int d = 0; d < run.Drafts.Length; d++)
            {
                DraftResult draft = run.Drafts[d];
                Dictionary<ProvisionId, int> outline = [];
                for (int i = 0; i < draft.Outline.Length; i++) outline.TryAdd(draft.Outline[i].Provision.Id, i);
                IEnumerable<ProvisionRef> referenced = draft.Findings
                    .SelectMany(f => f.AdditionalLocations.Prepend(f.Location))
                    .Select(l => l.Provision);
                foreach (ProvisionRef provision in referenced) Add(d, provision, draft.Outline, outline);
            }
        }

        public int IndexOf(int draft, ProvisionRef provision) => _indexes.GetValueOrDefault((draft, provision.Id), -1);

        private int Add(int draft, ProvisionRef provision, ImmutableArray<DraftProvision> provisions, Dictionary<ProvisionId, int> outline)
        {
            if (provision.Id == ProvisionId.Document) return -1;
            if (_indexes.TryGetValue((draft, provision.Id), out int existing)) return existing;
            string kind = string.Empty;
            int parent = -1;
            if (outline.TryGetValue(provision.Id, out int at))
            {
                DraftProvision entry = provisions[at];
                kind = entry.Kind;
                // Parents first, so that a parent's index is known (and smaller) when the child is added.
                if (entry.ParentIndex >= 0) parent = Add(draft, provisions[entry.ParentIndex].Provision, provisions, outline);
            }
            _entries.Add((provision, kind, parent));
            _indexes[(draft, provision.Id)] = _entries.Count - 1;
            return _entries.Count - 1;
        }

        public void Write(Utf8JsonWriter json)
        {
            json.WriteStartArray("logicalLocations");
            foreach ((ProvisionRef provision, string kind, int parent) in _entries)
            {
                json.WriteStartObject();
                json.WriteString("name", provision.Label);
                json.WriteString("fullyQualifiedName", provision.Label);
                if (kind.Length > 0) json.WriteString("kind", kind);
                if (parent >= 0) json.WriteNumber("parentIndex", parent);
                json.WriteStartObject("properties");
                json.WriteString("provisionId", provision.Id.Value);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }

        public void WriteReference(Utf8JsonWriter json, int index)
        {
            (ProvisionRef provision, string kind, _) = _entries[index];
            json.WriteStartObject();
            json.WriteNumber("index", index);
            json.WriteString("fullyQualifiedName", provision.Label);
            if (kind.Length > 0) json.WriteString("kind", kind);
            json.WriteEndObject();
        }
    }
}
