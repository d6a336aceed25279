using System.Text.RegularExpressions;
using DraftCheck.Model;
using DraftCheck.Text;

namespace DraftCheck.Semantics.Tests;

/// <summary>
/// Builds the text layer Word gives for a law whose labels are automatic numbering: each label arrives at the start of its
/// paragraph as generated characters (no run), followed by the level's suffix (a tab), as the reader's numbering renderer
/// appends them with <see cref="TextLayerBuilder.AppendLabel"/>. Indentation is paragraph formatting in Word, not text.
/// </summary>
internal static partial class WordRendering
{
    [GeneratedRegex(@"^(?:第[一二三四五六七八九十百零〇两]+[条章节编]|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|Article \d+|CHAPTER [IVXLC]+|PART [IVXLC]+|Chapter [IVXLC\d]+|Section \d+|§ \d+[A-Z]*\.|\d+[A-Z]*\.?(?= [A-Z])|\d+\.(?= )|\((?:\d+[A-Z]*|[a-z]{1,4}|[A-Z]{1,4})\))")]
    private static partial Regex Label();

    /// <summary>The law's lines as Word paragraphs, labels numbered by Word, with the count of labels rendered.</summary>
    public static (TextLayer Layer, int Labels) Of(string law)
    {
        var builder = new TextLayerBuilder();
        int paragraph = 0, labels = 0;
        foreach (string raw in law.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            string line = raw.TrimStart(' ');
            builder.BeginParagraph(new ParagraphProperties());
            Match label = Label().Match(line);
            var anchor = new WordAnchor(WordAnchor.MainPart, paragraph, 0, 0);
            if (label.Success)
            {
                string rest = line[label.Length..].TrimStart(' ');
                builder.AppendLabel(label.Value, rest.Length > 0 ? "\t" : string.Empty, anchor);
                builder.Append(rest, anchor);
                labels++;
            }
            else
            {
                builder.Append(line, anchor);
            }
            builder.EndParagraph();
            paragraph++;
        }
        return (builder.Build(), labels);
    }
}
