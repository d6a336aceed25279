using System.Collections.Immutable;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftCheck.Model;
using DraftCheck.Text;
using ParagraphProperties = DraftCheck.Text.ParagraphProperties;
using RevisionView = DraftCheck.Text.RevisionView;

namespace DraftCheck.Docx;

/// <summary>How to read a draft.</summary>
public sealed record DocxReadOptions
{
    /// <summary>Which text to read when the draft has tracked changes.</summary>
    public RevisionView View { get; init; } = RevisionView.Accepted;

    /// <summary>The most bytes the archive may expand to.</summary>
    public long MaxUncompressedBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>The highest compression ratio any entry may have.</summary>
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>The defaults.</summary>
    public static DocxReadOptions Default { get; } = new();
}

/// <summary>The outcome of reading a draft: its text layer and what the reader tolerated, or why it could not be read.</summary>
public sealed record DocxReadResult(TextLayer? Text, ImmutableArray<ReadWarning> Warnings, DraftError? Error)
{
    /// <summary>Whether the draft was read.</summary>
    public bool Succeeded => Text is not null;
}

/// <summary>
/// Reads a Word draft (.docx, .docm, .dotx, .dotm) into a <see cref="TextLayer"/>. The file is opened read-only and
/// never written.
/// </summary>
public static class DocxReader
{
    /// <summary>Reads the draft at <paramref name="path"/>; a failure is returned as a <see cref="DraftError"/>, never thrown.</summary>
    public static DocxReadResult Read(string path, DocxReadOptions? options = null)
    {
        options ??= DocxReadOptions.Default;
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Fail(DraftErrorKind.FileNotFound, path, ex is FileNotFoundException or DirectoryNotFoundException ? "file not found" : $"cannot open the file ({ex.Message})");
        }
        using (stream)
        {
            return Read(stream, path, options);
        }
    }

    /// <summary>Reads a draft from a seekable stream; <paramref name="draftName"/> names it in errors.</summary>
    public static DocxReadResult Read(Stream stream, string draftName, DocxReadOptions? options = null)
    {
        options ??= DocxReadOptions.Default;
        DraftError? formatError = PackageChecks.Inspect(stream, draftName, options);
        if (formatError is not null) return new DocxReadResult(null, [], formatError);
        stream.Position = 0;
        try
        {
            using WordprocessingDocument document = WordprocessingDocument.Open(stream, isEditable: false);
            MainDocumentPart? main = document.MainDocumentPart;
            if (main?.Document?.Body is not { } body)
            {
                return Fail(DraftErrorKind.MissingMainPart, draftName, "the package has no main document part (word/document.xml)");
            }
            return new DocxReadResult(new BodyReader(main, options.View).Read(body), [], null);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            return Fail(DraftErrorKind.ExternalEntity, draftName, "an XML part declares a DTD or external entity, which DraftCheck never resolves");
        }
        catch (XmlException ex)
        {
            return Fail(DraftErrorKind.MalformedXml, draftName, $"an XML part is not well-formed: {ex.Message}");
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException)
        {
            return Fail(DraftErrorKind.MissingMainPart, draftName, $"not a valid Word package: {ex.Message}");
        }
    }

    private static DocxReadResult Fail(DraftErrorKind kind, string draft, string message) =>
        new(null, [], new DraftError(kind, draft, message));

    /// <summary>Turns the body's paragraphs into text with a source map.</summary>
    private sealed class BodyReader(MainDocumentPart main, RevisionView view)
    {
        private readonly Dictionary<string, (string Name, int? OutlineLevel)> _styles = ReadStyles(main);
        private int _revisions;

        public TextLayer Read(Body body)
        {
            var builder = new TextLayerBuilder { View = view };
            int paragraphIndex = 0;
            foreach (Paragraph paragraph in WordAnchors.Paragraphs(body))
            {
                AddParagraph(builder, paragraph, paragraphIndex++);
            }
            _revisions += body.Descendants<InsertedRun>().Count() + body.Descendants<DeletedRun>().Count();
            builder.RevisionCount = _revisions;
            return builder.Build();
        }

        private void AddParagraph(TextLayerBuilder builder, Paragraph paragraph, int paragraphIndex)
        {
            string styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? string.Empty;
            (string name, int? outline) = _styles.GetValueOrDefault(styleId, (string.Empty, null));
            int? ownOutline = paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value;
            builder.BeginParagraph(new ParagraphProperties
            {
                StyleId = styleId,
                StyleName = name,
                OutlineLevel = ownOutline ?? outline,
                IsInTable = paragraph.Ancestors<TableCell>().Any(),
            });
            int runIndex = 0;
            foreach (Run run in WordAnchors.Runs(paragraph))
            {
                bool inserted = run.Parent is InsertedRun;
                bool deleted = run.Parent is DeletedRun;
                int offset = 0;
                foreach (OpenXmlElement child in run.ChildElements)
                {
                    string? piece = WordAnchors.RunText(child);
                    if (piece is null) continue;
                    bool visible = view == RevisionView.Accepted ? !deleted && child is not DeletedText : !inserted;
                    // A line break inside a paragraph reads as a space: the text layer keeps '\n' for paragraph ends.
                    if (visible) builder.Append(piece == "\n" ? " " : piece, new WordAnchor(WordAnchor.MainPart, paragraphIndex, runIndex, offset));
                    offset += piece.Length;
                }
                runIndex++;
            }
            builder.EndParagraph();
        }

        private static Dictionary<string, (string Name, int? OutlineLevel)> ReadStyles(MainDocumentPart main)
        {
            var styles = new Dictionary<string, (string, int?)>(StringComparer.Ordinal);
            if (main.StyleDefinitionsPart?.Styles is not { } all) return styles;
            foreach (Style style in all.Elements<Style>())
            {
                if (style.StyleId?.Value is not { } id) continue;
                styles[id] = (style.StyleName?.Val?.Value ?? id, style.StyleParagraphProperties?.OutlineLevel?.Val?.Value);
            }
            return styles;
        }
    }
}
