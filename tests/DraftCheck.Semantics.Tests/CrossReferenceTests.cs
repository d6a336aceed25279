using DraftCheck.Model;
using DraftCheck.Syntax;
using DraftCheck.Text;

namespace DraftCheck.Semantics.Tests;

/// <summary>CrossReference facts: every reference of the corpus laws, resolved to provisions of the tree.</summary>
public class CrossReferenceTests
{
    private static SemanticModel Law(string name) => LawModels.Of(name);

    private static IReadOnlyList<CrossReference> References(string text) => [.. SemanticModel.FromText(text).FactsOf<CrossReference>()];

    private static CrossReference At(SemanticModel model, string provisionId, string words) =>
        model.FactsOf<CrossReference>().Single(r => r.Provision.Id.Value == provisionId && r.Text == words);

    private static string[] Targets(CrossReference reference) => [.. reference.Targets.Select(t => t.Id.Value)];

    [SkippableTheory]
    [InlineData(Laws.PrcCopyright2010, 20, 0, 0, 2)]
    [InlineData(Laws.PrcNetworkRegulations2013, 9, 0, 0, 0)]
    [InlineData(Laws.EuInfoSoc, 36, 1, 0, 5)]
    [InlineData(Laws.UkCdpa, 81, 0, 40, 11)]
    [InlineData(Laws.Usc17, 208, 1, 10, 2)]
    public void Build_CorpusLaw_ResolvesEveryReferenceToItsOwnProvisions(string law, int resolved, int unresolved, int outsideDraft, int external)
    {
        SemanticModel model = Law(law);

        var counts = model.FactsOf<CrossReference>().GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal((resolved, unresolved, outsideDraft, external),
            (counts.GetValueOrDefault(CrossReferenceStatus.Resolved), counts.GetValueOrDefault(CrossReferenceStatus.Unresolved),
             counts.GetValueOrDefault(CrossReferenceStatus.OutsideDraft), counts.GetValueOrDefault(CrossReferenceStatus.External)));
        Assert.All(model.FactsOf<CrossReference>(), r => Assert.Equal(r.Text, model.Text[r.Span]));
        Assert.All(model.FactsOf<CrossReference>().Where(r => r.IsResolved), r => Assert.All(r.Targets, t => Assert.NotNull(model.Tree.Find(t.Id))));
    }

    [SkippableFact]
    public void Build_CorpusLaws_TheOnlyUnresolvedReferencesAreArticle11OfTheExcerptAndSubsection2Of1201()
    {
        // Directive 2001/29/EC Art. 1(2) cites Article 11, which the corpus file leaves out (Articles 9-15 are omitted).
        CrossReference eu = Assert.Single(Law(Laws.EuInfoSoc).FactsOf<CrossReference>(), r => r.Status == CrossReferenceStatus.Unresolved);
        Assert.Equal(("art_1__para_2", "Article 11", "Article 11"), (eu.Provision.Id.Value, eu.Text, eu.Citation));
        // 17 U.S.C. § 1201(j)(4) says "subsection (2)" where it means paragraph (2): the OLRC notes "So in original".
        CrossReference us = Assert.Single(Law(Laws.Usc17).FactsOf<CrossReference>(), r => r.Status == CrossReferenceStatus.Unresolved);
        Assert.Equal(("sec_1201__subsec_j__para_4", "subsection (2)", "§ 1201(2)", "sec_1201"), (us.Provision.Id.Value, us.Text, us.Citation, us.Nearest.Id.Value));
    }

    [SkippableFact]
    public void Build_Usc17_ClauseAndSubclauseAsSection304UsesThemFollowTheirLabels()
    {
        SemanticModel model = Law(Laws.Usc17);

        Assert.Equal(["sec_304__subsec_c__para_2"], Targets(At(model, "sec_304__subsec_c__para_1", "clause (2) of this subsection")));
        Assert.Equal(["sec_304__subsec_c__para_6__subpara_D"], Targets(At(model, "sec_304__subsec_c__para_6__subpara_C", "subclause (D) of this clause")));
        Assert.Equal(["sec_304__subsec_c__para_6__subpara_C"], Targets(At(model, "sec_304__subsec_c__para_6__subpara_D", "subclause (C) of this clause")));
    }

    [SkippableFact]
    public void Build_Usc17_LevelWordsLookInTheEnclosingProvisionOfTheLevelAbove()
    {
        SemanticModel model = Law(Laws.Usc17);

        Assert.Equal(["sec_304__subsec_a__para_1__subpara_C"], Targets(At(model, "sec_304__subsec_a__para_2__subpara_B__cl_i", "paragraph (1)(C)")));
        Assert.Equal(["sec_512__subsec_c__para_3__subpara_B__cl_ii"], Targets(At(model, "sec_512__subsec_c__para_3__subpara_B__cl_i", "clause (ii)")));
        Assert.Equal(["sec_512__subsec_b__para_2"], Targets(At(model, "sec_512__subsec_b__para_1", "paragraph (2)"))); // in the flush text after (C)
        Assert.Equal(["sec_302__subsec_b", "sec_302__subsec_c", "sec_302__subsec_d", "sec_302__subsec_e"], Targets(At(model, "sec_302__subsec_a", "the following subsections")));
    }

    [SkippableFact]
    public void Build_Usc17_SectionsTheExcerptLeavesOutAreOutsideTheDraftAndOtherTitlesExternal()
    {
        SemanticModel model = Law(Laws.Usc17);

        CrossReference outside = At(model, "sec_106", "sections 107 through 122");
        Assert.Equal((CrossReferenceStatus.OutsideDraft, "§ 107 to § 122"), (outside.Status, outside.Citation));
        CrossReference external = model.FactsOf<CrossReference>().First(r => r.Text == "section 1030 of title 18");
        Assert.Equal((CrossReferenceStatus.External, "title 18"), (external.Status, external.Instrument));
    }

    [SkippableFact]
    public void Build_EuInfoSoc_SubparagraphsByOrdinalAndContinuedPaths()
    {
        SemanticModel model = Law(Laws.EuInfoSoc);

        Assert.Equal(["art_6__para_4__subpara_1"], Targets(At(model, "art_6__para_4__subpara_4", "first")));
        Assert.Equal(["art_6__para_4__subpara_2"], Targets(At(model, "art_6__para_4__subpara_4", "second")));
        Assert.Equal(["art_5__para_5"], Targets(At(model, "art_6__para_4__subpara_2", "(5)")));
        Assert.Equal(["art_5__para_2__point_c"], Targets(At(model, "art_5__para_3__point_n", "paragraph 2(c)")));
        Assert.Equal(["art_6__para_4"], Targets(At(model, "art_6__para_4__subpara_5", "this paragraph")));
    }

    [SkippableFact]
    public void Build_PrcCopyrightLaw2010_RangesOfItemsAndThePrecedingParagraph()
    {
        SemanticModel model = Law(Laws.PrcCopyright2010);

        CrossReference range = At(model, "art_10__para_2", "前款第（五）项至第（十七）项");
        Assert.Equal(Enumerable.Range(5, 13).Select(i => $"art_10__para_1__item_{i}"), Targets(range));
        Assert.Equal("第十条第一款第（五）项至第十条第一款第（十七）项", range.Citation);
        Assert.Equal(["art_22__para_1"], Targets(At(model, "art_22__para_2", "前款")));
        Assert.Equal(["art_54"], Targets(At(model, "art_32__para_2", "本法第五十四条")));
        Assert.True(model.FactsOf<CrossReference>().Where(r => r.Provision.Id.Value == "art_50__para_2" && r.Status == CrossReferenceStatus.External)
            .All(r => r.Instrument == "《中华人民共和国民事诉讼法》"));
    }

    [SkippableFact]
    public void Build_PrcNetworkRegulations2013_ItemsOfASoleParagraphCitedWithoutIt()
    {
        SemanticModel model = Law(Laws.PrcNetworkRegulations2013);

        // 本条例第六条第一项至第六项: article 6 has one paragraph, so its items are cited without 第一款.
        Assert.Equal(Enumerable.Range(1, 6).Select(i => $"art_6__para_1__item_{i}"), Targets(At(model, "art_10__para_1__item_1", "第六条第一项至第六项")));
        Assert.Equal(["art_6", "art_7", "art_8", "art_9", "art_10"], Targets(At(model, "art_11__para_1", "本条例第六条至第十条")));
    }

    [SkippableFact]
    public void Build_CdpaSelected_RangesRunInDocumentOrderThroughInsertedProvisions()
    {
        SemanticModel model = Law(Laws.UkCdpa);

        Assert.Equal(["sec_296ZA", "sec_296ZB", "sec_296ZC", "sec_296ZD", "sec_296ZE"], Targets(At(model, "sec_296ZF__subsec_1", "sections 296ZA to 296ZE")));
        Assert.Equal(11, At(model, "sec_296ZE__subsec_11", "Subsections (1) to (10)").Targets.Length); // (9A) included
        Assert.Equal(["part_1"], Targets(At(model, "sec_296ZF__subsec_4", "Part 1 of this Act (copyright)")));
        Assert.Equal(["sec_12__subsec_3__para_a"], Targets(model.FactsOf<CrossReference>().First(r => r.Provision.Id.Value == "sec_12__subsec_4" && r.Text == "paragraph (a)")));
    }

    [Fact]
    public void Extract_ArticleMissingFromACompleteDraft_IsUnresolvedButFromAnExcerptOutsideTheDraft()
    {
        CrossReference complete = Assert.Single(References("Article 1 Subject to Article 3, this Law applies.\nArticle 2 This Law takes effect today."));
        CrossReference excerpt = Assert.Single(References("Article 7 Subject to Article 3, this Law applies.\nArticle 8 This Law takes effect today."));

        Assert.Equal((CrossReferenceStatus.Unresolved, "Article 3"), (complete.Status, complete.Citation));
        Assert.Equal(CrossReferenceStatus.OutsideDraft, excerpt.Status);
    }

    [Fact]
    public void Extract_PrecedingParagraphInAFirstParagraph_IsUnresolved()
    {
        CrossReference reference = Assert.Single(References("第一条\n依照前款规定提供作品的，不得直接或者间接获得经济利益。"));

        Assert.Equal((CrossReferenceStatus.Unresolved, "第一条前款", "art_1__para_1"), (reference.Status, reference.Citation, reference.Provision.Id.Value));
    }

    [Fact]
    public void Extract_ItemCitedWithoutItsParagraph_IsAnItemOfTheArticle()
    {
        // 刑法第三百八十三条第三款: "犯第一款罪，……有第一项规定情形的" cites item (一) of the first paragraph.
        CrossReference reference = References("第三百八十三条　对犯贪污罪的，分别依照下列规定处罚：\n（一）贪污数额较大的，处三年以下有期徒刑；\n（二）贪污数额巨大的，处三年以上十年以下有期徒刑。\n犯第一款罪，有第一项规定情形的，可以从轻处罚。")
            .Single(r => r.Text == "第一项");

        Assert.Equal(["art_383__para_1__item_1"], Targets(reference));
    }

    [Fact]
    public void Extract_ReferenceToAnInsertedArticle_ResolvesToIt()
    {
        CrossReference reference = Assert.Single(References("第三十七条　免予刑事处罚。\n第三十七条之一　禁止从事相关职业。\n第三十八条　依照本法第三十七条之一的规定处罚。"));

        Assert.Equal(["art_37-1"], Targets(reference));
    }

    [Fact]
    public void Extract_ReferenceInAnItem_BelongsToTheItem()
    {
        CrossReference reference = Assert.Single(References("Article 4 The following apply:\n(1) the rights in Article 5;\n(2) nothing else.\nArticle 5 Rights."));

        // Article 4 has one paragraph, so its item (1) is cited as Article 4(1).
        Assert.Equal(("art_4__para_1__item_1", "Article 4(1)"), (reference.Provision.Id.Value, reference.Provision.Label));
        Assert.Equal(["art_5"], Targets(reference));
    }

    [SkippableTheory]
    [InlineData(Laws.PrcCopyright2010)]
    [InlineData(Laws.PrcNetworkRegulations2013)]
    [InlineData(Laws.EuInfoSoc)]
    [InlineData(Laws.UkCdpa)]
    [InlineData(Laws.Usc17)]
    public void Build_WordNumberedRendering_SameOutlineAndSameResolvedReferences(string law)
    {
        string text = Laws.Read(law);
        (TextLayer rendered, int labels) = WordRendering.Of(text);
        SemanticModel typed = LawModels.Of(law);
        SemanticModel numbered = SemanticModel.Build(StructureBuilder.Build(rendered));

        Assert.True(labels > 20, $"only {labels} labels were rendered as Word numbering");
        Assert.Equal(OutlineOf(typed.Tree), OutlineOf(numbered.Tree));
        Assert.Equal(Summary(typed), Summary(numbered));
    }

    private static string OutlineOf(ProvisionTree tree)
    {
        var text = new StringWriter();
        Outline.WriteText(tree, text);
        return text.ToString();
    }

    private static string[] Summary(SemanticModel model) =>
        [.. model.FactsOf<CrossReference>().Select(r => $"{r.Provision.Id} {r.Status} {r.Text} -> {string.Join(",", r.Targets.Select(t => t.Id.Value))}")];
}
