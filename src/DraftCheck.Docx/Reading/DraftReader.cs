using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftCheck.Model;
using DraftCheck.Text;

namespace DraftCheck.Docx;

/// <summary>Everything step 1 takes from a draft: the stories, the definitions step 2 needs, comments and the revision count.</summary>
internal sealed class WordDraft
{
    public List<WordStory> Stories { get; } = [];

    public StyleSheet Styles { get; set; } = StyleSheet.Empty;

    public NumberingDefinitions Numbering { get; set; } = NumberingDefinitions.Empty;

    /// <summary>The comments of the comments part, in part order.</summary>
    public List<WordComment> Comments { get; } = [];

    /// <summary>The notes that exist in the notes parts (story and id), in part order.</summary>
    public List<(TextStory Story, string Id)> Notes { get; } = [];

    public string FootnoteFormat { get; set; } = "decimal";

    public int FootnoteStart { get; set; } = 1;

    public string EndnoteFormat { get; set; } = "lowerRoman";

    public int EndnoteStart { get; set; } = 1;

    public int RevisionCount { get; set; }
}

/// <summary>Step 1: reads the parts of an opened Word package into a <see cref="WordDraft"/>.</summary>
internal sealed class DraftReader(MainDocumentPart main, WarningCollector warnings)
{
    private readonly List<WordStory> _textBoxes = [];

    public WordDraft Read(Document document)
    {
        var draft = new WordDraft
        {
            Styles = StyleSheet.Read(LoadRoot(main.StyleDefinitionsPart, part => part.Styles)),
        };
        draft.Numbering = NumberingDefinitions.Read(LoadRoot(main.NumberingDefinitionsPart, part => part.Numbering));
        ReadNoteSettings(draft);

        var body = new StoryReader(PartName(main), TextStory.Body, warnings);
        int bodies = 0;
        foreach (OpenXmlElement child in document.ChildElements)
        {
            if (child is Body)
            {
                bodies++;
                body.Read(child);
            }
            else
            {
                body.Skip(child);
            }
        }
        body.Finish();
        if (bodies > 1)
        {
            warnings.Add(ReadWarningCodes.SeveralBodies, "body",
                $"{PartName(main)} has {bodies} w:body elements (the schema allows one); all of them are read, in order", WordAnchor.None);
        }
        Add(draft, body);

        ReadSectionNoteSettings(draft, body.Sections);
        ReadNotes(draft, main.FootnotesPart, part => part.Footnotes, TextStory.Footnote);
        ReadNotes(draft, main.EndnotesPart, part => part.Endnotes, TextStory.Endnote);
        ReadComments(draft);
        ReadHeadersAndFooters(draft, body.Sections);
        draft.Stories.AddRange(_textBoxes);
        return draft;
    }

    private void Add(WordDraft draft, StoryReader reader)
    {
        draft.Stories.Add(reader.Story);
        if (reader.TextBoxes.Paragraphs.Count > 0) _textBoxes.Add(reader.TextBoxes);
        draft.RevisionCount += reader.Revisions.Total;
    }

    private void ReadNotes<TPart>(WordDraft draft, TPart? part, Func<TPart, OpenXmlElement?> root, TextStory story)
        where TPart : OpenXmlPart
    {
        if (LoadRoot(part, root) is not { } notes) return;
        var reader = new StoryReader(PartName(part!), story, warnings);
        foreach (OpenXmlElement child in notes.ChildElements)
        {
            if (child is FootnoteEndnoteType note && note.Id?.Value is { } id && IsContentNote(note))
            {
                string noteId = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                draft.Notes.Add((story, noteId));
                reader.Read(note, noteId);
            }
            else
            {
                reader.Skip(child);
            }
        }
        reader.Finish();
        Add(draft, reader);
    }

    // Separator and continuation notes draw the line above the notes; they are not notes anyone wrote.
    private static bool IsContentNote(FootnoteEndnoteType note) =>
        note.Type?.Value is not { } type || type == FootnoteEndnoteValues.Normal;

    private void ReadComments(WordDraft draft)
    {
        WordprocessingCommentsPart? part = main.WordprocessingCommentsPart;
        if (LoadRoot(part, p => p.Comments) is not { } comments) return;
        Dictionary<string, string> parents = ReadThreads(comments);
        var reader = new StoryReader(PartName(part!), TextStory.Comment, warnings);
        foreach (OpenXmlElement child in comments.ChildElements)
        {
            if (child is Comment comment && comment.Id?.Value is { } id)
            {
                string? lastParagraph = comment.Elements<Paragraph>().LastOrDefault()?.ParagraphId?.Value;
                string? replyTo = lastParagraph is not null && parents.TryGetValue(lastParagraph, out string? parent) ? parent : null;
                draft.Comments.Add(new WordComment(id, comment.Author?.Value ?? string.Empty, replyTo));
                reader.Read(comment, id);
            }
            else
            {
                reader.Skip(child);
            }
        }
        reader.Finish();
        Add(draft, reader);
    }

    // Threads (Word 2013+): commentsExtended links a reply's last paragraph (w14:paraId) to its parent's.
    private Dictionary<string, string> ReadThreads(Comments comments)
    {
        var replies = new Dictionary<string, string>(StringComparer.Ordinal);
        if (LoadRoot(main.WordprocessingCommentsExPart, p => p.CommentsEx) is not { } extended) return replies;
        var commentOfParagraph = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Comment comment in comments.Elements<Comment>())
        {
            if (comment.Id?.Value is { } id && comment.Elements<Paragraph>().LastOrDefault()?.ParagraphId?.Value is { } paragraph)
            {
                commentOfParagraph.TryAdd(paragraph, id);
            }
        }
        foreach (DocumentFormat.OpenXml.Office2013.Word.CommentEx entry in extended.Elements<DocumentFormat.OpenXml.Office2013.Word.CommentEx>())
        {
            if (entry.ParaId?.Value is { } paragraph && entry.ParaIdParent?.Value is { } parentParagraph
                && commentOfParagraph.TryGetValue(parentParagraph, out string? parent))
            {
                replies.TryAdd(paragraph, parent);
            }
        }
        return replies;
    }

    private void ReadHeadersAndFooters(WordDraft draft, List<SectionProperties> sections)
    {
        var seen = new HashSet<OpenXmlPart>();
        var footers = new List<(OpenXmlPart Part, OpenXmlElement Root)>();
        foreach (SectionProperties section in sections)
        {
            foreach (OpenXmlElement reference in section.ChildElements)
            {
                string? id = (reference as HeaderReference)?.Id?.Value ?? (reference as FooterReference)?.Id?.Value;
                if (id is null || !TryGetPart(id, out OpenXmlPart? part) || !seen.Add(part!)) continue;
                if (part is HeaderPart header && LoadRoot(header, h => h.Header) is { } headerRoot) ReadPartStory(draft, header, headerRoot, TextStory.Header);
                else if (part is FooterPart footer && LoadRoot(footer, f => f.Footer) is { } footerRoot) footers.Add((footer, footerRoot));
            }
        }
        foreach ((OpenXmlPart part, OpenXmlElement root) in footers) ReadPartStory(draft, part, root, TextStory.Footer);
    }

    private void ReadPartStory(WordDraft draft, OpenXmlPart part, OpenXmlElement root, TextStory story)
    {
        var reader = new StoryReader(PartName(part), story, warnings);
        reader.Read(root);
        reader.Finish();
        Add(draft, reader);
    }

    private bool TryGetPart(string relationshipId, out OpenXmlPart? part)
    {
        try
        {
            part = main.GetPartById(relationshipId);
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or KeyNotFoundException or InvalidOperationException or OpenXmlPackageException)
        {
            warnings.Add(ReadWarningCodes.BrokenReference, relationshipId,
                $"a section refers to relationship {relationshipId}, which {PartName(main)} does not have; that header or footer is not read", WordAnchor.None);
            part = null;
            return false;
        }
    }

    private void ReadNoteSettings(WordDraft draft)
    {
        Settings? settings = LoadRoot(main.DocumentSettingsPart, part => part.Settings);
        if (settings?.GetFirstChild<FootnoteDocumentWideProperties>() is { } footnotes)
        {
            draft.FootnoteFormat = footnotes.GetFirstChild<NumberingFormat>()?.Val?.InnerText ?? draft.FootnoteFormat;
            draft.FootnoteStart = footnotes.GetFirstChild<NumberingStart>()?.Val?.Value ?? draft.FootnoteStart;
        }
        if (settings?.GetFirstChild<EndnoteDocumentWideProperties>() is { } endnotes)
        {
            draft.EndnoteFormat = endnotes.GetFirstChild<NumberingFormat>()?.Val?.InnerText ?? draft.EndnoteFormat;
            draft.EndnoteStart = endnotes.GetFirstChild<NumberingStart>()?.Val?.Value ?? draft.EndnoteStart;
        }
    }

    // The last section's note properties (Word writes them in every w:sectPr) override the settings part's; the
    // formats of earlier sections, rarely different, are not followed.
    private static void ReadSectionNoteSettings(WordDraft draft, List<SectionProperties> sections)
    {
        if (sections.Count == 0) return;
        SectionProperties last = sections[^1];
        if (last.GetFirstChild<FootnoteProperties>() is { } footnotes)
        {
            draft.FootnoteFormat = footnotes.NumberingFormat?.Val?.InnerText ?? draft.FootnoteFormat;
            draft.FootnoteStart = footnotes.NumberingStart?.Val?.Value ?? draft.FootnoteStart;
        }
        if (last.GetFirstChild<EndnoteProperties>() is { } endnotes)
        {
            draft.EndnoteFormat = endnotes.NumberingFormat?.Val?.InnerText ?? draft.EndnoteFormat;
            draft.EndnoteStart = endnotes.NumberingStart?.Val?.Value ?? draft.EndnoteStart;
        }
    }

    /// <summary>Loads a secondary part's root; a part that cannot be read is reported and left out.</summary>
    private TRoot? LoadRoot<TPart, TRoot>(TPart? part, Func<TPart, TRoot?> root)
        where TPart : OpenXmlPart
        where TRoot : OpenXmlElement
    {
        if (part is null) return null;
        try
        {
            return root(part);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException or OpenXmlPackageException or InvalidOperationException)
        {
            string reason = ex is XmlException ? $"is not well-formed XML ({ex.Message})" : $"cannot be read ({ex.Message})";
            warnings.Add(ReadWarningCodes.UnreadablePart, PartName(part),
                $"{PartName(part)} {reason}; the draft is read without it", WordAnchor.None);
            return null;
        }
    }

    private static string PartName(OpenXmlPart part) => part.Uri.OriginalString;
}
