using DraftCheck.Model;
using DraftCheck.Semantics;

namespace DraftCheck.Semantics.Tests;

/// <summary>TPM definitions, prohibitions and what the draft's TPM provisions cover together.</summary>
public class TechnologicalMeasureExtractionTests
{
    private static string Words(SemanticModel model, Span span) => model.Text[span];

    [SkippableFact]
    public void Build_NetworkRegulations2013_Article4ProhibitionsArticle26DefinitionAndTheSanctionLists()
    {
        SemanticModel model = SemanticModel.FromText(Laws.Read(Laws.PrcNetworkRegulations2013));

        var prohibitions = model.FactsOf<TpmProhibition>().ToList();
        Assert.Equal(
        [
            ("第四条第二款", TpmAct.Trafficking, false), ("第四条第二款", TpmAct.Circumvention, false),
            ("第十八条第（二）项", TpmAct.Circumvention, true), ("第十九条第（一）项", TpmAct.Trafficking, true),
        ], prohibitions.Select(p => (p.Provision.Label, p.Act, p.IsStatedAsSanction)));
        TpmProhibition trafficking = prohibitions[0];
        Assert.Equal(TraffickingActs.Manufacture | TraffickingActs.Import | TraffickingActs.Provide, trafficking.Acts);
        Assert.Equal(CircumventionTools.Devices | CircumventionTools.Components | CircumventionTools.Services, trafficking.Tools);
        Assert.Equal("制造、进口或者向公众提供", Words(model, trafficking.ActsSpan));
        Assert.False(trafficking.CoversExport);

        TpmDefinition definition = Assert.Single(model.FactsOf<TpmDefinition>());
        Assert.Equal(("第二十六条第三款", "浏览"), (definition.Provision.Label, Words(model, definition.AccessSpan)));

        TpmCoverage coverage = Assert.Single(model.FactsOf<TpmCoverage>());
        Assert.Same(definition, coverage.AccessDefinition);
        Assert.Null(coverage.Offence);
        Assert.Equal("第十八条", coverage.GenericSanction!.Provision.Label);
    }

    [SkippableFact]
    public void Build_PrcCopyrightLaw2010_Article48Item6CircumventionOfMeasuresTakenByTheRightHolder()
    {
        SemanticModel model = SemanticModel.FromText(Laws.Read(Laws.PrcCopyright2010));

        TpmProhibition prohibition = Assert.Single(model.FactsOf<TpmProhibition>());

        Assert.Equal(("第四十八条第（六）项", TpmAct.Circumvention, "故意避开或者破坏"), (prohibition.Provision.Label, prohibition.Act, Words(model, prohibition.ActSpan)));
        Assert.Equal("权利人为其作品、录音录像制品等采取的", Words(model, prohibition.AppliedByRightHolderSpan));
        Assert.True(prohibition.IsStatedAsSanction);
        Assert.False(prohibition.RequiresInfringement);
        Assert.Empty(model.FactsOf<TpmDefinition>());
    }

    [SkippableFact]
    public void Build_Usc17_Section1204NamesSection1201SoItsOffenceCoversTheTpmProvisions()
    {
        SemanticModel model = SemanticModel.FromText(Laws.Read(Laws.Usc17));

        TpmCoverage coverage = Assert.Single(model.FactsOf<TpmCoverage>());

        Assert.Equal("§ 1204(a)(1)", coverage.Offence!.Provision.Label);
        Assert.True(coverage.IsTraffickingComplete);
        Assert.True(coverage.AccessDefinition!.CoversAccess);
        Assert.Equal("“effectively controls access to a work” if", coverage.AccessDefinition.Text.Substring(
            coverage.AccessDefinition.TermSpan.Start - coverage.AccessDefinition.Span.Start, coverage.AccessDefinition.TermSpan.Length));
    }

    [SkippableFact]
    public void Build_CdpaSelected_Section296ZFDefinitionsAndSection296ZBOffences()
    {
        SemanticModel model = SemanticModel.FromText(Laws.Read(Laws.UkCdpa));

        Assert.Equal([MeasureControls.Copying, MeasureControls.Access | MeasureControls.Copying], model.FactsOf<TpmDefinition>().Select(d => d.Controls));
        TpmCoverage coverage = Assert.Single(model.FactsOf<TpmCoverage>());
        Assert.Equal(CircumventionTools.Devices | CircumventionTools.Components | CircumventionTools.Services, coverage.Tools);
        Assert.False(coverage.CoversExport);
        Assert.Equal("commits an offence", Words(model, coverage.Offence!.SanctionSpan));
    }

    [SkippableFact]
    public void Build_InfoSocDirective_ObligationsToProtectAndToProvideSanctions()
    {
        SemanticModel model = SemanticModel.FromText(Laws.Read(Laws.EuInfoSoc));

        Assert.All(model.FactsOf<TpmProhibition>(), p => Assert.True(p.IsObligationToProtect));
        TpmCoverage coverage = Assert.Single(model.FactsOf<TpmCoverage>());
        Assert.Equal(TraffickingActs.Manufacture | TraffickingActs.Import | TraffickingActs.Distribute | TraffickingActs.Sell | TraffickingActs.Advertise
            | TraffickingActs.Possess | TraffickingActs.Provide, coverage.Acts);
        Assert.Equal(CriminalSanctionKind.ObligationToProvide, coverage.SanctionsObligation!.Kind);
    }

    [Fact]
    public void Extract_NetworkRegsArticle12_ExceptionsToCircumventionAreNotProhibitions()
    {
        // 信息网络传播权保护条例 (2013) 第十二条: may circumvent, but may not provide the tools to others.
        SemanticModel model = SemanticModel.FromText(string.Join("\n",
            "第十二条",
            "属于下列情形的，可以避开技术措施，但不得向他人提供避开技术措施的技术、装置或者部件，不得侵犯权利人依法享有的其他权利：",
            "(三)国家机关依照行政、司法程序执行公务；"));

        Assert.Empty(model.FactsOf<TpmProhibition>());
    }
}
