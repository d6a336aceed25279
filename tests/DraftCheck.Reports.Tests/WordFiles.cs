using System.Collections.Immutable;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftCheck.Docx;
using DraftCheck.Findings;
using DraftCheck.Model;
using DraftCheck.Text;
using RevisionView = DraftCheck.Text.RevisionView;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace DraftCheck.Reports.Tests;

/// <summary>Word files made in tests with the Open XML SDK, findings on them, and what the annotated copies say.</summary>
internal static class WordFiles
{
    public static Run Words(string text, RunProperties? properties = null)
    {
        var run = new Run();
        if (properties is not null) run.AppendChild(properties);
        run.AppendChild(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>A .docx whose body holds <paramref name="paragraphs"/>; <paramref name="extend"/> may add parts (comments, footnotes).</summary>
    public static byte[] Create(IEnumerable<Paragraph> paragraphs, Action<MainDocumentPart>? extend = null)
    {
        using var package = new MemoryStream();
        using (WordprocessingDocument document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            MainDocumentPart main = document.AddNewPart<MainDocumentPart>(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            var body = new Body();
            foreach (Paragraph paragraph in paragraphs) body.AppendChild(paragraph);
            body.AppendChild(new SectionProperties(new PageSize { Width = 11906U, Height = 16838U }));
            main.Document = new Document(body);
            extend?.Invoke(main);
        }
        return package.ToArray();
    }

    public static TextLayer Read(byte[] docx, RevisionView view = RevisionView.Accepted)
    {
        DocxReadResult read = DocxReader.Read(new MemoryStream(docx), "draft.docx", new DocxReadOptions { View = view });
        return read.Text ?? throw new InvalidOperationException(read.Error!.ToString());
    }

    /// <summary>
    /// The body's text as Word shows it with all changes accepted or all rejected, paragraphs separated by '\n'. A run
    /// is inserted or deleted when any enclosing element says so (Word writes the deletion of another author's
    /// insertion as w:del inside w:ins), and a paragraph whose mark is deleted joins the next one.
    /// </summary>
    public static string BodyText(byte[] docx, RevisionView view, string? onlyAuthor = null)
    {
        using WordprocessingDocument document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var text = new System.Text.StringBuilder();
        foreach (Paragraph paragraph in WordAnchors.Paragraphs(document.MainDocumentPart!.Document!.Body!))
        {
            foreach (Run run in WordAnchors.Runs(paragraph))
            {
                if (!IsVisible(run, view, onlyAuthor)) continue;
                foreach (OpenXmlElement child in run.ChildElements)
                {
                    if (WordAnchors.RunText(child) is { } piece) text.Append(piece == "\n" ? " " : piece);
                }
            }
            ParagraphMarkRunProperties? mark = paragraph.ParagraphProperties?.ParagraphMarkRunProperties;
            bool markDeleted = mark?.GetFirstChild<Deleted>() is { } deleted && ViewOf(deleted.Author?.Value, view, onlyAuthor) == RevisionView.Accepted;
            bool markInserted = mark?.GetFirstChild<Inserted>() is { } inserted && ViewOf(inserted.Author?.Value, view, onlyAuthor) == RevisionView.Original;
            if (!markDeleted && !markInserted) text.Append('\n');
        }
        return text.ToString().TrimEnd('\n');
    }

    // With onlyAuthor, only that author's changes follow the view; everybody else's are accepted.
    private static bool IsVisible(Run run, RevisionView view, string? onlyAuthor)
    {
        foreach (OpenXmlElement container in run.Ancestors().TakeWhile(a => a is not Paragraph))
        {
            string? author = container.GetAttributes().FirstOrDefault(a => a.LocalName == "author").Value;
            RevisionView applied = ViewOf(author, view, onlyAuthor);
            if (container is DeletedRun or MoveFromRun && applied == RevisionView.Accepted) return false;
            if (container is InsertedRun or MoveToRun && applied == RevisionView.Original) return false;
        }
        return true;
    }

    private static RevisionView ViewOf(string? author, RevisionView view, string? onlyAuthor) =>
        onlyAuthor is null || author == onlyAuthor ? view : RevisionView.Accepted;

    /// <summary>A finding at <paramref name="span"/> of <paramref name="text"/>, with its Word anchors, and edits replacing spans.</summary>
    public static Finding FindingAt(TextLayer text, Span span, RuleDescriptor rule, string message, params (Span Span, string NewText)[] edits)
    {
        var location = new Location(new ProvisionRef(new ProvisionId("art_21__para_1"), "Article 21(1)"), span, text[span])
        {
            Draft = "draft.docx",
            Word = text.SourceMap.RangeOf(span),
        };
        Fix? fix = edits.Length == 0 ? null : new Fix("Extend the term",
            [.. edits.Select(e => new TextEdit(e.Span, e.NewText) { OldText = text[e.Span], Word = text.SourceMap.RangeOf(e.Span) })]);
        return new Finding(rule, message, location) { Fix = fix };
    }

    /// <summary>The span of the first <paramref name="words"/> in the text (tests may search; the product never does).</summary>
    public static Span SpanOf(TextLayer text, string words, int from = 0)
    {
        int start = text.Text.IndexOf(words, from, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"\"{words}\" is not in the text.", nameof(words));
        return new Span(start, words.Length);
    }

    public static (byte[] Annotated, AnnotationResult Result) Annotate(byte[] docx, params Finding[] findings) =>
        AnnotatedDocx.Annotate(docx, new DraftResult("draft.docx", findings, [], []));

    /// <summary>The Open XML SDK validator's errors, as "description (path)" lines.</summary>
    public static ImmutableArray<string> ValidationErrors(byte[] docx)
    {
        using WordprocessingDocument document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var validator = new OpenXmlValidator(FileFormatVersions.Microsoft365);
        return [.. validator.Validate(document).Select(e => $"{e.Description} ({e.Part?.Uri}: {e.Path?.XPath})")];
    }

    /// <summary>The comments of the main document: id, author and text.</summary>
    public static ImmutableArray<(string Id, string Author, string Text)> Comments(byte[] docx)
    {
        using WordprocessingDocument document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Comments? comments = document.MainDocumentPart!.WordprocessingCommentsPart?.Comments;
        if (comments is null) return [];
        return [.. comments.Elements<Comment>().Select(c => (c.Id!.Value!, c.Author?.Value ?? "", string.Join("\n", c.Elements<Paragraph>().Select(p => p.InnerText))))];
    }

    /// <summary>
    /// The words between a comment's range start and end in a part (the body by default), in a view: accepted (no
    /// deleted text) or original (no inserted text); paragraphs joined by '\n', line breaks read as spaces, as the reader reads them.
    /// </summary>
    public static string CommentedWords(byte[] docx, string commentId, RevisionView view, string part = WordAnchor.MainPart, string? onlyAuthor = null) =>
        AllCommentedWords(docx, view, part, onlyAuthor).TryGetValue(commentId, out string? words)
            ? words : throw new InvalidOperationException($"Comment {commentId} has no range in {part}.");

    /// <summary>The words of every comment range of a part, by comment id, in one pass (see <see cref="CommentedWords"/>).</summary>
    public static Dictionary<string, string> AllCommentedWords(byte[] docx, RevisionView view, string part = WordAnchor.MainPart, string? onlyAuthor = null)
    {
        using WordprocessingDocument document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        MainDocumentPart main = document.MainDocumentPart!;
        OpenXmlElement root = part == WordAnchor.MainPart ? main.Document! : part == main.FootnotesPart?.Uri.OriginalString
            ? main.FootnotesPart!.Footnotes! : throw new ArgumentException(part, nameof(part));
        var open = new Dictionary<string, (System.Text.StringBuilder Words, Paragraph? Paragraph)>();
        var closed = new Dictionary<string, string>();
        foreach (OpenXmlElement element in root.Descendants())
        {
            if (element is CommentRangeStart start && start.Id?.Value is { } startId) open[startId] = (new System.Text.StringBuilder(), null);
            else if (element is CommentRangeEnd end && end.Id?.Value is { } endId && open.Remove(endId, out var range)) closed[endId] = range.Words.ToString();
            else if (open.Count > 0 && element.Parent is Run run && WordAnchors.RunText(element) is { } piece)
            {
                Paragraph? owner = run.Ancestors<Paragraph>().FirstOrDefault();
                bool visible = IsVisible(run, view, onlyAuthor);
                foreach (string id in open.Keys.ToList())
                {
                    (System.Text.StringBuilder words, Paragraph? paragraph) = open[id];
                    if (paragraph is not null && !ReferenceEquals(owner, paragraph)) words.Append('\n');
                    if (visible) words.Append(piece == "\n" ? " " : piece);
                    open[id] = (words, owner);
                }
            }
        }
        return closed;
    }

    /// <summary>The text with the edits applied (spans refer to the text before any edit).</summary>
    public static string Apply(string text, IEnumerable<(Span Span, string NewText)> edits)
    {
        foreach ((Span span, string newText) in edits.OrderByDescending(e => e.Span.Start))
        {
            text = text[..span.Start] + newText + text[span.End..];
        }
        return text;
    }
}
