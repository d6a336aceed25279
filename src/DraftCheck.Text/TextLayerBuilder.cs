using System.Collections.Immutable;
using System.Text;
using DraftCheck.Model;

namespace DraftCheck.Text;

/// <summary>The properties of a paragraph as a reader found them, given to <see cref="TextLayerBuilder.BeginParagraph"/>.</summary>
public sealed record ParagraphProperties
{
    /// <summary>The flow the paragraph belongs to.</summary>
    public TextStory Story { get; init; } = TextStory.Body;

    /// <summary>The style id, or empty.</summary>
    public string StyleId { get; init; } = string.Empty;

    /// <summary>The style's display name, or empty.</summary>
    public string StyleName { get; init; } = string.Empty;

    /// <summary>The outline level, or null.</summary>
    public int? OutlineLevel { get; init; }

    /// <summary>The numbering level of an automatically numbered paragraph, or null.</summary>
    public int? NumberingLevel { get; init; }

    /// <summary>Whether the paragraph sits in a table cell.</summary>
    public bool IsInTable { get; init; }
}

/// <summary>
/// Builds a <see cref="TextLayer"/> paragraph by paragraph, recording where every character came from.
/// Readers call <see cref="BeginParagraph"/>, then <see cref="AppendLabel"/> and <see cref="Append"/>, then <see cref="EndParagraph"/>.
/// </summary>
public sealed class TextLayerBuilder
{
    private readonly StringBuilder _text = new();
    private readonly ImmutableArray<TextParagraph>.Builder _paragraphs = ImmutableArray.CreateBuilder<TextParagraph>();
    private readonly ImmutableArray<SourceSegment>.Builder _segments = ImmutableArray.CreateBuilder<SourceSegment>();
    private readonly ImmutableArray<TextComment>.Builder _comments = ImmutableArray.CreateBuilder<TextComment>();
    private readonly ImmutableArray<TextNote>.Builder _notes = ImmutableArray.CreateBuilder<TextNote>();
    private ParagraphProperties? _current;
    private int _paragraphStart;
    private Span _labelSpan;
    private string _label = string.Empty;

    /// <summary>Which text the layer shows.</summary>
    public RevisionView View { get; set; } = RevisionView.Accepted;

    /// <summary>How many tracked changes the draft holds.</summary>
    public int RevisionCount { get; set; }

    /// <summary>Whether a paragraph is open.</summary>
    public bool IsInParagraph => _current is not null;

    /// <summary>The length of the text so far.</summary>
    public int Length => _text.Length;

    /// <summary>Opens a paragraph.</summary>
    public void BeginParagraph(ParagraphProperties properties)
    {
        if (_current is not null) throw new InvalidOperationException("The previous paragraph is still open.");
        if (_paragraphs.Count > 0) AppendSegment("\n", GeneratedAnchorAfterLastSegment());
        _current = properties;
        _paragraphStart = _text.Length;
        _labelSpan = new Span(_text.Length, 0);
        _label = string.Empty;
    }

    /// <summary>Appends a numbering label Word renders (and its suffix) at the start of the open paragraph.</summary>
    public void AppendLabel(string label, string suffix, WordAnchor paragraphAnchor)
    {
        RequireParagraph();
        if (_text.Length != _paragraphStart) throw new InvalidOperationException("A label must come first in its paragraph.");
        WordAnchor generated = paragraphAnchor with { RunIndex = -1, Offset = -1 };
        AppendSegment(label + suffix, generated);
        _label = label;
        _labelSpan = new Span(_paragraphStart, label.Length + suffix.Length);
    }

    /// <summary>Appends text whose first character sits at <paramref name="anchor"/>; the next characters follow by offset.</summary>
    public void Append(string text, WordAnchor anchor)
    {
        RequireParagraph();
        AppendSegment(text, anchor);
    }

    /// <summary>Closes the open paragraph.</summary>
    public void EndParagraph()
    {
        ParagraphProperties properties = RequireParagraph();
        _paragraphs.Add(new TextParagraph
        {
            Index = _paragraphs.Count,
            Span = Span.FromBounds(_paragraphStart, _text.Length),
            Story = properties.Story,
            StyleId = properties.StyleId,
            StyleName = properties.StyleName,
            OutlineLevel = properties.OutlineLevel,
            NumberingLevel = properties.NumberingLevel,
            NumberingLabel = _label,
            LabelSpan = _labelSpan,
            IsInTable = properties.IsInTable,
        });
        _current = null;
    }

    /// <summary>Records a reviewer's comment.</summary>
    public void AddComment(TextComment comment) => _comments.Add(comment);

    /// <summary>Records a footnote or endnote.</summary>
    public void AddNote(TextNote note) => _notes.Add(note);

    /// <summary>The finished layer.</summary>
    public TextLayer Build()
    {
        if (_current is not null) EndParagraph();
        return new TextLayer(_text.ToString(), _paragraphs.ToImmutable(), new SourceMap(_segments.ToImmutable()), View, RevisionCount,
            _comments.ToImmutable(), _notes.ToImmutable());
    }

    private ParagraphProperties RequireParagraph() =>
        _current ?? throw new InvalidOperationException("No paragraph is open.");

    private void AppendSegment(string text, WordAnchor anchor)
    {
        if (text.Length == 0) return;
        int start = _text.Length;
        _text.Append(text);
        if (_segments.Count > 0)
        {
            SourceSegment last = _segments[^1];
            bool continues = last.End == start && last.Anchor.Part == anchor.Part
                && last.Anchor.ParagraphIndex == anchor.ParagraphIndex && last.Anchor.RunIndex == anchor.RunIndex
                && (anchor.IsNone || anchor.IsGenerated || last.Anchor.Offset + last.Length == anchor.Offset);
            if (continues)
            {
                _segments[^1] = last with { Length = last.Length + text.Length };
                return;
            }
        }
        _segments.Add(new SourceSegment(start, text.Length, anchor));
    }

    private WordAnchor GeneratedAnchorAfterLastSegment()
    {
        if (_segments.Count == 0) return WordAnchor.None;
        WordAnchor last = _segments[^1].Anchor;
        return last.IsNone ? last : last with { RunIndex = -1, Offset = -1 };
    }
}
