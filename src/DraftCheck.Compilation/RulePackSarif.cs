using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DraftCheck.Compilation;

/// <summary>
/// Writes rule pack diagnostics (compiler errors, sandbox refusals, metadata errors) as a SARIF 2.1.0 log, for code
/// scanning in CI: one run, one result per diagnostic, rules for the codes that occur. No timestamps: the same
/// diagnostics give the same bytes.
/// </summary>
public static class RulePackSarif
{
    /// <summary>Writes <paramref name="diagnostics"/> as a SARIF log to <paramref name="output"/>.</summary>
    public static void Write(IEnumerable<RulePackError> diagnostics, TextWriter output)
    {
        RulePackError[] all = [.. diagnostics];
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "draftcheck");
            json.WriteString("semanticVersion", Version());
            json.WriteStartArray("rules");
            string[] codes = [.. all.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal)];
            foreach (string code in codes)
            {
                json.WriteStartObject();
                json.WriteString("id", code);
                if (RulePackErrorCodes.Descriptions.TryGetValue(code, out string? description))
                {
                    json.WriteStartObject("shortDescription");
                    json.WriteString("text", description);
                    json.WriteEndObject();
                }
                else if (code.StartsWith("CS", StringComparison.Ordinal))
                {
                    json.WriteString("helpUri", $"https://learn.microsoft.com/dotnet/csharp/misc/{code.ToLowerInvariant()}");
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("results");
            foreach (RulePackError diagnostic in all)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", diagnostic.Code);
                json.WriteNumber("ruleIndex", Array.IndexOf(codes, diagnostic.Code));
                json.WriteString("level", diagnostic.IsError ? "error" : "warning");
                json.WriteStartObject("message");
                json.WriteString("text", diagnostic.Message);
                json.WriteEndObject();
                if (diagnostic.Path.Length > 0)
                {
                    json.WriteStartArray("locations");
                    json.WriteStartObject();
                    json.WriteStartObject("physicalLocation");
                    json.WriteStartObject("artifactLocation");
                    json.WriteString("uri", UriOf(diagnostic.Path));
                    json.WriteEndObject();
                    if (diagnostic.Line > 0)
                    {
                        json.WriteStartObject("region");
                        json.WriteNumber("startLine", diagnostic.Line);
                        json.WriteNumber("startColumn", diagnostic.Column);
                        json.WriteEndObject();
                    }
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndArray();
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }

    /// <summary>A path as a SARIF artifact URI: a relative reference for a relative path, a <c>file:</c> URI for an absolute one.</summary>
    internal static string UriOf(string path)
    {
        if (Path.IsPathRooted(path)) return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        return string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
    }

    private static string Version()
    {
        string version = typeof(RulePackSarif).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        int build = version.IndexOf('+', StringComparison.Ordinal);
        return build < 0 ? version : version[..build];
    }
}
