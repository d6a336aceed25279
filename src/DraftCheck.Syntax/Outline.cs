using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DraftCheck.Model;

namespace DraftCheck.Syntax;

/// <summary>
/// The provision tree written out for people (an indented list of labels and ids) or programs (JSON): what the tool
/// understood of a draft. The same tree always gives the same bytes.
/// </summary>
public static class Outline
{
    /// <summary>The version of the JSON outline; changes when a field changes meaning or disappears.</summary>
    public const string FormatVersion = "1";

    private const int ExcerptLength = 60;

    private static readonly JsonWriterOptions s_json = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One line of counts: "61 articles in 6 chapters, 250 provisions (PRC convention, Chinese)".</summary>
    public static string Summary(ProvisionTree tree)
    {
        var divisions = new List<string>();
        foreach (ProvisionKind kind in new[] { ProvisionKind.Part, ProvisionKind.Chapter, ProvisionKind.Section })
        {
            int count = tree.Provisions.Count(p => p.Kind == kind);
            if (count > 0) divisions.Add(Count(count, kind.ToString().ToLowerInvariant()));
        }
        string within = divisions.Count > 0 ? " in " + string.Join(", ", divisions) : string.Empty;
        return $"{Count(tree.Articles.Length, tree.Convention is DraftingConvention.Us or DraftingConvention.Uk ? "section" : "article")}{within}, "
            + $"{Count(tree.Provisions.Length - 1, "provision")} ({tree.Convention.ToString().ToUpperInvariant()} convention, {tree.Language})";
    }

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    /// <summary>
    /// Writes one line per provision, indented by depth: label, id in brackets, heading after a dash, and the first words of
    /// its own text in quotes.
    /// </summary>
    public static void WriteText(ProvisionTree tree, TextWriter output)
    {
        foreach (Provision provision in tree.Root.Children) WriteText(tree, provision, 0, output);
    }

    private static void WriteText(ProvisionTree tree, Provision provision, int depth, TextWriter output)
    {
        var line = new StringBuilder();
        line.Append(' ', depth * 2).Append(provision.Label).Append("  [").Append(provision.Id.Value).Append(']');
        if (provision.Heading.Length > 0 && provision.Kind != ProvisionKind.Crossheading) line.Append(" — ").Append(provision.Heading);
        string excerpt = Excerpt(tree, provision.TextSpan);
        if (excerpt.Length > 0) line.Append("  “").Append(excerpt).Append('”');
        output.Write(line.Append('\n').ToString());
        foreach (Provision child in provision.Children) WriteText(tree, child, depth + 1, output);
    }

    private static string Excerpt(ProvisionTree tree, Span span)
    {
        if (span.IsNone || span.IsEmpty) return string.Empty;
        string text = tree.Text[span];
        return text.Length <= ExcerptLength ? text : text[..ExcerptLength].TrimEnd() + "…";
    }

    /// <summary>Writes the tree as one JSON document: the draft's name, convention, language, counts and nested provisions.</summary>
    public static void WriteJson(ProvisionTree tree, string draft, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, s_json))
        {
            json.WriteStartObject();
            json.WriteString("version", FormatVersion);
            json.WriteString("path", draft);
            json.WriteString("convention", tree.Convention.ToString().ToLowerInvariant());
            json.WriteString("language", tree.Language.ToString().ToLowerInvariant());
            json.WriteNumber("articles", tree.Articles.Length);
            json.WriteNumber("provisions", tree.Provisions.Length - 1);
            json.WriteStartArray("children");
            foreach (Provision provision in tree.Root.Children) WriteJson(tree, provision, json);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    private static void WriteJson(ProvisionTree tree, Provision provision, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("id", provision.Id.Value);
        json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(provision.Kind.ToString()));
        json.WriteString("label", provision.Label);
        json.WriteString("number", provision.Number);
        json.WriteString("heading", provision.Heading);
        WriteSpan(json, "span", provision.Span);
        WriteSpan(json, "text", provision.TextSpan);
        json.WriteString("excerpt", Excerpt(tree, provision.TextSpan));
        json.WriteStartArray("children");
        foreach (Provision child in provision.Children) WriteJson(tree, child, json);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter json, string name, Span span)
    {
        json.WriteStartObject(name);
        json.WriteNumber("start", span.Start);
        json.WriteNumber("length", span.Length);
        json.WriteEndObject();
    }
}
