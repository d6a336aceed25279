using DraftCheck.Syntax.Grammars;

namespace DraftCheck.Syntax;

/// <summary>
/// How a jurisdiction numbers the levels below an article. The label style of a provision gives its level only
/// through the convention: "(1)" is a subsection in the UK, a paragraph in the US and an item in China.
/// </summary>
public enum DraftingConvention
{
    /// <summary>People's Republic of China: 条, 款 (unnumbered, counted by position), 项 （一）, 目 1.; also English renderings ("Article 21", paragraphs by position, items (1)).</summary>
    Prc,

    /// <summary>European Union: Article 5, paragraphs "1.", points (a), (i); unnumbered subparagraphs inside a paragraph.</summary>
    Eu,

    /// <summary>United States Code: § 512, subsections (a), paragraphs (1), subparagraphs (A), clauses (i), subclauses (I).</summary>
    Us,

    /// <summary>United Kingdom (and Singapore, India): section 12, subsections (1), paragraphs (a), sub-paragraphs (i).</summary>
    Uk,
}

/// <summary>What a drafting convention calls its levels, how it prints and identifies them, and which label style sits where.</summary>
public static class DraftingConventions
{
    /// <summary>The deepest level below an article the tree distinguishes; deeper labels are nested sub-clauses.</summary>
    public const int DeepestLevel = 5;

    /// <summary>The provision kind of a level below an article (1 is the first level).</summary>
    public static ProvisionKind KindOf(int level) => level switch
    {
        1 => ProvisionKind.Paragraph,
        2 => ProvisionKind.Item,
        3 => ProvisionKind.Subitem,
        4 => ProvisionKind.Clause,
        _ => ProvisionKind.Subclause,
    };

    /// <summary>The level below an article of a provision kind; 0 for divisions and articles, -1 for kinds outside the numbering (blocks, notes).</summary>
    public static int LevelOf(ProvisionKind kind) => kind switch
    {
        ProvisionKind.Paragraph => 1,
        ProvisionKind.Item => 2,
        ProvisionKind.Subitem => 3,
        ProvisionKind.Clause => 4,
        ProvisionKind.Subclause => 5,
        ProvisionKind.Document or ProvisionKind.Part or ProvisionKind.Chapter or ProvisionKind.Section or ProvisionKind.Article => 0,
        _ => -1,
    };

    /// <summary>
    /// The level at which the convention puts a list label of <paramref name="style"/> and <paramref name="enclosure"/>;
    /// 0 when the convention has no place for it (the structure builder then nests it under the current level).
    /// </summary>
    public static int LevelOf(DraftingConvention convention, NumberStyle style, LabelEnclosure enclosure)
    {
        bool parenthesised = enclosure is LabelEnclosure.Parentheses or LabelEnclosure.ClosingParenthesis;
        return convention switch
        {
            DraftingConvention.Prc => (style, enclosure) switch
            {
                (NumberStyle.Chinese, LabelEnclosure.Parentheses or LabelEnclosure.Comma) => 2,
                (NumberStyle.Arabic, _) when parenthesised => 2,
                (NumberStyle.Arabic, LabelEnclosure.Dot or LabelEnclosure.Comma) => 3,
                // Letters and Roman numerals have no fixed place in Chinese drafting: "(a)" is an item where items are
                // lettered and a sub-item under "(1)".
                _ => 0,
            },
            DraftingConvention.Eu => (style, enclosure) switch
            {
                (NumberStyle.Arabic, LabelEnclosure.Dot) => 1,
                (NumberStyle.LowerLetter or NumberStyle.Arabic, _) when parenthesised => 2,
                (NumberStyle.LowerRoman, _) when parenthesised => 3,
                (NumberStyle.UpperLetter, _) when parenthesised => 4,
                _ => 0,
            },
            DraftingConvention.Us => !parenthesised ? 0 : style switch
            {
                NumberStyle.LowerLetter => 1,
                NumberStyle.Arabic => 2,
                NumberStyle.UpperLetter => 3,
                NumberStyle.LowerRoman => 4,
                NumberStyle.UpperRoman => 5,
                _ => 0,
            },
            _ => !parenthesised ? 0 : style switch
            {
                NumberStyle.Arabic => 1,
                NumberStyle.LowerLetter => 2,
                NumberStyle.LowerRoman => 3,
                NumberStyle.UpperLetter => 4,
                NumberStyle.UpperRoman => 5,
                _ => 0,
            },
        };
    }

    /// <summary>The id prefix of an article: <c>art</c> (PRC, EU) or <c>sec</c> (US, UK).</summary>
    public static string ArticleIdPrefix(DraftingConvention convention) =>
        convention is DraftingConvention.Us or DraftingConvention.Uk ? "sec" : "art";

    /// <summary>The id prefix of a level below an article, Akoma Ntoso style: <c>para</c>, <c>item</c>, <c>subsec</c>, <c>point</c>...</summary>
    public static string IdPrefix(DraftingConvention convention, int level)
    {
        string[] names = convention switch
        {
            DraftingConvention.Prc => ["para", "item", "subitem", "clause", "subclause"],
            DraftingConvention.Eu => ["para", "point", "subpoint", "clause", "subclause"],
            _ => ["subsec", "para", "subpara", "cl", "subcl"],
        };
        return names[Math.Clamp(level, 1, DeepestLevel) - 1];
    }

    /// <summary>
    /// What the convention calls a provision kind, as a lawyer writes it in a reference: "Article", "section",
    /// "subsection", "paragraph", "point", "条", "款", "项".
    /// </summary>
    public static string UnitName(DraftingConvention convention, DraftLanguage language, ProvisionKind kind)
    {
        if (language == DraftLanguage.Chinese)
        {
            return kind switch
            {
                ProvisionKind.Part => "编",
                ProvisionKind.Chapter => "章",
                ProvisionKind.Section => "节",
                ProvisionKind.Article => "条",
                ProvisionKind.Paragraph => "款",
                ProvisionKind.Item => "项",
                ProvisionKind.Subitem => "目",
                _ => "",
            };
        }
        int level = LevelOf(kind);
        string[] names = convention switch
        {
            DraftingConvention.Prc => ["paragraph", "item", "sub-item", "clause", "subclause"],
            DraftingConvention.Eu => ["paragraph", "point", "point", "point", "point"],
            DraftingConvention.Us => ["subsection", "paragraph", "subparagraph", "clause", "subclause"],
            _ => ["subsection", "paragraph", "sub-paragraph", "clause", "sub-clause"],
        };
        return kind switch
        {
            ProvisionKind.Part => "Part",
            ProvisionKind.Chapter => "Chapter",
            ProvisionKind.Section => "Section",
            ProvisionKind.Article => convention is DraftingConvention.Us or DraftingConvention.Uk ? "section" : "Article",
            ProvisionKind.Subparagraph => "subparagraph",
            _ when level >= 1 => names[Math.Min(level, DeepestLevel) - 1],
            _ => kind.ToString().ToLowerInvariant(),
        };
    }
}
