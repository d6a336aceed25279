using DraftCheck.Model;
using DraftCheck.Semantics;

namespace DraftCheck.Semantics.Tests;

/// <summary>Criminal sanctions, case transfers and extended collective management.</summary>
public class EnforcementExtractionTests
{
    private static string Words(SemanticModel model, Span span) => model.Text[span];

    [Fact]
    public void Extract_CriminalLawArticle217Before2020_OffenceWithProfitMotive()
    {
        SemanticModel model = SemanticModel.FromText(string.Join("\n",
            "第二百一十七条",
            "以营利为目的，有下列侵犯著作权情形之一，违法所得数额较大或者有其他严重情节的，处三年以下有期徒刑或者拘役，并处或者单处罚金；违法所得数额巨大或者有其他特别严重情节的，处三年以上七年以下有期徒刑，并处罚金：",
            "（一）未经著作权人许可，复制发行其文字作品、音乐、电影、电视、录像作品、计算机软件及其他作品的；"));

        CriminalSanction offence = Assert.Single(model.FactsOf<CriminalSanction>());
        Assert.Equal((CriminalSanctionKind.Offence, "以营利为目的", true), (offence.Kind, Words(model, offence.ProfitMotiveSpan), offence.CoversInfringement));
        Assert.False(offence.CoversTechnologicalMeasures);
    }

    [Fact]
    public void Extract_Usc506a_CommercialAdvantageAsOneAlternativeIsNotARequiredElement()
    {
        SemanticModel model = SemanticModel.FromText(string.Join("\n",
            "(1) In general.—Any person who willfully infringes a copyright shall be punished as provided under section 2319 of title 18, if the infringement was committed—",
            "(A) for purposes of commercial advantage or private financial gain;",
            "(B) by the reproduction or distribution, including by electronic means, during any 180-day period, of 1 or more copies or phonorecords of 1 or more copyrighted works, which have a total retail value of more than $1,000; or",
            "(C) by the distribution of a work being prepared for commercial distribution, by making it available on a computer network accessible to members of the public, if such person knew or should have known that the work was intended for commercial distribution."));

        CriminalSanction offence = Assert.Single(model.FactsOf<CriminalSanction>());
        Assert.Equal(CriminalSanctionKind.Offence, offence.Kind);
        Assert.False(offence.RequiresProfitMotive);
    }

    [Fact]
    public void Extract_TransferRegulationsArticle3_SuspectedOfConstitutingACrime()
    {
        // 行政执法机关移送涉嫌犯罪案件的规定 (2001) 第三条第一款.
        SemanticModel model = SemanticModel.FromText("第三条\n行政执法机关在依法查处违法行为过程中，发现违法事实涉及的金额、违法事实的情节、违法事实造成的后果等，根据刑法关于破坏社会主义市场经济秩序罪、妨害社会管理秩序罪等罪的规定和最高人民法院、最高人民检察院关于破坏社会主义市场经济秩序罪、妨害社会管理秩序罪等罪的司法解释以及最高人民检察院、公安部关于经济犯罪案件的追诉标准等规定，涉嫌构成犯罪，依法需要追究刑事责任的，必须依照本规定向公安机关移送。");

        CaseTransfer transfer = Assert.Single(model.FactsOf<CaseTransfer>());
        Assert.Equal((TransferStandard.Suspicion, "涉嫌", "向公安机关移送"), (transfer.Standard, Words(model, transfer.StandardSpan), Words(model, transfer.TransferSpan)));
        Assert.Empty(model.FactsOf<CriminalSanction>());
    }

    [SkippableFact]
    public void Build_PrcCopyrightLaw2010_NoExtendedCollectiveManagementAndTheCollectiveManagementDelegation()
    {
        SemanticModel model = SemanticModel.FromText(Laws.Read(Laws.PrcCopyright2010));

        Assert.Empty(model.FactsOf<ExtendedCollectiveManagement>());
        Assert.Contains(model.FactsOf<Delegation>(), d => d.Topics == ScopeTopic.CollectiveManagement && d.Kind == DelegationKind.ToAnotherInstrument);
    }
}
