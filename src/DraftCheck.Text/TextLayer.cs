using System.Collections.Immutable;
using DraftCheck.Model;

namespace DraftCheck.Text;

/// <summary>
/// A draft's text as one string, paragraphs separated by <c>'\n'</c>, with a source map from every character to
/// its Word paragraph, run and offset. Immutable; build one with <see cref="TextLayerBuilder"/>.
/// </summary>
public sealed class TextLayer
{
    internal TextLayer(string text, ImmutableArray<TextParagraph> paragraphs, SourceMap sourceMap, RevisionView view, int revisionCount,
        ImmutableArray<TextComment> comments, ImmutableArray<TextNote> notes)
    {
        Comments = comments;
        Notes = notes;
        Text = text;
        Paragraphs = paragraphs;
        SourceMap = sourceMap;
        View = view;
        RevisionCount = revisionCount;
    }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>The paragraphs in order: the body first, then the other stories.</summary>
    public ImmutableArray<TextParagraph> Paragraphs { get; }

    /// <summary>The map from characters to Word anchors.</summary>
    public SourceMap SourceMap { get; }

    /// <summary>Which text the layer shows when the draft has tracked changes.</summary>
    public RevisionView View { get; }

    /// <summary>
    /// How many tracked changes the draft holds, whatever the view, counted the way the reader documents it: one per
    /// insertion or deletion mark (of runs, paragraph marks, table rows and cells), one per move (the destination only:
    /// a move's source and destination are one change), and one per property change (run, paragraph, section, table,
    /// row, cell, grid, numbering).
    /// </summary>
    public int RevisionCount { get; }

    /// <summary>The reviewers' comments, in the order of their anchors in the text (comments no text refers to come last).</summary>
    public ImmutableArray<TextComment> Comments { get; }

    /// <summary>The footnotes and endnotes, footnotes first, each in the order of the notes part.</summary>
    public ImmutableArray<TextNote> Notes { get; }

    /// <summary>The words at <paramref name="span"/>.</summary>
    public string this[Span span] => span.IsNone ? string.Empty : Text.Substring(span.Start, span.Length);

    /// <summary>The text of <paramref name="paragraph"/>.</summary>
    public string TextOf(TextParagraph paragraph) => this[paragraph.Span];

    /// <summary>The paragraphs of one story, in order.</summary>
    public IEnumerable<TextParagraph> ParagraphsOf(TextStory story) => Paragraphs.Where(p => p.Story == story);

    /// <summary>The paragraph holding <paramref name="position"/> (a separator belongs to the paragraph before it), or null.</summary>
    public TextParagraph? ParagraphAt(int position)
    {
        int low = 0, high = Paragraphs.Length - 1;
        while (low <= high)
        {
            int mid = (low + high) >>> 1;
            TextParagraph paragraph = Paragraphs[mid];
            if (position < paragraph.Span.Start) high = mid - 1;
            else if (position > paragraph.Span.End) low = mid + 1;
            else return paragraph;
        }
        return null;
    }

    /// <summary>A layer made of plain lines, one paragraph per line, with no Word anchors: for tests and plain-text drafts.</summary>
    public static TextLayer FromLines(IEnumerable<string> lines)
    {
        var builder = new TextLayerBuilder();
        foreach (string line in lines)
        {
            builder.BeginParagraph(new ParagraphProperties());
            builder.Append(line, WordAnchor.None);
            builder.EndParagraph();
        }
        return builder.Build();
    }

    /// <summary>A layer made of <paramref name="text"/> split at line breaks.</summary>
    public static TextLayer FromText(string text) =>
        FromLines(text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'));
}
