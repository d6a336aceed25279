using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DraftCheck.SampleDrafts;

/// <summary>
/// Writes a <see cref="DraftDocument"/> as a .docx the way drafting offices lay out laws: a Title paragraph, chapters in
/// Heading 1, sections in Heading 2, each article label in a bold run of its own followed by the text. The same document
/// always gives the same bytes (fixed zip timestamps, no document properties).
/// </summary>
public static class DocxDraftWriter
{
    /// <summary>Writes <paramref name="draft"/> to <paramref name="path"/>.</summary>
    public static void Write(DraftDocument draft, string path)
    {
        byte[] bytes = ToBytes(draft);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>The .docx bytes of <paramref name="draft"/>.</summary>
    public static byte[] ToBytes(DraftDocument draft)
    {
        using var package = new MemoryStream();
        using (WordprocessingDocument document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            // Explicit relationship ids: the SDK would otherwise draw random ones and the bytes would differ per run.
            MainDocumentPart main = document.AddNewPart<MainDocumentPart>(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            StyleDefinitionsPart styles = main.AddNewPart<StyleDefinitionsPart>("rId1");
            styles.Styles = Styles();
            var body = new Body();
            foreach (DraftLine line in draft.Lines) body.Append(ToParagraph(line));
            body.Append(new SectionProperties(new PageSize { Width = 11906U, Height = 16838U }));
            main.Document = new Document(body);
        }
        return Normalize(package.ToArray());
    }

    private static Paragraph ToParagraph(DraftLine line)
    {
        string? style = line.Kind switch
        {
            DraftLineKind.Title => "Title",
            DraftLineKind.Chapter => "Heading1",
            DraftLineKind.Section => "Heading2",
            _ => null,
        };
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        bool chinese = line.Label.StartsWith('第') || line.Label.StartsWith('（');
        if (line.Label.Length > 0)
        {
            // Article labels are bold, as printed laws set them; Chinese drafts separate label and text by an ideographic space.
            var labelRun = new Run();
            if (line.Kind == DraftLineKind.Article) labelRun.Append(new RunProperties(new Bold()));
            labelRun.Append(new Text(line.Label) { Space = SpaceProcessingModeValues.Preserve });
            paragraph.Append(labelRun);
            if (line.Text.Length > 0)
            {
                string separator = line.Kind == DraftLineKind.Item ? (chinese ? string.Empty : " ") : (chinese ? "\u3000" : " ");
                paragraph.Append(new Run(new Text(separator + line.Text) { Space = SpaceProcessingModeValues.Preserve }));
            }
        }
        else
        {
            paragraph.Append(new Run(new Text(line.Text) { Space = SpaceProcessingModeValues.Preserve }));
        }
        return paragraph;
    }

    private static Styles Styles()
    {
        static Style Paragraph(string id, string name, int? outline, bool bold, int size) => new(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(outline is null ? new KeepNext() : new OutlineLevel { Val = outline.Value }),
            new StyleRunProperties(bold ? new Bold() : new Italic(), new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };

        return new Styles(
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Paragraph("Title", "Title", null, true, 32),
            Paragraph("Heading1", "heading 1", 0, true, 28),
            Paragraph("Heading2", "heading 2", 1, true, 24));
    }

    // Rewrites the zip with fixed timestamps so that the same draft always gives the same bytes.
    private static byte[] Normalize(byte[] docx)
    {
        using var input = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (ZipArchiveEntry entry in input.Entries)
            {
                ZipArchiveEntry copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using Stream from = entry.Open();
                using Stream to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}
