using DocumentFormat.OpenXml.Wordprocessing;

namespace DraftCheck.Docx;

/// <summary>
/// The paragraph and numbering styles of a draft, with <c>w:basedOn</c> inheritance resolved for what the reader
/// needs: display name, outline level and numbering reference.
/// </summary>
internal sealed class StyleSheet
{
    // A chain longer than this is a loop or hostile; Word itself stops far earlier.
    private const int MaxChain = 32;

    private readonly Dictionary<string, StyleEntry> _styles = new(StringComparer.Ordinal);

    private StyleSheet()
    {
    }

    /// <summary>The default paragraph style's id (<c>w:default="1"</c>), or empty.</summary>
    public string DefaultParagraphStyle { get; private set; } = string.Empty;

    public static StyleSheet Empty { get; } = new();

    public static StyleSheet Read(Styles? styles)
    {
        var sheet = new StyleSheet();
        if (styles is null) return sheet;
        foreach (Style style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is not { } id || sheet._styles.ContainsKey(id)) continue;
            StyleParagraphProperties? properties = style.StyleParagraphProperties;
            NumberingProperties? numbering = properties?.NumberingProperties;
            var entry = new StyleEntry(
                style.StyleName?.Val?.Value ?? id,
                style.BasedOn?.Val?.Value,
                OutlineLevels.Normalize(properties?.OutlineLevel?.Val?.Value),
                new NumberingReference(numbering?.NumberingId?.Val?.Value, numbering?.NumberingLevelReference?.Val?.Value));
            sheet._styles.Add(id, entry);
            bool isParagraphStyle = style.Type?.Value is null || style.Type.Value == StyleValues.Paragraph;
            if (isParagraphStyle && style.Default?.Value == true && sheet.DefaultParagraphStyle.Length == 0) sheet.DefaultParagraphStyle = id;
        }
        return sheet;
    }

    /// <summary>The display name of a style ("heading 1"), or empty when the style is not defined.</summary>
    public string NameOf(string styleId) => _styles.TryGetValue(styleId, out StyleEntry? entry) ? entry.Name : string.Empty;

    /// <summary>The outline level a style gives, looking through <c>w:basedOn</c>.</summary>
    public int? OutlineLevelOf(string styleId)
    {
        foreach (StyleEntry entry in Chain(styleId))
        {
            if (entry.OutlineLevel is { } level) return level;
        }
        return null;
    }

    /// <summary>
    /// The numbering a style gives, looking through <c>w:basedOn</c>: the nearest numbering id and the nearest level,
    /// which may come from different styles of the chain.
    /// </summary>
    public NumberingReference NumberingOf(string styleId)
    {
        int? id = null, level = null;
        foreach (StyleEntry entry in Chain(styleId))
        {
            id ??= entry.Numbering.NumberingId;
            level ??= entry.Numbering.Level;
            if (id is not null && level is not null) break;
        }
        return new NumberingReference(id, level);
    }

    private IEnumerable<StyleEntry> Chain(string styleId)
    {
        string? current = styleId;
        for (int step = 0; step < MaxChain && current is not null && _styles.TryGetValue(current, out StyleEntry? entry); step++)
        {
            yield return entry;
            current = entry.BasedOn;
        }
    }

    private sealed record StyleEntry(string Name, string? BasedOn, int? OutlineLevel, NumberingReference Numbering);
}

/// <summary>Word's outline levels: 0-8 are heading levels; 9 (and anything above) means body text.</summary>
internal static class OutlineLevels
{
    public static int? Normalize(int? level) => level is >= 0 and < 9 ? level : null;
}
