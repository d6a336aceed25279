using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftCheck.Model;
using DraftCheck.Text;
using ParagraphProperties = DocumentFormat.OpenXml.Wordprocessing.ParagraphProperties;

namespace DraftCheck.Docx;

/// <summary>
/// Step 1 for one part: walks the part's Open XML tree once, in document order, and writes its paragraphs into
/// <see cref="WordStory"/>s (the part's own story and the text boxes it holds). Every <c>w:p</c> and <c>w:r</c> is
/// counted exactly as <see cref="WordAnchors"/> defines, including those in content that is not read (the other branch
/// of an <c>mc:AlternateContent</c>, separator notes, schema-invalid elements), so anchors stay exact.
/// </summary>
internal sealed class StoryReader
{
    private static readonly HashSet<string> s_knownFields = new(StringComparer.Ordinal)
    {
        "ADDIN", "ADVANCE", "ASK", "AUTHOR", "AUTOTEXT", "AUTOTEXTLIST", "BARCODE", "BIBLIOGRAPHY", "BIDIOUTLINE", "CITATION",
        "COMMENTS", "COMPARE", "CREATEDATE", "DATABASE", "DATE", "DISPLAYBARCODE", "DOCPROPERTY", "DOCVARIABLE", "EDITTIME",
        "EQ", "FILENAME", "FILESIZE", "FILLIN", "FORMCHECKBOX", "FORMDROPDOWN", "FORMTEXT", "GOTOBUTTON", "GREETINGLINE",
        "HYPERLINK", "IF", "INCLUDEPICTURE", "INCLUDETEXT", "INDEX", "INFO", "KEYWORDS", "LASTSAVEDBY", "LINK", "MACROBUTTON",
        "MERGEFIELD", "MERGEREC", "MERGESEQ", "NEXT", "NEXTIF", "NOTEREF", "NUMCHARS", "NUMPAGES", "NUMWORDS", "PAGE",
        "PAGEREF", "PRINT", "PRINTDATE", "PRIVATE", "QUOTE", "RD", "REF", "REVNUM", "SAVEDATE", "SECTION", "SECTIONPAGES",
        "SEQ", "SET", "SHAPE", "SKIPIF", "STYLEREF", "SUBJECT", "SYMBOL", "TA", "TC", "TEMPLATE", "TIME", "TITLE", "TOA",
        "TOC", "USERADDRESS", "USERINITIALS", "USERNAME", "XE", "EMBED", "CONTROL", "DDE", "DDEAUTO", "GLOSSARY", "IMPORT",
        "LISTNUM", "AUTONUM", "AUTONUMLGL", "AUTONUMOUT",
    };

    private static readonly HashSet<string> s_numberingFields = new(StringComparer.Ordinal) { "AUTONUM", "AUTONUMLGL", "AUTONUMOUT", "LISTNUM" };

    private readonly WarningCollector _warnings;
    private readonly List<WordPiece> _pendingMarkers = [];
    private readonly Stack<FieldState> _fields = new();
    private WordStory _target;
    private WordParagraph? _current;
    private int _paragraphCounter;
    private int _runCounter;
    private int _tableDepth;
    private int _fieldsInInstruction;
    private string _owner = string.Empty;

    public StoryReader(string part, TextStory story, WarningCollector warnings)
    {
        _warnings = warnings;
        Story = new WordStory(story, part);
        TextBoxes = new WordStory(TextStory.TextBox, part);
        _target = Story;
    }

    /// <summary>The part's own paragraphs.</summary>
    public WordStory Story { get; }

    /// <summary>The paragraphs of the text boxes anchored in the part.</summary>
    public WordStory TextBoxes { get; }

    /// <summary>The tracked changes met while reading.</summary>
    public RevisionCounter Revisions { get; } = new();

    /// <summary>The section properties met, in document order (they name the headers and footers).</summary>
    public List<SectionProperties> Sections { get; } = [];

    private string Part => Story.Part;

    /// <summary>Reads the block content of <paramref name="container"/> (a body, a header, a note...) into the part's story.</summary>
    public void Read(OpenXmlElement container, string owner = "")
    {
        _owner = owner;
        ReadBlocks(container);
        FlushMarkers();
        _owner = string.Empty;
    }

    /// <summary>Counts the paragraphs (and runs) of content that is not read, so that later anchors stay exact.</summary>
    public void Skip(OpenXmlElement element)
    {
        if (element is Paragraph)
        {
            _paragraphCounter++;
            SkipChildren(element, insideParagraph: true);
            return;
        }
        if (element is Run && _current is not null) _runCounter++;
        SkipChildren(element, insideParagraph: false);
    }

    /// <summary>Ends the part: reports fields left open.</summary>
    public void Finish()
    {
        if (_fields.Count > 0)
        {
            string rest = _fieldsInInstruction > 0 ? "taken as its instruction and not read" : "read as its result";
            _warnings.Add(ReadWarningCodes.UnclosedField, Part,
                $"{Part}: a field is never closed (w:fldChar begin without end); the text after it is {rest}", AnchorHere());
        }
        _fields.Clear();
        _fieldsInInstruction = 0;
    }

    private void SkipChildren(OpenXmlElement element, bool insideParagraph)
    {
        for (OpenXmlElement? child = element.FirstChild; child is not null; child = child.NextSibling())
        {
            switch (child)
            {
                case Paragraph:
                    _paragraphCounter++;
                    SkipChildren(child, insideParagraph: true);
                    break;
                case Run:
                    if (!insideParagraph && _current is not null) _runCounter++;
                    SkipChildren(child, insideParagraph);
                    break;
                default:
                    if (child.HasChildren) SkipChildren(child, insideParagraph);
                    break;
            }
        }
    }

    private void ReadBlocks(OpenXmlElement container)
    {
        for (OpenXmlElement? child = container.FirstChild; child is not null; child = child.NextSibling())
        {
            ReadBlock(child);
        }
    }

    private void ReadBlock(OpenXmlElement element)
    {
        switch (element)
        {
            case Paragraph paragraph:
                ReadParagraph(paragraph);
                break;
            case Table table:
                _tableDepth++;
                ReadBlocks(table);
                _tableDepth--;
                break;
            case SectionProperties section:
                Sections.Add(section);
                Revisions.AddChildrenOf(section);
                break;
            case TableProperties or TableGrid or TableRowProperties or TableCellProperties or TablePropertyExceptions:
                Revisions.AddChildrenOf(element);
                break;
            case ParagraphProperties or SdtProperties or SdtEndCharProperties or BookmarkStart or BookmarkEnd or ProofError or PermStart or PermEnd:
                break;
            case MoveToRangeStart:
                Revisions.Add(element);
                break;
            case CommentRangeStart start:
                _pendingMarkers.Add(WordPiece.Marker(PieceKind.CommentStart, RevisionMark.None, start.Id?.Value ?? string.Empty, -1));
                break;
            case CommentRangeEnd end:
                AddMarkerAfterLastParagraph(WordPiece.Marker(PieceKind.CommentEnd, RevisionMark.None, end.Id?.Value ?? string.Empty, -1));
                break;
            case AlternateContent alternate:
                ReadAlternate(alternate, ReadBlocks);
                break;
            case OpenXmlUnknownElement unknown:
                SkipUnknown(unknown);
                break;
            case OpenXmlMiscNode:
                break;
            default:
                // Containers of blocks: table rows and cells, block content controls, custom XML, bodies...
                if (element.HasChildren) ReadBlocks(element);
                break;
        }
    }

    private void ReadParagraph(Paragraph paragraph)
    {
        // A paragraph inside a run (a text box) interrupts the paragraph holding it: keep that one's state.
        WordParagraph? outer = _current;
        int outerRuns = _runCounter;

        ParagraphProperties? properties = paragraph.ParagraphProperties;
        var read = new WordParagraph(_paragraphCounter++, ReadProperties(properties), _tableDepth > 0)
        {
            Owner = _owner,
        };
        if (properties is not null) ReadParagraphMark(properties, read);
        if (_pendingMarkers.Count > 0 && outer is null)
        {
            read.Pieces.AddRange(_pendingMarkers);
            _pendingMarkers.Clear();
        }
        _target.Paragraphs.Add(read);
        _current = read;
        _runCounter = 0;
        ReadInline(paragraph, RevisionMark.None);
        _current = outer;
        _runCounter = outerRuns;
    }

    private WordParagraphProperties ReadProperties(ParagraphProperties? properties)
    {
        if (properties is null) return WordParagraphProperties.Empty;
        return new WordParagraphProperties(
            properties.ParagraphStyleId?.Val?.Value ?? string.Empty,
            new NumberingReference(properties.NumberingProperties?.NumberingId?.Val?.Value, properties.NumberingProperties?.NumberingLevelReference?.Val?.Value),
            OutlineLevels.Normalize(properties.OutlineLevel?.Val?.Value));
    }

    private void ReadParagraphMark(ParagraphProperties properties, WordParagraph paragraph)
    {
        Revisions.AddChildrenOf(properties);
        if (properties.ParagraphMarkRunProperties is { } mark)
        {
            Revisions.AddChildrenOf(mark);
            for (OpenXmlElement? child = mark.FirstChild; child is not null; child = child.NextSibling())
            {
                paragraph.Mark |= child switch
                {
                    Inserted or MoveTo => RevisionMark.Inserted,
                    Deleted or MoveFrom => RevisionMark.Deleted,
                    _ => RevisionMark.None,
                };
            }
        }
        if (properties.ParagraphPropertiesChange?.ParagraphPropertiesExtended is { } before)
        {
            paragraph.OriginalProperties = new WordParagraphProperties(
                before.ParagraphStyleId?.Val?.Value ?? string.Empty,
                new NumberingReference(before.NumberingProperties?.NumberingId?.Val?.Value, before.NumberingProperties?.NumberingLevelReference?.Val?.Value),
                OutlineLevels.Normalize(before.OutlineLevel?.Val?.Value));
        }
        if (properties.SectionProperties is { } section)
        {
            Sections.Add(section);
            Revisions.AddChildrenOf(section);
        }
        for (OpenXmlElement? child = properties.FirstChild; child is not null; child = child.NextSibling())
        {
            if (child is OpenXmlUnknownElement unknown) ReportUnknown(unknown);
        }
    }

    private void ReadInline(OpenXmlElement container, RevisionMark revision)
    {
        for (OpenXmlElement? child = container.FirstChild; child is not null; child = child.NextSibling())
        {
            switch (child)
            {
                case Run run:
                    ReadRun(run, revision);
                    break;
                case ParagraphProperties or BookmarkStart or BookmarkEnd or ProofError or PermStart or PermEnd or SdtProperties or SdtEndCharProperties:
                    break;
                case InsertedRun or MoveToRun:
                    Revisions.Add(child);
                    ReadInline(child, revision | RevisionMark.Inserted);
                    break;
                case DeletedRun or MoveFromRun:
                    Revisions.Add(child);
                    ReadInline(child, revision | RevisionMark.Deleted);
                    break;
                case MoveToRangeStart:
                    Revisions.Add(child);
                    break;
                case CommentRangeStart start:
                    AddPiece(WordPiece.Marker(PieceKind.CommentStart, RevisionMark.None, start.Id?.Value ?? string.Empty, -1));
                    break;
                case CommentRangeEnd end:
                    AddPiece(WordPiece.Marker(PieceKind.CommentEnd, RevisionMark.None, end.Id?.Value ?? string.Empty, -1));
                    break;
                case SimpleField field:
                    CheckFieldCode(field.Instruction?.Value ?? string.Empty);
                    ReadInline(field, revision);
                    break;
                case Ruby ruby:
                    // The base text is read; the pronunciation guide above it is not (its runs still count).
                    foreach (OpenXmlElement part in ruby.ChildElements)
                    {
                        if (part is RubyBase) ReadInline(part, revision);
                        else Skip(part);
                    }
                    break;
                case AlternateContent alternate:
                    ReadAlternate(alternate, branch => ReadInline(branch, revision));
                    break;
                case Paragraph nested:
                    ReadParagraph(nested);
                    break;
                case Table table:
                    _tableDepth++;
                    ReadBlocks(table);
                    _tableDepth--;
                    break;
                case OpenXmlUnknownElement { LocalName: "smartTag" } smartTag when IsWordprocessing(smartTag):
                    ReadSmartTag(smartTag, revision);
                    break;
                case OpenXmlUnknownElement unknown:
                    SkipUnknown(unknown);
                    break;
                default:
                    // Hyperlinks, content controls, custom XML, math: read what they hold.
                    if (child.HasChildren) ReadInline(child, revision);
                    break;
            }
        }
    }

    private void ReadRun(Run run, RevisionMark revision)
    {
        int runIndex = _runCounter++;
        int offset = 0;
        for (OpenXmlElement? child = run.FirstChild; child is not null; child = child.NextSibling())
        {
            if (WordAnchors.RunText(child) is { } text)
            {
                // Text between a field's begin and separator is its instruction, not what Word shows.
                if (_fieldsInInstruction == 0 && text.Length > 0) AddPiece(WordPiece.TextOf(text, revision, runIndex, offset));
                offset += text.Length;
                continue;
            }
            switch (child)
            {
                case RunProperties properties:
                    Revisions.AddChildrenOf(properties);
                    break;
                case FieldChar fieldChar:
                    ReadFieldChar(fieldChar);
                    break;
                case FieldCode code:
                    if (_fields.TryPeek(out FieldState? field) && !field.InResult) field.Code.Append(code.Text);
                    break;
                case DeletedFieldCode deletedCode:
                    if (_fields.TryPeek(out FieldState? deletedField) && !deletedField.InResult) deletedField.Code.Append(deletedCode.Text);
                    break;
                case FootnoteReference footnote:
                    AddPiece(WordPiece.Marker(PieceKind.FootnoteReference, revision, footnote.Id?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                        runIndex, footnote.CustomMarkFollows?.Value == true));
                    break;
                case EndnoteReference endnote:
                    AddPiece(WordPiece.Marker(PieceKind.EndnoteReference, revision, endnote.Id?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                        runIndex, endnote.CustomMarkFollows?.Value == true));
                    break;
                case CommentReference comment:
                    AddPiece(WordPiece.Marker(PieceKind.CommentReference, revision, comment.Id?.Value ?? string.Empty, runIndex));
                    break;
                case OpenXmlUnknownElement unknown:
                    SkipUnknown(unknown);
                    break;
                default:
                    // Drawings, VML pictures, objects: the only text they hold is in text boxes.
                    if (child.HasChildren) ReadEmbedded(child);
                    break;
            }
        }
    }

    // Finds the text boxes of a drawing in document order, without looking into a text box's own content twice.
    private void ReadEmbedded(OpenXmlElement element)
    {
        for (OpenXmlElement? child = element.FirstChild; child is not null; child = child.NextSibling())
        {
            switch (child)
            {
                case TextBoxContent textBox:
                    ReadTextBox(textBox);
                    break;
                case AlternateContent alternate:
                    ReadAlternate(alternate, ReadEmbedded);
                    break;
                case Paragraph or Run:
                    Skip(child);
                    break;
                default:
                    if (child.HasChildren) ReadEmbedded(child);
                    break;
            }
        }
    }

    private void ReadTextBox(TextBoxContent textBox)
    {
        WordStory outerTarget = _target;
        WordParagraph? outerParagraph = _current;
        int outerRuns = _runCounter, outerTables = _tableDepth;
        _target = TextBoxes;
        _current = null;
        _tableDepth = 0;
        ReadBlocks(textBox);
        _target = outerTarget;
        _current = outerParagraph;
        _runCounter = outerRuns;
        _tableDepth = outerTables;
    }

    // Word shows the first choice it understands; we read the first choice the SDK understood, else the fallback.
    private void ReadAlternate(AlternateContent alternate, Action<OpenXmlElement> read)
    {
        OpenXmlElement? chosen = null;
        foreach (OpenXmlElement branch in alternate.ChildElements)
        {
            if (branch is AlternateContentChoice choice && !choice.ChildElements.Any(c => c is OpenXmlUnknownElement))
            {
                chosen = choice;
                break;
            }
        }
        chosen ??= alternate.GetFirstChild<AlternateContentFallback>() ?? (OpenXmlElement?)alternate.GetFirstChild<AlternateContentChoice>();
        foreach (OpenXmlElement branch in alternate.ChildElements)
        {
            if (ReferenceEquals(branch, chosen)) read(branch);
            else Skip(branch);
        }
    }

    private void ReadFieldChar(FieldChar fieldChar)
    {
        FieldCharValues? type = fieldChar.FieldCharType?.Value;
        if (type == FieldCharValues.Begin)
        {
            _fields.Push(new FieldState());
            _fieldsInInstruction++;
        }
        else if (type == FieldCharValues.Separate)
        {
            if (_fields.TryPeek(out FieldState? field) && !field.InResult)
            {
                field.InResult = true;
                _fieldsInInstruction--;
                CheckFieldCode(field.Code.ToString());
            }
        }
        else if (type == FieldCharValues.End && _fields.TryPop(out FieldState? ended))
        {
            if (!ended.InResult)
            {
                _fieldsInInstruction--;
                CheckFieldCode(ended.Code.ToString());
            }
        }
    }

    private void CheckFieldCode(string code)
    {
        ReadOnlySpan<char> trimmed = code.AsSpan().TrimStart();
        int end = 0;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]) && trimmed[end] != '\\') end++;
        string keyword = trimmed[..end].ToString().ToUpperInvariant();
        if (keyword.Length == 0 || keyword.StartsWith('=')) return;
        if (s_numberingFields.Contains(keyword))
        {
            _warnings.Add(ReadWarningCodes.UncomputedNumberField, keyword,
                $"field {keyword} numbers paragraphs without storing the number; the number is left out of the text", AnchorHere());
        }
        else if (!s_knownFields.Contains(keyword))
        {
            _warnings.Add(ReadWarningCodes.UnknownField, keyword,
                $"unknown field code {keyword}; its displayed result is read as it is", AnchorHere());
        }
    }

    // Smart tags (Word 2003-2007) left the schema, so the SDK gives their runs as unknown elements that no anchor
    // counts (WordAnchors.Runs sees typed runs only). Their text is still what Word shows: it is read, anchored to
    // the paragraph as generated text (run index -1), since no run index can point at it.
    private void ReadSmartTag(OpenXmlUnknownElement smartTag, RevisionMark revision)
    {
        _warnings.Add(ReadWarningCodes.SchemaInvalid, $"{Part}:smartTag",
            $"{Part}: w:smartTag (a Word 2003 smart tag, no longer in the schema) is read as plain text; findings in it point at its paragraph, not at a run",
            AnchorHere());
        foreach (OpenXmlElement element in smartTag.Descendants())
        {
            if (element is not OpenXmlUnknownElement { } unknown || !IsWordprocessing(unknown)) continue;
            string? text = unknown.LocalName switch
            {
                "t" => unknown.InnerText,
                "tab" => "\t",
                "br" or "cr" => "\n",
                _ => null,
            };
            if (text is { Length: > 0 } && _fieldsInInstruction == 0) AddPiece(WordPiece.TextOf(text, revision, -1, -1));
        }
    }

    private static bool IsWordprocessing(OpenXmlElement element) =>
        element.NamespaceUri is WordprocessingNamespaces.Transitional or WordprocessingNamespaces.Strict;

    private void SkipUnknown(OpenXmlUnknownElement unknown)
    {
        ReportUnknown(unknown);
        Skip(unknown);
    }

    private void ReportUnknown(OpenXmlUnknownElement unknown)
    {
        // Elements of other namespaces may be ignorable extensions; only WordprocessingML that breaks the schema is reported.
        if (!IsWordprocessing(unknown)) return;
        string parent = unknown.Parent?.XName.LocalName is { } name ? $"w:{name}" : "the root";
        _warnings.Add(ReadWarningCodes.SchemaInvalid, $"{Part}:{parent}/{unknown.LocalName}",
            $"{Part}: w:{unknown.LocalName} is not allowed in {parent} by the WordprocessingML schema; it is skipped", AnchorHere());
    }

    private void AddPiece(WordPiece piece)
    {
        if (_current is not null) _current.Pieces.Add(piece);
        else _pendingMarkers.Add(piece);
    }

    private void AddMarkerAfterLastParagraph(WordPiece marker)
    {
        if (_target.Paragraphs.Count > 0 && _pendingMarkers.Count == 0) _target.Paragraphs[^1].Pieces.Add(marker);
        else _pendingMarkers.Add(marker);
    }

    // Markers after the last paragraph of a container (a comment range ending a note) attach to that paragraph.
    private void FlushMarkers()
    {
        if (_pendingMarkers.Count == 0) return;
        if (_target.Paragraphs.Count > 0) _target.Paragraphs[^1].Pieces.AddRange(_pendingMarkers);
        _pendingMarkers.Clear();
    }

    private WordAnchor AnchorHere() =>
        _current is null ? new WordAnchor(Part, Math.Max(0, _paragraphCounter - 1), -1, -1) : new WordAnchor(Part, _current.Index, Math.Max(0, _runCounter - 1), 0);

    private sealed class FieldState
    {
        public StringBuilder Code { get; } = new();

        public bool InResult { get; set; }
    }
}

/// <summary>The namespaces of WordprocessingML (transitional and ISO strict).</summary>
internal static class WordprocessingNamespaces
{
    public const string Transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string Strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
}
