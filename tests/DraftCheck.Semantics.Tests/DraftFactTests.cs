using DraftCheck.Model;
using DraftCheck.Syntax;
using DraftCheck.Text;

namespace DraftCheck.Semantics.Tests;

/// <summary>NumberInWordsAndDigits and DraftReview facts.</summary>
public class DraftFactTests
{
    [Fact]
    public void Extract_NumberInWordsAndDigits_KeepsBothNumeralsAndTheirSpans()
    {
        SemanticModel model = SemanticModel.FromText("Article 21 The term shall be the life of the author and fifty (60) years after his death.");

        NumberInWordsAndDigits number = Assert.Single(model.FactsOf<NumberInWordsAndDigits>());
        Assert.Equal(("fifty (60)", 50, 60, false), (number.Text, number.Words.Value, number.Digits.Value, number.Agrees));
        Assert.Equal("60", model.Text[number.Digits.Span]);
        Assert.Equal("art_21__para_1", number.Provision.Id.Value);
    }

    [Fact]
    public void Build_DraftWithRevisionsAndComments_HasOneReviewFactForTheWholeDraft()
    {
        var builder = new TextLayerBuilder { RevisionCount = 3 };
        builder.BeginParagraph(new ParagraphProperties());
        builder.Append("Article 1 This Law applies.", WordAnchor.None);
        builder.EndParagraph();
        builder.AddComment(new TextComment("0", "Reviewer", new Span(0, 9), Span.None));
        SemanticModel model = SemanticModel.Build(StructureBuilder.Build(builder.Build()));

        DraftReview review = Assert.Single(model.FactsOf<DraftReview>());
        Assert.Equal((3, 1, ProvisionId.Document), (review.RevisionCount, review.CommentCount, review.Provision.Id));
        Assert.True(review.Span.IsNone);
    }

    [Fact]
    public void Build_CleanDraft_ReviewFactCountsNothing()
    {
        DraftReview review = Assert.Single(SemanticModel.FromText("Article 1 This Law applies.").FactsOf<DraftReview>());

        Assert.Equal((0, 0), (review.RevisionCount, review.CommentCount));
    }
}
