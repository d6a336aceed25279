using System.IO.Compression;
using System.Text;
using DraftCheck.Cli;
using static DraftCheck.EndToEnd.Tests.InProcess;

namespace DraftCheck.EndToEnd.Tests;

/// <summary>What <c>check</c> prints about drafts the reader tolerated or refused (issue 3).</summary>
public sealed class ReadWarningsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "draftcheck-warnings-" + Guid.NewGuid().ToString("N"));

    public ReadWarningsTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string SchemaInvalidDraft()
    {
        string path = Path.Combine(_folder, "schema-invalid.docx");
        using var archive = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        void Add(string name, string content)
        {
            using Stream entry = archive.CreateEntry(name).Open();
            entry.Write(Encoding.UTF8.GetBytes(content));
        }
        Add("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
        Add("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
        Add("word/document.xml", """<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Article 1 This Law is formulated.</w:t></w:r></w:p><w:bogus/></w:body></w:document>""");
        return path;
    }

    [Fact]
    public void Check_SchemaInvalidDraftAndNotAZip_WarnsOnStderrAndStillChecksTheReadableDraft()
    {
        string readable = SchemaInvalidDraft();
        string broken = Path.Combine(_folder, "notes.docx");
        File.WriteAllText(broken, "not a zip");

        (int exitCode, string output, string error) = Run("check", broken, readable, "--rules", Samples.IipaPack);

        Assert.Equal(2, exitCode);
        Assert.Equal(
            $"{broken}: error DC1002: not a Word file (.docx): the file is not a zip archive\n" +
            $"{readable}: warning DW0101: /word/document.xml: w:bogus is not allowed in w:body by the WordprocessingML schema; it is skipped\n",
            error);
        Assert.Contains($"{readable}: no findings", output);
        Assert.DoesNotContain("DW0101", output);
    }

    [Fact]
    public void CheckHelp_StatesTheZipBombLimits()
    {
        (_, string output, _) = Run("check", "--help");

        Assert.Contains("Drafts are refused as possible zip bombs when their archive expands beyond 512 MB or an entry over 1 MB is compressed more than 200:1", output.Replace("\n", " ").Replace("  ", " "));
    }
}
