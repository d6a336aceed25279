using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftCheck.Model;
using DraftCheck.Text;

namespace DraftCheck.Docx.Tests;

/// <summary>
/// Follows every anchor of a text layer back into the Word file with <see cref="WordAnchors"/>, as the annotated-docx
/// writer will, and lists the characters that do not come back.
/// </summary>
internal static class AnchorCheck
{
    public static List<string> Mismatches(Stream docx, TextLayer layer, int limit = 5)
    {
        var problems = new List<string>();
        using WordprocessingDocument package = WordprocessingDocument.Open(docx, isEditable: false);
        MainDocumentPart main = package.MainDocumentPart!;
        var parts = new Dictionary<string, OpenXmlPart>(StringComparer.Ordinal) { [main.Uri.OriginalString] = main };
        foreach (IdPartPair pair in main.Parts) parts.TryAdd(pair.OpenXmlPart.Uri.OriginalString, pair.OpenXmlPart);
        var paragraphs = new Dictionary<string, List<Paragraph>>(StringComparer.Ordinal);
        var runs = new Dictionary<(string, int), List<Run>>();
        var runTexts = new Dictionary<(string, int, int), string>();

        foreach (SourceSegment segment in layer.SourceMap.Segments)
        {
            WordAnchor anchor = segment.Anchor;
            if (anchor.IsNone || anchor.IsGenerated) continue;
            if (!paragraphs.TryGetValue(anchor.Part, out List<Paragraph>? list))
            {
                if (!parts.TryGetValue(anchor.Part, out OpenXmlPart? part) || part.RootElement is not { } root)
                {
                    problems.Add($"{anchor}: no part {anchor.Part}");
                    continue;
                }
                paragraphs[anchor.Part] = list = [.. WordAnchors.Paragraphs(root)];
            }
            if (!runTexts.TryGetValue((anchor.Part, anchor.ParagraphIndex, anchor.RunIndex), out string? runText))
            {
                if (!runs.TryGetValue((anchor.Part, anchor.ParagraphIndex), out List<Run>? paragraphRuns))
                {
                    runs[(anchor.Part, anchor.ParagraphIndex)] = paragraphRuns = anchor.ParagraphIndex < list.Count ? [.. WordAnchors.Runs(list[anchor.ParagraphIndex])] : [];
                }
                Run? run = paragraphRuns.ElementAtOrDefault(anchor.RunIndex);
                runText = run is null ? string.Empty : string.Concat(run.ChildElements.Select(WordAnchors.RunText));
                runTexts[(anchor.Part, anchor.ParagraphIndex, anchor.RunIndex)] = runText;
            }
            string expected = layer.Text.Substring(segment.Start, segment.Length);
            string actual = anchor.Offset + segment.Length <= runText.Length ? runText.Substring(anchor.Offset, segment.Length).Replace('\n', ' ') : "<out of range>";
            if (expected != actual) problems.Add($"{anchor}: layer \"{expected}\" but Word \"{actual}\"");
            if (problems.Count >= limit) break;
        }
        return problems;
    }
}
