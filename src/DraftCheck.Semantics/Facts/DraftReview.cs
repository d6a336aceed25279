using System.Collections.Immutable;
using DraftCheck.Model;
using DraftCheck.Text;

namespace DraftCheck.Semantics;

/// <summary>The review state of the draft as a whole: tracked changes and reviewers' comments it still holds. One per draft.</summary>
public sealed record DraftReview : Fact
{
    /// <summary>Creates the fact for the whole draft.</summary>
    public DraftReview(int revisionCount, ImmutableArray<TextComment> comments)
        : base(ProvisionRef.Document, Span.None, string.Empty)
    {
        RevisionCount = revisionCount;
        Comments = comments;
    }

    /// <summary>How many tracked changes (insertions, deletions, moves, property changes) the draft holds.</summary>
    public int RevisionCount { get; init; }

    /// <summary>The reviewers' comments, in document order.</summary>
    public ImmutableArray<TextComment> Comments { get; init; }

    /// <summary>How many comments the draft holds.</summary>
    public int CommentCount => Comments.IsDefault ? 0 : Comments.Length;
}
