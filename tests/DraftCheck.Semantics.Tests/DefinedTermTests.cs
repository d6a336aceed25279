using DraftCheck.Model;

namespace DraftCheck.Semantics.Tests;

/// <summary>DefinedTerm and TermVariant facts: definitions, their uses, and other names for a defined thing.</summary>
public class DefinedTermTests
{
    private static DefinedTerm Term(SemanticModel model, string term) => model.FactsOf<DefinedTerm>().Single(t => t.Term == term);

    [SkippableFact]
    public void Build_Usc17_DefinitionsWithTheirUses()
    {
        SemanticModel model = LawModels.Of(Laws.Usc17);

        DefinedTerm serviceProvider = Term(model, "service provider");
        Assert.Equal(["sec_512__subsec_k__para_1__subpara_A", "sec_512__subsec_k__para_1__subpara_B"], serviceProvider.Definitions.Select(d => d.Provision.Id.Value));
        Assert.Equal(77, serviceProvider.Uses.Length);
        Assert.All(serviceProvider.Uses, use => Assert.Equal("service provider", use.Quote.ToLowerInvariant()[..16]));
        Assert.Equal("sec_1201__subsec_k__para_3__subpara_B", Assert.Single(Term(model, "professional analog video cassette recorder").Uses).Provision.Id.Value);
    }

    [SkippableFact]
    public void Build_Usc17_TheFourLineVersionIsDefinedButTheTextSaysFourLineColorstripe()
    {
        DefinedTerm term = Term(LawModels.Of(Laws.Usc17), "four-line version of the colorstripe copy control technology");

        Assert.Equal(("sec_1201__subsec_k__para_4__subpara_E", true, false), (term.Provision.Id.Value, term.IsDefined, term.IsUsed));
    }

    [SkippableFact]
    public void Build_Usc17_DeemingForASectionOutsideTheExcerptAppliesOutsideTheDraft()
    {
        DefinedTerm term = Term(LawModels.Of(Laws.Usc17), "act of circumvention");

        Assert.True(term.AppliesOutsideDraft); // "shall be deemed an “act of circumvention” for the purposes of section 1203(c)(3)(A)"
    }

    [SkippableFact]
    public void Build_CdpaSelected_OneTermDefinedInSeveralPlacesIsOneFact()
    {
        DefinedTerm permittedAct = Term(LawModels.Of(Laws.UkCdpa), "permitted act");

        Assert.Equal(["sec_296ZE__subsec_1__def_3", "sec_296ZE__subsec_11__para_a", "sec_296ZE__subsec_11__para_b"], permittedAct.Definitions.Select(d => d.Provision.Id.Value));
        Assert.Equal(6, permittedAct.Uses.Length);
    }

    [SkippableFact]
    public void Build_ChineseLaws_DefinitionsBySuoChengShiZhiAndYiXiaTongCheng()
    {
        SemanticModel copyright = LawModels.Of(Laws.PrcCopyright2010);
        SemanticModel regulations = LawModels.Of(Laws.PrcNetworkRegulations2013);

        Assert.Equal(["作品", "著作权", "出版"], copyright.FactsOf<DefinedTerm>().Select(t => t.Term));
        Assert.Equal(["权利人", "著作权法", "信息网络传播权", "技术措施", "权利管理电子信息"], regulations.FactsOf<DefinedTerm>().Select(t => t.Term));
        Assert.Equal("art_26__para_3", Term(regulations, "技术措施").Provision.Id.Value);
        Assert.All(regulations.FactsOf<DefinedTerm>(), t => Assert.True(t.IsUsed, t.Term));
    }

    [Fact]
    public void Extract_QuotedTermNeverDefined_IsATermWithoutDefinitions()
    {
        DefinedTerm term = Assert.Single(SemanticModel.FromText("Article 1 The “Register” shall keep the records.\nArticle 2 The Register shall publish them.").FactsOf<DefinedTerm>());

        Assert.Equal(("Register", false, 1), (term.Term, term.IsDefined, term.Uses.Length));
    }

    [Fact]
    public void Extract_OtherNameForADefinedThing_IsATermVariantAtItsWords()
    {
        SemanticModel model = SemanticModel.FromText(
            "Article 1 In this Law, “network service provider” means a provider of information storage space.\n" +
            "Article 2 A network service provider shall remove infringing works.\n" +
            "Article 3 An internet service provider that removes works in good faith is not liable:\n" +
            "(1) after a notice; and\n" +
            "(2) when an online service provider asks.");

        Assert.Equal([("art_3__para_1", "internet service provider"), ("art_3__para_1__item_2", "online service provider")],
            model.FactsOf<TermVariant>().Select(v => (v.Provision.Id.Value, v.Text)));
        Assert.All(model.FactsOf<TermVariant>(), v => Assert.Equal(("network service provider", "art_1__para_1"), (v.DefinedTerm, v.Definition.Provision.Id.Value)));
        Assert.Single(Term(model, "network service provider").Uses);
    }

    [Fact]
    public void Extract_ChineseOtherName_IsATermVariant()
    {
        SemanticModel model = SemanticModel.FromText(
            "第一条\n本条例所称的网络服务提供者，是指提供信息存储空间的单位。\n第二条\n互联网服务提供者应当删除侵权作品。");

        TermVariant variant = Assert.Single(model.FactsOf<TermVariant>());
        Assert.Equal(("art_2__para_1", "互联网服务提供者", "网络服务提供者"), (variant.Provision.Id.Value, variant.Text, variant.DefinedTerm));
    }

    [Fact]
    public void Extract_BothNamesDefined_AreTwoThingsNotAVariant()
    {
        SemanticModel model = SemanticModel.FromText(
            "Article 1 “network service provider” means a host; “internet service provider” means an access provider.\n" +
            "Article 2 An internet service provider and a network service provider shall cooperate.");

        Assert.Empty(model.FactsOf<TermVariant>());
    }
}
