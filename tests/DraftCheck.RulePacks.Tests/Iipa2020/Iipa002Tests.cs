using DraftCheck.Model;
using DraftCheck.Testing;

namespace DraftCheck.RulePacks.Tests.Iipa2020;

/// <summary>IIPA002: terms running from publication (or creation, fixation, broadcast) must be 95 years, and no less than 75.</summary>
public sealed class Iipa002Tests
{
    private static readonly RuleVerifier s_rule = Packs.Iipa2020.Only("IIPA002");

    [Fact]
    public void Iipa002_PrcCopyrightLaw2010Article42_SoundRecordingsFiftyYears_IsAnError()
    {
        Finding finding = s_rule.Verify("第四十二条 录音录像制作者对其制作的录音录像制品，享有许可他人复制、发行、出租、通过信息网络向公众传播并获得报酬的权利；权利的[|保护期为五十年，截止于该制品首次制作完成后第五十年的12月31日|]。")
            .Single();

        Assert.Equal((Severity.Error, "第四十二条 sets a term of 50 years from fixation of the recording; IIPA recommends 95 years and no less than 75."),
            (finding.Severity, finding.Message));
    }

    [Fact]
    public void Iipa002_Article21WorksOfLegalPersons_PointsAtThePublicationAndTheCreationTerms() =>
        s_rule.Verify("Article 21 The term of protection for the right of publication and the rights provided for in items (5) to (17) of paragraph 1 of Article 10 of a work of a legal person or other organization shall be [|fifty years, expiring on December 31 of the fiftieth year after the first publication|] of such work; however, if such work has not been published within [|fifty years after the completion of its creation|], it shall no longer be protected under this Law.");

    [Fact]
    public void Iipa002_EightyYearsFromFixation_IsAWarning()
    {
        Finding finding = s_rule.Verify("Article 42 The term of protection for the rights of a producer of sound recordings shall be [|eighty years, expiring on December 31 of the eightieth year after the first completion of the production|].")
            .Single();

        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Iipa002_CdpaSection12ComputerGeneratedWorks_FiftyYearsFromMaking_IsAnError() =>
        s_rule.Verify("(7) If the work is computer-generated the above provisions do not apply and copyright expires at the end of the period of [|50 years from the end of the calendar year in which the work was made|].");

    [Fact]
    public void Iipa002_Fix_ExtendsTheTermToNinetyFiveYears() =>
        s_rule.VerifyFix(
            "Article 42 The term of protection shall be [|fifty years, expiring on December 31 of the fiftieth year after the first completion of the production|].",
            "Article 42 The term of protection shall be ninety-five years, expiring on December 31 of the ninety-fifth year after the first completion of the production.");

    [Fact]
    public void Iipa002_Usc17Section302c_NinetyFiveYearsFromPublication_HasNoFinding() =>
        s_rule.VerifyNoFindings("(c) Anonymous Works, Pseudonymous Works, and Works Made for Hire.—In the case of an anonymous work, a pseudonymous work, or a work made for hire, the copyright endures for a term of 95 years from the year of its first publication, or a term of 120 years from the year of its creation, whichever expires first.");

    [Fact]
    public void Iipa002_PrcCopyrightLaw2010Article36_LayoutDesigns_AreOutOfScope() =>
        s_rule.VerifyNoFindings("""
            第三十六条
            出版者有权许可或者禁止他人使用其出版的图书、期刊的版式设计。
            前款规定的权利的保护期为十年，截止于使用该版式设计的图书、期刊首次出版后第十年的12月31日。
            """);

    [Fact]
    public void Iipa002_TermFromTheAuthorsDeath_IsNotItsBusiness() =>
        s_rule.VerifyNoFindings("Article 21 The term of protection shall be the life of the author and fifty years after his death.");
}
