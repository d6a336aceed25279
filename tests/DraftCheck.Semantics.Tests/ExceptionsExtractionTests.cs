using DraftCheck.Model;
using DraftCheck.Semantics;

namespace DraftCheck.Semantics.Tests;

/// <summary>Lists of exceptions, catch-alls, fair use and the three-step test.</summary>
public class ExceptionsExtractionTests
{
    private static string Words(SemanticModel model, Span span) => model.Text[span];

    [SkippableFact]
    public void Build_PrcCopyrightLaw2010_Article22TwelveCasesWithoutCatchAll()
    {
        SemanticModel model = SemanticModel.FromText(Laws.Read(Laws.PrcCopyright2010));

        ExceptionsProvision exceptions = Assert.Single(model.FactsOf<ExceptionsProvision>());
        Assert.Equal(("第二十二条第一款", 12, false), (exceptions.Provision.Label, exceptions.ItemCount, exceptions.EndsInCatchAll));
        Assert.Empty(model.FactsOf<ThreeStepTest>());
    }

    [SkippableFact]
    public void Build_InfoSocDirective_Article5ListsAndTheThreeStepTestOfParagraph5()
    {
        SemanticModel model = SemanticModel.FromText(Laws.Read(Laws.EuInfoSoc));

        Assert.Equal([(5, ""), (15, "certain other cases of minor importance")],
            model.FactsOf<ExceptionsProvision>().Select(e => (e.ItemCount, Words(model, e.CatchAllSpan))));
        ThreeStepTest test = Assert.Single(model.FactsOf<ThreeStepTest>());
        Assert.True(test.HasBothConditions);
        Assert.Equal("conflict with a normal exploitation", Words(model, test.NormalExploitationSpan));
    }

    [Fact]
    public void Extract_Prc2020Article24_ThreeStepTestInTheLeadInAndCatchAllItem()
    {
        SemanticModel model = SemanticModel.FromText(string.Join("\n",
            "第二十四条",
            "在下列情况下使用作品，可以不经著作权人许可，不向其支付报酬，但应当指明作者姓名或者名称、作品名称，并且不得影响该作品的正常使用，也不得不合理地损害著作权人的合法权益：",
            "（一）为个人学习、研究或者欣赏，使用他人已经发表的作品；",
            "（十三）法律、行政法规规定的其他情形。"));

        Assert.Equal("法律、行政法规规定的其他", Words(model, Assert.Single(model.FactsOf<ExceptionsProvision>()).CatchAllSpan));
        ThreeStepTest test = Assert.Single(model.FactsOf<ThreeStepTest>());
        Assert.Equal(("影响该作品的正常使用", "不合理地损害著作权人的合法权益"), (Words(model, test.NormalExploitationSpan), Words(model, test.LegitimateInterestsSpan)));
    }

    [Fact]
    public void Extract_Usc107_FairUseIsOpenEndedNotAListOfFactors()
    {
        SemanticModel model = SemanticModel.FromText(string.Join("\n",
            "Notwithstanding the provisions of sections 106 and 106A, the fair use of a copyrighted work, including such use by reproduction in copies or phonorecords or by any other means specified by that section, for purposes such as criticism, comment, news reporting, teaching (including multiple copies for classroom use), scholarship, or research, is not an infringement of copyright. In determining whether the use made of a work in any particular case is a fair use the factors to be considered shall include—",
            "(1) the purpose and character of the use, including whether such use is of a commercial nature or is for nonprofit educational purposes;",
            "(2) the nature of the copyrighted work;"));

        ExceptionsProvision fairUse = Assert.Single(model.FactsOf<ExceptionsProvision>());
        Assert.Equal((true, 0, "fair use"), (fairUse.IsOpenEnded, fairUse.ItemCount, Words(model, fairUse.LeadSpan)));
    }

    [SkippableFact]
    public void Build_Usc17_ExceptionsToTpmProtectionAreNotExceptionsToCopyright()
    {
        Assert.Empty(SemanticModel.FromText(Laws.Read(Laws.Usc17)).FactsOf<ExceptionsProvision>());
    }
}
