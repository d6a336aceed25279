using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DraftCheck.Model;
using DraftCheck.Text;
using static DraftCheck.Docx.Tests.TestDocx;

namespace DraftCheck.Docx.Tests;

/// <summary>Hostile and broken files: one error line each, naming the file and the reason; never an exception.</summary>
public class BadInputTests
{
    private static DraftError? ErrorOf(byte[] bytes, DocxReadOptions? options = null) =>
        DocxReader.Read(new MemoryStream(bytes, writable: false), "draft.docx", options).Error;

    private static byte[] ValidDraft() => Create(null, Paragraph("Article 1 This Law is formulated to protect the copyright of authors."));

    [Fact]
    public void Read_TruncatedZip_ReturnsTruncated()
    {
        byte[] draft = ValidDraft();

        DraftError? error = ErrorOf(draft[..(draft.Length / 2)]);

        Assert.Equal(new DraftError(DraftErrorKind.Truncated, "draft.docx", "the zip archive is damaged or truncated (End of Central Directory record could not be found.)"), error);
    }

    [Fact]
    public void Read_EntryWithBadCrc_ReturnsCorruptEntry()
    {
        byte[] draft = Zip(CompressionLevel.NoCompression, Package(Document("<w:p><w:r><w:t>Article 1 The term.</w:t></w:r></w:p>")));
        int at = Encoding.ASCII.GetString(draft).IndexOf("Article 1", StringComparison.Ordinal);
        draft[at] = (byte)'X';

        DraftError? error = ErrorOf(draft);

        Assert.Equal(new DraftError(DraftErrorKind.CorruptEntry, "draft.docx", "the zip entry word/document.xml is damaged (its CRC check fails)"), error);
    }

    [Fact]
    public void Read_EncryptedOfficeFile_SaysPasswordProtected()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Unicode.GetBytes("EncryptedPackage"), .. new byte[64]];

        DraftError? error = ErrorOf(ole);

        Assert.Equal(new DraftError(DraftErrorKind.Encrypted, "draft.docx",
            "the file is password-protected (an encrypted Office file); save an unprotected copy and check that"), error);
    }

    [Fact]
    public void Read_PackageWithoutMainPart_ReturnsMissingMainPart()
    {
        byte[] package = Zip(
            ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>"""),
            ("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>"""));

        DraftError? error = ErrorOf(package);

        Assert.Equal(DraftErrorKind.MissingMainPart, error!.Kind);
        Assert.StartsWith("draft.docx: error DC1007: ", error.ToString());
    }

    [Fact]
    public void Read_DocumentWithExternalEntity_IsRefusedWithoutResolvingIt()
    {
        string xml = """<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>""";

        DraftError? error = ErrorOf(Zip(Package(xml)));

        Assert.Equal(new DraftError(DraftErrorKind.ExternalEntity, "draft.docx",
            "word/document.xml declares a DTD (<!DOCTYPE>), which may define external entities; DraftCheck never processes them, so it does not read the file"), error);
    }

    [Fact]
    public void Read_ArchiveBeyondTheSizeLimit_IsRefusedAsZipBomb()
    {
        DraftError? error = ErrorOf(ValidDraft(), new DocxReadOptions { MaxUncompressedBytes = 500 });

        Assert.Equal(new DraftError(DraftErrorKind.ZipBomb, "draft.docx", "the archive expands to more than 500 bytes; refusing to read it (possible zip bomb)"), error);
    }

    [Fact]
    public void Read_EntryCompressedBeyondTheRatio_IsRefusedAsZipBomb()
    {
        string paragraph = $"<w:p><w:r><w:t>{new string('a', 4 * 1024 * 1024)}</w:t></w:r></w:p>";

        DraftError? error = ErrorOf(Zip(Package(Document(paragraph))));

        Assert.Equal(new DraftError(DraftErrorKind.ZipBomb, "draft.docx", "the zip entry word/document.xml is compressed more than 200:1; refusing to read it (possible zip bomb)"), error);
    }

    [Fact]
    public void Read_DeeplyNestedTables_ReturnsTooDeeplyNested()
    {
        string tables = string.Concat(Enumerable.Repeat("<w:tbl><w:tr><w:tc>", 40)) + "<w:p/>" + string.Concat(Enumerable.Repeat("</w:tc></w:tr></w:tbl>", 40));

        DraftError? error = ErrorOf(Zip(Package(Document(tables))));

        Assert.Equal(new DraftError(DraftErrorKind.TooDeeplyNested, "draft.docx", "word/document.xml nests tables more than 32 deep; refusing to read it"), error);
    }

    [Fact]
    public void Read_XmlNestedDeeperThanTheStackCouldTake_ReturnsTooDeeplyNestedInsteadOfCrashing()
    {
        // 100,000 nested content controls: the SDK's recursive parser would overflow the stack and kill the process.
        string nested = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 100_000)) + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 100_000));

        DraftError? error = ErrorOf(Zip(Package(Document(nested))));

        Assert.Equal(new DraftError(DraftErrorKind.TooDeeplyNested, "draft.docx", "word/document.xml nests XML elements more than 400 deep; refusing to read it"), error);
    }

    [Fact]
    public void Read_DeepXmlInAPartNotNamedXml_IsStillRefused()
    {
        // The SDK finds parts by content type, so a main part may be called anything.
        string nested = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 1000)) + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 1000));
        (string Name, string Content)[] package = Package(Document(nested));
        package[0].Content = package[0].Content.Replace("/word/document.xml", "/word/main.bin", StringComparison.Ordinal);
        package[1].Content = package[1].Content.Replace("word/document.xml", "word/main.bin", StringComparison.Ordinal);
        package[2].Name = "word/main.bin";

        DraftError? error = ErrorOf(Zip(package));

        Assert.Equal(new DraftError(DraftErrorKind.TooDeeplyNested, "draft.docx", "word/main.bin nests XML elements more than 400 deep; refusing to read it"), error);
    }

    [Fact]
    public void Read_MainPartNotWellFormed_ReturnsMalformedXml()
    {
        DraftError? error = ErrorOf(Zip(Package(Document("<w:p><w:r><w:t>Article 1</w:r></w:p>"))));

        Assert.Equal(DraftErrorKind.MalformedXml, error!.Kind);
        Assert.StartsWith("/word/document.xml is not well-formed XML (", error.Message);
    }

    [Fact]
    public void Read_SecondaryPartNotWellFormed_WarnsAndReadsTheBody()
    {
        byte[] draft = Create(main =>
        {
            using Stream footnotes = main.AddNewPart<FootnotesPart>().GetStream(FileMode.Create);
            footnotes.Write(Encoding.UTF8.GetBytes("<w:footnotes xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:footnote>"));
        }, Paragraph("Article 1 The term."));

        DocxReadResult result = DocxReader.Read(new MemoryStream(draft), "draft.docx");

        Assert.Equal("Article 1 The term.", result.Text!.Text);
        ReadWarning warning = Assert.Single(result.Warnings);
        Assert.Equal("DW0107", warning.Code);
        Assert.StartsWith("/word/footnotes.xml is not well-formed XML (", warning.Message);
        Assert.EndsWith("); the draft is read without it", warning.Message);
    }

    [Fact]
    public void Read_SchemaInvalidElement_WarnsAndReadsTheRest()
    {
        byte[] draft = Zip(Package(Document("<w:p><w:pPr><w:pPr/></w:pPr><w:r><w:t>Article 1 The term.</w:t></w:r></w:p><w:bogus><w:p><w:r><w:t>lost</w:t></w:r></w:p></w:bogus>")));

        DocxReadResult result = DocxReader.Read(new MemoryStream(draft), "draft.docx");

        Assert.Equal("Article 1 The term.", result.Text!.Text);
        Assert.Equal(
        [
            "DW0101: /word/document.xml: w:pPr is not allowed in w:pPr by the WordprocessingML schema; it is skipped",
            "DW0101: /word/document.xml: w:bogus is not allowed in w:body by the WordprocessingML schema; it is skipped",
        ], result.Warnings.Select(w => $"{w.Code}: {w.Message}"));
    }

    [Theory]
    [InlineData(WordprocessingDocumentType.MacroEnabledDocument)]
    [InlineData(WordprocessingDocumentType.Template)]
    [InlineData(WordprocessingDocumentType.MacroEnabledTemplate)]
    public void Read_MacroEnabledDocumentsAndTemplates_AreReadLikeDocx(WordprocessingDocumentType type)
    {
        byte[] draft = Create(type, null, Paragraph("Article 1 This Law is formulated."));

        Assert.Equal("Article 1 This Law is formulated.", Read(draft).Text);
    }

    [Fact]
    public void Read_ReadOnlyStream_ReadsWithoutWriting()
    {
        byte[] draft = ValidDraft();
        byte[] copy = [.. draft];

        DocxReadResult result = DocxReader.Read(new MemoryStream(draft, writable: false), "draft.docx");

        Assert.NotNull(result.Text);
        Assert.Equal(copy, draft);
    }

    [Fact]
    public void Read_File_IsNeverWritten()
    {
        string path = Path.Combine(Path.GetTempPath(), $"draftcheck-{Guid.NewGuid():N}.docx");
        File.WriteAllBytes(path, ValidDraft());
        DateTime written = File.GetLastWriteTimeUtc(path) - TimeSpan.FromDays(1);
        File.SetLastWriteTimeUtc(path, written);
        byte[] before = File.ReadAllBytes(path);
        try
        {
            DocxReadResult result = DocxReader.Read(path);

            Assert.NotNull(result.Text);
            Assert.Equal(before, File.ReadAllBytes(path));
            Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_RtfFile_SaysSoAndSuggestsSavingAsDocx()
    {
        DraftError? error = ErrorOf(Encoding.ASCII.GetBytes("{\\rtf1\\ansi Article 1 The term of protection.}"));

        Assert.Equal(new DraftError(DraftErrorKind.NotAZip, "draft.docx", "this is a Rich Text Format (.rtf) file, not a .docx; open it in Word and save it as .docx"), error);
    }

    [Fact]
    public void Read_EmptyFile_ReturnsNotAZip()
    {
        Assert.Equal(new DraftError(DraftErrorKind.NotAZip, "draft.docx", "not a Word file (.docx): the file is not a zip archive"), ErrorOf([]));
    }

    [Fact]
    public void DescribeLimits_DefaultOptions_StatesEveryLimit()
    {
        Assert.Equal(
            "Drafts are refused as possible zip bombs when their archive expands beyond 512 MB or an entry over 1 MB is compressed more than 200:1, " +
            "and as too deeply nested beyond 400 levels of XML or 32 levels of tables in tables; DTDs are never processed.",
            DocxReadOptions.Default.DescribeLimits());
    }
}
