using DraftCheck.Model;
using DraftCheck.Text;
using ParagraphProperties = DraftCheck.Text.ParagraphProperties;

namespace DraftCheck.Docx;

/// <summary>
/// Step 2: turns a <see cref="WordDraft"/> into a <see cref="TextLayer"/> for one view. Stories come in the order of
/// <see cref="TextStory"/> (body first). In each story, paragraphs whose mark the view removes join the next paragraph,
/// as Word joins them (the joined paragraph takes the properties of the mark that survives, the last one); then list
/// counters advance over the paragraphs that remain and each numbered paragraph gets its label at its start.
/// </summary>
internal sealed class LayerComposer(WordDraft draft, RevisionView view, WarningCollector warnings)
{
    private readonly TextLayerBuilder _builder = new() { View = view, RevisionCount = draft.RevisionCount };
    private readonly Dictionary<string, int> _commentStarts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _commentEnds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _commentReferences = new(StringComparer.Ordinal);
    private readonly Dictionary<(TextStory Story, string Id), (int Position, string Mark)> _noteReferences = [];
    private readonly Dictionary<(TextStory Story, string Owner), Span> _ownedText = [];
    private readonly HashSet<(TextStory Story, string Id)> _definedNotes = [.. draft.Notes];
    private int _footnotes;
    private int _endnotes;

    public TextLayer Compose()
    {
        foreach (WordStory story in draft.Stories.OrderBy(s => s.Story))
        {
            ComposeStory(story);
        }
        AddNotes();
        AddComments();
        return _builder.Build();
    }

    private void ComposeStory(WordStory story)
    {
        var counters = new ListCounters(draft.Numbering, draft.Styles, warnings);
        int groupStart = 0;
        List<WordParagraph> paragraphs = story.Paragraphs;
        for (int i = 0; i < paragraphs.Count; i++)
        {
            bool isLast = i == paragraphs.Count - 1 || paragraphs[i + 1].Owner != paragraphs[i].Owner;
            if (!MarkSurvives(paragraphs[i]) && !isLast) continue;
            ComposeParagraph(story, paragraphs, groupStart, i, counters);
            groupStart = i + 1;
        }
    }

    private bool MarkSurvives(WordParagraph paragraph) => IsVisible(paragraph.Mark);

    // Accepting every change drops what any enclosing change deleted; rejecting every change drops what any inserted.
    private bool IsVisible(RevisionMark revision) =>
        (revision & (view == RevisionView.Accepted ? RevisionMark.Deleted : RevisionMark.Inserted)) == 0;

    // Paragraphs [first..last] form one paragraph of the view; the last one's mark survives and carries the properties.
    private void ComposeParagraph(WordStory story, List<WordParagraph> paragraphs, int first, int last, ListCounters counters)
    {
        WordParagraph owner = paragraphs[last];
        WordParagraphProperties properties = view == RevisionView.Original ? owner.OriginalProperties ?? owner.Properties : owner.Properties;
        string style = properties.StyleId.Length > 0 ? properties.StyleId : draft.Styles.DefaultParagraphStyle;
        var paragraphAnchor = new WordAnchor(story.Part, owner.Index, -1, -1);
        RenderedLabel? label = counters.Next(properties, paragraphAnchor);

        _builder.BeginParagraph(new ParagraphProperties
        {
            Story = story.Story,
            StyleId = properties.StyleId,
            StyleName = properties.StyleId.Length > 0 ? draft.Styles.NameOf(properties.StyleId) : string.Empty,
            OutlineLevel = properties.OutlineLevel ?? (style.Length > 0 ? draft.Styles.OutlineLevelOf(style) : null),
            NumberingLevel = label?.Level,
            IsInTable = owner.IsInTable,
        });
        int start = _builder.Length;
        if (label is { Text.Length: > 0 } rendered) _builder.AppendLabel(rendered.Text, rendered.Suffix, paragraphAnchor);
        for (int i = first; i <= last; i++)
        {
            WordParagraph paragraph = paragraphs[i];
            foreach (WordPiece piece in paragraph.Pieces) AddPiece(story, paragraph, piece);
        }
        int end = _builder.Length;
        _builder.EndParagraph();

        if (owner.Owner.Length > 0)
        {
            var key = (story.Story, owner.Owner);
            Span span = Span.FromBounds(start, end);
            _ownedText[key] = _ownedText.TryGetValue(key, out Span before) ? before.Union(span) : span;
        }
    }

    private void AddPiece(WordStory story, WordParagraph paragraph, WordPiece piece)
    {
        bool visible = IsVisible(piece.Revision);
        switch (piece.Kind)
        {
            case PieceKind.Text when visible:
                // A line break inside a paragraph reads as a space: the layer keeps '\n' for paragraph ends.
                string text = piece.Text == "\n" ? " " : piece.Text;
                _builder.Append(text, new WordAnchor(story.Part, paragraph.Index, piece.RunIndex, piece.Offset));
                break;
            case PieceKind.CommentStart:
                _commentStarts.TryAdd(piece.Id, _builder.Length);
                break;
            case PieceKind.CommentEnd:
                _commentEnds[piece.Id] = _builder.Length;
                break;
            case PieceKind.CommentReference when visible:
                _commentReferences.TryAdd(piece.Id, _builder.Length);
                break;
            case PieceKind.FootnoteReference when visible:
                AddNoteReference(TextStory.Footnote, piece, ref _footnotes, draft.FootnoteFormat, draft.FootnoteStart);
                break;
            case PieceKind.EndnoteReference when visible:
                AddNoteReference(TextStory.Endnote, piece, ref _endnotes, draft.EndnoteFormat, draft.EndnoteStart);
                break;
        }
    }

    // Word numbers notes by their references in reading order; a custom mark (typed by the author) takes no number.
    private void AddNoteReference(TextStory story, WordPiece piece, ref int counter, string format, int start)
    {
        string mark = piece.HasCustomMark ? string.Empty : NumberFormats.Render(start + counter++, format);
        if (!_noteReferences.TryAdd((story, piece.Id), (_builder.Length, mark)) || _definedNotes.Contains((story, piece.Id))) return;
        warnings.Add(ReadWarningCodes.BrokenReference, $"{story}:{piece.Id}",
            $"a {(story == TextStory.Footnote ? "footnote" : "endnote")} reference points at note {piece.Id}, which the notes part does not define", WordAnchor.None);
    }

    private void AddNotes()
    {
        foreach ((TextStory story, string id) in draft.Notes.OrderBy(n => n.Story))
        {
            (int position, string mark) = _noteReferences.TryGetValue((story, id), out var reference) ? reference : (-1, string.Empty);
            _builder.AddNote(new TextNote(id, story, mark, position < 0 ? Span.None : new Span(position, 0), TextOf(story, id)));
        }
    }

    private void AddComments()
    {
        var comments = new List<TextComment>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (WordComment comment in draft.Comments)
        {
            known.Add(comment.Id);
            comments.Add(new TextComment(comment.Id, comment.Author, AnchorOf(comment.Id), TextOf(TextStory.Comment, comment.Id)) { ReplyTo = comment.ReplyTo });
        }
        foreach (string id in _commentReferences.Keys.Concat(_commentStarts.Keys).Where(id => !known.Contains(id)).Distinct().Order(StringComparer.Ordinal))
        {
            warnings.Add(ReadWarningCodes.BrokenReference, $"comment:{id}",
                $"a comment range or reference points at comment {id}, which the comments part does not define", WordAnchor.None);
        }
        // In the order of their anchors; comments nothing in the text refers to come last, in part order.
        foreach (TextComment comment in comments.OrderBy(c => c.Anchor.IsNone ? int.MaxValue : c.Anchor.Start)) _builder.AddComment(comment);
    }

    private Span AnchorOf(string id)
    {
        int? reference = _commentReferences.TryGetValue(id, out int at) ? at : null;
        int? start = _commentStarts.TryGetValue(id, out int s) ? s : reference;
        int? end = _commentEnds.TryGetValue(id, out int e) ? e : reference ?? start;
        if (start is null || end is null) return Span.None;
        return Span.FromBounds(Math.Min(start.Value, end.Value), Math.Max(start.Value, end.Value));
    }

    private Span TextOf(TextStory story, string owner) =>
        _ownedText.TryGetValue((story, owner), out Span span) ? span : Span.None;
}
