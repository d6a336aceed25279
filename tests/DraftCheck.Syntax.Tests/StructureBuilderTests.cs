using DraftCheck.Model;
using DraftCheck.Text;

namespace DraftCheck.Syntax.Tests;

public class StructureBuilderTests
{
    [SkippableFact]
    public void Build_PrcCopyrightLaw2010_SixtyOneArticlesWithParagraphsAndItems()
    {
        ProvisionTree tree = StructureBuilder.Build(TextLayer.FromText(Laws.Read(Laws.PrcCopyright2010)));

        var articles = tree.Provisions.Where(p => p.Kind == ProvisionKind.Article).ToList();
        Assert.Equal(61, articles.Count);
        Assert.Equal(Enumerable.Range(1, 61).Select(i => (long)i), articles.Select(a => a.Ordinal));
        Assert.Equal(DraftLanguage.Chinese, tree.Language);

        Provision article21 = tree.Find(new ProvisionId("art_21"))!;
        Assert.Equal("第二十一条", article21.Label);
        Assert.Equal(3, article21.Children.Length);
        Assert.Equal("第二十一条第二款", article21.Children[1].Label);
        Assert.Equal(new ProvisionId("art_21__para_2"), article21.Children[1].Id);

        Provision item = tree.Find(new ProvisionId("art_10__para_1__item_5"))!;
        Assert.Equal("第十条第一款第（五）项", item.Label);
        Assert.StartsWith("复制权", tree.Text[item.TextSpan]);
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

        Provision chapter = tree.Find(new ProvisionId("chp_2"))!;
        Assert.Equal("Copyright", chapter.Heading);
        Provision article10 = tree.Find(new ProvisionId("art_10"))!;
        Assert.Equal(["art_10__para_1", "art_10__para_2"], article10.Children.Select(c => c.Id.Value));
        Provision item2 = tree.Find(new ProvisionId("art_10__para_1__item_2"))!;
        Assert.Equal("Article 10(1)(2)", item2.Label);
        Assert.Equal("Article 11", tree.Find(new ProvisionId("art_11__para_1"))!.Label);
        Assert.Same(item2, tree.ProvisionAt(new Span(item2.TextSpan.Start + 5, 3)));
    }
}
