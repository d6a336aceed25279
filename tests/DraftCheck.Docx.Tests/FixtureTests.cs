using System.Text;
using DraftCheck.Text;

namespace DraftCheck.Docx.Tests;

/// <summary>
/// The reader against an independent oracle: LibreOffice's plain-text export of drafts made by pandoc and LibreOffice
/// (tests/fixtures, see its README), compared line by line with whitespace removed, numbering labels included.
/// </summary>
public class FixtureTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (string docx in Directory.EnumerateFiles(TestPaths.InRepository("tests", "fixtures"), "*.docx").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(docx));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Read_ProducerMadeDraft_EqualsLibreOfficeTextExport(string fixture)
    {
        string docx = TestPaths.InRepository("tests", "fixtures", fixture);
        string oracle = File.ReadAllText(Path.ChangeExtension(docx, ".txt"), Encoding.UTF8);

        DocxReadResult result = DocxReader.Read(docx);

        Assert.Null(result.Error);
        Assert.Equal(Normalize(oracle), Normalize(BodyWithNoteMarks(result.Text!)));
        using FileStream stream = File.OpenRead(docx);
        Assert.Empty(AnchorCheck.Mismatches(stream, result.Text!));
    }

    [Fact]
    public void Read_ChineseFixture_LabelsArticlesAndItemsAsWordWould()
    {
        TextLayer text = DocxReader.Read(TestPaths.InRepository("tests", "fixtures", "copyright-law-zh.docx")).Text!;

        string[] labels = [.. text.ParagraphsOf(TextStory.Body).Select(p => p.NumberingLabel).Where(l => l.Length > 0)];
        Assert.Equal(["第一章", "第一条", "第二条", "第三条", "（一）"], labels[..5]);
        Assert.Contains("第十二条", labels);
        Assert.Contains("（十七）", labels);
        TextNote note = Assert.Single(text.Notes);
        Assert.Equal("见第五十七条。", text[note.Text]);
        Assert.EndsWith("本法所称著作权即版权", text.Text[..note.Reference.Start]);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Read_SameDraftTwice_GivesTheSameLayer(string fixture)
    {
        string docx = TestPaths.InRepository("tests", "fixtures", fixture);

        TextLayer first = DocxReader.Read(docx).Text!;
        TextLayer second = DocxReader.Read(docx).Text!;

        Assert.Equal(first.Text, second.Text);
        Assert.Equal(first.SourceMap.Segments.AsEnumerable(), second.SourceMap.Segments.AsEnumerable());
        Assert.Equal(first.Paragraphs.AsEnumerable(), second.Paragraphs.AsEnumerable());
        Assert.Equal(first.Notes.AsEnumerable(), second.Notes.AsEnumerable());
    }

    // LibreOffice prints a note's reference mark where it stands; the layer keeps marks out of the text but knows where.
    private static string BodyWithNoteMarks(TextLayer text)
    {
        var marks = text.Notes.Where(n => !n.Reference.IsNone).ToDictionary(n => n.Reference.Start, n => n.Mark);
        var body = new StringBuilder();
        foreach (TextParagraph paragraph in text.ParagraphsOf(TextStory.Body))
        {
            for (int i = paragraph.Span.Start; i < paragraph.Span.End; i++)
            {
                if (marks.TryGetValue(i, out string? mark)) body.Append(mark);
                body.Append(text.Text[i]);
            }
            if (marks.TryGetValue(paragraph.Span.End, out string? last)) body.Append(last);
            body.Append('\n');
        }
        return body.ToString();
    }

    private static string[] Normalize(string text) =>
    [
        .. text.TrimStart('\uFEFF').Split('\n')
            .Select(line => string.Concat(line.Where(c => !char.IsWhiteSpace(c))))
            .Where(line => line.Length > 0),
    ];
}
