using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftCheck.Text;
using ParagraphProperties = DocumentFormat.OpenXml.Wordprocessing.ParagraphProperties;
using RevisionView = DraftCheck.Text.RevisionView;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace DraftCheck.Docx.Tests;

/// <summary>Builds small Word drafts with the Open XML SDK, the way Word writes the features under test.</summary>
internal static class TestDocx
{
    /// <summary>A .docx whose body holds <paramref name="content"/>; <paramref name="setup"/> adds parts (numbering, styles...).</summary>
    public static byte[] Create(Action<MainDocumentPart>? setup, params OpenXmlElement[] content) =>
        Create(WordprocessingDocumentType.Document, setup, content);

    public static byte[] Create(WordprocessingDocumentType type, Action<MainDocumentPart>? setup, params OpenXmlElement[] content)
    {
        using var stream = new MemoryStream();
        using (WordprocessingDocument document = WordprocessingDocument.Create(stream, type))
        {
            MainDocumentPart main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(content));
            setup?.Invoke(main);
        }
        return stream.ToArray();
    }

    /// <summary>A .docx with <paramref name="levels"/> as abstract numbering 0 and instance 1 (and <paramref name="more"/> instances).</summary>
    public static byte[] WithNumbering(IEnumerable<Level> levels, IEnumerable<NumberingInstance>? more, params OpenXmlElement[] content) =>
        Create(main => main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
            [new AbstractNum(levels) { AbstractNumberId = 0 }, new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 }, .. more ?? []]), content);

    /// <summary>A numbering level: <c>w:lvl</c> with start, format, suffix and text.</summary>
    public static Level Level(int index, string format, string text, int start = 1, string? suffix = null, int? restart = null, bool legal = false, string? style = null)
    {
        var level = new Level { LevelIndex = index };
        level.Append(new StartNumberingValue { Val = start });
        level.Append(new NumberingFormat { Val = new EnumValue<NumberFormatValues>(new NumberFormatValues(format)) });
        if (restart is not null) level.Append(new LevelRestart { Val = restart.Value });
        if (style is not null) level.Append(new ParagraphStyleIdInLevel { Val = style });
        if (legal) level.Append(new IsLegalNumberingStyle());
        if (suffix is not null) level.Append(new LevelSuffix { Val = new EnumValue<LevelSuffixValues>(new LevelSuffixValues(suffix)) });
        level.Append(new LevelText { Val = text });
        return level;
    }

    /// <summary>A paragraph numbered by instance <paramref name="numberingId"/> at <paramref name="level"/>.</summary>
    public static Paragraph Numbered(int numberingId, int level, string text) => new(
        new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numberingId })),
        Run(text));

    /// <summary>A paragraph of one run per piece of text.</summary>
    public static Paragraph Paragraph(params string[] runs) => new(runs.Select(Run));

    /// <summary>A run with space-preserving text.</summary>
    public static Run Run(string text) => new(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>Reads <paramref name="docx"/> and fails the test on a read error.</summary>
    public static TextLayer Read(byte[] docx, RevisionView view = RevisionView.Accepted)
    {
        DocxReadResult result = DocxReader.Read(new MemoryStream(docx, writable: false), "test.docx", new DocxReadOptions { View = view });
        Assert.True(result.Error is null, result.Error?.ToString());
        return result.Text!;
    }

    /// <summary>The body paragraphs' texts.</summary>
    public static string[] BodyLines(TextLayer text) => [.. text.ParagraphsOf(TextStory.Body).Select(text.TextOf)];

    /// <summary>A zip of the given entries, written as stored or deflated.</summary>
    public static byte[] Zip(params (string Name, string Content)[] entries) => Zip(CompressionLevel.Optimal, entries);

    public static byte[] Zip(CompressionLevel level, params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach ((string name, string content) in entries)
            {
                using Stream entry = archive.CreateEntry(name, level).Open();
                entry.Write(Encoding.UTF8.GetBytes(content));
            }
        }
        return stream.ToArray();
    }

    /// <summary>The minimal package around <paramref name="documentXml"/> (content types, relationships, main part).</summary>
    public static (string, string)[] Package(string documentXml, params (string Name, string Content)[] more) =>
    [
        ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>"""),
        ("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""),
        ("word/document.xml", documentXml),
        .. more,
    ];

    /// <summary>A w:document around <paramref name="bodyXml"/>, with the w namespace declared.</summary>
    public static string Document(string bodyXml) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>{bodyXml}</w:body></w:document>""";
}
