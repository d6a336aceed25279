using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftCheck.Cli;
using DraftCheck.Docx;
using static DraftCheck.EndToEnd.Tests.InProcess;

namespace DraftCheck.EndToEnd.Tests;

/// <summary><c>draftcheck outline</c>: the provision tree of a Word draft, as text and as JSON.</summary>
public sealed class OutlineCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "draftcheck-outline-" + Guid.NewGuid().ToString("N"));

    public OutlineCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Outline_SampleA_PrintsEveryProvisionWithItsIdAndLabel()
    {
        (int exitCode, string output, string error) = Run("outline", Samples.DraftA);

        Assert.Equal((0, string.Empty), (exitCode, error));
        Assert.StartsWith($"{Samples.DraftA}: 69 articles in 6 chapters, 8 sections, 282 provisions (PRC convention, English)\n\n", output);
        Assert.Contains("\nChapter II  [chp_2] — Copyright\n  Section 1  [chp_2__sec_1] — Copyright Owners and Their Rights\n    Article 9  [art_9]\n", output);
        Assert.Contains("\n        Article 10(1)(5)  [art_10__para_1__item_5]  “the right of reproduction, that is, the right to make one or…”\n", output);
        Assert.Contains("\n      Article 21(2)  [art_21__para_2]  “", output);
    }

    [Fact]
    public void Outline_SampleCAsJson_NestsChineseProvisionsWithIdsAndSpans()
    {
        (int exitCode, string output, _) = Run("outline", Samples.DraftC, "--format", "json");

        Assert.Equal(0, exitCode);
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement root = json.RootElement;
        Assert.Equal(("1", "prc", "chinese", 61), (root.GetProperty("version").GetString(), root.GetProperty("convention").GetString(),
            root.GetProperty("language").GetString(), root.GetProperty("articles").GetInt32()));
        JsonElement article21 = Descendants(root).Single(e => e.GetProperty("id").GetString() == "art_21");
        Assert.Equal(["第二十一条第一款", "第二十一条第二款", "第二十一条第三款"], article21.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("label").GetString()));
        Assert.Equal("article", article21.GetProperty("kind").GetString());
        Assert.True(article21.GetProperty("span").GetProperty("length").GetInt32() > 0);
    }

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        foreach (JsonElement child in element.GetProperty("children").EnumerateArray())
        {
            yield return child;
            foreach (JsonElement descendant in Descendants(child)) yield return descendant;
        }
    }

    [Fact]
    public void Outline_Twice_SameBytes()
    {
        Assert.Equal(Run("outline", Samples.DraftC, "--format", "json"), Run("outline", Samples.DraftC, "--format", "json"));
        Assert.Equal(Run("outline", Samples.DraftA), Run("outline", Samples.DraftA));
    }

    [Fact]
    public void Outline_FileThatIsNotADocx_PrintsOneLineAndExits2()
    {
        string notADocx = Path.Combine(_folder, "notes.docx");
        File.WriteAllText(notADocx, "These are notes, not a Word file.");

        (int exitCode, string output, string error) = Run("outline", notADocx);

        Assert.Equal((2, string.Empty), (exitCode, output));
        Assert.Equal($"{notADocx}: error DC1002: not a Word file (.docx): the file is not a zip archive\n", error);
    }

    [Fact]
    public void Outline_UnknownFormat_IsAUsageErrorWithExit2()
    {
        (int exitCode, _, string error) = Run("outline", Samples.DraftA, "--format", "xml");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("draftcheck: error DC0001: Argument 'xml' not recognized.", error);
    }

    /// <summary>A law as (numbering level or -1, typed label, text) paragraphs: level 0 articles, level 1 items.</summary>
    public static TheoryData<string, string[], string[], string[]> NumberedLaws => new()
    {
        {
            "prc",
            ["decimal:第%1条:chineseCounting", "decimal:（%2）:chineseCounting"],
            ["第一条", "第二条", "第三条", "（一）", "（二）"],
            ["为保护文学、艺术和科学作品作者的著作权，根据宪法制定本法。", "中国公民、法人或者其他组织的作品，依照本法享有著作权。", "本法所称的作品，包括下列作品：", "文字作品；", "口述作品。"]
        },
        {
            "eu",
            ["decimal:Article %1:decimal", "decimal:%2.:decimal", "decimal:(%3):lowerLetter"],
            ["Article 1", "1.", "2.", "(a)", "(b)"],
            ["Scope", "This Directive concerns the legal protection of copyright.", "It shall leave intact existing provisions relating to:", "the legal protection of computer programs;", "the legal protection of databases."]
        },
    };

    [Theory]
    [MemberData(nameof(NumberedLaws))]
    public void Outline_WordAutoNumberedDraft_SameOutlineAsTheTypedLabels(string name, string[] levels, string[] labels, string[] texts)
    {
        string typed = Path.Combine(_folder, name + "-typed.docx");
        string numbered = Path.Combine(_folder, name + "-numbered.docx");
        WriteDocx(typed, levels, labels, texts, useNumbering: false);
        WriteDocx(numbered, levels, labels, texts, useNumbering: true);
        DocxReadResult read = DocxReader.Read(numbered);
        Assert.Equal(labels, read.Text!.Paragraphs.Select(p => p.NumberingLabel).Where(label => label.Length > 0));

        (int typedExit, string typedOutline, _) = Run("outline", typed);
        (int numberedExit, string numberedOutline, _) = Run("outline", numbered);

        Assert.Equal((0, 0), (typedExit, numberedExit));
        Assert.Equal(typedOutline.Replace(typed, "draft", StringComparison.Ordinal), numberedOutline.Replace(numbered, "draft", StringComparison.Ordinal));
    }

    /// <summary>
    /// Writes a draft whose labels are either typed in runs or generated by Word numbering (numbering.xml, one abstract
    /// numbering whose levels are given as "start:lvlText:numFmt"); the label and the text are separated by a space either way.
    /// </summary>
    private static void WriteDocx(string path, string[] levels, string[] labels, string[] texts, bool useNumbering)
    {
        using WordprocessingDocument document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        MainDocumentPart main = document.AddMainDocumentPart();
        if (useNumbering)
        {
            var abstractNum = new AbstractNum { AbstractNumberId = 1 };
            for (int i = 0; i < levels.Length; i++)
            {
                string[] parts = levels[i].Split(':');
                abstractNum.Append(new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = NumberFormatFromName(parts[2]) },
                    new LevelSuffix { Val = LevelSuffixValues.Space },
                    new LevelText { Val = parts[1] }) { LevelIndex = i });
            }
            NumberingDefinitionsPart numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(abstractNum, new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
        }
        var body = new Body();
        for (int i = 0; i < labels.Length; i++)
        {
            int level = LevelOf(labels[i]);
            var paragraph = new Paragraph();
            bool headingOnly = labels[i].StartsWith("Article", StringComparison.Ordinal);
            if (useNumbering)
            {
                paragraph.Append(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 })));
                paragraph.Append(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(headingOnly ? string.Empty : texts[i]) { Space = SpaceProcessingModeValues.Preserve }));
            }
            else
            {
                paragraph.Append(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(headingOnly ? labels[i] : labels[i] + " " + texts[i]) { Space = SpaceProcessingModeValues.Preserve }));
            }
            body.Append(paragraph);
            if (headingOnly) body.Append(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(texts[i]))));
        }
        main.Document = new Document(body);
    }

    private static int LevelOf(string label) => label switch
    {
        _ when label.StartsWith('第') || label.StartsWith("Article", StringComparison.Ordinal) => 0,
        _ when label.StartsWith('（') || label.EndsWith('.') => 1,
        _ => 2,
    };

    private static NumberFormatValues NumberFormatFromName(string name) => name switch
    {
        "chineseCounting" => NumberFormatValues.ChineseCounting,
        "lowerLetter" => NumberFormatValues.LowerLetter,
        _ => NumberFormatValues.Decimal,
    };
}
