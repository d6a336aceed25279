// DRAFT006: a draft sent out should hold no tracked changes or comments.
namespace DraftCheck.Packs.Drafting;

[Rule("DRAFT006",
    Title = "Tracked changes or comments still in the draft",
    Category = "Review",
    Severity = Severity.Info,
    Source = "Drafting practice: accept or reject every change and resolve every comment before a draft is circulated or enacted",
    Description = "The draft still holds tracked changes or reviewers' comments. DraftCheck checks the text with the changes accepted (or, with --revisions original, rejected); the draft itself is still unsettled until someone decides each change and comment.")]
public sealed class UnresolvedReview : Rule
{
    public override void Define()
    {
        DraftReview review = null!;

        When()
            .Match(() => review, r => r.RevisionCount > 0 || r.CommentCount > 0);

        Then()
            .Do(ctx => ctx.Report(review, Describe(review)));
    }

    private static string Describe(DraftReview review)
    {
        var parts = new List<string>();
        if (review.RevisionCount > 0) parts.Add(review.RevisionCount == 1 ? "1 tracked change" : $"{review.RevisionCount} tracked changes");
        if (review.CommentCount > 0) parts.Add(review.CommentCount == 1 ? "1 comment" : $"{review.CommentCount} comments");
        return $"The draft still holds {string.Join(" and ", parts)}: accept or reject each change and resolve each comment before the draft is circulated.";
    }
}
