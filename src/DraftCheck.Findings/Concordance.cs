using System.Collections.Immutable;
using DraftCheck.Model;

namespace DraftCheck.Findings;

/// <summary>
/// How one checklist item ends for one draft: violated (its findings), satisfied (the provisions and words that satisfy
/// it), not applicable (the reason), or not assessed (no rule said anything: to be read by hand).
/// </summary>
public sealed record Assessment
{
    /// <summary>Creates an assessment.</summary>
    public Assessment(RuleDescriptor item, AssessmentOutcome outcome, ImmutableArray<Finding> findings, ImmutableArray<Conclusion> conclusions, string scope)
    {
        Item = item;
        Outcome = outcome;
        Findings = findings;
        Conclusions = conclusions;
        Scope = scope;
    }

    /// <summary>The checklist item: the rule that reports its violations.</summary>
    public RuleDescriptor Item { get; init; }

    /// <summary>The item's id (shortcut for <c>Item.Id</c>).</summary>
    public string ItemId => Item.Id;

    /// <summary>How the item ends.</summary>
    public AssessmentOutcome Outcome { get; init; }

    /// <summary>The findings of a violated item, in report order; empty otherwise.</summary>
    public ImmutableArray<Finding> Findings { get; init; }

    /// <summary>
    /// What the rules stated for a satisfied or not-applicable item (each provision and its words, or the reason), in
    /// document order; empty for a violated or not-assessed item.
    /// </summary>
    public ImmutableArray<Conclusion> Conclusions { get; init; }

    /// <summary>The draft's scope, which made the item apply or not: "copyright law (inferred: its title names ...)".</summary>
    public string Scope { get; init; }

    /// <summary>The provision the assessment points at: the first finding's or conclusion's, or empty.</summary>
    public string Provision =>
        Outcome == AssessmentOutcome.Violated ? Findings[0].Location.Provision.Label
        : Conclusions.IsEmpty || Conclusions[0].Location.IsNone ? string.Empty : Conclusions[0].Location.Provision.Label;

    /// <summary>
    /// The words for a table: the quoted words of the first finding or satisfying provision, or the reason an item does
    /// not apply or was not assessed.
    /// </summary>
    public string Words => Outcome switch
    {
        AssessmentOutcome.Violated => Findings[0].Location.Quote,
        AssessmentOutcome.Satisfied => Conclusions[0].Location.Quote,
        AssessmentOutcome.NotApplicable => Conclusions[0].Reason,
        _ => "no rule found a violation or stated that the draft satisfies the item or that it does not apply; read the draft on this item",
    };

    /// <summary>Why, in one sentence: the first finding's message, or the first conclusion's reason.</summary>
    public string Reason => Outcome switch
    {
        AssessmentOutcome.Violated => Findings[0].Message,
        AssessmentOutcome.Satisfied or AssessmentOutcome.NotApplicable => Conclusions[0].Reason,
        _ => Words,
    };
}

/// <summary>A table of concordance: every checklist item of one draft, in item order, each with its assessment.</summary>
/// <param name="Draft">The draft's path as given.</param>
/// <param name="Scope">The draft's scope, in words.</param>
/// <param name="Items">One assessment per checklist item, by item id.</param>
public sealed record Concordance(string Draft, string Scope, ImmutableArray<Assessment> Items)
{
    /// <summary>
    /// The assessments of <paramref name="items"/> for <paramref name="result"/>. A finding decides (violated); else a
    /// satisfaction; else a statement that the item does not apply; else the item is not assessed.
    /// </summary>
    public static Concordance Of(DraftResult result, IEnumerable<RuleDescriptor> items)
    {
        ImmutableArray<Assessment> assessments =
        [
            .. items.OrderBy(i => i.Id, StringComparer.Ordinal).Select(item =>
            {
                ImmutableArray<Finding> findings = [.. result.Findings.Where(f => f.RuleId == item.Id)];
                if (!findings.IsEmpty) return new Assessment(item, AssessmentOutcome.Violated, findings, [], result.Scope);
                foreach (AssessmentOutcome outcome in (ReadOnlySpan<AssessmentOutcome>)[AssessmentOutcome.Satisfied, AssessmentOutcome.NotApplicable])
                {
                    ImmutableArray<Conclusion> stated = [.. result.Conclusions.Where(c => c.ItemId == item.Id && c.Outcome == outcome)];
                    if (!stated.IsEmpty) return new Assessment(item, outcome, [], stated, result.Scope);
                }
                return new Assessment(item, AssessmentOutcome.NotAssessed, [], [], result.Scope);
            }),
        ];
        return new Concordance(result.Draft, result.Scope, assessments);
    }

    /// <summary>How many items end in <paramref name="outcome"/>.</summary>
    public int Count(AssessmentOutcome outcome) => Items.Count(a => a.Outcome == outcome);
}
