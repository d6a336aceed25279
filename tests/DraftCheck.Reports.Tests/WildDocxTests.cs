using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftCheck.Docx;
using DraftCheck.Model;
using DraftCheck.Text;
using static DraftCheck.Reports.Tests.WordFiles;
using RevisionView = DraftCheck.Text.RevisionView;

namespace DraftCheck.Reports.Tests;

/// <summary>
/// Annotated copies of Word files from the wild (../shared/corpus/docx-wild, read in place, never copied): threaded
/// comments, tracked changes and moves, tracked formatting, content controls, ISO strict markup, Chinese text. Their own comments and revisions must survive, the
/// validator must find nothing new, and every comment must cover exactly its words.
/// </summary>
public sealed class WildDocxTests
{
    /// <summary>The files, and the view their findings are in: the original text where nearly everything is deleted.</summary>
    public static TheoryData<string, RevisionView> Files => new()
    {
        { "docxfix-comment-thread.docx", RevisionView.Accepted },
        { "oxsdk-comment020-tracked-comments.docx", RevisionView.Original },
        { "pandoc-comments.docx", RevisionView.Accepted },
        { "docxfix-mixed-insert-delete.docx", RevisionView.Accepted },
        { "pandoc-track-changes-move.docx", RevisionView.Accepted },
        { "oxsdk-msdn-eula-amendment.docx", RevisionView.Accepted },
        { "prc-criminal-law-zh.docx", RevisionView.Accepted },
        { "oxsdk-strict01-iso-strict.docx", RevisionView.Accepted },
        { "pandoc-sdt-elements.docx", RevisionView.Accepted },
    };

    /// <summary>
    /// Findings on up to six paragraphs without moves, fields or nested paragraphs (where every reader agrees on the
    /// text): in each, one on its second quarter, cut inside words, with (when <paramref name="withEdits"/>) its first
    /// three characters replaced, and one overlapping its end; then one across two such neighbouring paragraphs.
    /// Each finding's message names it: "Finding 3.".
    /// </summary>
    internal static (List<Finding> Findings, List<(string Old, string New)> Edits) SyntheticFindings(byte[] docx, TextLayer text, bool withEdits = true)
    {
        using WordprocessingDocument document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        List<Paragraph> word = [.. WordAnchors.Paragraphs(document.MainDocumentPart!.Document!)];
        List<TextParagraph> clean = [.. text.ParagraphsOf(TextStory.Body).Where(p => p.Span.Length >= 12 && IsClean(p, text, word))];
        var findings = new List<Finding>();
        var edits = new List<(string, string)>();
        int step = Math.Max(1, clean.Count / 6);
        for (int i = 0; i < clean.Count && findings.Count < 12; i += step)
        {
            Span paragraph = clean[i].Span;
            Span words = Span.FromBounds(paragraph.Start + paragraph.Length / 4, paragraph.Start + paragraph.Length / 2);
            if (withEdits)
            {
                findings.Add(FindingAt(text, words, Fixtures.Iipa001, $"Finding {findings.Count + 1}.", (new Span(words.Start, 3), "XYZ")));
                edits.Add((text[words], "XYZ" + text[words][3..]));
            }
            else
            {
                findings.Add(FindingAt(text, words, Fixtures.Iipa001, $"Finding {findings.Count + 1}."));
                edits.Add((text[words], text[words]));
            }
            if (paragraph.Length < 20) continue;
            Span overlapping = Span.FromBounds(words.End - 2, paragraph.Start + paragraph.Length * 3 / 4);
            findings.Add(FindingAt(text, overlapping, Fixtures.Draft102, $"Finding {findings.Count + 1}."));
            edits.Add((text[overlapping], text[overlapping]));
        }
        for (int i = 0; i + 1 < clean.Count; i++)
        {
            if (clean[i + 1].Index != clean[i].Index + 1 || MarkIsTracked(text, clean[i], word)) continue;
            Span across = Span.FromBounds(clean[i].Span.Start + clean[i].Span.Length / 2, clean[i + 1].Span.Start + clean[i + 1].Span.Length / 2);
            if (findings.Any(f => f.Location.Span.OverlapsWith(across))) continue;
            findings.Add(FindingAt(text, across, Fixtures.Draft101, $"Finding {findings.Count + 1}."));
            edits.Add((text[across], text[across]));
            break;
        }
        return (findings, edits);
    }

    private static bool IsClean(TextParagraph paragraph, TextLayer text, List<Paragraph> word)
    {
        WordAnchor first = text.SourceMap.AnchorAt(paragraph.Span.Start), last = text.SourceMap.AnchorAt(paragraph.Span.End - 1);
        if (first.IsNone || first.IsGenerated || last.IsGenerated || first.ParagraphIndex != last.ParagraphIndex) return false;
        Paragraph element = word[first.ParagraphIndex];
        // Readers differ on moves and on deletions inside insertions (Word's form for deleting another author's insertion),
        // and on smart tags, which the SDK does not know: their runs have no run index (see WordAnchors).
        return !element.Descendants().Any(e => e is MoveFromRun or MoveToRun or FieldCode or SimpleField or Paragraph
                || e is OpenXmlUnknownElement { LocalName: "smartTag" })
            && !element.Descendants<Run>().Any(r => r.Ancestors().TakeWhile(a => a is not Paragraph).Count(a => a is InsertedRun or DeletedRun) > 1);
    }

    private static bool MarkIsTracked(TextLayer text, TextParagraph paragraph, List<Paragraph> word) =>
        word[text.SourceMap.AnchorAt(paragraph.Span.Start).ParagraphIndex].ParagraphProperties?.ParagraphMarkRunProperties?
            .Elements().Any(e => e is Inserted or Deleted) == true;

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void Annotate_WildFile_KeepsItsAnnotationsAddsNoValidationErrorAndCommentsExactWords(string name, RevisionView view)
    {
        string path = TestPaths.CorpusFile("docx-wild", name);
        byte[] draft = File.ReadAllBytes(path);
        TextLayer text = Read(draft, view);
        (List<Finding> findings, List<(string Old, string New)> expected) = SyntheticFindings(draft, text, withEdits: view == RevisionView.Accepted);
        Assert.True(findings.Count >= 2, $"{name}: only {findings.Count} findings to write.");

        (byte[] annotated, AnnotationResult result) = Annotate(draft, [.. findings]);

        // An edit next to another author's deletion is left to the comment; its words then stay as they were.
        Assert.All(result.Notes, note => Assert.EndsWith("touches words already deleted by a tracked change; it is described in the comment only", note.Message));
        var untracked = result.Notes.Select(n => n.Finding.Message).ToHashSet();
        Assert.Equal(draft, File.ReadAllBytes(path));
        // The validator finds nothing that was not already in the draft.
        var known = ValidationErrors(draft).Select(Description).GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        foreach (IGrouping<string, string> error in ValidationErrors(annotated).Select(Description).GroupBy(d => d))
        {
            Assert.True(error.Count() <= known.GetValueOrDefault(error.Key), $"{name}: new validation error: {error.Key}");
        }
        // The draft's own comments are all there, then one comment by DraftCheck per finding.
        var comments = Comments(annotated);
        Assert.Equal(Comments(draft).AsEnumerable(), comments.Take(Comments(draft).Length));
        Assert.Equal(findings.Count, comments.Skip(Comments(draft).Length).Count(c => c.Author == "DraftCheck"));
        // Rejecting every change gives the draft's original text, and rejecting DraftCheck's gives the draft as it was.
        Assert.Equal(BodyText(draft, RevisionView.Original), BodyText(annotated, RevisionView.Original));
        Assert.Equal(BodyText(draft, RevisionView.Accepted), BodyText(annotated, RevisionView.Original, onlyAuthor: "DraftCheck"));
        // Each comment covers exactly its words (in the view they were found in), without and with the suggested amendment.
        Dictionary<string, string> before = AllCommentedWords(annotated, RevisionView.Original, onlyAuthor: view == RevisionView.Original ? null : "DraftCheck");
        Dictionary<string, string> after = AllCommentedWords(annotated, RevisionView.Accepted);
        for (int i = 0; i < findings.Count; i++)
        {
            string id = comments.Single(c => c.Text.StartsWith($"{findings[i].RuleId} {findings[i].Severity.ToText()}: {findings[i].Message}", StringComparison.Ordinal)).Id;
            Assert.Equal(expected[i].Old, before[id]);
            if (view == RevisionView.Accepted) Assert.Equal(untracked.Contains(findings[i].Message) ? expected[i].Old : expected[i].New, after[id]);
        }
    }

    // A validation error without its place: positions move when marks are inserted.
    private static string Description(string error) => error[..error.LastIndexOf(" (", StringComparison.Ordinal)];
}
