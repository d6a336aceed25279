using System.Collections.Immutable;
using DraftCheck.Model;

namespace DraftCheck.Text;

/// <summary>
/// A run of consecutive characters of the layer that come from consecutive characters of one Word run (or that Word
/// generated, such as a numbering label): the anchor of the first character; the others follow by offset.
/// </summary>
public readonly record struct SourceSegment(int Start, int Length, WordAnchor Anchor)
{
    /// <summary>The position just after the segment.</summary>
    public int End => Start + Length;
}

/// <summary>Maps every character of a text layer back to its Word anchor.</summary>
public sealed class SourceMap
{
    private readonly ImmutableArray<SourceSegment> _segments;

    internal SourceMap(ImmutableArray<SourceSegment> segments) => _segments = segments;

    /// <summary>The segments in text order, without gaps or overlaps over the characters they cover.</summary>
    public ImmutableArray<SourceSegment> Segments => _segments;

    /// <summary>The Word anchor of the character at <paramref name="position"/>, or <see cref="WordAnchor.None"/>.</summary>
    public WordAnchor AnchorAt(int position)
    {
        int index = FindSegment(position);
        if (index < 0) return WordAnchor.None;
        SourceSegment segment = _segments[index];
        WordAnchor anchor = segment.Anchor;
        return anchor.IsNone || anchor.IsGenerated ? anchor : anchor with { Offset = anchor.Offset + position - segment.Start };
    }

    /// <summary>
    /// The anchors of a span: the first character's anchor, and the anchor just after the last character
    /// (the last character's run, offset + 1), which is where a Word comment range ends.
    /// </summary>
    public WordRange RangeOf(Span span)
    {
        if (span.IsNone) return WordRange.None;
        WordAnchor start = AnchorAt(span.Start);
        if (span.IsEmpty) return new WordRange(start, start);
        WordAnchor last = AnchorAt(span.End - 1);
        WordAnchor end = last.IsNone || last.IsGenerated ? last : last with { Offset = last.Offset + 1 };
        return new WordRange(start, end);
    }

    private int FindSegment(int position)
    {
        int low = 0, high = _segments.Length - 1;
        while (low <= high)
        {
            int mid = (low + high) >>> 1;
            SourceSegment segment = _segments[mid];
            if (position < segment.Start) high = mid - 1;
            else if (position >= segment.End) low = mid + 1;
            else return mid;
        }
        return -1;
    }
}
