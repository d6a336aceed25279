using DraftCheck.Model;
using DraftCheck.Semantics;

namespace DraftCheck.Semantics.Tests;

/// <summary>Injunctions, damages and ceilings, presumptions and repeat-infringer penalties.</summary>
public class RemediesExtractionTests
{
    private static string Words(SemanticModel model, Span span) => model.Text[span];

    [SkippableFact]
    public void Build_PrcCopyrightLaw2010_Article49DamagesAndTheFiveHundredThousandYuanCeiling()
    {
        SemanticModel model = SemanticModel.FromText(Laws.Read(Laws.PrcCopyright2010));

        Assert.All(model.FactsOf<DamagesProvision>(), d => Assert.False(d.IsPunitive));
        StatutoryDamagesCeiling ceiling = Assert.Single(model.FactsOf<StatutoryDamagesCeiling>());
        Assert.Equal((500_000m, "CNY", "五十万元", CeilingBasis.Unspecified), (ceiling.Amount.Value, ceiling.Amount.Currency, ceiling.Amount.Text, ceiling.Basis));
        InjunctionProvision injunction = Assert.Single(model.FactsOf<InjunctionProvision>());
        Assert.Equal((InjunctionTarget.Infringer, "第五十条第一款"), (injunction.Target, injunction.Provision.Label));
        Assert.Equal("第十一条第四款", Assert.Single(model.FactsOf<OwnershipPresumption>()).Provision.Label);
    }

    [Fact]
    public void Extract_Prc2020Article54_OneToFiveTimesForWilfulInfringementAndFiveMillionYuan()
    {
        SemanticModel model = SemanticModel.FromText(string.Join("\n",
            "第五十四条",
            "侵犯著作权或者与著作权有关的权利的，侵权人应当按照权利人因此受到的实际损失或者侵权人的违法所得给予赔偿；权利人的实际损失或者侵权人的违法所得难以计算的，可以参照该权利使用费给予赔偿。对故意侵犯著作权或者与著作权有关的权利，情节严重的，可以在按照上述方法确定数额的一倍以上五倍以下给予赔偿。",
            "权利人的实际损失、侵权人的违法所得、权利使用费难以计算的，由人民法院根据侵权行为的情节，判决给予五百元以上五百万元以下的赔偿。"));

        DamagesProvision punitive = model.FactsOf<DamagesProvision>().First();
        Assert.Equal(("一倍以上五倍以下", "故意"), (Words(model, punitive.PunitiveSpan), Words(model, punitive.WilfulSpan)));
        Assert.Equal(5_000_000m, Assert.Single(model.FactsOf<StatutoryDamagesCeiling>()).Amount.Value);
    }

    [Fact]
    public void Extract_Usc504c_PerWorkCeilingAndEnhancedCeilingForWilfulInfringement()
    {
        SemanticModel model = SemanticModel.FromText(string.Join("\n",
            "(c) Statutory Damages.—",
            "(1) Except as provided by clause (2) of this subsection, the copyright owner may elect, at any time before final judgment is rendered, to recover, instead of actual damages and profits, an award of statutory damages for all infringements involved in the action, with respect to any one work, for which any one infringer is liable individually, or for which any two or more infringers are liable jointly and severally, in a sum of not less than $750 or more than $30,000 as the court considers just.",
            "(2) In a case where the copyright owner sustains the burden of proving, and the court finds, that infringement was committed willfully, the court in its discretion may increase the award of statutory damages to a sum of not more than $150,000."));

        Assert.Equal([(30_000m, CeilingBasis.PerWork, false), (150_000m, CeilingBasis.Unspecified, true)],
            model.FactsOf<StatutoryDamagesCeiling>().Select(c => (c.Amount.Value, c.Basis, c.IsForWilfulInfringement)));
    }

    [SkippableFact]
    public void Build_InjunctionsAgainstIntermediaries_CdpaSection97AUsc512jAndInfoSocArticle8()
    {
        Assert.Contains(SemanticModel.FromText(Laws.Read(Laws.UkCdpa)).FactsOf<InjunctionProvision>(), i => i.Target == InjunctionTarget.Intermediary);
        Assert.Contains(SemanticModel.FromText(Laws.Read(Laws.Usc17)).FactsOf<InjunctionProvision>(), i => i.Target == InjunctionTarget.Intermediary);
        Assert.Equal([InjunctionTarget.Infringer, InjunctionTarget.Intermediary],
            SemanticModel.FromText(Laws.Read(Laws.EuInfoSoc)).FactsOf<InjunctionProvision>().Select(i => i.Target));
    }

    [Fact]
    public void Extract_Usc302e_PresumptionAsToTheAuthorsDeathIsNotAPresumptionOfOwnership()
    {
        SemanticModel model = SemanticModel.FromText("(e) Presumption as to Author’s Death.—After a period of 95 years from the year of first publication of a work, or a period of 120 years from the year of its creation, whichever expires first, any person who obtains from the Copyright Office a certified report that the records provided by subsection (d) disclose nothing to indicate that the author of the work is living, or died less than seventy years before, is entitled to the benefit of a presumption that the author has been dead for at least seventy years.");

        Assert.Empty(model.FactsOf<OwnershipPresumption>());
    }

    [SkippableFact]
    public void Build_Usc1204_SubsequentOffenseIsAHeavierPenalty()
    {
        SemanticModel model = SemanticModel.FromText(Laws.Read(Laws.Usc17));

        Assert.Contains("for any subsequent offense", Assert.Single(model.FactsOf<RepeatInfringerPenalty>()).Text);
    }
}
