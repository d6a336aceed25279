using DraftCheck.Model;

namespace DraftCheck.RulePacks.Tests.Iipa2020;

/// <summary>IIPA001 and IIPA002 on terms of protection in Chinese and English statute wording.</summary>
public sealed class TermRulesTests
{
    [Fact]
    public void Iipa001_PrcArticle21Paragraph1_LifePlusFiftyIsAnErrorWithSeventyAsFix()
    {
        // 中华人民共和国著作权法 (2010) 第二十一条第一款
        Finding finding = IipaPack.Findings("IIPA001",
            "第二十一条",
            "公民的作品，其发表权、本法第十条第一款第（五）项至第（十七）项规定的权利的保护期为作者终生及其死亡后五十年，截止于作者死亡后第五十年的12月31日；如果是合作作品，截止于最后死亡的作者死亡后第五十年的12月31日。")[0];

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("保护期为作者终生及其死亡后五十年，截止于作者死亡后第五十年的12月31日", finding.Location.Quote);
        Assert.Equal(["七十", "七十"], finding.Fix!.Edits.Select(e => e.NewText));
    }

    [Fact]
    public void Iipa001_EnglishArticle21_LifePlusFiftyIsAnError()
    {
        Finding finding = IipaPack.Findings("IIPA001",
            "Article 21 The term of protection for the right of publication and the rights provided for in items (5) to (17) of paragraph 1 of Article 10 of a work of a citizen shall be the life of the author and fifty years after his death, expiring on December 31 of the fiftieth year after his death; in the case of a work of joint authorship, such term shall expire on December 31 of the fiftieth year after the death of the last surviving author.")[0];

        Assert.Equal("Article 21 sets the term at life + 50 years after the author's death; IIPA recommends life + 70.", finding.Message);
        Assert.Equal("the life of the author and fifty years after his death, expiring on December 31 of the fiftieth year after his death", finding.Location.Quote);
    }

    [Fact]
    public void Iipa001_Usc17Section302a_LifePlusSeventyHasNoFinding()
    {
        Assert.Empty(IipaPack.Findings("IIPA001",
            "§ 302. Duration of copyright: Works created on or after January 1, 1978",
            "(a) In General.—Copyright in a work created on or after January 1, 1978, subsists from its creation and, except as provided by the following subsections, endures for a term consisting of the life of the author and 70 years after the author’s death."));
    }

    [Fact]
    public void Iipa001_PrcArticle20MoralRightsUnlimited_HasNoFinding()
    {
        Assert.Empty(IipaPack.Findings("IIPA001", "第二十条", "作者的署名权、修改权、保护作品完整权的保护期不受限制。"));
    }

    [Fact]
    public void Iipa001_CdpaSection12_SeventyYearsFromTheYearTheAuthorDies_HasNoFinding()
    {
        Assert.Empty(IipaPack.Findings("IIPA001",
            "12 Duration of copyright in literary, dramatic, musical or artistic works.",
            "(2) Copyright expires at the end of the period of 70 years from the end of the calendar year in which the author dies, subject as follows."));
    }

    [Fact]
    public void Iipa002_PrcArticle21Paragraph2_FiftyYearsFromPublicationIsAnError()
    {
        Finding finding = IipaPack.Findings("IIPA002",
            "第二十一条",
            "法人或者其他组织的作品、著作权（署名权除外）由法人或者其他组织享有的职务作品，其发表权、本法第十条第一款第（五）项至第（十七）项规定的权利的保护期为五十年，截止于作品首次发表后第五十年的12月31日，但作品自创作完成后五十年内未发表的，本法不再保护。")[0];

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("保护期为五十年，截止于作品首次发表后第五十年的12月31日", finding.Location.Quote);
        Assert.Equal(["九十五", "九十五"], finding.Fix!.Edits.Select(e => e.NewText));
    }

    [Fact]
    public void Iipa002_PrcArticle42_SoundRecordingsFiftyYearsFromFixationIsAnError()
    {
        Finding finding = Assert.Single(IipaPack.Findings("IIPA002",
            "第四十二条",
            "录音录像制作者对其制作的录音录像制品，享有许可他人复制、发行、出租、通过信息网络向公众传播并获得报酬的权利；权利的保护期为五十年，截止于该制品首次制作完成后第五十年的12月31日。"));

        Assert.Equal("第四十二条 sets a term of 50 years from fixation of the recording; IIPA recommends 95 years and no less than 75.", finding.Message);
    }

    [Fact]
    public void Iipa002_CdpaSection12Subsection7_ComputerGeneratedFiftyYearsIsAnError()
    {
        Finding finding = Assert.Single(IipaPack.Findings("IIPA002",
            "12 Duration of copyright in literary, dramatic, musical or artistic works.",
            "(7) If the work is computer-generated the above provisions do not apply and copyright expires at the end of the period of 50 years from the end of the calendar year in which the work was made."));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("50 years from the end of the calendar year in which the work was made", finding.Location.Quote);
    }

    [Fact]
    public void Iipa002_Usc17Section304aAsEnacted1976_TwentyEightPlusFortySevenIsAWarningFixedOnTheRenewal()
    {
        // 17 U.S.C. § 304(a) as enacted in 1976 (Pub. L. 94-553): a first term and a renewal of 47 years, 75 in all.
        Finding finding = Assert.Single(IipaPack.Findings("IIPA002",
            "§ 304. Duration of copyright: Subsisting copyrights",
            "(a) Copyrights in Their First Term on January 1, 1978.—Any copyright, the first term of which is subsisting on January 1, 1978, shall endure for twenty-eight years from the date it was originally secured: Provided, That in the case of any posthumous work or of any periodical, cyclopedic, or other composite work upon which the copyright was originally secured by the proprietor thereof, or of any work copyrighted by a corporate body (otherwise than as assignee or licensee of the individual author) or by an employer for whom such work is made for hire, the proprietor of such copyright shall be entitled to a renewal and extension of the copyright in such work for the further term of forty-seven years when application for such renewal and extension shall have been made to the Copyright Office and duly registered therein within one year prior to the expiration of the original term of copyright."));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("§ 304(a) sets a term of 28 years from publication plus a renewal of 47 years (75 in all); IIPA recommends 95 years and no less than 75.", finding.Message);
        Assert.Equal([("forty-seven", "sixty-seven")], finding.Fix!.Edits.Select(e => (e.OldText, e.NewText)));
    }

    [SkippableFact]
    public void Iipa002_Usc17Section304_TwentyEightPlusSixtySevenAndTheTerminationWindowsHaveNoFinding()
    {
        // § 304(a): 28 + 67 = 95; § 304(c)(3) and (d)(2): windows for terminating grants are not terms.
        Assert.Empty(IipaPack.Findings("IIPA002", Laws.Read(Laws.Usc17).Split('\n')));
    }

    [Fact]
    public void Iipa002_PrcArticle36_LayoutDesignTenYearsIsOutOfScope()
    {
        Assert.Empty(IipaPack.Findings("IIPA002",
            "第三十六条",
            "出版者有权许可或者禁止他人使用其出版的图书、期刊的版式设计。",
            "前款规定的权利的保护期为十年，截止于使用该版式设计的图书、期刊首次出版后第十年的12月31日。"));
    }
}
