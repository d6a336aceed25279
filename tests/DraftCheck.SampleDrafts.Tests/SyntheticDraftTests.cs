using System.Text.RegularExpressions;
using DraftCheck.Docx;
using DraftCheck.SampleDrafts;
using DraftCheck.SampleDrafts.Synthetic;
using DraftCheck.Semantics;
using DraftCheck.Syntax;

namespace DraftCheck.SampleDrafts.Tests;

public sealed class SyntheticDraftTests
{
    private static ProvisionTree ReadBack(SyntheticDraftSpec spec, bool automaticNumbering)
    {
        byte[] bytes = DocxDraftWriter.ToBytes(SyntheticDraft.Generate(spec), new DocxDraftOptions { AutomaticNumbering = automaticNumbering });
        DocxReadResult read = DocxReader.Read(new MemoryStream(bytes), "synthetic.docx");
        Assert.Null(read.Error);
        return StructureBuilder.Build(read.Text!);
    }

    [Theory]
    [InlineData(DraftLanguage.English, false)]
    [InlineData(DraftLanguage.English, true)]
    [InlineData(DraftLanguage.Chinese, false)]
    [InlineData(DraftLanguage.Chinese, true)]
    public void Generate_SixtyArticles_ReadsBackAsSixtyArticlesNumberedOneToSixty(DraftLanguage language, bool automaticNumbering)
    {
        ProvisionTree tree = ReadBack(new SyntheticDraftSpec(60, language, Seed: 11), automaticNumbering);

        Assert.Equal(language, tree.Language);
        Assert.Equal(Enumerable.Range(1, 60).Select(n => $"art_{n}"), tree.Articles.Select(a => a.Id.ToString()));
    }

    [Theory]
    [InlineData(DraftLanguage.English)]
    [InlineData(DraftLanguage.Chinese)]
    public void Generate_LongDraft_KeepsEveryArticleAndStartsChaptersInOrder(DraftLanguage language)
    {
        ProvisionTree tree = ReadBack(new SyntheticDraftSpec(1200, language, Seed: 3), automaticNumbering: language == DraftLanguage.Chinese);

        Assert.Equal(1200, tree.Articles.Length);
        Assert.Equal("art_1200", tree.Articles[^1].Id.ToString());
        Assert.Contains(tree.Provisions, p => p.Kind == ProvisionKind.Chapter && p.Id.ToString() == "chp_100");
    }

    [Theory]
    [InlineData(DraftLanguage.English)]
    [InlineData(DraftLanguage.Chinese)]
    public void Generate_SameSeed_SameBytes(DraftLanguage language)
    {
        var spec = new SyntheticDraftSpec(60, language, Seed: 42);

        byte[] first = DocxDraftWriter.ToBytes(SyntheticDraft.Generate(spec), new DocxDraftOptions { AutomaticNumbering = true });
        byte[] second = DocxDraftWriter.ToBytes(SyntheticDraft.Generate(spec), new DocxDraftOptions { AutomaticNumbering = true });

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_OtherSeed_OtherDraft()
    {
        DraftDocument first = SyntheticDraft.Generate(new SyntheticDraftSpec(60, DraftLanguage.English, Seed: 1));
        DraftDocument second = SyntheticDraft.Generate(new SyntheticDraftSpec(60, DraftLanguage.English, Seed: 2));

        Assert.NotEqual(first.Lines.Select(l => l.Text), second.Lines.Select(l => l.Text));
    }

    [Theory]
    [InlineData(DraftLanguage.English)]
    [InlineData(DraftLanguage.Chinese)]
    public void Generate_AllOfThePool_YieldsTermsSafeHarboursTpmsAndDamages(DraftLanguage language)
    {
        // 80 articles cover a whole shuffle of either pool (69 English, 67 Chinese articles).
        SemanticModel model = SemanticModel.Build(ReadBack(new SyntheticDraftSpec(80, language, Seed: 5), automaticNumbering: false));

        Assert.NotEmpty(model.FactsOf<TermOfProtection>());
        Assert.NotEmpty(model.FactsOf<SafeHarbour>());
        Assert.NotEmpty(model.FactsOf<TpmProhibition>());
        Assert.NotEmpty(model.FactsOf<StatutoryDamagesCeiling>());
    }

    [Theory]
    [InlineData(DraftLanguage.English, @"^Article \d+$")]
    [InlineData(DraftLanguage.Chinese, "^第[一二三四五六七八九十百]+条$")]
    public void Generate_CrossReferencesToWholeArticlesOfThisLaw_Resolve(DraftLanguage language, string wholeArticle)
    {
        SemanticModel model = SemanticModel.Build(ReadBack(new SyntheticDraftSpec(60, language, Seed: 9), automaticNumbering: false));

        CrossReference[] toArticles = model.FactsOf<CrossReference>()
            .Where(r => r.Status != CrossReferenceStatus.External && Regex.IsMatch(r.Citation, wholeArticle)).ToArray();
        Assert.NotEmpty(toArticles);
        Assert.All(toArticles, r => Assert.Equal(CrossReferenceStatus.Resolved, r.Status));
    }
}
