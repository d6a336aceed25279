using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftCheck.Docx;
using DraftCheck.Findings;
using DraftCheck.Model;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace DraftCheck.Reports;

/// <summary>
/// Annotates an editable Word package in place, in four steps: plan (follow every finding's and edit's Word anchors
/// back to runs and offsets, with <see cref="WordAnchors"/>, before anything changes), cut (split runs at those offsets,
/// keeping their properties), track (wrap the replaced words in <c>w:del</c> and add <c>w:ins</c>), and mark (comment
/// range start and end, and the comment reference). Anchor indexes always refer to the unchanged file, which is why
/// every paragraph and run list is taken before the first change.
/// </summary>
internal sealed class DocxAnnotator
{
    private static readonly string[] s_wordNamespaces =
    [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ];

    private readonly MainDocumentPart _main;
    private readonly Dictionary<OpenXmlPart, Story> _stories = [];
    private readonly Dictionary<(Story Story, int Paragraph, int Run), RunPieces> _pieces = [];
    private readonly Dictionary<OpenXmlElement, OpenXmlElement> _outerBefore = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OpenXmlElement, OpenXmlElement> _outerAfter = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OpenXmlElement, OpenXmlElement> _cursors = new(ReferenceEqualityComparer.Instance);
    private readonly List<AnnotationNote> _notes = [];
    private int _nextId;

    private DocxAnnotator(MainDocumentPart main)
    {
        _main = main;
        _nextId = checked(HighestId(main) + 1);
    }

    /// <summary>Annotates the package in <paramref name="package"/> (read and written in place) with the findings of <paramref name="result"/>.</summary>
    public static AnnotationResult Annotate(Stream package, DraftResult result)
    {
        using WordprocessingDocument document = WordprocessingDocument.Open(package, isEditable: true);
        MainDocumentPart main = document.MainDocumentPart
            ?? throw new ArgumentException($"{result.Draft} has no main document part; only drafts that were read can be annotated.", nameof(result));
        return new DocxAnnotator(main).Run(result);
    }

    private AnnotationResult Run(DraftResult result)
    {
        // 1. Plan, while every index still means what the reader meant.
        Story body = StoryOf(_main)!;
        var comments = new List<CommentPlan>();
        var edits = new List<EditPlan>();
        foreach (Finding finding in result.Findings)
        {
            int id = _nextId++;
            CommentPlan comment = PlanComment(finding, id, body);
            comments.Add(comment);
            if (finding.Fix is { } fix)
            {
                foreach (TextEdit edit in fix.Edits)
                {
                    if (PlanEdit(finding, edit, edits) is { } plan) edits.Add(plan);
                }
            }
        }

        // 2. Cut runs at every offset where a mark or a change goes.
        var cuts = new Dictionary<(Story, int, int), SortedSet<int>>();
        IEnumerable<CommentPlan> atWords = comments.Where(c => c.Placement == CommentPlacement.AtItsWords);
        foreach (WordPoint point in atWords.SelectMany(c => new[] { c.Start, c.End }).Concat(edits.SelectMany(e => new[] { e.Start, e.End })))
        {
            if (point.Kind != PointKind.InRun) continue;
            var key = (point.Story, point.Paragraph, point.Run);
            if (!cuts.TryGetValue(key, out SortedSet<int>? offsets)) cuts[key] = offsets = [];
            offsets.Add(point.Offset);
        }
        foreach (((Story story, int paragraph, int run), SortedSet<int> offsets) in cuts)
        {
            _pieces[(story, paragraph, run)] = RunPieces.Split(story.RunsOf(paragraph)[run], offsets, NextId);
        }

        // 3. Suggested amendments as tracked changes.
        var written = new HashSet<TextEdit>(ReferenceEqualityComparer.Instance);
        foreach (EditPlan edit in edits)
        {
            Track(edit);
            written.Add(edit.Edit);
        }

        // 4. Comments, and their text in the comments part.
        Comments commentsRoot = CommentsRoot();
        foreach (CommentPlan comment in comments)
        {
            Mark(comment);
            commentsRoot.AppendChild(CommentText.Build(comment.Finding, comment.Id, comment.Placement, written));
        }

        return new AnnotationResult(comments.Count, edits.Count, [.. _notes]);
    }

    // ---- planning ----

    private CommentPlan PlanComment(Finding finding, int id, Story body)
    {
        Location location = finding.Location;
        if (!location.IsNone)
        {
            if (TryLocate(location.Word, location.Quote, out WordPoint start, out WordPoint end, out string? reason))
            {
                if (start.Story == body) return new CommentPlan(finding, id, start, end, CommentPlacement.AtItsWords);
                // Words in a footnote or an endnote: LibreOffice cannot open a file with a comment inside a note, so the
                // comment covers the note's reference mark in the body and quotes the words.
                if (NoteReference(start.Story.Paragraphs[start.Paragraph], body) is { } mark)
                {
                    return new CommentPlan(finding, id, start, end, CommentPlacement.AtNoteReference) { NoteReference = mark };
                }
                reason = "its words are in a note whose reference mark is not in the body";
            }
            _notes.Add(new AnnotationNote(finding, $"{reason}; the comment is at the start of the draft"));
        }
        // A finding about the whole draft, or one whose words Word cannot comment on: a point at the start of the body.
        // An empty body gets an empty paragraph to hold it (no anchor can point into a body without paragraphs).
        if (body.Paragraphs.Count == 0) body.AddFirstParagraph();
        var top = new WordPoint(body, 0, -1, 0, PointKind.ParagraphStart);
        return new CommentPlan(finding, id, top, top, location.IsNone ? CommentPlacement.AtDraftStart : CommentPlacement.AtDraftStartInstead);
    }

    // The run holding the body's w:footnoteReference or w:endnoteReference to the note that holds the paragraph.
    private static Run? NoteReference(Paragraph paragraph, Story body)
    {
        OpenXmlElement? note = paragraph.Ancestors().FirstOrDefault(a => a is Footnote or Endnote);
        long? id = note switch
        {
            Footnote footnote => footnote.Id?.Value,
            Endnote endnote => endnote.Id?.Value,
            _ => null,
        };
        if (id is null) return null;
        OpenXmlElement? reference = note is Footnote
            ? body.Root.Descendants<FootnoteReference>().FirstOrDefault(r => r.Id?.Value == id)
            : body.Root.Descendants<EndnoteReference>().FirstOrDefault(r => r.Id?.Value == id);
        return reference?.Parent as Run;
    }

    private EditPlan? PlanEdit(Finding finding, TextEdit edit, List<EditPlan> accepted)
    {
        string where = $"the suggested change of \u201C{edit.OldText}\u201D";
        if (edit.Word.Start.IsGenerated || edit.Word.End.IsGenerated)
        {
            _notes.Add(new AnnotationNote(finding, $"{where} touches a numbering label that Word generates; it is described in the comment only"));
            return null;
        }
        if (!TryLocate(edit.Word, edit.OldText, out WordPoint start, out WordPoint end, out string? reason))
        {
            _notes.Add(new AnnotationNote(finding, $"{where}: {reason}; it is described in the comment only"));
            return null;
        }
        if (start.CompareTo(end) > 0 || start.Story != end.Story)
        {
            _notes.Add(new AnnotationNote(finding, $"{where}: its Word anchors are out of order; it is described in the comment only"));
            return null;
        }
        if (edit.Span.IsEmpty && edit.NewText.Length == 0) return null; // nothing to change
        foreach (Run run in CoveredRuns(start, end))
        {
            if (run.Ancestors().TakeWhile(a => a is not Paragraph).Any(a => a is DeletedRun or MoveFromRun))
            {
                _notes.Add(new AnnotationNote(finding, $"{where} touches words already deleted by a tracked change; it is described in the comment only"));
                return null;
            }
        }
        for (int p = start.Paragraph; p < end.Paragraph; p++)
        {
            if (start.Story.Paragraphs[p].ParagraphProperties?.ParagraphMarkRunProperties?.GetFirstChild<Deleted>() is not null)
            {
                _notes.Add(new AnnotationNote(finding, $"{where} touches a paragraph mark already deleted by a tracked change; it is described in the comment only"));
                return null;
            }
        }
        foreach (EditPlan other in accepted)
        {
            bool overlaps = other.Start.Story == start.Story && start.CompareTo(other.End) < 0 && other.Start.CompareTo(end) < 0;
            if (overlaps)
            {
                _notes.Add(new AnnotationNote(finding,
                    $"{where} overlaps the suggested amendment of {other.Finding.RuleId} at {other.Finding.Location.Provision.Label}; it is described in the comment only"));
                return null;
            }
        }
        return new EditPlan(finding, edit, start, end);
    }

    // Follows a range's anchors to points in the file; a generated anchor (a numbering label or a paragraph separator)
    // becomes the start or the end of its paragraph, as the words it stands for say.
    private bool TryLocate(WordRange range, string words, out WordPoint start, out WordPoint end, out string? reason)
    {
        start = end = default;
        if (range.IsNone || range.End.IsNone)
        {
            reason = "its words have no place in the Word file";
            return false;
        }
        if (!TryPoint(range.Start, words.StartsWith('\n'), out start, out reason)) return false;
        if (!TryPoint(range.End, words.EndsWith('\n'), out end, out reason)) return false;
        if (start.Story != end.Story)
        {
            reason = $"its words run from {range.Start.Part} into {range.End.Part}";
            return false;
        }
        return true;
    }

    private bool TryPoint(WordAnchor anchor, bool isParagraphSeparator, out WordPoint point, out string? reason)
    {
        point = default;
        if (StoryOf(anchor.Part) is not { } story)
        {
            reason = $"its words are in {anchor.Part}, where Word takes no comments";
            return false;
        }
        if (anchor.ParagraphIndex >= story.Paragraphs.Count)
        {
            reason = $"its Word anchor {anchor} names a paragraph the file does not have";
            return false;
        }
        if (anchor.IsGenerated)
        {
            point = new WordPoint(story, anchor.ParagraphIndex, -1, 0, isParagraphSeparator ? PointKind.ParagraphEnd : PointKind.ParagraphStart);
            reason = null;
            return true;
        }
        IReadOnlyList<Run> runs = story.RunsOf(anchor.ParagraphIndex);
        if (anchor.RunIndex >= runs.Count || anchor.Offset < 0 || anchor.Offset > RunPieces.LengthOf(runs[anchor.RunIndex]))
        {
            reason = $"its Word anchor {anchor} names a run or offset the file does not have";
            return false;
        }
        point = new WordPoint(story, anchor.ParagraphIndex, anchor.RunIndex, anchor.Offset, PointKind.InRun);
        reason = null;
        return true;
    }

    private IEnumerable<Run> CoveredRuns(WordPoint start, WordPoint end)
    {
        for (int p = start.Paragraph; p <= end.Paragraph; p++)
        {
            IReadOnlyList<Run> runs = start.Story.RunsOf(p);
            int first = p == start.Paragraph ? start.Run : 0;
            int last = p == end.Paragraph ? end.Run : runs.Count - 1;
            for (int r = first; r <= last; r++) yield return runs[r];
        }
    }

    // ---- tracked changes ----

    private void Track(EditPlan edit)
    {
        List<Run> covered = CoveredPieces(edit.Start, edit.End);
        // The new words take the formatting of the words they replace (or, for a pure insertion, of the run they go into).
        RunProperties? properties = covered.Select(r => r.RunProperties).FirstOrDefault(p => p is not null)
            ?? edit.Start.Story.RunsOf(edit.Start.Paragraph)[edit.Start.Run].RunProperties;

        OpenXmlElement? lastWrapper = null;
        Run? lastPiece = null;
        foreach (List<Run> group in SiblingGroups(covered))
        {
            var deletion = new DeletedRun { Id = NextId(), Author = AnnotatedDocx.Author };
            group[0].InsertBeforeSelf(deletion);
            foreach (Run piece in group)
            {
                piece.Remove();
                MarkDeleted(piece);
                deletion.AppendChild(piece);
            }
            _outerBefore[group[0]] = deletion;
            _outerAfter[group[^1]] = deletion;
            lastWrapper = deletion;
            lastPiece = group[^1];
        }
        for (int p = edit.Start.Paragraph; p < edit.End.Paragraph; p++) MarkParagraphDeleted(edit.Start.Story.Paragraphs[p]);

        if (edit.Edit.NewText.Length == 0) return;
        var newWords = new Run();
        if (CleanCopy(properties) is { } copy) newWords.AppendChild(copy);
        newWords.AppendChild(new WordText(edit.Edit.NewText) { Space = SpaceProcessingModeValues.Preserve });
        var insertion = new InsertedRun(newWords) { Id = NextId(), Author = AnnotatedDocx.Author };
        if (lastWrapper is null)
        {
            // A pure insertion goes where the empty span is.
            Insert(Resolve(edit.Start, PointRole.Start), insertion);
            return;
        }
        PlaceAfterDeletion(lastWrapper, insertion);
        _outerAfter[lastPiece!] = insertion;
    }

    private List<Run> CoveredPieces(WordPoint start, WordPoint end)
    {
        var covered = new List<Run>();
        for (int p = start.Paragraph; p <= end.Paragraph; p++)
        {
            IReadOnlyList<Run> runs = start.Story.RunsOf(p);
            int first = p == start.Paragraph ? start.Run : 0;
            int last = p == end.Paragraph ? end.Run : runs.Count - 1;
            for (int r = first; r <= last; r++)
            {
                RunPieces pieces = PiecesOf(start.Story, p, r);
                foreach (RunPiece piece in pieces.Pieces)
                {
                    bool afterStart = p != start.Paragraph || r != start.Run || piece.Start >= start.Offset;
                    bool beforeEnd = p != end.Paragraph || r != end.Run || piece.End <= end.Offset;
                    if (afterStart && beforeEnd && !(piece.Start == piece.End && start.CompareTo(end) == 0)) covered.Add(piece.Run);
                }
            }
        }
        return covered;
    }

    // Consecutive siblings share one w:del; a change crossing a hyperlink or a paragraph needs one per container.
    private static IEnumerable<List<Run>> SiblingGroups(List<Run> pieces)
    {
        var group = new List<Run>();
        foreach (Run piece in pieces)
        {
            if (group.Count > 0 && !ReferenceEquals(group[^1].NextSibling(), piece))
            {
                yield return group;
                group = [];
            }
            group.Add(piece);
        }
        if (group.Count > 0) yield return group;
    }

    private static void MarkDeleted(Run run)
    {
        foreach (OpenXmlElement child in run.ChildElements.ToList())
        {
            OpenXmlElement? deleted = child switch
            {
                WordText text => new DeletedText(text.Text) { Space = SpaceProcessingModeValues.Preserve },
                FieldCode code => new DeletedFieldCode(code.Text) { Space = SpaceProcessingModeValues.Preserve },
                _ => null,
            };
            if (deleted is null) continue;
            child.InsertBeforeSelf(deleted);
            child.Remove();
        }
    }

    private void MarkParagraphDeleted(Paragraph paragraph)
    {
        ParagraphProperties properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new ParagraphProperties());
        ParagraphMarkRunProperties mark = properties.ParagraphMarkRunProperties ??= new ParagraphMarkRunProperties();
        var deleted = new Deleted { Id = NextId(), Author = AnnotatedDocx.Author };
        // CT_ParaRPr: w:ins comes before w:del, formatting after both.
        if (mark.GetFirstChild<Inserted>() is { } inserted) inserted.InsertAfterSelf(deleted);
        else mark.PrependChild(deleted);
    }

    // The insertion follows the deleted words. Inside another author's insertion it would read as part of theirs, so
    // that insertion is split in two around ours.
    private void PlaceAfterDeletion(OpenXmlElement deletion, InsertedRun insertion)
    {
        OpenXmlElement? container = deletion.Parent;
        if (container is InsertedRun or MoveToRun)
        {
            List<OpenXmlElement> rest = [.. deletion.ElementsAfter()];
            if (rest.Count > 0)
            {
                OpenXmlElement tail = container.CloneNode(deep: false);
                tail.SetAttribute(new OpenXmlAttribute("w", "id", s_wordNamespaces[0], NextId()));
                foreach (OpenXmlElement element in rest)
                {
                    element.Remove();
                    tail.AppendChild(element);
                }
                container.InsertAfterSelf(tail);
            }
            container.InsertAfterSelf(insertion);
            return;
        }
        deletion.InsertAfterSelf(insertion);
    }

    private static RunProperties? CleanCopy(RunProperties? properties)
    {
        if (properties is null) return null;
        var copy = (RunProperties)properties.CloneNode(deep: true);
        // Another author's tracked formatting change keeps its own id; the new words do not repeat it.
        copy.RemoveAllChildren<RunPropertiesChange>();
        return copy;
    }

    // ---- comments ----

    private void Mark(CommentPlan comment)
    {
        string id = comment.Id.ToString(CultureInfo.InvariantCulture);
        var rangeStart = new CommentRangeStart { Id = id };
        var rangeEnd = new CommentRangeEnd { Id = id };
        var reference = new Run(new CommentReference { Id = id });

        if (comment.NoteReference is { } mark)
        {
            Insert(new Spot(SpotKind.Before, _outerBefore.GetValueOrDefault(mark, mark)), rangeStart);
            Insert(new Spot(SpotKind.After, _outerAfter.GetValueOrDefault(mark, mark)), rangeEnd, reference);
            return;
        }
        Spot start = Resolve(comment.Start, PointRole.Start);
        if (comment.Start.CompareTo(comment.End) >= 0)
        {
            // An empty range: start, end and reference together, in that order.
            Insert(start, rangeStart, rangeEnd, reference);
            return;
        }
        Insert(start, rangeStart);
        Spot end = Resolve(comment.End, PointRole.End);
        OpenXmlElement? outermost = OutermostBelowParagraph(end);
        if (outermost is null)
        {
            Insert(end, rangeEnd, reference);
            return;
        }
        // The range ends inside a hyperlink, a field or a tracked change: the reference follows that container, so that
        // it is neither a link nor lost when someone rejects the change.
        Insert(end, rangeEnd);
        Insert(new Spot(SpotKind.After, outermost), reference);
    }

    private static OpenXmlElement? OutermostBelowParagraph(Spot spot)
    {
        if (spot.Kind is SpotKind.ParagraphStart or SpotKind.ParagraphEnd) return null;
        OpenXmlElement? container = spot.Target.Parent;
        if (container is null || container is Paragraph) return null;
        while (container.Parent is not null and not Paragraph) container = container.Parent;
        return container;
    }

    private Comments CommentsRoot()
    {
        WordprocessingCommentsPart part = _main.WordprocessingCommentsPart ?? _main.AddNewPart<WordprocessingCommentsPart>(FreeRelationshipId());
        return part.Comments ??= new Comments();
    }

    private string FreeRelationshipId()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (IdPartPair pair in _main.Parts) used.Add(pair.RelationshipId);
        foreach (ReferenceRelationship relationship in _main.ExternalRelationships) used.Add(relationship.Id);
        foreach (ReferenceRelationship relationship in _main.HyperlinkRelationships) used.Add(relationship.Id);
        foreach (ReferenceRelationship relationship in _main.DataPartReferenceRelationships) used.Add(relationship.Id);
        // A fixed id, not the SDK's random one: the same input gives the same bytes.
        for (int n = 1; ; n++)
        {
            string id = $"rIdDraftCheck{n.ToString(CultureInfo.InvariantCulture)}";
            if (!used.Contains(id)) return id;
        }
    }

    // ---- points, pieces and spots ----

    private enum PointRole { Start, End }

    private Spot Resolve(WordPoint point, PointRole role)
    {
        Paragraph paragraph = point.Story.Paragraphs[point.Paragraph];
        switch (point.Kind)
        {
            case PointKind.ParagraphStart: return new Spot(SpotKind.ParagraphStart, paragraph);
            case PointKind.ParagraphEnd: return new Spot(SpotKind.ParagraphEnd, paragraph);
        }
        Spot raw = Piece(point, role);
        return raw.Kind == SpotKind.Before
            ? raw with { Target = _outerBefore.GetValueOrDefault(raw.Target, raw.Target) }
            : raw with { Target = _outerAfter.GetValueOrDefault(raw.Target, raw.Target) };
    }

    // A start sits before the piece that begins at its offset; an end sits after the piece that ends at its offset.
    private Spot Piece(WordPoint point, PointRole role)
    {
        RunPieces pieces = PiecesOf(point.Story, point.Paragraph, point.Run);
        if (role == PointRole.Start)
        {
            foreach (RunPiece piece in pieces.Pieces)
            {
                if (piece.Start == point.Offset) return new Spot(SpotKind.Before, piece.Run);
            }
            return new Spot(SpotKind.After, pieces.Pieces[^1].Run);
        }
        foreach (RunPiece piece in pieces.Pieces)
        {
            if (piece.End == point.Offset && piece.End > piece.Start) return new Spot(SpotKind.After, piece.Run);
        }
        return new Spot(SpotKind.Before, pieces.Pieces[0].Run);
    }

    private RunPieces PiecesOf(Story story, int paragraph, int run)
    {
        if (!_pieces.TryGetValue((story, paragraph, run), out RunPieces? pieces))
        {
            pieces = RunPieces.Whole(story.RunsOf(paragraph)[run]);
            _pieces[(story, paragraph, run)] = pieces;
        }
        return pieces;
    }

    // Inserts elements at a spot, one after the other. Several insertions at the same spot keep their order: a cursor
    // remembers the last element put after a target or at a paragraph's start.
    private void Insert(Spot spot, params OpenXmlElement[] elements)
    {
        foreach (OpenXmlElement element in elements)
        {
            switch (spot.Kind)
            {
                case SpotKind.Before:
                    spot.Target.InsertBeforeSelf(element);
                    break;
                case SpotKind.After:
                    _cursors.GetValueOrDefault(spot.Target, spot.Target).InsertAfterSelf(element);
                    _cursors[spot.Target] = element;
                    break;
                case SpotKind.ParagraphStart:
                    if (_cursors.TryGetValue(spot.Target, out OpenXmlElement? cursor)) cursor.InsertAfterSelf(element);
                    else if (spot.Target.GetFirstChild<ParagraphProperties>() is { } properties) properties.InsertAfterSelf(element);
                    else spot.Target.PrependChild(element);
                    _cursors[spot.Target] = element;
                    break;
                case SpotKind.ParagraphEnd:
                    spot.Target.AppendChild(element);
                    break;
            }
        }
    }

    private string NextId() => (_nextId++).ToString(CultureInfo.InvariantCulture);

    // ---- parts ----

    private Story? StoryOf(string partName)
    {
        if (partName == WordAnchor.MainPart || partName == _main.Uri.OriginalString) return StoryOf(_main);
        if (_main.FootnotesPart is { } footnotes && partName == footnotes.Uri.OriginalString) return StoryOf(footnotes);
        if (_main.EndnotesPart is { } endnotes && partName == endnotes.Uri.OriginalString) return StoryOf(endnotes);
        return null;
    }

    private Story? StoryOf(OpenXmlPart part)
    {
        if (_stories.TryGetValue(part, out Story? story)) return story;
        OpenXmlPartRootElement? root = part switch
        {
            MainDocumentPart main => main.Document,
            FootnotesPart footnotes => footnotes.Footnotes,
            EndnotesPart endnotes => endnotes.Endnotes,
            _ => null,
        };
        if (root is null) return null;
        story = new Story(root);
        _stories[part] = story;
        return story;
    }

    // The highest w:id of the parts that hold annotations, read without loading them: new comments and revisions
    // take ids above it, so they never collide with the draft's own.
    private static int HighestId(MainDocumentPart main)
    {
        IEnumerable<OpenXmlPart> parts = new OpenXmlPart?[] { main, main.WordprocessingCommentsPart, main.FootnotesPart, main.EndnotesPart }
            .Concat(main.HeaderParts).Concat(main.FooterParts).OfType<OpenXmlPart>();
        int highest = 0;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        foreach (OpenXmlPart part in parts)
        {
            using Stream stream = part.GetStream(FileMode.Open, FileAccess.Read);
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                foreach (string ns in s_wordNamespaces)
                {
                    if (int.TryParse(reader.GetAttribute("id", ns), NumberStyles.Integer, CultureInfo.InvariantCulture, out int id) && id > highest) highest = id;
                }
            }
        }
        return highest;
    }

    // ---- small types ----

    private enum PointKind { InRun, ParagraphStart, ParagraphEnd }

    private enum SpotKind { Before, After, ParagraphStart, ParagraphEnd }

    /// <summary>Where to insert: before or after an element, or at the start or end of a paragraph.</summary>
    private readonly record struct Spot(SpotKind Kind, OpenXmlElement Target);

    /// <summary>A place in the unchanged file: a run and an offset in its text, or a paragraph's start or end.</summary>
    private readonly record struct WordPoint(Story Story, int Paragraph, int Run, int Offset, PointKind Kind) : IComparable<WordPoint>
    {
        // Document order inside one part: a paragraph's start, its runs by offset, its end.
        public int CompareTo(WordPoint other)
        {
            int c = Paragraph.CompareTo(other.Paragraph);
            if (c != 0) return c;
            c = Rank(Kind).CompareTo(Rank(other.Kind));
            if (c != 0) return c;
            c = Run.CompareTo(other.Run);
            return c != 0 ? c : Offset.CompareTo(other.Offset);
        }

        private static int Rank(PointKind kind) => kind switch
        {
            PointKind.ParagraphStart => 0,
            PointKind.InRun => 1,
            _ => 2,
        };
    }

    private sealed record CommentPlan(Finding Finding, int Id, WordPoint Start, WordPoint End, CommentPlacement Placement)
    {
        public Run? NoteReference { get; init; }
    }

    private sealed record EditPlan(Finding Finding, TextEdit Edit, WordPoint Start, WordPoint End);

    /// <summary>One annotatable part: its paragraphs and their runs as <see cref="WordAnchors"/> counts them in the unchanged file.</summary>
    private sealed class Story(OpenXmlPartRootElement root)
    {
        private readonly Dictionary<int, IReadOnlyList<Run>> _runs = [];

        public OpenXmlPartRootElement Root { get; } = root;

        private readonly List<Paragraph> _paragraphs = [.. WordAnchors.Paragraphs(root)];

        public IReadOnlyList<Paragraph> Paragraphs => _paragraphs;

        // Only for a part with no paragraph at all, so that no anchor's index moves.
        public void AddFirstParagraph()
        {
            if (_paragraphs.Count > 0) throw new InvalidOperationException("The part already has paragraphs.");
            OpenXmlElement container = Root.GetFirstChild<Body>() ?? (OpenXmlElement)Root;
            _paragraphs.Add(container.PrependChild(new Paragraph()));
        }

        public IReadOnlyList<Run> RunsOf(int paragraph)
        {
            if (!_runs.TryGetValue(paragraph, out IReadOnlyList<Run>? runs))
            {
                runs = [.. WordAnchors.Runs(Paragraphs[paragraph])];
                _runs[paragraph] = runs;
            }
            return runs;
        }
    }
}
