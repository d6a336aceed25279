using DraftCheck.Model;

namespace DraftCheck.RulePacks.Tests.Iipa2020;

/// <summary>IIPA060 and IIPA061 on exceptions and limitations.</summary>
public sealed class ExceptionRulesTests
{
    /// <summary>中华人民共和国著作权法 (2010) 第二十二条第一款, first and last items.</summary>
    private static readonly string[] s_prcArticle22 =
    [
        "第二十二条",
        "在下列情况下使用作品，可以不经著作权人许可，不向其支付报酬，但应当指明作者姓名、作品名称，并且不得侵犯著作权人依照本法享有的其他权利：",
        "（一）为个人学习、研究或者欣赏，使用他人已经发表的作品；",
        "（二）为介绍、评论某一作品或者说明某一问题，在作品中适当引用他人已经发表的作品；",
        "（十二）将已经发表的作品改成盲文出版。",
    ];

    /// <summary>中华人民共和国著作权法 (2020) 第二十四条第一款, first and last items.</summary>
    private static readonly string[] s_prc2020Article24 =
    [
        "第二十四条",
        "在下列情况下使用作品，可以不经著作权人许可，不向其支付报酬，但应当指明作者姓名或者名称、作品名称，并且不得影响该作品的正常使用，也不得不合理地损害著作权人的合法权益：",
        "（一）为个人学习、研究或者欣赏，使用他人已经发表的作品；",
        "（十二）以阅读障碍者能够感知的无障碍方式向其提供已经发表的作品；",
        "（十三）法律、行政法规规定的其他情形。",
    ];

    /// <summary>Directive 2001/29/EC, Article 5(3), first and last points.</summary>
    private static readonly string[] s_infoSocArticle5Paragraph3 =
    [
        "Article 5",
        "3. Member States may provide for exceptions or limitations to the rights provided for in Articles 2 and 3 in the following cases:",
        "(a) use for the sole purpose of illustration for teaching or scientific research, as long as the source, including the author's name, is indicated, unless this turns out to be impossible and to the extent justified by the non-commercial purpose to be achieved, without prejudice to the exceptions and limitations provided for in Directive (EU) 2019/790;",
        "(n) use by communication or making available, for the purpose of research or private study, to individual members of the public by dedicated terminals on the premises of establishments referred to in paragraph 2(c) of works and other subject-matter not subject to purchase or licensing terms which are contained in their collections;",
        "(o) use in certain other cases of minor importance where exceptions or limitations already exist under national law, provided that they only concern analogue uses and do not affect the free circulation of goods and services within the Community, without prejudice to the other exceptions and limitations contained in this Article.",
    ];

    private const string InfoSocArticle5Paragraph5 =
        "5. The exceptions and limitations provided for in paragraphs 1, 2, 3 and 4 shall only be applied in certain special cases which do not conflict with a normal exploitation of the work or other subject-matter and do not unreasonably prejudice the legitimate interests of the rightholder.";

    /// <summary>17 U.S.C. § 107.</summary>
    private static readonly string[] s_usc107 =
    [
        "§ 107. Limitations on exclusive rights: Fair use",
        "Notwithstanding the provisions of sections 106 and 106A, the fair use of a copyrighted work, including such use by reproduction in copies or phonorecords or by any other means specified by that section, for purposes such as criticism, comment, news reporting, teaching (including multiple copies for classroom use), scholarship, or research, is not an infringement of copyright. In determining whether the use made of a work in any particular case is a fair use the factors to be considered shall include—",
        "(1) the purpose and character of the use, including whether such use is of a commercial nature or is for nonprofit educational purposes;",
        "(2) the nature of the copyrighted work;",
        "(3) the amount and substantiality of the portion used in relation to the copyrighted work as a whole; and",
        "(4) the effect of the use upon the potential market for or value of the copyrighted work.",
    ];

    // IIPA060: three-step test

    [Fact]
    public void Iipa060_PrcArticle22_ExceptionsWithoutTheThreeStepTest()
    {
        Finding finding = IipaPack.Single("IIPA060", s_prcArticle22);

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("可以不经著作权人许可", finding.Location.Quote);
    }

    [Fact]
    public void Iipa060_NetworkRegsArticle6_ExceptionsWithoutTheThreeStepTest()
    {
        Assert.Single(IipaPack.Findings("IIPA060",
            "第六条",
            "通过信息网络提供他人作品，属于下列情形的，可以不经著作权人许可，不向其支付报酬：",
            "(一)为介绍、评论某一作品或者说明某一问题，在向公众提供的作品中适当引用已经发表的作品；",
            "(八)向公众提供在公众集会上发表的讲话。"));
    }

    [Fact]
    public void Iipa060_Usc107_OpenEndedFairUseWithoutTheThreeStepTest()
    {
        Finding finding = IipaPack.Single("IIPA060", s_usc107);

        Assert.Equal("fair use", finding.Location.Quote);
    }

    [Fact]
    public void Iipa060_InfoSocArticle5WithoutParagraph5_ExceptionsWithoutTheThreeStepTest()
    {
        Assert.Single(IipaPack.Findings("IIPA060", s_infoSocArticle5Paragraph3));
    }

    [Fact]
    public void Iipa060_Prc2020Article24_NormalUseAndLegitimateInterestsInTheLeadIn()
    {
        Assert.Empty(IipaPack.Findings("IIPA060", s_prc2020Article24));
    }

    [Fact]
    public void Iipa060_PrcArticle22WithImplementingRegulationsArticle21_GeneralThreeStepTest()
    {
        // 中华人民共和国著作权法实施条例 (2013) 第二十一条.
        Assert.Empty(IipaPack.Findings("IIPA060", [.. s_prcArticle22,
            "第二十一条",
            "依照著作权法有关规定，使用可以不经著作权人许可的已经发表的作品的，不得影响该作品的正常使用，也不得不合理地损害著作权人的合法利益。"]));
    }

    [Fact]
    public void Iipa060_InfoSocArticle5Paragraph5_CertainSpecialCases()
    {
        Assert.Empty(IipaPack.Findings("IIPA060", [.. s_infoSocArticle5Paragraph3, InfoSocArticle5Paragraph5]));
    }

    [Fact]
    public void Iipa060_Usc1201ExceptionsToTpmProtection_AreNotJudged()
    {
        Assert.Empty(IipaPack.Findings("IIPA060",
            "(j) Security Testing.—",
            "(2) Permissible acts of security testing.—Notwithstanding the provisions of subsection (a)(1)(A), it is not a violation of that subsection for a person to engage in an act of security testing, if such act does not constitute infringement under this title or a violation of applicable law other than this section, including section 1030 of title 18 and those provisions of title 18 amended by the Computer Fraud and Abuse Act of 1986.",
            "(3) Factors in determining exemption.—In determining whether a person qualifies for the exemption under paragraph (2), the factors to be considered shall include—",
            "(A) whether the information derived from the security testing was used solely to promote the security of the owner or operator of such computer, computer system or computer network, or shared directly with the developer of such computer, computer system, or computer network; and",
            "(B) whether the information derived from the security testing was used or maintained in a manner that does not facilitate infringement under this title or a violation of applicable law other than this section, including a violation of privacy or breach of security."));
    }

    // IIPA061: catch-all

    [Fact]
    public void Iipa061_Prc2020Article24_OtherCircumstancesProvidedByLawsAndRegulations()
    {
        Finding finding = IipaPack.Single("IIPA061", s_prc2020Article24);

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("法律、行政法规规定的其他", finding.Location.Quote);
    }

    [Fact]
    public void Iipa061_InfoSocArticle5Paragraph3_CertainOtherCasesOfMinorImportanceEvenWithTheThreeStepTest()
    {
        Finding finding = IipaPack.Single("IIPA061", [.. s_infoSocArticle5Paragraph3, InfoSocArticle5Paragraph5]);

        Assert.Equal("certain other cases of minor importance", finding.Location.Quote);
    }

    [Fact]
    public void Iipa061_PrcArticle22_ClosedList()
    {
        Assert.Empty(IipaPack.Findings("IIPA061", s_prcArticle22));
    }

    [Fact]
    public void Iipa061_Usc107_FairUseIsNotAList()
    {
        Assert.Empty(IipaPack.Findings("IIPA061", s_usc107));
    }
}
