using DraftCheck.Model;

namespace DraftCheck.Text;

/// <summary>
/// A footnote or endnote: the mark Word prints for it, the point in the text that refers to it, and its own text.
/// The mark is not part of the referring text (so "fifty<sup>1</sup> years" still reads "fifty years"); it sits at
/// <see cref="Reference"/>.
/// </summary>
/// <param name="Id">The note's id in the Word file.</param>
/// <param name="Story"><see cref="TextStory.Footnote"/> or <see cref="TextStory.Endnote"/>.</param>
/// <param name="Mark">The reference mark as Word renders it ("1", "iv"); empty when the author typed a custom mark.</param>
/// <param name="Reference">The empty span where the reference mark stands in the referring story; <see cref="Span.None"/>
/// when no visible reference points at the note.</param>
/// <param name="Text">The span of the note's own paragraphs in its story; empty when the note has no paragraph.</param>
public sealed record TextNote(string Id, TextStory Story, string Mark, Span Reference, Span Text);
