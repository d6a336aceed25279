using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DraftCheck.SampleDrafts;

// Inside the namespace: DraftCheck.Text (a namespace) would otherwise hide the Word text element.
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

/// <summary>How <see cref="DocxDraftWriter"/> lays a draft out beyond the plain sample form.</summary>
public sealed record DocxDraftOptions
{
    /// <summary>
    /// Article and item labels come from Word's automatic numbering instead of typed text: articles "Article %1"
    /// (decimal) or "第%1条" (chineseCountingThousand), items "(%2)" or "（%2）" restarting in each article.
    /// </summary>
    public bool AutomaticNumbering { get; init; }

    /// <summary>Each article's first paragraph ends in a tracked change: " (draft)" deleted, " (amended)" inserted.</summary>
    public bool TrackedChanges { get; init; }

    /// <summary>The plain layout of the sample drafts: typed labels, no tracked changes.</summary>
    public static DocxDraftOptions Plain { get; } = new();
}

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
    public static byte[] ToBytes(DraftDocument draft) => ToBytes(draft, DocxDraftOptions.Plain);

    /// <summary>The .docx bytes of <paramref name="draft"/> laid out with <paramref name="options"/>.</summary>
    public static byte[] ToBytes(DraftDocument draft, DocxDraftOptions options)
    {
        using var package = new MemoryStream();
        using (WordprocessingDocument document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            // Explicit relationship ids: the SDK would otherwise draw random ones and the bytes would differ per run.
            MainDocumentPart main = document.AddNewPart<MainDocumentPart>(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            StyleDefinitionsPart styles = main.AddNewPart<StyleDefinitionsPart>("rId1");
            styles.Styles = Styles();
            bool chinese = draft.Lines.Any(l => l.Label.StartsWith('第'));
            if (options.AutomaticNumbering) main.AddNewPart<NumberingDefinitionsPart>("rId2").Numbering = Numbering(chinese);
            var body = new Body();
            int revision = 0;
            foreach (DraftLine line in draft.Lines) body.Append(ToParagraph(line, options, ref revision));
            body.Append(new SectionProperties(new PageSize { Width = 11906U, Height = 16838U }));
            main.Document = new Document(body);
        }
        return Normalize(package.ToArray());
    }

    private static Paragraph ToParagraph(DraftLine line, DocxDraftOptions options, ref int revision)
    {
        bool numbered = options.AutomaticNumbering && line.Kind is DraftLineKind.Article or DraftLineKind.Item;
        Paragraph paragraph = numbered ? ToNumberedParagraph(line) : ToParagraph(line);
        if (options.TrackedChanges && line.Kind == DraftLineKind.Article)
        {
            var date = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            paragraph.Append(
                new DeletedRun(new Run(new DeletedText(" (draft)") { Space = SpaceProcessingModeValues.Preserve })) { Id = (revision++).ToString(System.Globalization.CultureInfo.InvariantCulture), Author = "DraftCheck", Date = date },
                new InsertedRun(new Run(new Text(" (amended)") { Space = SpaceProcessingModeValues.Preserve })) { Id = (revision++).ToString(System.Globalization.CultureInfo.InvariantCulture), Author = "DraftCheck", Date = date });
        }
        return paragraph;
    }

    // The label is Word's: numbering instance 1, level 0 for articles and 1 for items; the text follows as typed.
    private static Paragraph ToNumberedParagraph(DraftLine line)
    {
        bool chinese = line.Label.StartsWith('第') || line.Label.StartsWith('（');
        int level = line.Kind == DraftLineKind.Article ? 0 : 1;
        var paragraph = new Paragraph(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 })));
        string separator = line.Kind == DraftLineKind.Article && chinese ? "\u3000" : string.Empty;
        if (line.Text.Length > 0) paragraph.Append(new Run(new Text(separator + line.Text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Numbering Numbering(bool chinese)
    {
        static Level Level(int index, string format, string text, LevelSuffixValues suffix) => new(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = new EnumValue<NumberFormatValues>(new NumberFormatValues(format)) },
            new LevelSuffix { Val = suffix },
            new LevelText { Val = text })
        {
            LevelIndex = index,
        };

        return new Numbering(
            new AbstractNum(
                chinese ? Level(0, "chineseCountingThousand", "第%1条", LevelSuffixValues.Nothing) : Level(0, "decimal", "Article %1", LevelSuffixValues.Space),
                chinese ? Level(1, "chineseCountingThousand", "（%2）", LevelSuffixValues.Nothing) : Level(1, "decimal", "(%2)", LevelSuffixValues.Space))
            {
                AbstractNumberId = 0,
            },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
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
