using DraftCheck.Model;

namespace DraftCheck.RulePacks.Tests.Iipa2020;

/// <summary>IIPA070, IIPA071 and IIPA080 on criminal enforcement and collective management.</summary>
public sealed class EnforcementRulesTests
{
    /// <summary>中华人民共和国刑法 第二百一十七条 before Amendment XI (2020), lead-in.</summary>
    private const string CriminalLawArticle217Before2020 =
        "以营利为目的，有下列侵犯著作权情形之一，违法所得数额较大或者有其他严重情节的，处三年以下有期徒刑或者拘役，并处或者单处罚金；违法所得数额巨大或者有其他特别严重情节的，处三年以上七年以下有期徒刑，并处罚金：";

    // IIPA070: profit motive

    [Fact]
    public void Iipa070_CriminalLawArticle217Before2020_ForThePurposeOfMakingProfits()
    {
        Finding finding = IipaPack.Single("IIPA070",
            "第二百一十七条",
            CriminalLawArticle217Before2020,
            "（一）未经著作权人许可，复制发行其文字作品、音乐、电影、电视、录像作品、计算机软件及其他作品的；");

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("以营利为目的", finding.Location.Quote);
    }

    [Fact]
    public void Iipa070_Usc1204_ForPurposesOfCommercialAdvantage()
    {
        Finding finding = IipaPack.Single("IIPA070",
            "(a) In General.—Any person who violates section 1201 or 1202 willfully and for purposes of commercial advantage or private financial gain—",
            "(1) shall be fined not more than $500,000 or imprisoned for not more than 5 years, or both, for the first offense; and",
            "(2) shall be fined not more than $1,000,000 or imprisoned for not more than 10 years, or both, for any subsequent offense.");

        Assert.Equal("for purposes of commercial advantage", finding.Location.Quote);
    }

    [Fact]
    public void Iipa070_CriminalLawArticle217AsAmendedIn2020_NoProfitElement()
    {
        Assert.Empty(IipaPack.Findings("IIPA070",
            "第二百一十七条",
            "有下列侵犯著作权或者与著作权有关的权利的情形之一，违法所得数额较大或者有其他严重情节的，处三年以下有期徒刑，并处或者单处罚金；违法所得数额巨大或者有其他特别严重情节的，处三年以上十年以下有期徒刑，并处罚金：",
            "（一）未经著作权人许可，复制、发行、通过信息网络向公众传播其文字作品、音乐、美术、视听作品、计算机软件及法律、行政法规规定的其他作品的；"));
    }

    [Fact]
    public void Iipa070_Usc506a_CommercialAdvantageIsOneOfAlternatives()
    {
        // 17 U.S.C. § 506(a)(1).
        Assert.Empty(IipaPack.Findings("IIPA070",
            "(a) Criminal Infringement.—",
            "(1) In general.—Any person who willfully infringes a copyright shall be punished as provided under section 2319 of title 18, if the infringement was committed—",
            "(A) for purposes of commercial advantage or private financial gain;",
            "(B) by the reproduction or distribution, including by electronic means, during any 180-day period, of 1 or more copies or phonorecords of 1 or more copyrighted works, which have a total retail value of more than $1,000; or",
            "(C) by the distribution of a work being prepared for commercial distribution, by making it available on a computer network accessible to members of the public, if such person knew or should have known that the work was intended for commercial distribution."));
    }

    [Fact]
    public void Iipa070_CdpaSection296ZB_OffenceWithoutProfitElement()
    {
        Assert.Empty(IipaPack.Findings("IIPA070",
            "296ZB Devices and services designed to circumvent technological measures",
            "(2) A person commits an offence if he provides, promotes, advertises or markets—",
            "(a) in the course of a business, or",
            "(b) otherwise than in the course of a business to such an extent as to affect prejudicially the copyright owner,",
            "a service the purpose of which is to enable or facilitate the circumvention of effective technological measures."));
    }

    // IIPA071: transfer standard

    [Fact]
    public void Iipa071_TrademarkLawArticle61_SuspectedOfACrime()
    {
        // 中华人民共和国商标法 (2013) 第六十一条.
        Finding finding = IipaPack.Single("IIPA071",
            "第六十一条",
            "对侵犯注册商标专用权的行为，工商行政管理部门有权依法查处；涉嫌犯罪的，应当及时移送司法机关依法处理。");

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("涉嫌", finding.Location.Quote);
        Assert.StartsWith("第六十一条 transfers cases to criminal authorities on suspicion without saying that a reasonable suspicion is enough", finding.Message);
    }

    [Fact]
    public void Iipa071_AdministrativePenaltyLawArticle27_SuspectedOfACrime()
    {
        // 中华人民共和国行政处罚法 (2021) 第二十七条第一款, first sentence.
        Assert.Single(IipaPack.Findings("IIPA071",
            "第二十七条",
            "违法行为涉嫌犯罪的，行政机关应当及时将案件移送司法机关，依法追究刑事责任。"));
    }

    [Fact]
    public void Iipa071_PhaseOneAgreementArticle1Point26_ReasonableSuspicion()
    {
        // Economic and Trade Agreement between the United States and China (2020), Article 1.26.
        Assert.Empty(IipaPack.Findings("IIPA071",
            "Article 1.26",
            "China shall require the administrative authorities to transfer a case for criminal enforcement, if, under an objective standard, there is “reasonable suspicion” based on articulable facts that a criminal violation of an intellectual property right has occurred."));
    }

    [Fact]
    public void Iipa071_GenericCriminalClause_IsNotATransferProvision()
    {
        Assert.Empty(IipaPack.Findings("IIPA071",
            "第十九条",
            "违反本条例规定，有下列行为之一的，由著作权行政管理部门予以警告，没收违法所得，没收主要用于避开、破坏技术措施的装置或者部件；情节严重的，可以没收主要用于提供网络服务的计算机等设备；非法经营额5万元以上的，可处非法经营额1倍以上5倍以下的罚款；没有非法经营额或者非法经营额5万元以下的，根据情节轻重，可处25万元以下的罚款；构成犯罪的，依法追究刑事责任："));
    }

    // IIPA080: extended collective management

    [Fact]
    public void Iipa080_DsmDirectiveArticle12_AgreementsExtendedToRightholdersWhoHaveNotAuthorisedTheOrganisation()
    {
        // Directive (EU) 2019/790, Article 12(1).
        Finding finding = IipaPack.Single("IIPA080",
            "Article 12",
            "1. Member States may provide, as far as the use within their territory is concerned and subject to the safeguards provided for in this Article, that where a collective management organisation that is subject to the national rules implementing Directive 2014/26/EU, in accordance with its mandates from rightholders, enters into a licensing agreement for the exploitation of works or other subject matter:",
            "(a) such an agreement can be extended to apply to the rights of rightholders who have not authorised that collective management organisation to represent them by way of assignment, licence or any other contractual arrangement; or",
            "(b) with respect to such an agreement, the organisation has a legal mandate or is presumed to represent rightholders who have not authorised the organisation accordingly.");

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal("rightholders who have not authorised that collective management organisation", finding.Location.Quote);
    }

    [Fact]
    public void Iipa080_Prc2014DraftArticle63_OnBehalfOfAllRightHolders()
    {
        // 中华人民共和国著作权法（修订草案送审稿）(2014) 第六十三条第一款.
        Finding finding = IipaPack.Single("IIPA080",
            "第六十三条",
            "著作权集体管理组织取得权利人授权并能在全国范围代表权利人利益的，可以向国务院著作权行政管理部门申请代表全体权利人行使著作权或者相关权，权利人书面声明不得集体管理的除外。");

        Assert.Equal("代表全体权利人", finding.Location.Quote);
    }

    [Fact]
    public void Iipa080_PrcArticle8_CollectiveManagementForMembersOnly()
    {
        Assert.Empty(IipaPack.Findings("IIPA080",
            "第八条",
            "著作权人和与著作权有关的权利人可以授权著作权集体管理组织行使著作权或者与著作权有关的权利。著作权集体管理组织被授权后，可以以自己的名义为著作权人和与著作权有关的权利人主张权利，并可以作为当事人进行涉及著作权或者与著作权有关的权利的诉讼、仲裁活动。",
            "著作权集体管理组织是非营利性组织，其设立方式、权利义务、著作权许可使用费的收取和分配，以及对其监督和管理等由国务院另行规定。"));
    }

    [Fact]
    public void Iipa080_EnglishArticle8_CollectiveAdministrationOnBehalfOfTheOwnersWhoAuthorisedIt()
    {
        // Sample draft (a), Article 8, the English rendering of the 2010 law.
        Assert.Empty(IipaPack.Findings("IIPA080",
            "Article 8 Copyright owners and owners of copyright-related rights may authorize a collective copyright administration organization to exercise the copyright or the copyright-related rights. After being so authorized, a collective copyright administration organization may, in its own name, claim rights on behalf of the copyright owners and the owners of copyright-related rights, and may, as a party, participate in litigation or arbitration relating to copyright or copyright-related rights."));
    }
}
