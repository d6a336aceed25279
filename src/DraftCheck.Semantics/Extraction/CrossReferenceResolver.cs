using System.Collections.Immutable;
using System.Text;
using DraftCheck.Syntax;
using DraftCheck.Syntax.Grammars;

namespace DraftCheck.Semantics.Extraction;

/// <summary>What a cited element refers to in the draft.</summary>
internal readonly record struct Resolution(CrossReferenceStatus Status, ImmutableArray<Provision> Targets, Provision Nearest, string Citation);

/// <summary>
/// Resolves the paths of cross-references to provisions of a tree, the way a lawyer reads them: "subsection (c)(1)" looks
/// among the subsections of the section the words are in; "paragraph (1)(C)" among the paragraphs of the enclosing
/// subsection; "the preceding paragraph" is the paragraph before the one the words are in. Unit words name levels through
/// the draft's convention ("paragraph" is level 1 in the EU, level 2 in the US); "clause" and "subclause", which older US
/// law uses loosely (17 U.S.C. § 304(c) calls its paragraphs clauses), take their level from the label instead.
/// </summary>
internal sealed class CrossReferenceResolver(ProvisionTree tree)
{
    private readonly DraftingConvention _convention = tree.Convention;
    private readonly bool _chinese = tree.Language == DraftLanguage.Chinese;

    /// <summary>Resolves one element; null when it names nothing to check ("this chapter" in a draft without chapters).</summary>
    public Resolution? Resolve(CitedElement element, Provision context)
    {
        PathResult? from = ResolvePath(element.From.Steps, context);
        if (from is null) return null;
        if (element.To is null || from.Value.Status != CrossReferenceStatus.Resolved)
        {
            return ToResolution(from.Value, element.To is null ? null : ResolvePath(element.To.Steps, context));
        }
        PathResult? to = ResolvePath(element.To.Steps, context);
        if (to is null || to.Value.Status != CrossReferenceStatus.Resolved) return ToResolution(to ?? from.Value, null, rangeFrom: from.Value);
        Provision first = from.Value.Targets[0], last = to.Value.Targets[^1];
        Provision? parent = tree.ParentOf(first);
        ImmutableArray<Provision> targets = [first, last];
        if (parent is not null && parent == tree.ParentOf(last))
        {
            int a = parent.Children.IndexOf(first), b = parent.Children.IndexOf(last);
            if (a <= b) targets = [.. parent.Children.Skip(a).Take(b - a + 1).Where(c => c.Kind == first.Kind)];
        }
        else if (first.Kind == ProvisionKind.Article && last.Kind == ProvisionKind.Article)
        {
            int a = tree.Articles.IndexOf(first), b = tree.Articles.IndexOf(last);
            if (a <= b) targets = [.. tree.Articles.Skip(a).Take(b - a + 1)];
        }
        string citation = _chinese ? $"{first.Label}至{last.Label}" : $"{first.Label} to {last.Label}";
        return new Resolution(CrossReferenceStatus.Resolved, targets, first, citation);
    }

    private Resolution ToResolution(PathResult result, PathResult? to, PathResult? rangeFrom = null)
    {
        string citation = result.Citation;
        if (rangeFrom is { } start) citation = start.Citation + (_chinese ? "至" : " to ") + result.Citation;
        else if (to is { } end) citation += (_chinese ? "至" : " to ") + end.Citation;
        return new Resolution(result.Status, result.Status == CrossReferenceStatus.Resolved ? result.Targets : [], result.Nearest, citation);
    }

    private readonly record struct PathResult(CrossReferenceStatus Status, ImmutableArray<Provision> Targets, Provision Nearest, string Citation);

    private PathResult? ResolvePath(ImmutableArray<CitedStep> steps, Provision context)
    {
        PathResult? result = Walk(steps, context);
        // "subclause (D) of this clause" in a subparagraph: the loose word names no enclosing level, so the label alone decides.
        if (result is { Status: not CrossReferenceStatus.Resolved } && steps.Length > 1 && steps[0].Relation == CitedRelation.This && IsLoose(steps[0].Unit))
        {
            PathResult? retry = Walk(steps.RemoveAt(0), context);
            if (retry is { Status: CrossReferenceStatus.Resolved }) return retry;
        }
        return result;
    }

    private PathResult? Walk(ImmutableArray<CitedStep> steps, Provision context)
    {
        Provision? current = null;
        ImmutableArray<Provision>? group = null;
        Provision nearest = tree.Root;
        for (int i = 0; i < steps.Length; i++)
        {
            CitedStep step = steps[i];
            switch (step.Relation)
            {
                case CitedRelation.This:
                {
                    Provision? enclosing = Enclosing(context, step.Unit);
                    if (enclosing is null && IsDivision(step.Unit)) continue; // "this chapter" where the draft has no chapters: the instrument itself
                    if (enclosing is null && IsLoose(step.Unit)) enclosing = AncestorsAndSelf(context).FirstOrDefault(p => p.IsNumbered && DraftingConventions.LevelOf(p.Kind) >= 1);
                    if (enclosing is null) return Fail(CrossReferenceStatus.Unresolved, nearest, steps, i);
                    current = nearest = enclosing;
                    break;
                }
                case CitedRelation.Preceding:
                case CitedRelation.Following:
                {
                    Provision? enclosing = Enclosing(context, step.Unit);
                    Provision? parent = enclosing is null ? null : tree.ParentOf(enclosing);
                    if (enclosing is null || parent is null) return Fail(CrossReferenceStatus.Unresolved, nearest, steps, i);
                    int at = parent.Children.IndexOf(enclosing);
                    ImmutableArray<Provision> siblings = [.. parent.Children.Where(c => c.Kind == enclosing.Kind)];
                    int index = siblings.IndexOf(enclosing);
                    ImmutableArray<Provision> picked = step.Relation == CitedRelation.Preceding
                        ? [.. siblings.Take(index).TakeLast(step.Count)]
                        : [.. siblings.Skip(index + 1).Take(step.Count == 0 ? int.MaxValue : step.Count)];
                    if (picked.Length == 0 || (step.Relation == CitedRelation.Preceding && picked.Length < step.Count))
                    {
                        return Fail(CrossReferenceStatus.Unresolved, parent, steps, i);
                    }
                    if (picked.Length == 1) current = nearest = picked[0];
                    else group = picked;
                    break;
                }
                default:
                {
                    if (group is not null) return Fail(CrossReferenceStatus.Unresolved, nearest, steps, i);
                    (Provision? found, CrossReferenceStatus missing, Provision? scope) = current is null
                        ? FindFirst(step, context)
                        : (FindChild(current, step, RequiredLevel(step)), CrossReferenceStatus.Unresolved, current);
                    if (found is null) return Fail(missing, scope ?? nearest, steps, i);
                    current = nearest = found;
                    break;
                }
            }
        }
        if (group is { } many) return new PathResult(CrossReferenceStatus.Resolved, many, many[0], string.Join(", ", many.Select(p => p.Label)));
        if (current is null) return null;
        return new PathResult(CrossReferenceStatus.Resolved, [current], current, current.Label);
    }

    private PathResult Fail(CrossReferenceStatus status, Provision nearest, ImmutableArray<CitedStep> steps, int failedAt) =>
        new(status, [], nearest, Cite(nearest, steps, failedAt));

    /// <summary>The provision the first numbered step of a path names, and what to call it when the draft lacks it.</summary>
    private (Provision? Found, CrossReferenceStatus Missing, Provision? Scope) FindFirst(CitedStep step, Provision context)
    {
        CrossReferenceStatus outside = tree.IsExcerpt ? CrossReferenceStatus.OutsideDraft : CrossReferenceStatus.Unresolved;
        LabelNumber? number = step.Parsed;
        switch (step.Unit)
        {
            case CitedUnit.Schedule:
            case CitedUnit.Regulation:
                return (null, CrossReferenceStatus.OutsideDraft, null); // schedules and regulations are not part of the provision tree
            case CitedUnit.Article:
            case CitedUnit.Section when IsArticleSection:
                return (number is null ? null : tree.FindArticle(number.Key), outside, null);
            case CitedUnit.Part:
            case CitedUnit.Chapter:
            case CitedUnit.Section:
            {
                ProvisionKind kind = step.Unit switch { CitedUnit.Part => ProvisionKind.Part, CitedUnit.Chapter => ProvisionKind.Chapter, _ => ProvisionKind.Section };
                long value = number is null ? -1 : number.MayBeRoman ? number.AsRoman().Value : number.Value;
                // A section of a chapter is first looked for in the chapter the words are in.
                IEnumerable<Provision> candidates = kind == ProvisionKind.Section && AncestorsAndSelf(context).FirstOrDefault(p => p.Kind == ProvisionKind.Chapter) is { } chapter
                    ? chapter.DescendantsAndSelf().Concat(tree.Provisions)
                    : tree.Provisions;
                return (candidates.FirstOrDefault(p => p.Kind == kind && p.Ordinal == value), outside, null);
            }
            default:
            {
                int? level = RequiredLevel(step) ?? LooseLevel(step);
                Provision? scope;
                if (step.Unit == CitedUnit.Subparagraph && HasSubparagraphBlocks)
                {
                    scope = AncestorsAndSelf(context).FirstOrDefault(p => p.Children.Any(c => c.Kind == ProvisionKind.Subparagraph));
                }
                else
                {
                    scope = level is int l
                        ? AncestorsAndSelf(context).FirstOrDefault(p => p.Kind == ProvisionKind.Article || (Level(p) is int own && own >= 1 && own < l))
                        : tree.ArticleOf(context);
                }
                Provision? found = scope is null ? null : FindChild(scope, step, RequiredLevel(step));
                // "犯第一款罪，有第一项规定情形的" in a third paragraph: an item cited without its paragraph is an item of the
                // article, so look further out, up to the article, through paragraphs counted by position.
                for (Provision? wider = scope is null || scope.Kind == ProvisionKind.Article ? null : tree.ParentOf(scope);
                     found is null && wider is not null;
                     wider = wider.Kind == ProvisionKind.Article ? null : tree.ParentOf(wider))
                {
                    found = FindChild(wider, step, RequiredLevel(step));
                }
                return (found, CrossReferenceStatus.Unresolved, scope);
            }
        }
    }

    /// <summary>The child of <paramref name="parent"/> the step names, looking through unnumbered paragraphs and blocks ("第六条第一项").</summary>
    private Provision? FindChild(Provision parent, CitedStep step, int? level)
    {
        foreach (Provision child in parent.Children)
        {
            if (Matches(child, step, level)) return child;
        }
        foreach (Provision child in parent.Children)
        {
            if (child.IsNumbered || child.Kind is not (ProvisionKind.Paragraph or ProvisionKind.Subparagraph)) continue;
            foreach (Provision grandchild in child.Children)
            {
                if (Matches(grandchild, step, level)) return grandchild;
            }
        }
        return null;
    }

    private bool Matches(Provision child, CitedStep step, int? level)
    {
        if (child.Kind is ProvisionKind.Note or ProvisionKind.Crossheading) return false;
        LabelNumber? number = step.Parsed;
        if (number is null) return false;
        if (step.Unit == CitedUnit.Subparagraph && HasSubparagraphBlocks)
        {
            return child.Kind == ProvisionKind.Subparagraph && child.Ordinal == number.Value;
        }
        if (child.Kind == ProvisionKind.Subparagraph) return false;
        if (level is int required && DraftingConventions.LevelOf(child.Kind) != required) return false;
        if (StyleClass(child.Style) != StyleClass(number.Style)) return false;
        return child.Key == number.Key
            || (StyleClass(child.Style) == "digit" && child.Ordinal == number.Value && child.Suffix == number.Suffix);
    }

    private static string StyleClass(NumberStyle style) => style switch
    {
        NumberStyle.LowerLetter or NumberStyle.LowerRoman => "lower",
        NumberStyle.UpperLetter or NumberStyle.UpperRoman => "upper",
        _ => "digit",
    };

    /// <summary>The nearest provision around <paramref name="context"/> (itself included) of the unit: "this subsection", "本条", "前款".</summary>
    private Provision? Enclosing(Provision context, CitedUnit? unit)
    {
        if (unit is null) return null;
        Func<Provision, bool> isUnit = unit switch
        {
            CitedUnit.Article => p => p.Kind == ProvisionKind.Article,
            CitedUnit.Section when IsArticleSection => p => p.Kind == ProvisionKind.Article,
            CitedUnit.Section => p => p.Kind == ProvisionKind.Section,
            CitedUnit.Part => p => p.Kind == ProvisionKind.Part,
            CitedUnit.Chapter => p => p.Kind == ProvisionKind.Chapter,
            CitedUnit.Subparagraph when HasSubparagraphBlocks => p => p.Kind == ProvisionKind.Subparagraph,
            _ when StrictLevel(unit.Value) is int level => p => Level(p) == level,
            _ => _ => false,
        };
        return AncestorsAndSelf(context).FirstOrDefault(isUnit);
    }

    private IEnumerable<Provision> AncestorsAndSelf(Provision provision) => tree.AncestorsOf(provision).Prepend(provision);

    private static int? Level(Provision provision) =>
        DraftingConventions.LevelOf(provision.Kind) is var level and >= 0 ? level : null;

    private bool IsArticleSection => _convention is DraftingConvention.Us or DraftingConvention.Uk;

    private bool HasSubparagraphBlocks => _convention is DraftingConvention.Eu or DraftingConvention.Prc;

    private static bool IsDivision(CitedUnit? unit) => unit is CitedUnit.Part or CitedUnit.Chapter;

    private bool IsLoose(CitedUnit? unit) => unit is null || StrictLevel(unit.Value) is null && unit is not (CitedUnit.Article or CitedUnit.Section or CitedUnit.Part or CitedUnit.Chapter or CitedUnit.Schedule or CitedUnit.Regulation);

    private int? RequiredLevel(CitedStep step) => step.Unit is { } unit ? StrictLevel(unit) : null;

    /// <summary>The level a unit word names in the draft's convention; null for words used loosely, whose level the label gives.</summary>
    private int? StrictLevel(CitedUnit unit) => (_convention, unit) switch
    {
        (DraftingConvention.Us, CitedUnit.Subsection) => 1,
        (DraftingConvention.Us, CitedUnit.Paragraph) => 2,
        (DraftingConvention.Us, CitedUnit.Subparagraph) => 3,
        (DraftingConvention.Uk, CitedUnit.Subsection) => 1,
        (DraftingConvention.Uk, CitedUnit.Paragraph) => 2,
        (DraftingConvention.Uk, CitedUnit.Subparagraph) => 3,
        (DraftingConvention.Uk, CitedUnit.Clause) => 4,
        (DraftingConvention.Eu or DraftingConvention.Prc, CitedUnit.Paragraph) => 1,
        (DraftingConvention.Eu or DraftingConvention.Prc, CitedUnit.Item or CitedUnit.Point) => 2,
        (DraftingConvention.Eu or DraftingConvention.Prc, CitedUnit.Subitem) => 3,
        _ => null,
    };

    /// <summary>The level a label's style has in the convention: "(D)" is a subparagraph in the US whatever the word before it.</summary>
    private int? LooseLevel(CitedStep step)
    {
        if (step.Parsed is not { } number) return null;
        int level = DraftingConventions.LevelOf(_convention, number.Style, LabelEnclosure.Parentheses);
        if (level == 0 && number.MayBeRoman) level = DraftingConventions.LevelOf(_convention, number.AsRoman().Style, LabelEnclosure.Parentheses);
        return level > 0 ? level : null;
    }

    // ---- citations for messages ----

    private string Cite(Provision nearest, ImmutableArray<CitedStep> steps, int from)
    {
        var text = new StringBuilder(nearest.Kind == ProvisionKind.Document ? string.Empty : nearest.Label);
        bool endsWithLabel = nearest.Kind != ProvisionKind.Document; // "§ 1201" takes "(2)" directly: "§ 1201(2)"
        for (int i = from; i < steps.Length; i++)
        {
            CitedStep step = steps[i];
            if (_chinese)
            {
                text.Append(step.Relation switch
                {
                    CitedRelation.Number => step.Unit == CitedUnit.Item ? $"第（{step.Number}）项" : $"第{step.Number}{ChineseUnit(step.Unit)}",
                    CitedRelation.Preceding => step.Count == 1 ? $"前{ChineseUnit(step.Unit)}" : $"前{Numerals.ToChinese(step.Count)}{ChineseUnit(step.Unit)}",
                    _ => $"本{ChineseUnit(step.Unit)}",
                });
                continue;
            }
            string word = UnitWord(step.Unit);
            string number = step.IsParenthesized ? $"({step.Number})" : step.Number;
            if (step.Relation != CitedRelation.Number)
            {
                string relation = step.Relation switch { CitedRelation.This => "this", CitedRelation.Preceding => "the preceding", _ => "the following" };
                text.Clear().Append(relation).Append(' ').Append(word);
                endsWithLabel = false;
            }
            else if (step.Unit is CitedUnit.Article || (step.Unit is CitedUnit.Section && IsArticleSection))
            {
                text.Clear().Append(_convention switch
                {
                    DraftingConvention.Us => "§ ",
                    DraftingConvention.Uk => "s. ",
                    _ => "Article ",
                }).Append(step.Number);
                endsWithLabel = true;
            }
            else if (endsWithLabel && step.Unit is not (CitedUnit.Part or CitedUnit.Chapter or CitedUnit.Section or CitedUnit.Schedule or CitedUnit.Regulation))
            {
                text.Append('(').Append(step.Number).Append(')');
            }
            else
            {
                if (text.Length > 0) text.Append(", ");
                text.Append(word.Length > 0 ? word + " " + number : number);
                endsWithLabel = step.Unit is CitedUnit.Part or CitedUnit.Chapter || step.IsParenthesized;
            }
        }
        return text.ToString();
    }

    private static string UnitWord(CitedUnit? unit) => unit switch
    {
        CitedUnit.Part => "Part",
        CitedUnit.Chapter => "Chapter",
        CitedUnit.Schedule => "Schedule",
        CitedUnit.Article => "Article",
        null => string.Empty,
        _ => unit.Value.ToString().ToLowerInvariant(),
    };

    private static string ChineseUnit(CitedUnit? unit) => unit switch
    {
        CitedUnit.Part => "编",
        CitedUnit.Chapter => "章",
        CitedUnit.Section => "节",
        CitedUnit.Article => "条",
        CitedUnit.Paragraph => "款",
        CitedUnit.Item => "项",
        _ => "目",
    };
}
