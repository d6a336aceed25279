namespace DraftCheck.Semantics.Tests;

/// <summary>NumberingStep facts: each numbered provision after the one before it.</summary>
public class NumberingStepTests
{
    private static NumberingStep Step(string text, string provisionId) =>
        SemanticModel.FromText(text).FactsOf<NumberingStep>().Single(s => s.Provision.Id.Value == provisionId);

    [Fact]
    public void Extract_ArticleSkipped_CountsAndNamesTheMissingNumbers()
    {
        NumberingStep step = Step("Article 1 One.\nArticle 2 Two.\nArticle 5 Five.", "art_5");

        Assert.Equal((2, "Article 3", "Article 4", "Article 2", "Article 5"), (step.SkippedCount, step.FirstSkipped, step.LastSkipped, step.PreviousNumber, step.Number));
        Assert.False(step.InExcerpt);
    }

    [Fact]
    public void Extract_ItemSkippedInAParagraph_NamesItInTheSameStyle()
    {
        NumberingStep step = Step("Article 5\n1. Member States may provide for exceptions:\n(a) teaching;\n(b) research;\n(d) parody.", "art_5__para_1__point_d");

        Assert.Equal((1, "(c)", "(b)"), (step.SkippedCount, step.FirstSkipped, step.PreviousNumber));
    }

    [Fact]
    public void Extract_NumberUsedTwiceOrGoingBack_IsADuplicateOrOutOfOrder()
    {
        var steps = SemanticModel.FromText("第一条\n一。\n第二条\n二。\n第二条\n二。\n第一条\n一。").FactsOf<NumberingStep>().ToList();

        Assert.Equal("art_2", steps[2].DuplicateOf?.Id.Value);
        Assert.Equal("art_1", steps[3].DuplicateOf?.Id.Value);
        Assert.All(steps, s => Assert.Equal(0, s.SkippedCount));
    }

    [Fact]
    public void Extract_NumberLowerThanThePrevious_IsOutOfOrder()
    {
        NumberingStep step = Step("Article 1 One.\nArticle 3 Three.\nArticle 2 Two.", "art_2");

        Assert.True(step.IsOutOfOrder);
    }

    [Fact]
    public void Extract_InsertedSubsection9A_IsNoGap()
    {
        var steps = SemanticModel.FromText("12 Duration\n(8) Eight.\n(9) Nine.\n(9A) Nine A.\n(10) Ten.").FactsOf<NumberingStep>()
            .Where(s => s.Kind == Syntax.ProvisionKind.Paragraph).ToList();

        Assert.Equal(["(8)", "(9)", "(9A)", "(10)"], steps.Select(s => s.Number));
        Assert.All(steps.Skip(1), s => Assert.Equal((0, false), (s.SkippedCount, s.IsOutOfOrder)));
    }

    [SkippableFact]
    public void Build_Usc17_SectionsOfTheCodeSkipNumbersInAnExcerpt()
    {
        NumberingStep step = LawModels.Of(Laws.Usc17).FactsOf<NumberingStep>().Single(s => s.Provision.Id.Value == "sec_302");

        Assert.Equal((195, "§ 107", "§ 301", true), (step.SkippedCount, step.FirstSkipped, step.LastSkipped, step.InExcerpt));
    }

    [SkippableFact]
    public void Build_PrcCopyrightLaw2010_TheFileHasNoChapterOneHeading()
    {
        NumberingStep chapter = LawModels.Of(Laws.PrcCopyright2010).FactsOf<NumberingStep>().Single(s => s.SkippedCount > 0);

        Assert.Equal(("chp_2", "第一章", false), (chapter.Provision.Id.Value, chapter.FirstSkipped, chapter.InExcerpt));
    }
}
