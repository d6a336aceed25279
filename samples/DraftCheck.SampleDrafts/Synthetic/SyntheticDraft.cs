using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using DraftCheck.Syntax;
using DraftCheck.Syntax.Grammars;

namespace DraftCheck.SampleDrafts.Synthetic;

/// <summary>What to generate: the number of articles, the language and the seed that decides every choice.</summary>
public sealed record SyntheticDraftSpec(int Articles, DraftLanguage Language, int Seed)
{
    /// <summary>The title line of the generated draft.</summary>
    public string Title => Language == DraftLanguage.Chinese
        ? $"中华人民共和国著作权法（合成草案{Seed.ToString(CultureInfo.InvariantCulture)}）"
        : $"Copyright Law of the People's Republic of China (Synthetic Draft {Seed.ToString(CultureInfo.InvariantCulture)})";
}

/// <summary>
/// Synthetic drafts of any length in statute wording, for benchmarks and tests. Every article is a real article of the
/// sample sources (draft (a) in English; draft (c) plus network, TPM and criminal articles after the 2013 network
/// regulations in Chinese), drawn in a seeded shuffle so each block of drafts covers the whole pool: terms of protection,
/// exceptions, safe harbours, TPMs, damages, criminal liability. Articles are renumbered 1..N under chapters of 6 to 14
/// articles, cross-references to articles of the draft itself ("Article 10 of this Law", "本法第十条") are pointed at
/// the generated article drawn from the same source article (the nearest one) or, when there is none, at a seeded
/// article of the draft; terms of protection vary between fifty and seventy years. The same spec gives the same draft.
/// </summary>
public static partial class SyntheticDraft
{
    private static readonly Lazy<Pool> s_english = new(() => Pool.Read(DraftLanguage.English, "draft-a.en.txt"));
    private static readonly Lazy<Pool> s_chinese = new(() => Pool.Read(DraftLanguage.Chinese, "draft-c.zh.txt", "network-articles.zh.txt"));

    /// <summary>Generates the draft of <paramref name="spec"/>.</summary>
    public static DraftDocument Generate(SyntheticDraftSpec spec)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(spec.Articles, 1, nameof(spec));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(spec.Articles, 9999, nameof(spec));
        bool chinese = spec.Language == DraftLanguage.Chinese;
        Pool pool = chinese ? s_chinese.Value : s_english.Value;
        var random = new Random(spec.Seed);

        // Which pool article each generated article is; a fresh shuffle of the whole pool each time it runs out.
        var drawn = new ArticleTemplate[spec.Articles];
        var order = new List<ArticleTemplate>();
        for (int i = 0; i < drawn.Length; i++)
        {
            if (order.Count == 0)
            {
                order.AddRange(pool.Articles);
                Shuffle(order, random);
            }
            drawn[i] = order[^1];
            order.RemoveAt(order.Count - 1);
        }
        var numbersBySource = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < drawn.Length; i++)
        {
            if (!numbersBySource.TryGetValue(drawn[i].Key, out List<int>? numbers)) numbersBySource[drawn[i].Key] = numbers = [];
            numbers.Add(i + 1);
        }

        var lines = ImmutableArray.CreateBuilder<DraftLine>();
        lines.Add(new DraftLine(DraftLineKind.Title, string.Empty, spec.Title));
        int chapter = 0, nextChapterAt = 1;
        for (int number = 1; number <= drawn.Length; number++)
        {
            if (number == nextChapterAt)
            {
                chapter++;
                nextChapterAt += random.Next(6, 15);
                string heading = pool.ChapterTitles[random.Next(pool.ChapterTitles.Length)];
                lines.Add(new DraftLine(DraftLineKind.Chapter, chinese ? $"第{Numerals.ToChinese(chapter)}章" : $"Chapter {Roman(chapter)}", heading));
            }
            ArticleTemplate template = drawn[number - 1];
            bool seventy = random.Next(2) == 0;
            string Rewrite(string text) => VaryTerm(RetargetReferences(text, pool.SourceFile, number, numbersBySource, drawn.Length, chinese), seventy, chinese);
            lines.Add(new DraftLine(DraftLineKind.Article, chinese ? $"第{Numerals.ToChinese(number)}条" : $"Article {number.ToString(CultureInfo.InvariantCulture)}", Rewrite(template.Text)));
            foreach (DraftLine line in template.Rest) lines.Add(line with { Text = Rewrite(line.Text) });
        }
        return new DraftDocument(lines.ToImmutable());
    }

    // Fisher-Yates with the draft's own random source.
    private static void Shuffle<T>(List<T> items, Random random)
    {
        for (int i = items.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    // "Article 10" not followed by "of the <Other> Law"; "Articles 93 to 96" of another law are left alone because the
    // plural form is not matched.
    [GeneratedRegex(@"\bArticle (\d+)\b(?! of the [A-Z])")]
    private static partial Regex EnglishReference();

    [GeneratedRegex("本法第([零一二三四五六七八九十百千]+)条")]
    private static partial Regex ChineseReference();

    private static string RetargetReferences(string text, string sourceFile, int current, Dictionary<string, List<int>> numbersBySource, int total, bool chinese)
    {
        int Target(string sourceNumber)
        {
            if (numbersBySource.TryGetValue(sourceFile + "#" + sourceNumber, out List<int>? candidates))
            {
                int best = candidates.Where(c => c != current).DefaultIfEmpty(0).MinBy(c => Math.Abs(c - current));
                if (best > 0) return best;
            }
            // No article of the draft comes from the source article cited: a fixed article of the draft, never itself.
            int fallback = (int)((long.Parse(sourceNumber, CultureInfo.InvariantCulture) * 7919 + current) % total) + 1;
            return fallback == current ? current % total + 1 : fallback;
        }

        if (chinese)
        {
            return ChineseReference().Replace(text, m =>
            {
                long? value = Numerals.TryConvertChinese(m.Groups[1].Value);
                return value is null ? m.Value : $"本法第{Numerals.ToChinese(Target(value.Value.ToString(CultureInfo.InvariantCulture)))}条";
            });
        }
        return EnglishReference().Replace(text, m => $"Article {Target(m.Groups[1].Value).ToString(CultureInfo.InvariantCulture)}");
    }

    private static string VaryTerm(string text, bool seventy, bool chinese)
    {
        if (!seventy) return text;
        return chinese
            ? text.Replace("五十年", "七十年", StringComparison.Ordinal)
            : text.Replace("fifty years", "seventy years", StringComparison.Ordinal).Replace("fiftieth year", "seventieth year", StringComparison.Ordinal);
    }

    private static string Roman(int value)
    {
        (int Value, string Text)[] digits = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var text = new StringBuilder();
        foreach ((int digit, string letters) in digits)
        {
            while (value >= digit)
            {
                text.Append(letters);
                value -= digit;
            }
        }
        return text.ToString();
    }

    /// <summary>An article of a source: its key (source file # article number), the text of its first paragraph and the lines after it.</summary>
    private sealed record ArticleTemplate(string Key, string Text, ImmutableArray<DraftLine> Rest);

    private sealed record Pool(string SourceFile, ImmutableArray<ArticleTemplate> Articles, ImmutableArray<string> ChapterTitles)
    {
        // All sources of one pool share the key prefix of the first: cross-references of a supplement point into it.
        public static Pool Read(DraftLanguage language, params string[] resources)
        {
            var articles = ImmutableArray.CreateBuilder<ArticleTemplate>();
            var chapters = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string resource in resources)
            {
                DraftDocument source = DraftDocument.Parse(ReadResource(resource));
                string? key = null, text = null;
                var rest = ImmutableArray.CreateBuilder<DraftLine>();
                void Flush()
                {
                    if (key is not null) articles.Add(new ArticleTemplate(key, text!, rest.ToImmutable()));
                    rest.Clear();
                    key = null;
                }

                foreach (DraftLine line in source.Lines)
                {
                    switch (line.Kind)
                    {
                        case DraftLineKind.Article:
                            Flush();
                            key = resource + "#" + ArticleNumber(line.Label, language).ToString(CultureInfo.InvariantCulture);
                            text = line.Text;
                            break;
                        case DraftLineKind.Chapter:
                            Flush();
                            if (line.Text.Length > 0) chapters.Add(line.Text);
                            break;
                        case DraftLineKind.Paragraph or DraftLineKind.Item when key is not null:
                            rest.Add(line);
                            break;
                        default:
                            Flush();
                            break;
                    }
                }
                Flush();
            }
            return new Pool(resources[0], articles.ToImmutable(), [.. chapters]);
        }

        private static long ArticleNumber(string label, DraftLanguage language) => language == DraftLanguage.Chinese
            ? Numerals.TryConvertChinese(label[1..^1]) ?? throw new InvalidDataException($"not an article label: {label}")
            : long.Parse(label["Article ".Length..], CultureInfo.InvariantCulture);

        private static string ReadResource(string name)
        {
            using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"resource {name} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd();
        }
    }
}
