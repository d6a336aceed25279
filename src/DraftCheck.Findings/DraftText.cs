using System.Collections.Immutable;
using DraftCheck.Model;

namespace DraftCheck.Findings;

/// <summary>
/// The words of a checked draft, for reports that show findings in context (HTML). Plain values: reporters need no
/// text layer or Word file.
/// </summary>
/// <param name="Content">The draft's text layer as one string (paragraphs separated by <c>'\n'</c>); finding spans index it.</param>
/// <param name="Paragraphs">The paragraphs in order, each with its span in <paramref name="Content"/>.</param>
public sealed record DraftText(string Content, ImmutableArray<DraftParagraph> Paragraphs)
{
    /// <summary>The words at <paramref name="span"/>.</summary>
    public string this[Span span] => span.IsNone ? string.Empty : Content.Substring(span.Start, span.Length);
}

/// <summary>One paragraph of a draft's text.</summary>
/// <param name="Span">Its characters, separator excluded.</param>
/// <param name="Story">The flow it belongs to, in lower case: <c>body</c>, <c>footnote</c>, <c>endnote</c>, <c>comment</c>, <c>header</c>, <c>footer</c>, <c>textbox</c>.</param>
public sealed record DraftParagraph(Span Span, string Story);

/// <summary>One provision of a draft's outline (<see cref="DraftResult.Outline"/>), for reports that name the provisions around a finding (SARIF logical locations).</summary>
/// <param name="Provision">Its id and label.</param>
/// <param name="Kind">Its level in lower case: <c>document</c>, <c>preamble</c>, <c>part</c>, <c>chapter</c>, <c>section</c>, <c>article</c>, <c>paragraph</c>, <c>item</c>, <c>subitem</c>.</param>
/// <param name="Span">Everything it covers, sub-provisions included.</param>
/// <param name="ParentIndex">The index of its parent in <see cref="DraftResult.Outline"/>; -1 for the draft itself.</param>
public sealed record DraftProvision(ProvisionRef Provision, string Kind, Span Span, int ParentIndex);
