using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace DraftCheck.SampleDrafts;

/// <summary>What a line of a draft is, which decides its Word style.</summary>
public enum DraftLineKind
{
    /// <summary>The draft's title.</summary>
    Title,

    /// <summary>A chapter or part heading.</summary>
    Chapter,

    /// <summary>A section heading.</summary>
    Section,

    /// <summary>The first paragraph of an article, starting with its label.</summary>
    Article,

    /// <summary>A further paragraph of an article.</summary>
    Paragraph,

    /// <summary>An item, starting with its label.</summary>
    Item,
}

/// <summary>One paragraph of a draft: its kind, its printed label (may be empty) and its text after the label.</summary>
public sealed record DraftLine(DraftLineKind Kind, string Label, string Text);

/// <summary>A draft as lines, the form sample sources and generators produce.</summary>
public sealed partial record DraftDocument(ImmutableArray<DraftLine> Lines)
{
    [GeneratedRegex(@"^(Chapter [IVXLC\d]+|第[一二三四五六七八九十百]+章)(\s+|$)")]
    private static partial Regex ChapterLine();

    [GeneratedRegex(@"^(Section \d+|第[一二三四五六七八九十]+节)(\s+|$)")]
    private static partial Regex SectionLine();

    [GeneratedRegex(@"^(Article \d+|第[一二三四五六七八九十百零]+条)(\s+|\u3000|$)")]
    private static partial Regex ArticleLine();

    [GeneratedRegex(@"^(\(\d+\)|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\))")]
    private static partial Regex ItemLine();

    /// <summary>
    /// Reads the sample source format: line 1 the title, then one paragraph per line ("Chapter II Copyright",
    /// "Article 21 The term...", "(1) ...", plain paragraphs); blank lines are ignored. A line holding only an article
    /// label ("第一条") is joined with the next line, as Chinese drafts print the label and the text together.
    /// </summary>
    public static DraftDocument Parse(string source)
    {
        var lines = ImmutableArray.CreateBuilder<DraftLine>();
        string[] raw = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string? pendingArticle = null;
        foreach (string line in raw.Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (lines.Count == 0)
            {
                lines.Add(new DraftLine(DraftLineKind.Title, string.Empty, line));
                continue;
            }
            if (pendingArticle is not null)
            {
                lines.Add(new DraftLine(DraftLineKind.Article, pendingArticle, line));
                pendingArticle = null;
                continue;
            }
            Match match;
            if ((match = ChapterLine().Match(line)).Success) lines.Add(new DraftLine(DraftLineKind.Chapter, match.Groups[1].Value, line[match.Length..].Trim()));
            else if ((match = SectionLine().Match(line)).Success) lines.Add(new DraftLine(DraftLineKind.Section, match.Groups[1].Value, line[match.Length..].Trim()));
            else if ((match = ArticleLine().Match(line)).Success)
            {
                string rest = line[match.Length..].Trim();
                if (rest.Length == 0) pendingArticle = match.Groups[1].Value;
                else lines.Add(new DraftLine(DraftLineKind.Article, match.Groups[1].Value, rest));
            }
            else if ((match = ItemLine().Match(line)).Success) lines.Add(new DraftLine(DraftLineKind.Item, match.Groups[1].Value, line[match.Length..].Trim()));
            else lines.Add(new DraftLine(DraftLineKind.Paragraph, string.Empty, line));
        }
        return new DraftDocument(lines.ToImmutable());
    }
}
