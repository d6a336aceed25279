// DRAFT001: numbers in a sequence (articles, divisions, paragraphs, items) must run without gaps, repeats or reversals.
namespace DraftCheck.Packs.Drafting;

[Rule("DRAFT001",
    Title = "Numbering gap, duplicate or reversal",
    Category = "Numbering",
    Severity = Severity.Warning,
    Source = "Drafting convention: provisions are numbered consecutively at each level",
    Description = "Articles run 1, 2, 3 across the draft; divisions, paragraphs and items run within their parent ((a), (b), (c); （一）, （二）). A number skipped, used twice or lower than the one before is usually a provision deleted or moved without renumbering, and it breaks every reference to the provisions after it. Inserted provisions (9A after 9, 296ZB after 296ZA) are not gaps. In an excerpt or a code, whose first article is not numbered 1, the articles and divisions skip numbers on purpose and are not reported.")]
[Fires("Article 1 Subject matter.\nArticle 3 The term of protection shall be fifty years.",
    Note = "A draft whose Article 2 was deleted: the finding points at the label of Article 3")]
[Fires("第一条\n为了保护著作权，制定本法。\n第三条\n著作权属于作者。",
    Note = "第二条 deleted")]
[DoesNotFire("Article 1 Subject matter.\nArticle 2 The term of protection shall be fifty years.",
    Note = "Articles numbered 1, 2")]
[DoesNotFire("第一条\n为了保护著作权，制定本法。\n第二条\n著作权属于作者。",
    Note = "第一条、第二条")]
public sealed class NumberingGapOrDuplicate : Rule
{
    public override void Define()
    {
        NumberingStep step = null!;

        When()
            .Match(() => step, s => s.DuplicateOf != null || s.IsOutOfOrder || (s.SkippedCount > 0 && !s.InExcerpt));

        Then()
            .Do(ctx => ctx.Report(step, Describe(step)));
    }

    private static string Describe(NumberingStep step)
    {
        if (step.DuplicateOf is not null) return $"{step.Provision.Label} repeats the number {step.Number} of an earlier provision at the same level.";
        if (step.IsOutOfOrder) return $"{step.Provision.Label} follows {step.PreviousNumber}: the numbering goes backwards.";
        string missing = step.SkippedCount == 1 ? $"{step.FirstSkipped} is missing" : $"{step.FirstSkipped} to {step.LastSkipped} are missing";
        return step.Previous is null
            ? $"{step.Provision.Label} is the first of its sequence: {missing}."
            : $"{step.Provision.Label} follows {step.PreviousNumber}: {missing}.";
    }
}
