using DraftCheck.Model;
using DraftCheck.Syntax.Grammars;
using DraftCheck.Text;

namespace DraftCheck.Syntax.Tests;

public class StructureBuilderTests
{
    private static readonly GoldenFiles s_golden = new("tests", "DraftCheck.Syntax.Tests");

    private static ProvisionTree Law(string name) => StructureBuilder.Build(TextLayer.FromText(Laws.Read(name)));

    private static Provision Find(ProvisionTree tree, string id) =>
        tree.Find(new ProvisionId(id)) ?? throw new Xunit.Sdk.XunitException($"No provision {id}.");

    private static string[] Ids(Provision provision) => [.. provision.Children.Select(c => c.Id.Value)];

    [SkippableTheory]
    [InlineData(Laws.PrcCopyright2010, "cn-copyright-2010.outline.txt")]
    [InlineData(Laws.PrcNetworkRegulations2013, "cn-network-regs-2013.outline.txt")]
    [InlineData(Laws.EuInfoSoc, "eu-infosoc-2001-29.outline.txt")]
    [InlineData(Laws.UkCdpa, "uk-cdpa-1988-selected.outline.txt")]
    [InlineData(Laws.Usc17, "us-17usc-selected.outline.txt")]
    public void Build_EveryCorpusLaw_MatchesItsReviewedOutline(string law, string golden)
    {
        ProvisionTree tree = Law(law);
        var text = new StringWriter();
        text.Write(Outline.Summary(tree) + "\n");
        Outline.WriteText(tree, text);

        s_golden.Verify(Path.Combine("Outlines", golden), text.ToString());
    }

    [SkippableFact]
    public void Build_PrcCopyrightLaw2010_SixtyOneArticlesWithParagraphsAndItems()
    {
        ProvisionTree tree = Law(Laws.PrcCopyright2010);

        Assert.Equal(Enumerable.Range(1, 61).Select(i => (long)i), tree.Articles.Select(a => a.Ordinal));
        Assert.Equal((DraftingConvention.Prc, DraftLanguage.Chinese), (tree.Convention, tree.Language));
        Provision article21 = Find(tree, "art_21");
        Assert.Equal("第二十一条", article21.Label);
        Assert.Equal(["art_21__para_1", "art_21__para_2", "art_21__para_3"], Ids(article21));
        Assert.Equal("第二十一条第二款", article21.Children[1].Label);
        Provision item = Find(tree, "art_10__para_1__item_5");
        Assert.Equal("第十条第一款第（五）项", item.Label);
        Assert.StartsWith("复制权", tree.Text[item.TextSpan]);
        // A sole paragraph is cited by its article: 第三条第（一）项, not 第三条第一款第（一）项.
        Assert.Equal("第三条第（一）项", Find(tree, "art_3__para_1__item_1").Label);
    }

    [SkippableFact]
    public void Build_PrcCopyrightLaw2010_KeepsTheChapterHeadingsWhereTheFilePutsThem()
    {
        ProvisionTree tree = Law(Laws.PrcCopyright2010);

        // The corpus file has no 第一章 heading and places each heading one article early; the tree shows the file as it is.
        Assert.Equal(["第二章", "第三章", "第四章", "第五章", "第六章"], tree.Provisions.Where(p => p.Kind == ProvisionKind.Chapter).Select(p => p.Label));
        Assert.Equal("art_8", Find(tree, "chp_2__sec_1").Children[0].Id.Value);
        Assert.Equal("art_56", Find(tree, "chp_6").Children[0].Id.Value);
        Assert.Equal("附 则", Find(tree, "chp_6").Heading);
    }

    [SkippableFact]
    public void Build_PrcNetworkRegulations2013_HalfWidthItemsAreItems()
    {
        ProvisionTree tree = Law(Laws.PrcNetworkRegulations2013);

        Assert.Equal(27, tree.Articles.Length);
        Assert.Equal(["art_6__para_1__item_1", "art_6__para_1__item_2", "art_6__para_1__item_3", "art_6__para_1__item_4",
            "art_6__para_1__item_5", "art_6__para_1__item_6", "art_6__para_1__item_7", "art_6__para_1__item_8"], Ids(Find(tree, "art_6__para_1")));
        Assert.Equal("第二十六条第三款", Find(tree, "art_26__para_3").Label);
        Assert.StartsWith("技术措施，是指", tree.Text[Find(tree, "art_26__para_3").TextSpan]);
    }

    [SkippableFact]
    public void Build_EuInfoSocDirective_NumberedParagraphsPointsAndSubparagraphs()
    {
        ProvisionTree tree = Law(Laws.EuInfoSoc);

        Assert.Equal((DraftingConvention.Eu, 8), (tree.Convention, tree.Articles.Length));
        Assert.Equal(("Scope", "OBJECTIVE AND SCOPE"), (Find(tree, "art_1").Heading, Find(tree, "chp_1").Heading));
        // (i), (l) and (m) follow (h), (k) and (l): letters, not Roman numerals.
        Assert.Equal("abcdefghijklmno".Select(c => $"art_5__para_3__point_{c}"), Ids(Find(tree, "art_5__para_3")));
        Assert.Equal("Article 5(3)(i)", Find(tree, "art_5__para_3__point_i").Label);
        // A single unnumbered paragraph is cited by its article: Article 2(a).
        Assert.Equal("Article 2(a)", Find(tree, "art_2__para_1__point_a").Label);
        Provision paragraph4 = Find(tree, "art_6__para_4");
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"art_6__para_4__subpara_{i}"), Ids(paragraph4));
        Assert.Equal("Article 6(4), second subparagraph", paragraph4.Children[1].Label);
        Assert.StartsWith("Notwithstanding the legal protection", tree.Text[paragraph4.Children[0].TextSpan]);
    }

    [SkippableFact]
    public void Build_EuInfoSocDirective_WordsClosingAListBelongToTheirParagraph()
    {
        ProvisionTree tree = Law(Laws.EuInfoSoc);
        int at = tree.Text.Text.IndexOf("of a work or other subject-matter to be made", StringComparison.Ordinal);

        Provision paragraph1 = Find(tree, "art_5__para_1");
        Assert.Equal(at, paragraph1.WrapUpSpan.Start);
        Assert.Same(paragraph1, tree.ProvisionAt(new Span(at, 10)));
    }

    [SkippableFact]
    public void Build_Usc17_SectionsSubsectionsParagraphsSubparagraphsClauses()
    {
        ProvisionTree tree = Law(Laws.Usc17);

        Assert.Equal(DraftingConvention.Us, tree.Convention);
        Assert.Equal(["§ 106", "§ 302", "§ 303", "§ 304", "§ 512", "§ 1201", "§ 1204"], tree.Articles.Select(a => a.Label));
        Provision clause = Find(tree, "sec_512__subsec_c__para_1__subpara_A__cl_i");
        Assert.Equal((ProvisionKind.Clause, "§ 512(c)(1)(A)(i)"), (clause.Kind, clause.Label));
        Provision subsection = Find(tree, "sec_302__subsec_a");
        Assert.Equal("In General", subsection.Heading);
        Assert.StartsWith("Copyright in a work created on or after January 1, 1978", tree.Text[subsection.TextSpan]);
        Assert.Equal(("Duration of copyright: Works created on or after January 1, 1978", ProvisionKind.Note),
            (Find(tree, "sec_302").Heading, Find(tree, "sec_302__note_1").Kind));
    }

    [SkippableFact]
    public void Build_Usc17_MissingSubsectionLevelPutsParagraphsUnderTheSection()
    {
        ProvisionTree tree = Law(Laws.Usc17);

        Provision section106 = Find(tree, "sec_106");
        Assert.StartsWith("Subject to sections 107 through 122", tree.Text[section106.TextSpan]);
        Assert.Equal(["sec_106__para_1", "sec_106__para_2", "sec_106__para_3", "sec_106__para_4", "sec_106__para_5", "sec_106__para_6", "sec_106__note_1"], Ids(section106));
        Assert.Equal((ProvisionKind.Item, "§ 106(1)"), (section106.Children[0].Kind, section106.Children[0].Label));
    }

    [SkippableFact]
    public void Build_Usc17_LetterIAfterHIsASubsectionAndVAfterIvIsAClause()
    {
        ProvisionTree tree = Law(Laws.Usc17);

        Assert.Equal("§ 1201(i)", Find(tree, "sec_1201__subsec_i").Label);
        Assert.Equal(ProvisionKind.Clause, Find(tree, "sec_1201__subsec_k__para_1__subpara_A__cl_v").Kind);
        Assert.Equal(NumberStyle.LowerRoman, Find(tree, "sec_1201__subsec_k__para_1__subpara_A__cl_v").Style);
    }

    [SkippableFact]
    public void Build_Usc17_FlushTextBelongsToTheProvisionItIsIndentedUnder()
    {
        ProvisionTree tree = Law(Laws.Usc17);
        string text = tree.Text.Text;

        Assert.Equal("sec_512__subsec_b__para_1", tree.ProvisionAt(new Span(text.IndexOf("if the conditions set forth in paragraph (2) are met", StringComparison.Ordinal), 6)).Id.Value);
        Assert.Equal("sec_512__subsec_f", tree.ProvisionAt(new Span(text.IndexOf("shall be liable for any damages", StringComparison.Ordinal), 6)).Id.Value);
        Assert.Equal("sec_304__subsec_a__para_1__subpara_B", tree.ProvisionAt(new Span(text.IndexOf("the proprietor of such copyright shall be entitled", StringComparison.Ordinal), 6)).Id.Value);
    }

    [SkippableFact]
    public void Build_CdpaSelected_NumberedSectionsCrossheadingsAndInsertedSubsections()
    {
        ProvisionTree tree = Law(Laws.UkCdpa);

        Assert.Equal(DraftingConvention.Uk, tree.Convention);
        Assert.Equal(["s. 12", "s. 97A", "s. 296ZA", "s. 296ZB", "s. 296ZC", "s. 296ZD", "s. 296ZE", "s. 296ZEA", "s. 296ZF"], tree.Articles.Select(a => a.Label));
        Assert.Equal("Remedy where restrictive measures prevent or restrict personal copying", Find(tree, "sec_296ZEA").Heading);
        Assert.Equal(("Duration of copyright", ProvisionKind.Crossheading), (Find(tree, "part_1__crossheading_1").Heading, Find(tree, "part_1__crossheading_1").Kind));
        Assert.Equal("s. 296ZA(3)(a)(ii)", Find(tree, "sec_296ZA__subsec_3__para_a__subpara_ii").Label);
        Assert.Equal(["sec_296ZE__subsec_9", "sec_296ZE__subsec_9A", "sec_296ZE__subsec_10"], Ids(Find(tree, "sec_296ZE")).Skip(8).Take(3));
    }

    [SkippableFact]
    public void Build_CdpaSelected_DefinitionsAreBlocksWithTheirOwnParagraphs()
    {
        ProvisionTree tree = Law(Laws.UkCdpa);

        Provision subsection1 = Find(tree, "sec_296ZE__subsec_1");
        Assert.Equal("In this section—", tree.Text[subsection1.TextSpan]);
        Assert.Equal(["sec_296ZE__subsec_1__def_1", "sec_296ZE__subsec_1__def_2", "sec_296ZE__subsec_1__def_3", "sec_296ZE__subsec_1__def_4"], Ids(subsection1));
        Assert.Equal("s. 296ZE(1), definition of “Marrakesh beneficiary”, paragraph (d)", Find(tree, "sec_296ZE__subsec_1__def_1__para_d").Label);
        Assert.Equal("s. 296ZE(1), definition of “voluntary measure or agreement”, paragraph (a)", Find(tree, "sec_296ZE__subsec_1__def_4__para_a").Label);
    }

    [SkippableFact]
    public void Build_CdpaSelected_LowerCaseLineClosesTheListOfTheProvisionTheNextLabelCloses()
    {
        ProvisionTree tree = Law(Laws.UkCdpa);
        string text = tree.Text.Text;

        // "subject as follows." on its own line (s. 12(2) also ends with those words).
        Assert.Equal("sec_12__subsec_3", tree.ProvisionAt(new Span(text.IndexOf("\nsubject as follows.", StringComparison.Ordinal) + 1, 7)).Id.Value);
        Assert.Equal("sec_12__subsec_5", tree.ProvisionAt(new Span(text.IndexOf("but in determining generally", StringComparison.Ordinal), 7)).Id.Value);
        // "the work to which ... applied; and" comes before "(b)": it closes (a), not subsection (3).
        Assert.Equal("sec_296ZA__subsec_3__para_a", tree.ProvisionAt(new Span(text.IndexOf("the work to which effective technological measures have been applied; and", StringComparison.Ordinal), 7)).Id.Value);
    }

    [SkippableTheory]
    [InlineData(Laws.PrcCopyright2010)]
    [InlineData(Laws.PrcNetworkRegulations2013)]
    [InlineData(Laws.EuInfoSoc)]
    [InlineData(Laws.UkCdpa)]
    [InlineData(Laws.Usc17)]
    public void Build_SameLawTwice_SameIdsLabelsAndSpans(string law)
    {
        ProvisionTree first = Law(law), second = Law(law);

        Assert.Equal(first.Provisions.Select(p => (p.Id, p.Label, p.Span, p.TextSpan)), second.Provisions.Select(p => (p.Id, p.Label, p.Span, p.TextSpan)));
        Assert.Equal(first.Provisions.Length, first.Provisions.Select(p => p.Id).Distinct().Count());
    }

    [SkippableTheory]
    [InlineData(Laws.PrcCopyright2010)]
    [InlineData(Laws.PrcNetworkRegulations2013)]
    [InlineData(Laws.EuInfoSoc)]
    [InlineData(Laws.UkCdpa)]
    [InlineData(Laws.Usc17)]
    public void Build_EveryLaw_ChildrenSitInsideTheirParentInOrderAndWordsFindTheirProvision(string law)
    {
        ProvisionTree tree = Law(law);

        foreach (Provision parent in tree.Provisions)
        {
            int previousEnd = parent.Kind == ProvisionKind.Document ? 0 : parent.LabelSpan.End;
            foreach (Provision child in parent.Children)
            {
                Assert.True(parent.Span.Contains(child.Span), $"{child} is not inside {parent}");
                Assert.True(child.Span.Start >= previousEnd, $"{child} overlaps its previous sibling");
                previousEnd = child.Span.End;
            }
            foreach (Span own in parent.OwnSpans()) Assert.Same(parent, tree.ProvisionAt(own));
        }
    }

    [Fact]
    public void Build_EnglishArticlesWithLabelAndTextOnOneLine_NumbersParagraphsAndItems()
    {
        TextLayer text = TextLayer.FromLines([
            "Copyright Law (Draft)",
            "Chapter II Copyright",
            "Section 1 Copyright Owners and Their Rights",
            "Article 10 Copyright includes the following personal rights and property rights:",
            "(1) the right of publication, that is, the right to decide whether to make a work available to the public;",
            "(2) the right of authorship, that is, the right to claim authorship and to have the author's name mentioned in connection with the work;",
            "The copyright owner may authorize another person to exercise the rights.",
            "Article 11 Unless otherwise provided in this Law, the copyright in a work shall belong to its author.",
        ]);

        ProvisionTree tree = StructureBuilder.Build(text);

        Provision chapter = Find(tree, "chp_2");
        Assert.Equal("Copyright", chapter.Heading);
        Assert.Equal(["art_10__para_1", "art_10__para_2"], Ids(Find(tree, "art_10")));
        Provision item2 = Find(tree, "art_10__para_1__item_2");
        Assert.Equal("Article 10(1)(2)", item2.Label);
        Assert.Equal("Article 11", Find(tree, "art_11__para_1").Label);
        Assert.Same(item2, tree.ProvisionAt(new Span(item2.TextSpan.Start + 5, 3)));
    }

    [Fact]
    public void Build_SectionWordArticlesWithLetteredSubsections_FollowTheUsConvention()
    {
        ProvisionTree tree = StructureBuilder.Build(TextLayer.FromLines([
            "Section 2. Definitions.",
            "(a) In this Act—",
            "(1) the term “work” means a literary or artistic work;",
            "(A) including a computer program.",
        ]));

        Assert.Equal(DraftingConvention.Us, tree.Convention);
        Assert.Equal("§ 2(a)(1)(A)", Find(tree, "sec_2__subsec_a__para_1__subpara_A").Label);
    }

    [Fact]
    public void Build_ArticleInsertedByAnAmendment_KeepsTheNumberItFollowsWithZhiYi()
    {
        ProvisionTree tree = StructureBuilder.Build(TextLayer.FromLines(["第十七条　已满十六周岁的人犯罪，应当负刑事责任。", "第十七条之一　已满七十五周岁的人故意犯罪的，可以从轻处罚。", "第十八条　精神病人不负刑事责任。"]));

        Provision inserted = Find(tree, "art_17-1");
        Assert.Equal(("第十七条之一", "十七之一"), (inserted.Label, inserted.Number));
        Assert.Equal(["art_17", "art_17-1", "art_18"], tree.Articles.Select(a => a.Id.Value));
    }

    [Fact]
    public void Build_TableOfContentsBeforeTheFirstArticle_StaysInThePreamble()
    {
        ProvisionTree tree = StructureBuilder.Build(TextLayer.FromLines([
            "中华人民共和国刑法", "目　　录", "第一编　总则", "第一章　刑法的任务", "第二编　分则", "附则",
            "第一编　总则", "第一章　刑法的任务", "第一条　为了惩罚犯罪，保护人民，制定本法。",
        ]));

        Assert.Equal(["preamble", "part_1"], Ids(tree.Root));
        Assert.Equal(5, Find(tree, "preamble").Children.Length);
        Assert.Equal(["part_1__chp_1"], Ids(Find(tree, "part_1")));
        Assert.Equal(["art_1"], Ids(Find(tree, "part_1__chp_1")));
    }

    [Fact]
    public void Build_ItemsRightUnderAChineseArticle_GoIntoAnEmptyFirstParagraph()
    {
        ProvisionTree tree = StructureBuilder.Build(TextLayer.FromLines(["第五条", "（一）法律、法规；", "（二）时事新闻。"]));

        Assert.Equal(["art_5__para_1"], Ids(Find(tree, "art_5")));
        Assert.Equal("第五条第（二）项", Find(tree, "art_5__para_1__item_2").Label);
    }

    [Fact]
    public void Build_StyleTheConventionHasNoPlaceFor_NestsUnderTheCurrentLevel()
    {
        ProvisionTree tree = StructureBuilder.Build(TextLayer.FromLines([
            "Article 3",
            "1. Member States shall provide for the following:",
            "(a) reproduction, namely:",
            "(A) direct reproduction;",
            "(B) indirect reproduction;",
            "(b) distribution.",
        ]));

        Assert.Equal(["art_3__para_1__point_a__clause_A", "art_3__para_1__point_a__clause_B"], Ids(Find(tree, "art_3__para_1__point_a")));
        Assert.Equal("art_3__para_1__point_b", Find(tree, "art_3__para_1").Children[1].Id.Value);
    }
}
