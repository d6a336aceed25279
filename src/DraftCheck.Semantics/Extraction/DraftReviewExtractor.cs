using DraftCheck.Model;
using DraftCheck.Syntax;

namespace DraftCheck.Semantics.Extraction;

/// <summary>Extracts the one <see cref="DraftReview"/> of a draft from its text layer's tracked changes and comments.</summary>
internal sealed class DraftReviewExtractor : IDraftFactExtractor
{
    public void Extract(ProvisionTree tree, IReadOnlyList<Fact> extracted, ICollection<Fact> facts) =>
        facts.Add(new DraftReview(tree.Text.RevisionCount, tree.Text.Comments));
}
