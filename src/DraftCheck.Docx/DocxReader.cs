// The Word reader, in two steps as pandoc's docx reader: step 1 (Reading/) walks the Open XML tree of each part into an
// intermediate of paragraphs, runs, markers and numbering references (WordStory); step 2 (Composing/) decides what the
// view shows, joins paragraphs, renders numbering labels and builds the TextLayer. PackageChecks runs before both.
//
// Coverage: what the reader does with each Word construct. Keep this table true when the code changes.
//
// | Construct                                  | Read as                                                                        |
// | ------------------------------------------ | ------------------------------------------------------------------------------ |
// | w:p, w:r, w:t, w:tab, w:br, w:cr           | paragraphs and their text; a tab stays '\t', a line break reads as a space       |
// | w:noBreakHyphen, w:softHyphen, w:sym       | U+2011, U+00AD, U+FFFD (WordAnchors.RunText)                                    |
// | automatic numbering (w:numPr, numbering.xml)| the label Word renders, at the start of the paragraph, with its suffix (tab,   |
// |                                            | space, nothing); abstractNum levels, lvlText %1..%9, numFmt (NumberFormats),    |
// |                                            | start, lvlRestart, lvlOverride/startOverride, numStyleLink, isLgl (ListCounters)|
// | list counters                              | one set per story (the body, the footnotes, each header...), advanced over   |
// |                                            | the paragraphs the view shows; instances of one abstractNum share counters    |
// | numbering through paragraph styles         | numPr of the style or its basedOn chain; the level from the style, or the level |
// |                                            | whose w:pStyle names the style                                                  |
// | paragraph styles, outline levels           | style id and name; outline level from the paragraph, else the style chain       |
// | w:ins, w:del, w:moveTo, w:moveFrom (runs)  | accepted view: insertions and move destinations in, the rest out; original view: |
// |                                            | the reverse                                                                     |
// | inserted/deleted paragraph marks           | a mark the view removes joins its paragraph to the next; the joined paragraph    |
// |                                            | takes the properties of the surviving (last) mark                               |
// | w:pPrChange                                | original view: the paragraph's style and numbering before the change            |
// | w:rPrChange and other property changes     | counted in RevisionCount (RevisionCounter), no effect on the text               |
// | tables (w:tbl, w:tr, w:tc)                 | cell paragraphs in reading order (row by row, cell by cell), IsInTable          |
// | nested tables                              | read; more than DocxReadOptions.MaxTableNesting deep: DraftError TooDeeplyNested |
// | complex fields (w:fldChar, w:instrText)    | the displayed result; never the instruction; unknown codes warn (DW0104)       |
// | simple fields (w:fldSimple)                | the displayed result                                                             |
// | AUTONUM, LISTNUM fields                    | left out, with a warning (DW0105): their numbers are not stored                |
// | content controls (w:sdt), w:customXml,     | their content, in place                                                          |
// | w:hyperlink                                |                                                                                  |
// | w:smartTag (Word 2003; not in the SDK's    | its text, anchored to its paragraph as generated text (run index -1: no run     |
// | schema, so its runs are untyped)           | index can point at it), with a warning (DW0101)                                 |
// | mc:AlternateContent                        | the first choice the SDK understands, else the fallback; the other branches'    |
// |                                            | paragraphs and runs are counted for anchors, not read                           |
// | text boxes (w:txbxContent in drawings, VML)| story TextBox, kept apart from the body, anchored in their host part            |
// | footnotes, endnotes                        | stories Footnote/Endnote; TextNote links each note to its reference point (the  |
// |                                            | mark is not put in the body text) and gives the mark Word prints               |
// | separator notes                            | not read (counted for anchors)                                                  |
// | comments                                   | story Comment; TextComment with the anchored span (commentRangeStart..End, else |
// |                                            | the reference point) and its thread parent (commentsExtended)                  |
// | headers, footers                           | stories Header/Footer, each part once, in the order the sections name them      |
// | w:ruby                                     | the base text; the pronunciation guide is not read                              |
// | math (m:oMath)                             | not read (no w:t inside)                                                        |
// | hidden text (w:vanish)                     | read like visible text (Word hides it on screen; a draft's hidden words are    |
// |                                            | still its words)                                                                |
// | note marks (w:footnotePr, w:endnotePr)     | numbered by visible references in reading order, in the format and start of   |
// |                                            | the last section, else of the settings part (defaults: 1, 2... and i, ii...);   |
// |                                            | restarts per page or section are not followed                                   |
// | several w:body elements                    | all read, in order, with a warning (DW0102)                                     |
// | schema-invalid WordprocessingML elements   | skipped with a warning (DW0101)                                                 |
// | ISO strict namespaces                      | read like transitional (the SDK maps them)                                      |
// | .docm, .dotx, .dotm                        | read like .docx                                                                 |
// | hostile or broken packages                 | one DraftError each (PackageChecks, this file): not a zip, truncated, bad CRC,   |
// |                                            | encrypted, legacy .doc, no main part, DTD, zip bomb, nesting; never an exception |
using System.Collections.Immutable;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftCheck.Model;
using DraftCheck.Text;
using RevisionView = DraftCheck.Text.RevisionView;

namespace DraftCheck.Docx;

/// <summary>How to read a draft, and the limits that protect the reader from hostile files.</summary>
public sealed record DocxReadOptions
{
    /// <summary>Which text to read when the draft has tracked changes.</summary>
    public RevisionView View { get; init; } = RevisionView.Accepted;

    /// <summary>The most bytes the archive may expand to, all entries together.</summary>
    public long MaxUncompressedBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>The highest compression ratio an entry larger than 1 MB may have.</summary>
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>The deepest XML element nesting any part may have.</summary>
    public int MaxXmlDepth { get; init; } = 400;

    /// <summary>The deepest nesting of tables in tables any part may have.</summary>
    public int MaxTableNesting { get; init; } = 32;

    /// <summary>The defaults.</summary>
    public static DocxReadOptions Default { get; } = new();

    /// <summary>The limits in one sentence, for help texts: "archives that expand beyond 512 MB...".</summary>
    public string DescribeLimits() =>
        $"Drafts are refused as possible zip bombs when their archive expands beyond {PackageChecks.FormatSize(MaxUncompressedBytes)} " +
        $"or an entry over 1 MB is compressed more than {MaxCompressionRatio.ToString(System.Globalization.CultureInfo.InvariantCulture)}:1, " +
        $"and as too deeply nested beyond {MaxXmlDepth} levels of XML or {MaxTableNesting} levels of tables in tables; DTDs are never processed.";
}

/// <summary>The outcome of reading a draft: its text layer and what the reader tolerated, or why it could not be read.</summary>
public sealed record DocxReadResult(TextLayer? Text, ImmutableArray<ReadWarning> Warnings, DraftError? Error)
{
    /// <summary>Whether the draft was read.</summary>
    public bool Succeeded => Text is not null;
}

/// <summary>
/// Reads a Word draft (.docx, .docm, .dotx, .dotm) into a <see cref="TextLayer"/>. The file is opened read-only and
/// never written. Bad input never throws: it gives a <see cref="DraftError"/> in the result.
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

    /// <summary>Reads a draft from a seekable stream, which is never written; <paramref name="draftName"/> names it in errors.</summary>
    public static DocxReadResult Read(Stream stream, string draftName, DocxReadOptions? options = null)
    {
        options ??= DocxReadOptions.Default;
        try
        {
            if (!stream.CanSeek) return Fail(DraftErrorKind.Usage, draftName, "the draft must be read from a seekable stream");
            DraftError? packageError = PackageChecks.Inspect(stream, draftName, options);
            if (packageError is not null) return new DocxReadResult(null, [], packageError);
            stream.Position = 0;
            return ReadPackage(stream, draftName, options);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or StackOverflowException))
        {
            // Not a property of the draft that the checks above name: a bug in DraftCheck or the SDK. The run goes on.
            return Fail(DraftErrorKind.Internal, draftName, $"internal error while reading the draft ({ex.GetType().Name}: {ex.Message})");
        }
    }

    private static DocxReadResult ReadPackage(Stream stream, string draftName, DocxReadOptions options)
    {
        WordprocessingDocument package;
        try
        {
            package = WordprocessingDocument.Open(stream, isEditable: false, new OpenSettings { AutoSave = false });
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or IOException)
        {
            return Fail(DraftErrorKind.MissingMainPart, draftName, $"not a Word package: {ex.Message}");
        }
        using (package)
        {
            if (package.MainDocumentPart is not { } main)
            {
                return Fail(DraftErrorKind.MissingMainPart, draftName, "the package has no main document part (no officeDocument relationship in _rels/.rels)");
            }
            Document? document;
            try
            {
                document = main.Document;
            }
            catch (XmlException ex)
            {
                return Fail(DraftErrorKind.MalformedXml, draftName, $"{main.Uri.OriginalString} is not well-formed XML ({ex.Message})");
            }
            catch (Exception ex) when (ex is InvalidDataException or OpenXmlPackageException)
            {
                // The package names a main part, but what it holds is not a Word document (a theme, a spreadsheet...).
                return Fail(DraftErrorKind.MissingMainPart, draftName, $"the package has no Word main document part: {main.Uri.OriginalString} does not hold a w:document ({ex.Message})");
            }
            if (document is null)
            {
                return Fail(DraftErrorKind.MissingMainPart, draftName, $"the main document part {main.Uri.OriginalString} has no w:document");
            }
            var warnings = new WarningCollector();
            WordDraft draft = new DraftReader(main, warnings).Read(document);
            TextLayer text = new LayerComposer(draft, options.View, warnings).Compose();
            return new DocxReadResult(text, warnings.ToImmutable(), null);
        }
    }

    private static DocxReadResult Fail(DraftErrorKind kind, string draft, string message) =>
        new(null, [], new DraftError(kind, draft, message));
}
