using DraftCheck.Text;

namespace DraftCheck.Docx;

// The intermediate form between the Open XML tree and the text layer (step 1's output, step 2's input): paragraphs
// with their raw properties and their pieces of text and markers, every piece with its Word anchor and its tracked
// change. Nothing here depends on the view: step 2 decides what is visible, merges paragraphs and renders numbering.

/// <summary>
/// Which tracked changes enclose a piece of text or touch a paragraph mark. Changes nest (a deletion inside an
/// insertion, a move holding an insertion), so both flags may be set: the accepted view drops anything deleted, the
/// original view anything inserted.
/// </summary>
[Flags]
internal enum RevisionMark : byte
{
    None = 0,
    Inserted = 1,
    Deleted = 2,
}

/// <summary>What a piece of a paragraph is.</summary>
internal enum PieceKind : byte
{
    /// <summary>Characters of one run, from one offset on.</summary>
    Text,

    /// <summary>Where a comment's range starts (<c>w:commentRangeStart</c>).</summary>
    CommentStart,

    /// <summary>Where a comment's range ends (<c>w:commentRangeEnd</c>).</summary>
    CommentEnd,

    /// <summary>The comment's reference mark (<c>w:commentReference</c>).</summary>
    CommentReference,

    /// <summary>A footnote reference (<c>w:footnoteReference</c>).</summary>
    FootnoteReference,

    /// <summary>An endnote reference (<c>w:endnoteReference</c>).</summary>
    EndnoteReference,
}

/// <summary>One piece of a paragraph in document order: text of a run (with its anchor) or a marker with an id.</summary>
/// <remarks><see cref="HasCustomMark"/>: a note reference followed by a mark the author typed (<c>w:customMarkFollows</c>).</remarks>
internal readonly record struct WordPiece(PieceKind Kind, RevisionMark Revision, string Text, int RunIndex, int Offset, string Id, bool HasCustomMark)
{
    public static WordPiece TextOf(string text, RevisionMark revision, int runIndex, int offset) =>
        new(PieceKind.Text, revision, text, runIndex, offset, string.Empty, false);

    public static WordPiece Marker(PieceKind kind, RevisionMark revision, string id, int runIndex, bool customMark = false) =>
        new(kind, revision, string.Empty, runIndex, 0, id, customMark);
}

/// <summary>A paragraph's numbering reference as written (<c>w:numPr</c>): either part may be absent.</summary>
internal readonly record struct NumberingReference(int? NumberingId, int? Level)
{
    public bool IsEmpty => NumberingId is null && Level is null;
}

/// <summary>The properties of a paragraph that decide its label and style, as written in <c>w:pPr</c> (or its <c>w:pPrChange</c>).</summary>
internal sealed record WordParagraphProperties(string StyleId, NumberingReference Numbering, int? OutlineLevel)
{
    public static WordParagraphProperties Empty { get; } = new(string.Empty, default, null);
}

/// <summary>One <c>w:p</c> of a part: its anchor index, properties, paragraph-mark revision and pieces.</summary>
internal sealed class WordParagraph(int index, WordParagraphProperties properties, bool isInTable)
{
    /// <summary>The paragraph's anchor index in its part (see <see cref="WordAnchors"/>).</summary>
    public int Index { get; } = index;

    public WordParagraphProperties Properties { get; } = properties;

    /// <summary>The properties before a tracked property change (<c>w:pPrChange</c>), or null when unchanged.</summary>
    public WordParagraphProperties? OriginalProperties { get; set; }

    public bool IsInTable { get; } = isInTable;

    /// <summary>Whether the paragraph mark itself was inserted or deleted (a deleted mark joins the paragraph to the next).</summary>
    public RevisionMark Mark { get; set; }

    /// <summary>The note or comment the paragraph belongs to, in note and comment stories; empty elsewhere.</summary>
    public string Owner { get; init; } = string.Empty;

    public List<WordPiece> Pieces { get; } = [];
}

/// <summary>The paragraphs of one story of one part, in document order.</summary>
internal sealed class WordStory(TextStory story, string part)
{
    public TextStory Story { get; } = story;

    /// <summary>The part's name, such as <c>/word/document.xml</c>.</summary>
    public string Part { get; } = part;

    public List<WordParagraph> Paragraphs { get; } = [];
}

/// <summary>A comment's metadata from the comments part.</summary>
internal sealed record WordComment(string Id, string Author, string? ReplyTo);
