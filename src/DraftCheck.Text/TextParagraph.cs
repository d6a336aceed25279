using DraftCheck.Model;

namespace DraftCheck.Text;

/// <summary>
/// One paragraph of a text layer: its span (without the separator), its story, style, outline level, and the
/// numbering label Word renders in front of it (included at the start of the paragraph's text).
/// </summary>
public sealed record TextParagraph
{
    /// <summary>The paragraph's position in the layer, from 0.</summary>
    public required int Index { get; init; }

    /// <summary>The paragraph's characters in the layer, label included, separator excluded.</summary>
    public required Span Span { get; init; }

    /// <summary>The flow the paragraph belongs to.</summary>
    public TextStory Story { get; init; } = TextStory.Body;

    /// <summary>The paragraph style id (<c>Heading1</c>), or empty.</summary>
    public string StyleId { get; init; } = string.Empty;

    /// <summary>The paragraph style's display name (<c>heading 1</c>), or empty.</summary>
    public string StyleName { get; init; } = string.Empty;

    /// <summary>The outline level (0 for a top heading) from the paragraph or its style; null for body text.</summary>
    public int? OutlineLevel { get; init; }

    /// <summary>The automatic numbering label Word renders ("第一条", "(a)"), or empty when the label, if any, is typed.</summary>
    public string NumberingLabel { get; init; } = string.Empty;

    /// <summary>The numbering level (0-8) of an automatically numbered paragraph; null otherwise.</summary>
    public int? NumberingLevel { get; init; }

    /// <summary>The span of the rendered label and its suffix at the start of <see cref="Span"/>; empty when there is none.</summary>
    public Span LabelSpan { get; init; }

    /// <summary>Whether the paragraph sits in a table cell.</summary>
    public bool IsInTable { get; init; }
}
