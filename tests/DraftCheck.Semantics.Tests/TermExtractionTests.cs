using DraftCheck.Model;
using DraftCheck.Semantics;
using DraftCheck.Syntax;
using DraftCheck.Text;

namespace DraftCheck.Semantics.Tests;

/// <summary>TermOfProtection facts from real statute wording.</summary>
public class TermExtractionTests
{
    private static IReadOnlyList<TermOfProtection> Terms(string text) =>
        [.. SemanticModel.FromText(text).FactsOf<TermOfProtection>()];

    [SkippableFact]
    public void Build_PrcCopyrightLaw2010_ExtractsEveryTermOfArticle21AndTheRelatedRights()
    {
        SemanticModel model = LawModels.Of(Laws.PrcCopyright2010);

        var terms = model.FactsOf<TermOfProtection>().Select(t => (t.Provision.Id.Value, t.Basis, t.Years)).ToList();

        Assert.Equal(
        [
            ("art_21__para_1", TermBasis.AuthorsDeath, 50),
            ("art_21__para_1", TermBasis.AuthorsDeath, 50), // joint works: from the death of the last surviving author
            ("art_21__para_2", TermBasis.Publication, 50),
            ("art_21__para_2", TermBasis.Creation, 50),     // unpublished within fifty years of creation: no longer protected
            ("art_21__para_3", TermBasis.Publication, 50),
            ("art_21__para_3", TermBasis.Creation, 50),
            ("art_36__para_2", TermBasis.Publication, 10),  // layout design
            ("art_39__para_2", TermBasis.Performance, 50),
            ("art_42__para_1", TermBasis.Fixation, 50),
            ("art_45__para_2", TermBasis.Broadcast, 50),
        ], terms);
        Assert.All(model.FactsOf<TermOfProtection>(), t => Assert.Equal(t.Text, model.Text[t.Span]));
    }

    [Fact]
    public void Extract_PrcArticle21Paragraph1_MergesTheExpiryIntoTheTermAndKeepsBothNumbers()
    {
        TermOfProtection term = Terms("第二十一条\n公民的作品，其发表权、本法第十条第一款第（五）项至第（十七）项规定的权利的保护期为作者终生及其死亡后五十年，截止于作者死亡后第五十年的12月31日；如果是合作作品，截止于最后死亡的作者死亡后第五十年的12月31日。")[0];

        Assert.Equal("保护期为作者终生及其死亡后五十年，截止于作者死亡后第五十年的12月31日", term.Text);
        Assert.True(term.IncludesLife);
        Assert.Equal(WorkCategory.NaturalPerson, term.Categories);
        Assert.Equal(["五十", "五十"], term.YearMentions.Select(m => m.Text));
        Assert.Equal("第二十一条", term.Provision.Label);
    }

    [Fact]
    public void Extract_PrcArticle21Paragraph2_LegalEntitiesAndWorksForHire()
    {
        IReadOnlyList<TermOfProtection> terms = Terms("第二十一条\n公民的作品的保护期为作者终生及其死亡后五十年。\n法人或者其他组织的作品、著作权（署名权除外）由法人或者其他组织享有的职务作品，其发表权、本法第十条第一款第（五）项至第（十七）项规定的权利的保护期为五十年，截止于作品首次发表后第五十年的12月31日，但作品自创作完成后五十年内未发表的，本法不再保护。");

        TermOfProtection publication = terms.Single(t => t.Basis == TermBasis.Publication);
        Assert.Equal(WorkCategory.LegalEntity | WorkCategory.WorkMadeForHire, publication.Categories);
        Assert.Equal("第二十一条第二款", publication.Provision.Label);
    }

    [Fact]
    public void Extract_EnglishTranslationOfArticle21_TwoTermsInParagraph1()
    {
        IReadOnlyList<TermOfProtection> terms = Terms("Article 21 The term of protection for the right of publication and the rights provided for in items (5) to (17) of paragraph 1 of Article 10 of a work of a citizen shall be the life of the author and fifty years after his death, expiring on December 31 of the fiftieth year after his death; in the case of a work of joint authorship, such term shall expire on December 31 of the fiftieth year after the death of the last surviving author.");

        Assert.Equal(2, terms.Count);
        Assert.Equal("the life of the author and fifty years after his death, expiring on December 31 of the fiftieth year after his death", terms[0].Text);
        Assert.Equal(["fifty", "fiftieth"], terms[0].YearMentions.Select(m => m.Text));
        Assert.True(terms[1].AppliesTo(WorkCategory.JointWork));
        Assert.All(terms, t => Assert.Equal((TermBasis.AuthorsDeath, 50), (t.Basis, t.Years)));
    }

    [SkippableFact]
    public void Build_Usc17_ExtractsSection302TermsAndNotTheTerminationWindow()
    {
        SemanticModel model = LawModels.Of(Laws.Usc17);

        var terms = model.FactsOf<TermOfProtection>().Where(t => t.Basis != TermBasis.Unspecified).ToList();

        Assert.Contains(terms, t => t.Basis == TermBasis.AuthorsDeath && t.Years == 70 && t.IncludesLife);
        Assert.Contains(terms, t => t.Basis == TermBasis.Publication && t.Years == 95 && t.AppliesTo(WorkCategory.Anonymous));
        Assert.Contains(terms, t => t.Basis == TermBasis.Creation && t.Years == 120);
        // § 304(c)(3): "a period of five years beginning at the end of fifty-six years from the date copyright was originally secured" is not a term.
        Assert.DoesNotContain(terms, t => t.Years == 56);
    }

    [SkippableFact]
    public void Build_CdpaSelected_Section12Terms()
    {
        SemanticModel model = LawModels.Of(Laws.UkCdpa);

        var terms = model.FactsOf<TermOfProtection>().Where(t => t.Basis != TermBasis.Unspecified).Select(t => (t.Basis, t.Years)).ToList();

        Assert.Equal([(TermBasis.AuthorsDeath, 70), (TermBasis.Creation, 70), (TermBasis.MakingAvailable, 70), (TermBasis.Creation, 50)], terms);
    }

    [SkippableFact]
    public void Build_EuInfoSocDirective_StatesNoTerm()
    {
        SemanticModel model = LawModels.Of(Laws.EuInfoSoc);

        Assert.Empty(model.FactsOf<TermOfProtection>());
    }

    [Fact]
    public void Extract_ContractPeriodWithoutTermWords_IsNotATerm()
    {
        // draft (a), Art. 16: a period in a contract clause, not a term of protection
        Assert.Empty(Terms("Article 16 Within two years after the completion of the work, the author shall not, without the consent of the entity, authorize a third party to exploit the work in the same way as the entity does."));
    }

    [SkippableFact]
    public void Build_Usc17Section304_FirstTermOfTwentyEightYearsCountsItsSixtySevenYearRenewal()
    {
        SemanticModel model = SemanticModel.FromText(Laws.Read(Laws.Usc17));

        TermOfProtection first = model.FactsOf<TermOfProtection>().Single(t => t.Years == 28);
        Assert.Equal((67, 95, "67"), (first.RenewalYears, first.TotalYears, first.RenewalMentions.Single().Text));
        Assert.All(model.FactsOf<TermOfProtection>().Where(t => t.Years == 67), t => Assert.True(t.IsRenewal));
        // § 304(b): a copyright in its renewal term runs 95 years; no renewal is added to it.
        Assert.Equal(0, model.FactsOf<TermOfProtection>().Single(t => t.Years == 95 && t.Provision.Label.StartsWith("§ 304", StringComparison.Ordinal)).RenewalYears);
        // § 304(c)(3), (d)(1) and (d)(2): windows for terminating grants are not terms.
        Assert.DoesNotContain(model.FactsOf<TermOfProtection>(), t => t.Years is 20 or 75);
    }
}
