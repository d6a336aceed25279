using System.Collections.Immutable;
using System.Text.Json;
using DraftCheck.Rules;

namespace DraftCheck.Compilation;

/// <summary>
/// A rule pack's manifest, <c>pack.json</c> next to its sources (optional):
/// <code>
/// { "name": "iipa-2020", "prefix": "IIPA", "version": "0.1.0", "description": "...", "source": "...", "retiredIds": ["IIPA013"] }
/// </code>
/// </summary>
public sealed record PackManifest
{
    /// <summary>The manifest's file name.</summary>
    public const string FileName = "pack.json";

    /// <summary>The pack's name (<c>iipa-2020</c>); the folder name when the manifest is absent or says none.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The letters every rule id of the pack starts with (<c>IIPA</c>), or empty when the pack does not fix one.</summary>
    public string Prefix { get; init; } = string.Empty;

    /// <summary>The pack's version (<c>0.1.0</c>), or empty.</summary>
    public string Version { get; init; } = string.Empty;

    /// <summary>What the pack checks, in one sentence, or empty.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>The authority the pack encodes, or empty.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>Ids of rules removed from the pack: never to be used again.</summary>
    public ImmutableArray<string> RetiredIds { get; init; } = [];

    /// <summary>The manifest of a pack without <c>pack.json</c>.</summary>
    public static PackManifest For(string name) => new() { Name = name };

    /// <summary>
    /// Reads <c>pack.json</c> text. Unknown properties are warnings (a newer DraftCheck may know them); a wrong type,
    /// malformed JSON or a malformed id is an error.
    /// </summary>
    /// <param name="json">The file's text.</param>
    /// <param name="path">The path shown in diagnostics.</param>
    /// <param name="folderName">The name used when the manifest gives none.</param>
    /// <param name="diagnostics">Receives the problems found.</param>
    public static PackManifest Parse(string json, string path, string folderName, ICollection<RulePackError> diagnostics)
    {
        var manifest = For(folderName);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            diagnostics.Add(new RulePackError(path, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1, true,
                RulePackErrorCodes.ManifestInvalid, $"pack.json is not valid JSON: {FirstSentence(ex.Message)}"));
            return manifest;
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(Error(path, "pack.json must hold one JSON object"));
                return manifest;
            }
            foreach (JsonProperty property in document.RootElement.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "name": manifest = manifest with { Name = Text(property, path, diagnostics) ?? manifest.Name }; break;
                    case "prefix": manifest = manifest with { Prefix = Text(property, path, diagnostics) ?? string.Empty }; break;
                    case "version": manifest = manifest with { Version = Text(property, path, diagnostics) ?? string.Empty }; break;
                    case "description": manifest = manifest with { Description = Text(property, path, diagnostics) ?? string.Empty }; break;
                    case "source": manifest = manifest with { Source = Text(property, path, diagnostics) ?? string.Empty }; break;
                    case "retiredIds": manifest = manifest with { RetiredIds = Ids(property, path, diagnostics) }; break;
                    default:
                        diagnostics.Add(new RulePackError(path, 0, 0, false, RulePackErrorCodes.ManifestUnknownProperty,
                            $"pack.json property '{property.Name}' is not known to this DraftCheck and is ignored"));
                        break;
                }
            }
        }
        if (manifest.Name.Length == 0) manifest = manifest with { Name = folderName };
        if (manifest.Prefix.Length > 0 && !manifest.Prefix.All(c => c is >= 'A' and <= 'Z'))
        {
            diagnostics.Add(Error(path, $"pack.json prefix '{manifest.Prefix}' must be capital letters, such as IIPA"));
        }
        return manifest;
    }

    private static string? Text(JsonProperty property, string path, ICollection<RulePackError> diagnostics)
    {
        if (property.Value.ValueKind == JsonValueKind.String) return property.Value.GetString();
        diagnostics.Add(Error(path, $"pack.json property '{property.Name}' must be a string"));
        return null;
    }

    private static ImmutableArray<string> Ids(JsonProperty property, string path, ICollection<RulePackError> diagnostics)
    {
        if (property.Value.ValueKind != JsonValueKind.Array)
        {
            diagnostics.Add(Error(path, "pack.json property 'retiredIds' must be an array of rule ids"));
            return [];
        }
        var ids = ImmutableArray.CreateBuilder<string>();
        foreach (JsonElement element in property.Value.EnumerateArray())
        {
            string? id = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
            if (!RuleIds.IsValid(id))
            {
                diagnostics.Add(Error(path, $"pack.json retiredIds holds {element.GetRawText()}, which is not a rule id (capital letters then digits)"));
                continue;
            }
            ids.Add(id!);
        }
        return ids.ToImmutable();
    }

    private static RulePackError Error(string path, string message) =>
        new(path, 0, 0, true, RulePackErrorCodes.ManifestInvalid, message);

    /// <summary>The parser's message without the position it appends (the diagnostic carries it as line and column).</summary>
    private static string FirstSentence(string message)
    {
        foreach (string tail in new[] { " LineNumber:", " Path:" })
        {
            int end = message.IndexOf(tail, StringComparison.Ordinal);
            if (end > 0) message = message[..end];
        }
        return message.TrimEnd();
    }
}
