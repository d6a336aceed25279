using DraftCheck.Model;
using DraftCheck.Testing;

namespace DraftCheck.RulePacks.Tests.Iipa2020;

/// <summary>IIPA001: the term for works of natural persons must be at least life + 70 years.</summary>
public sealed class Iipa001Tests
{
    private static readonly RuleVerifier s_rule = Packs.Iipa2020.Only("IIPA001");

    [Fact]
    public void Iipa001_PrcCopyrightLaw2010Article21_PointsAtTheTermAndTheJointWorksExpiry() =>
        s_rule.Verify("""
            第二十一条
            公民的作品，其发表权、本法第十条第一款第（五）项至第（十七）项规定的权利的[|保护期为作者终生及其死亡后五十年，截止于作者死亡后第五十年的12月31日|]；如果是合作作品，[|截止于最后死亡的作者死亡后第五十年的12月31日|]。
            """);

    [Fact]
    public void Iipa001_EnglishTranslationOfArticle21_PointsAtTheTerm()
    {
        Finding finding = s_rule.Verify("Article 21 The term of protection for the right of publication and the rights provided for in items (5) to (17) of paragraph 1 of Article 10 of a work of a citizen shall be [|the life of the author and fifty years after his death, expiring on December 31 of the fiftieth year after his death|].")
            .Single();

        Assert.Equal((Severity.Error, "Article 21 sets the term at life + 50 years after the author's death; IIPA recommends life + 70."), (finding.Severity, finding.Message));
        Assert.Contains("fn. 45", finding.Rule.Source);
    }

    [Fact]
    public void Iipa001_Fix_RewritesEveryMentionOfTheYears() =>
        s_rule.VerifyFix(
            "Article 21 The term shall be [|the life of the author and fifty years after his death, expiring on December 31 of the fiftieth year after his death|].",
            "Article 21 The term shall be the life of the author and seventy years after his death, expiring on December 31 of the seventieth year after his death.");

    [Fact]
    public void Iipa001_ChineseFix_RewritesTheChineseNumerals() =>
        s_rule.VerifyFix(
            "第二十一条 公民的作品的[|保护期为作者终生及其死亡后五十年，截止于作者死亡后第五十年的12月31日|]。",
            "第二十一条 公民的作品的保护期为作者终生及其死亡后七十年，截止于作者死亡后第七十年的12月31日。");

    [Fact]
    public void Iipa001_Usc17Section302a_LifePlusSeventy_HasNoFinding() =>
        s_rule.VerifyNoFindings("(a) In General.—Copyright in a work created on or after January 1, 1978, subsists from its creation and, except as provided by the following subsections, endures for a term consisting of the life of the author and 70 years after the author’s death.");

    [Fact]
    public void Iipa001_CdpaSection12_SeventyYearsFromTheYearOfDeath_HasNoFinding() =>
        s_rule.VerifyNoFindings("(2) Copyright expires at the end of the period of 70 years from the end of the calendar year in which the author dies, subject as follows.");

    [Fact]
    public void Iipa001_ChineseLifePlusSeventy_HasNoFinding() =>
        s_rule.VerifyNoFindings("第二十一条 公民的作品，其发表权的保护期为作者终生及其死亡后七十年，截止于作者死亡后第七十年的12月31日。");

    [Fact]
    public void Iipa001_TermFromPublication_IsNotItsBusiness() =>
        s_rule.VerifyNoFindings("Article 21 The term of protection for a cinematographic work shall be fifty years, expiring on December 31 of the fiftieth year after the first publication of such work.");

    [SkippableFact]
    public void Iipa001_WholePrcCopyrightLaw2010_FindsArticle21Only()
    {
        string law = Laws.Read(Laws.PrcCopyright2010);

        var findings = s_rule.Run(law);

        Assert.Equal(
        [
            "第二十一条第一款: 保护期为作者终生及其死亡后五十年，截止于作者死亡后第五十年的12月31日",
            "第二十一条第一款: 截止于最后死亡的作者死亡后第五十年的12月31日",
        ], findings.Select(f => $"{f.Location.Provision.Label}: {f.Location.Quote}"));
    }
}
