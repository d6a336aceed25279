using DraftCheck.Model;

namespace DraftCheck.Text;

/// <summary>A reviewer's comment in the draft: who wrote it, the words it is anchored to, and its own text.</summary>
/// <param name="Id">The comment's id in the Word file.</param>
/// <param name="Author">The author as Word records it.</param>
/// <param name="Anchor">The span of the commented words in the layer; empty at the comment's reference point when the range is empty or unknown;
/// <see cref="Span.None"/> when nothing in the visible text refers to the comment.</param>
/// <param name="Text">The span of the comment's own text (its paragraphs in the <see cref="TextStory.Comment"/> story).</param>
public sealed record TextComment(string Id, string Author, Span Anchor, Span Text)
{
    /// <summary>The id of the comment this one replies to in a thread, or null for a comment that starts a thread.</summary>
    public string? ReplyTo { get; init; }
}
