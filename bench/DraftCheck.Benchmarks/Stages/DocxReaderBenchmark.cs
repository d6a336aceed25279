using System.Collections.Immutable;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftCheck.Docx;
using DraftCheck.SampleDrafts;

namespace DraftCheck.Benchmarks.Stages;

/// <summary>
/// The Word reader against the bare Open XML SDK read of all paragraph text (the baseline), on a synthetic draft of
/// 5,000 paragraphs whose articles and items are numbered by Word's automatic numbering and whose articles each end in
/// a tracked change. Target (issue 3): the reader within 1.5x of the baseline.
/// </summary>
[MemoryDiagnoser]
public class DocxReaderBenchmark
{
    private byte[] _draft = [];

    /// <summary>The draft: 5,000 paragraphs with numbering and tracked changes.</summary>
    public static byte[] CreateDraft(int paragraphs = 5000)
    {
        var lines = ImmutableArray.CreateBuilder<DraftLine>();
        lines.Add(new DraftLine(DraftLineKind.Title, string.Empty, "Copyright Law (synthetic draft)"));
        int article = 0;
        while (lines.Count < paragraphs)
        {
            if (article % 20 == 0) lines.Add(new DraftLine(DraftLineKind.Chapter, $"Chapter {article / 20 + 1}", "Rights of Authors"));
            article++;
            lines.Add(new DraftLine(DraftLineKind.Article, $"Article {article}",
                "The term of protection for the rights of a work of a citizen shall be the lifetime of the author and fifty years after his death, expiring on 31 December of the fiftieth year after his death."));
            lines.Add(new DraftLine(DraftLineKind.Paragraph, string.Empty,
                "In the case of a work of joint authorship, the term shall expire on 31 December of the fiftieth year after the death of the last surviving author."));
            lines.Add(new DraftLine(DraftLineKind.Item, "(1)", "the right of publication, that is, the right to decide whether to make a work available to the public;"));
            lines.Add(new DraftLine(DraftLineKind.Item, "(2)", "the right of authorship, that is, the right to claim authorship and to have the author's name mentioned in connection with the work."));
        }
        var draft = new DraftDocument(lines.ToImmutable()[..paragraphs]);
        return DocxDraftWriter.ToBytes(draft, new DocxDraftOptions { AutomaticNumbering = true, TrackedChanges = true });
    }

    /// <summary>Builds the draft once.</summary>
    [GlobalSetup]
    public void Setup() => _draft = CreateDraft();

    /// <summary>The bare SDK read: open the package and take every paragraph's inner text.</summary>
    [Benchmark(Baseline = true)]
    public int BareOpenXmlSdk()
    {
        using WordprocessingDocument document = WordprocessingDocument.Open(new MemoryStream(_draft, writable: false), isEditable: false);
        int characters = 0;
        foreach (Paragraph paragraph in document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()) characters += paragraph.InnerText.Length;
        return characters;
    }

    /// <summary>The reader: package checks, both steps, the text layer with labels and the accepted view.</summary>
    [Benchmark]
    public int DocxReaderRead()
    {
        DocxReadResult result = DocxReader.Read(new MemoryStream(_draft, writable: false), "synthetic.docx");
        return result.Text?.Text.Length ?? throw new InvalidOperationException(result.Error?.ToString());
    }

    /// <summary>Prints the paragraph count and a few labels, so a run shows what was read.</summary>
    public static string Describe()
    {
        DocxReadResult result = DocxReader.Read(new MemoryStream(CreateDraft(), writable: false), "synthetic.docx");
        return string.Create(CultureInfo.InvariantCulture,
            $"{result.Text!.Paragraphs.Length} paragraphs, {result.Text.RevisionCount} revisions, last label {result.Text.Paragraphs.Last(p => p.NumberingLabel.Length > 0).NumberingLabel}");
    }
}
