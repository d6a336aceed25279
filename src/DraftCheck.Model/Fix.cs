using System.Collections.Immutable;

namespace DraftCheck.Model;

/// <summary>One replacement of the words at <see cref="Span"/> by <see cref="NewText"/>.</summary>
public sealed record TextEdit(Span Span, string NewText)
{
    /// <summary>The words replaced, once the checker resolved them; empty before.</summary>
    public string OldText { get; init; } = string.Empty;

    /// <summary>The Word anchors of the replaced words, once resolved.</summary>
    public WordRange Word { get; init; } = WordRange.None;
}

/// <summary>
/// Suggested wording: edits a lawyer accepts or rejects as one tracked change. A fix is written into a new file,
/// never applied to the input.
/// </summary>
public sealed record Fix(string Title, ImmutableArray<TextEdit> Edits)
{
    /// <summary>A fix replacing the words at <paramref name="span"/> by <paramref name="newText"/>.</summary>
    public static Fix Replace(string title, Span span, string newText) => new(title, [new TextEdit(span, newText)]);
}
