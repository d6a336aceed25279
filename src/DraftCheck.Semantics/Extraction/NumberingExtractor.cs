using System.Collections.Immutable;
using DraftCheck.Model;
using DraftCheck.Syntax;
using DraftCheck.Syntax.Grammars;

namespace DraftCheck.Semantics.Extraction;

/// <summary>
/// Extracts a <see cref="NumberingStep"/> for every numbered provision: articles in one sequence across the draft,
/// divisions and lower levels within their parent, each kind in its own sequence.
/// </summary>
internal sealed class NumberingExtractor : IDraftFactExtractor
{
    public void Extract(ProvisionTree tree, IReadOnlyList<Fact> extracted, ICollection<Fact> facts)
    {
        AddSequence(tree, tree.Articles, facts);
        foreach (Provision parent in tree.Provisions)
        {
            foreach (IGrouping<ProvisionKind, Provision> sequence in parent.Children
                .Where(c => c.IsNumbered && c.Kind != ProvisionKind.Article && !c.LabelSpan.IsEmpty)
                .GroupBy(c => c.Kind))
            {
                AddSequence(tree, [.. sequence], facts);
            }
        }
    }

    private static void AddSequence(ProvisionTree tree, ImmutableArray<Provision> sequence, ICollection<Fact> facts)
    {
        for (int i = 0; i < sequence.Length; i++)
        {
            Provision provision = sequence[i];
            Provision? previous = i > 0 ? sequence[i - 1] : null;
            Provision? duplicate = sequence.Take(i).FirstOrDefault(p => p.Key == provision.Key);
            long skippedFrom = 0, skippedTo = -1;
            bool outOfOrder = false;
            if (duplicate is null && previous is null)
            {
                (skippedFrom, skippedTo) = (1, provision.Ordinal - 1);
            }
            else if (duplicate is null && previous is not null)
            {
                if (provision.Ordinal == previous.Ordinal) outOfOrder = string.CompareOrdinal(provision.Suffix, previous.Suffix) < 0; // 9A after 9
                else if (provision.Ordinal < previous.Ordinal) outOfOrder = true;
                else (skippedFrom, skippedTo) = (previous.Ordinal + 1, provision.Ordinal - 1);
            }
            int skipped = (int)Math.Max(0, Math.Min(int.MaxValue, skippedTo - skippedFrom + 1));
            facts.Add(new NumberingStep(provision.Ref, provision.LabelSpan, tree.Text[provision.LabelSpan], provision.Kind,
                Cite(tree, provision.Kind, provision.Number, provision.Ordinal, provision.Style, provision.Suffix), previous?.Ref,
                previous is null ? string.Empty : Cite(tree, previous.Kind, previous.Number, previous.Ordinal, previous.Style, previous.Suffix))
            {
                SkippedCount = skipped,
                FirstSkipped = skipped > 0 ? Cite(tree, provision.Kind, null, skippedFrom, provision.Style, string.Empty) : string.Empty,
                LastSkipped = skipped > 0 ? Cite(tree, provision.Kind, null, skippedTo, provision.Style, string.Empty) : string.Empty,
                DuplicateOf = duplicate?.Ref,
                IsOutOfOrder = outOfOrder,
                InExcerpt = tree.IsExcerpt && provision.Kind is ProvisionKind.Article or ProvisionKind.Part or ProvisionKind.Chapter or ProvisionKind.Section,
            });
        }
    }

    /// <summary>A number as cited alone: "Article 4", "§ 107", "Chapter II", "(b)", "第四条", "（二）".</summary>
    private static string Cite(ProvisionTree tree, ProvisionKind kind, string? printed, long value, NumberStyle style, string suffix)
    {
        string number = printed ?? Labels.Format(value, style);
        if (tree.Language == DraftLanguage.Chinese)
        {
            // 第十七条之一: an inserted article's suffix "-1" is printed 之一.
            string chinese = Numerals.ToChinese(value)
                + (suffix.StartsWith('-') && long.TryParse(suffix[1..], out long inserted) ? "条之" + Numerals.ToChinese(inserted) : string.Empty);
            return kind switch
            {
                ProvisionKind.Part => $"第{chinese}编",
                ProvisionKind.Chapter => $"第{chinese}章",
                ProvisionKind.Section => $"第{chinese}节",
                ProvisionKind.Article => chinese.Contains('条') ? $"第{chinese}" : $"第{chinese}条",
                ProvisionKind.Item => $"（{chinese}）",
                _ => $"({number})",
            };
        }
        return kind switch
        {
            ProvisionKind.Part => $"Part {number}",
            ProvisionKind.Chapter => $"Chapter {number}",
            ProvisionKind.Section => $"Section {number}",
            ProvisionKind.Article => tree.Convention switch
            {
                DraftingConvention.Us => $"§ {number}",
                DraftingConvention.Uk => $"s. {number}",
                _ => $"Article {number}",
            },
            _ => $"({number})",
        };
    }
}
