using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DraftCheck.Benchmarks;

/// <summary>
/// The baseline of bench/run.sh figure (4): the bare Open XML SDK read of drafts, each .docx opened read-only and the
/// text of every paragraph of the main document read, nothing else. `sdk-read &lt;files...&gt;` prints the paragraph and
/// character counts (so the work cannot be skipped) and the in-process time.
/// </summary>
internal static class SdkRead
{
    public static int Run(IReadOnlyList<string> files)
    {
        var stopwatch = Stopwatch.StartNew();
        long paragraphs = 0, characters = 0;
        foreach (string file in files)
        {
            using WordprocessingDocument document = WordprocessingDocument.Open(file, isEditable: false);
            Body? body = document.MainDocumentPart?.Document?.Body;
            if (body is null) continue;
            foreach (Paragraph paragraph in body.Descendants<Paragraph>())
            {
                paragraphs++;
                characters += paragraph.InnerText.Length;
            }
        }
        stopwatch.Stop();
        Console.WriteLine($"{files.Count} files, {paragraphs} paragraphs, {characters} characters, {stopwatch.Elapsed.TotalSeconds:F3} s in process");
        return 0;
    }
}
