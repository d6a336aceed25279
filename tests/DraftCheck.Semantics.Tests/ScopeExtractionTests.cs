using DraftCheck.Model;
using DraftCheck.Semantics;
using DraftCheck.Syntax;
using DraftCheck.Text;

namespace DraftCheck.Semantics.Tests;

/// <summary>DraftScope, Delegation and TopicAnchor facts: what a draft covers, and why.</summary>
public class ScopeExtractionTests
{
    private static SemanticModel Law(string name) => SemanticModel.FromText(Laws.Read(name));

    [SkippableFact]
    public void Build_PrcCopyrightLaw2010_IsACopyrightLawCoveringEveryTopicWithItsDelegations()
    {
        SemanticModel model = Law(Laws.PrcCopyright2010);

        DraftScope scope = Assert.Single(model.FactsOf<DraftScope>());
        Assert.Equal((ScopeKind.CopyrightLaw, ScopeTopic.All, ScopeOrigin.Inferred), (scope.Kind, scope.Topics, scope.Origin));
        Assert.Equal("its title names a copyright law (\"著作权法\"), which covers every topic", scope.Reason);
        Assert.Equal("著作权法", scope.Text);
        Delegation network = scope.DelegationOf(ScopeTopic.Intermediaries)!;
        Assert.Equal(("第五十九条", "信息网络传播权"), (network.Provision.Label, model.Text[network.SubjectSpan]));
        Assert.Equal("第八条第二款", scope.DelegationOf(ScopeTopic.CollectiveManagement)!.Provision.Label);
    }

    [SkippableFact]
    public void Build_NetworkRegulations2013_CoverIntermediariesTpmsMakingAvailableAndInjunctions()
    {
        DraftScope scope = Assert.Single(Law(Laws.PrcNetworkRegulations2013).FactsOf<DraftScope>());

        Assert.Equal(ScopeKind.NetworkRegulation, scope.Kind);
        Assert.Equal(ScopeTopic.Intermediaries | ScopeTopic.TechnologicalMeasures | ScopeTopic.MakingAvailable | ScopeTopic.IntermediaryInjunctions, scope.Topics);
        Assert.False(scope.Covers(ScopeTopic.Damages));
    }

    [SkippableFact]
    public void Build_Usc17Selected_IsAnExtractCoveringTheTopicsOfItsSections()
    {
        DraftScope scope = Assert.Single(Law(Laws.Usc17).FactsOf<DraftScope>());

        Assert.Equal(ScopeKind.Partial, scope.Kind);
        Assert.Equal("its title names a copyright law (\"Title 17—COPYRIGHTS\") but its articles run from 106 to 1204 with gaps, so it is an extract covering only the topics its own provisions deal with", scope.Reason);
        Assert.True(scope.Covers(ScopeTopic.Intermediaries | ScopeTopic.TechnologicalMeasures | ScopeTopic.Penalties));
        Assert.False(scope.Covers(ScopeTopic.Damages));
        Assert.False(scope.Covers(ScopeTopic.Evidence));
    }

    [SkippableFact]
    public void Build_InfoSocDirective_TermAndRelatedRightsAreLeftToExistingRules()
    {
        SemanticModel model = Law(Laws.EuInfoSoc);

        DraftScope scope = Assert.Single(model.FactsOf<DraftScope>());
        Delegation intact = Assert.Single(model.FactsOf<Delegation>());
        Assert.Equal((DelegationKind.LeftToExistingRules, ScopeTopic.Term | ScopeTopic.RelatedRights), (intact.Kind, intact.Topics));
        Assert.Equal(ScopeKind.Partial, scope.Kind);
        Assert.False(scope.Covers(ScopeTopic.RelatedRights));
        Assert.True(scope.Covers(ScopeTopic.Exceptions | ScopeTopic.MakingAvailable | ScopeTopic.TechnologicalMeasures));
    }

    [Fact]
    public void Extract_DelegationPrintedAfterItsArticleLabel_QuotesTheProvisionWithoutTheLabel()
    {
        // As Word drafts print Chinese articles: the label and the text in one paragraph.
        SemanticModel model = SemanticModel.FromText("中华人民共和国著作权法\n第五十九条　计算机软件、信息网络传播权的保护办法由国务院另行规定。");

        Assert.Equal("计算机软件、信息网络传播权的保护办法由国务院另行规定。", Assert.Single(model.FactsOf<Delegation>()).Text);
    }

    [Fact]
    public void Build_ConfiguredScope_ReplacesTheInferredOne()
    {
        DraftScope configured = DraftScope.Configured(ScopeKind.NetworkRegulation, ScopeTopic.Intermediaries, "given with --scope");

        SemanticModel model = SemanticModel.Build(StructureBuilder.Build(TextLayer.FromLines(["中华人民共和国著作权法", "第一条", "为保护文学、艺术和科学作品作者的著作权，根据宪法制定本法。"])), configured);

        Assert.Same(configured, Assert.Single(model.FactsOf<DraftScope>()));
    }

    [SkippableFact]
    public void Build_PrcCopyrightLaw2010_AnchorsPointAtTheClosestProvisionOrTheTitle()
    {
        SemanticModel model = Law(Laws.PrcCopyright2010);
        TopicAnchor Anchor(ScopeTopic topic) => model.FactsOf<TopicAnchor>().Single(a => a.Topic == topic);

        Assert.Equal(("第四十九条第一款", "实际损失"), (Anchor(ScopeTopic.Damages).Provision.Label, Anchor(ScopeTopic.Damages).Text));
        Assert.Equal(("第五十条第一款", "责令停止有关行为"), (Anchor(ScopeTopic.IntermediaryInjunctions).Provision.Label, Anchor(ScopeTopic.IntermediaryInjunctions).Text));
        Assert.True(Anchor(ScopeTopic.Intermediaries).IsTitle);
        Assert.Equal("中华人民共和国著作权法", Anchor(ScopeTopic.Intermediaries).Text);
        Assert.All(model.FactsOf<TopicAnchor>(), a => Assert.Equal(a.Text, model.Text[a.Span]));
    }
}
