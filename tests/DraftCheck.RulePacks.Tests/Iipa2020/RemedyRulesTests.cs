using DraftCheck.Model;

namespace DraftCheck.RulePacks.Tests.Iipa2020;

/// <summary>IIPA050 to IIPA054 on injunctions, damages, presumptions and repeat infringers.</summary>
public sealed class RemedyRulesTests
{
    /// <summary>中华人民共和国著作权法 (2010) 第四十九条.</summary>
    private static readonly string[] s_prcArticle49 =
    [
        "第四十九条",
        "侵犯著作权或者与著作权有关的权利的，侵权人应当按照权利人的实际损失给予赔偿；实际损失难以计算的，可以按照侵权人的违法所得给予赔偿。赔偿数额还应当包括权利人为制止侵权行为所支付的合理开支。",
        "权利人的实际损失或者侵权人的违法所得不能确定的，由人民法院根据侵权行为的情节，判决给予五十万元以下的赔偿。",
    ];

    /// <summary>中华人民共和国著作权法 (2020) 第五十四条.</summary>
    private static readonly string[] s_prc2020Article54 =
    [
        "第五十四条",
        "侵犯著作权或者与著作权有关的权利的，侵权人应当按照权利人因此受到的实际损失或者侵权人的违法所得给予赔偿；权利人的实际损失或者侵权人的违法所得难以计算的，可以参照该权利使用费给予赔偿。对故意侵犯著作权或者与著作权有关的权利，情节严重的，可以在按照上述方法确定数额的一倍以上五倍以下给予赔偿。",
        "权利人的实际损失、侵权人的违法所得、权利使用费难以计算的，由人民法院根据侵权行为的情节，判决给予五百元以上五百万元以下的赔偿。",
    ];

    /// <summary>中华人民共和国著作权法 (2010) 第五十条第一款.</summary>
    private static readonly string[] s_prcArticle50 =
    [
        "第五十条",
        "著作权人或者与著作权有关的权利人有证据证明他人正在实施或者即将实施侵犯其权利的行为，如不及时制止将会使其合法权益受到难以弥补的损害的，可以在起诉前向人民法院申请采取责令停止有关行为和财产保全的措施。",
    ];

    /// <summary>17 U.S.C. § 504(b) and (c).</summary>
    private static readonly string[] s_usc504b =
    [
        "§ 504. Remedies for infringement: Damages and profits",
        "(b) Actual Damages and Profits.—The copyright owner is entitled to recover the actual damages suffered by him or her as a result of the infringement, and any profits of the infringer that are attributable to the infringement and are not taken into account in computing the actual damages.",
    ];

    private static readonly string s_usc504c1 =
        "(1) Except as provided by clause (2) of this subsection, the copyright owner may elect, at any time before final judgment is rendered, to recover, instead of actual damages and profits, an award of statutory damages for all infringements involved in the action, with respect to any one work, for which any one infringer is liable individually, or for which any two or more infringers are liable jointly and severally, in a sum of not less than $750 or more than $30,000 as the court considers just.";

    private static readonly string s_usc504c2 =
        "(2) In a case where the copyright owner sustains the burden of proving, and the court finds, that infringement was committed willfully, the court in its discretion may increase the award of statutory damages to a sum of not more than $150,000.";

    // IIPA050: injunctions against intermediaries

    [Fact]
    public void Iipa050_PrcArticle50_OrdersAgainstTheInfringerOnly()
    {
        Finding finding = IipaPack.Single("IIPA050", s_prcArticle50);

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("责令停止有关行为", finding.Location.Quote);
    }

    [Fact]
    public void Iipa050_EnglishArticle50_OrderingTheCessationIsAnOrderAgainstTheInfringer()
    {
        // Sample draft (a), Article 50: the English rendering of 第五十条 (a miss found in the review: the order was not recognised).
        Finding finding = IipaPack.Single("IIPA050",
            "Article 50 Where a copyright owner or an owner of copyright-related rights has evidence to prove that another person is committing or is about to commit an act infringing upon his rights which, if not stopped in time, would cause irreparable harm to his legitimate rights and interests, he may, before instituting legal proceedings, apply to the people's court for measures ordering the cessation of the relevant acts and for property preservation.");

        Assert.Equal("ordering the cessation", finding.Location.Quote);
    }

    [Fact]
    public void Iipa050_NetworkRegulations_NoInjunctionAtAllPointsAtTheHarbour()
    {
        Finding finding = Assert.Single(IipaPack.FindingsInferred("IIPA050", ["信息网络传播权保护条例", .. StatuteText.NetworkRegsArticle22]));

        Assert.Equal("不承担赔偿责任", finding.Location.Quote);
    }

    [Fact]
    public void Iipa050_InfoSocArticle8Paragraph2AndUsc512c_NoInjunctionAgainstIntermediaries()
    {
        Assert.Single(IipaPack.Findings("IIPA050",
            "Article 8",
            "2. Each Member State shall take the measures necessary to ensure that rightholders whose interests are affected by an infringing activity carried out on its territory can bring an action for damages and/or apply for an injunction and, where appropriate, for the seizure of infringing material as well as of devices, products or components referred to in Article 6(2)."));
        Assert.Single(IipaPack.Findings("IIPA050", StatuteText.Usc512c));
    }

    [Fact]
    public void Iipa050_CdpaSection97AAndInfoSocArticle8Paragraph3_InjunctionsAgainstServiceProviders()
    {
        Assert.Empty(IipaPack.Findings("IIPA050", [.. s_prcArticle50,
            "97A Injunctions against service providers",
            "(1) The High Court (in Scotland, the Court of Session) shall have power to grant an injunction against a service provider, where that service provider has actual knowledge of another person using their service to infringe copyright."]));
        Assert.Empty(IipaPack.Findings("IIPA050", [.. s_prcArticle50,
            "Article 8",
            "3. Member States shall ensure that rightholders are in a position to apply for an injunction against intermediaries whose services are used by a third party to infringe a copyright or related right."]));
    }

    [Fact]
    public void Iipa050_ECommerceDirectiveArticle14Paragraph3_CourtMayRequireTheProviderToTerminateOrPrevent()
    {
        Assert.Empty(IipaPack.Findings("IIPA050", [.. StatuteText.ECommerceDirectiveArticle14,
            "3. This Article shall not affect the possibility for a court or administrative authority, in accordance with Member States' legal systems, of requiring the service provider to terminate or prevent an infringement, nor does it affect the possibility for Member States of establishing procedures governing the removal or disabling of access to information."]));
    }

    [Fact]
    public void Iipa050_ExtractWithoutIntermediaries_IsNotJudged()
    {
        Assert.Empty(IipaPack.FindingsInferred("IIPA050", ["中华人民共和国著作权法", .. s_prcArticle49]));
    }

    // IIPA051: punitive damages

    [Fact]
    public void Iipa051_PrcArticle49_ActualLossUnlawfulGainsAndStatutoryDamagesOnly()
    {
        Finding finding = IipaPack.Single("IIPA051", s_prcArticle49);

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("实际损失", finding.Location.Quote);
        Assert.Equal("第四十九条第一款", finding.Location.Provision.Label);
    }

    [Fact]
    public void Iipa051_Usc504b_ActualDamagesAndProfitsOnly()
    {
        Finding finding = IipaPack.Single("IIPA051", s_usc504b);

        Assert.Equal("Actual Damages", finding.Location.Quote);
    }

    [Fact]
    public void Iipa051_Prc2020Article54_OneToFiveTimesForWilfulInfringement()
    {
        Assert.Empty(IipaPack.Findings("IIPA051", s_prc2020Article54));
    }

    [Fact]
    public void Iipa051_CdpaSection97AndUsc504c2_AdditionalAndIncreasedDamages()
    {
        // Copyright, Designs and Patents Act 1988, s. 97(2).
        Assert.Empty(IipaPack.Findings("IIPA051",
            "97 Provisions as to damages in infringement action.",
            "(2) The court may in an action for infringement of copyright having regard to all the circumstances, and in particular to—",
            "(a) the flagrancy of the infringement, and",
            "(b) any benefit accruing to the defendant by reason of the infringement,",
            "award such additional damages as the justice of the case may require."));
        Assert.Empty(IipaPack.Findings("IIPA051", [.. s_usc504b, "(c) Statutory Damages.—", s_usc504c1, s_usc504c2]));
    }

    // IIPA052: statutory damages ceiling

    [Fact]
    public void Iipa052_PrcArticle49_FiveHundredThousandYuanIsAtTheThreshold()
    {
        Finding finding = IipaPack.Single("IIPA052", s_prcArticle49);

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("五十万元", finding.Location.Quote);
        Assert.Equal("第四十九条第二款 caps statutory damages at 五十万元, at or below 500,000 CNY (the 2010 level of RMB 500,000); IIPA asks to \"raise the ceiling for civil compensation\".", finding.Message);
    }

    [Fact]
    public void Iipa052_Usc504c1_ThirtyThousandDollarsPerWork()
    {
        Finding finding = IipaPack.Single("IIPA052", "(c) Statutory Damages.—", s_usc504c1);

        Assert.Equal("$30,000", finding.Location.Quote);
        Assert.Contains("at $30,000 per work, at or below 75,000 USD", finding.Message);
    }

    [Fact]
    public void Iipa052_Usc1203c3_SeparateTpmCapIsJudgedToo()
    {
        // 17 U.S.C. § 1203(c)(3)(A).
        Finding finding = IipaPack.Single("IIPA052",
            "(3) Statutory damages.—",
            "(A) At any time before final judgment is entered, a complaining party may elect to recover an award of statutory damages for each violation of section 1201 in the sum of not less than $200 or more than $2,500 per act of circumvention, device, product, component, offer, or performance of service, as the court considers just.");

        Assert.Contains("caps statutory damages for TPM violations at $2,500 per infringement", finding.Message);
    }

    [Fact]
    public void Iipa052_Prc2020Article54AndUsc504c2_CeilingsAboveTheThreshold()
    {
        Assert.Empty(IipaPack.Findings("IIPA052", s_prc2020Article54));
        Assert.Empty(IipaPack.Findings("IIPA052", s_usc504c2));
    }

    // IIPA053: presumption of ownership

    [Fact]
    public void Iipa053_PrcArticle49InACopyrightLaw_NoPresumption()
    {
        Finding finding = IipaPack.Single("IIPA053", s_prcArticle49);

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("no provision presumes that the person named on a work is its author", finding.Message);
    }

    [Fact]
    public void Iipa053_PrcArticle11WithoutParagraph4_PointsAtTheAuthorshipProvision()
    {
        // 中华人民共和国著作权法 (2010) 第十一条第一款 without its fourth paragraph.
        Finding finding = IipaPack.Single("IIPA053", "第十一条", "著作权属于作者，本法另有规定的除外。", "创作作品的公民是作者。");

        Assert.Equal("著作权属于作者", finding.Location.Quote);
    }

    [Fact]
    public void Iipa053_PrcArticle11Paragraph4AndPrc2020Article12_PersonNamedOnTheWork()
    {
        Assert.Empty(IipaPack.Findings("IIPA053", "第十一条", "著作权属于作者，本法另有规定的除外。", "如无相反证明，在作品上署名的公民、法人或者其他组织为作者。"));
        // 中华人民共和国著作权法 (2020) 第十二条第一款.
        Assert.Empty(IipaPack.Findings("IIPA053", "第十二条", "在作品上署名的自然人、法人或者非法人组织为作者，且该作品上存在相应权利，但有相反证明的除外。"));
    }

    [Fact]
    public void Iipa053_CdpaSection104_PresumedUntilTheContraryIsProved()
    {
        // Copyright, Designs and Patents Act 1988, s. 104(2).
        Assert.Empty(IipaPack.Findings("IIPA053",
            "104 Presumptions relevant to literary, dramatic, musical and artistic works.",
            "(2) Where a name purporting to be that of the author appeared on copies of the work as published or on the work when it was made, the person whose name appeared shall be presumed, until the contrary is proved—",
            "(a) to be the author of the work;"));
    }

    // IIPA054: repeat infringers

    [Fact]
    public void Iipa054_PrcArticle48_GenericCriminalClauseWithoutHeavierPenalty()
    {
        Finding finding = IipaPack.Single("IIPA054",
            "第四十八条",
            "有下列侵权行为的，应当根据情况，承担停止侵害、消除影响、赔礼道歉、赔偿损失等民事责任；同时损害公共利益的，可以由著作权行政管理部门责令停止侵权行为，没收违法所得，没收、销毁侵权复制品，并可处以罚款；情节严重的，著作权行政管理部门还可以没收主要用于制作侵权复制品的材料、工具、设备等；构成犯罪的，依法追究刑事责任：",
            "（八）制作、出售假冒他人署名的作品的。");

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal("构成犯罪的，依法追究刑事责任", finding.Location.Quote);
    }

    [Fact]
    public void Iipa054_CdpaSection296ZB_OffenceWithoutHeavierPenaltyInAnExtract()
    {
        Finding finding = Assert.Single(IipaPack.FindingsInferred("IIPA054",
            "Copyright, Designs and Patents Act 1988",
            "296ZB Devices and services designed to circumvent technological measures",
            "(2) A person commits an offence if he provides, promotes, advertises or markets—",
            "(a) in the course of a business, or",
            "(b) otherwise than in the course of a business to such an extent as to affect prejudicially the copyright owner,",
            "a service the purpose of which is to enable or facilitate the circumvention of effective technological measures."));

        Assert.Equal("commits an offence", finding.Location.Quote);
        // The structure reads "296ZB" as a section: an extract of one numbered provision.
        Assert.Contains("but it holds one numbered provision only (s. 296ZB), so it is an extract covering only the topics its own provisions deal with", finding.Message);
    }

    [Fact]
    public void Iipa054_Usc1204_SubsequentOffense()
    {
        Assert.Empty(IipaPack.Findings("IIPA054",
            "(a) In General.—Any person who violates section 1201 or 1202 willfully and for purposes of commercial advantage or private financial gain—",
            "(1) shall be fined not more than $500,000 or imprisoned for not more than 5 years, or both, for the first offense; and",
            "(2) shall be fined not more than $1,000,000 or imprisoned for not more than 10 years, or both, for any subsequent offense."));
    }

    [Fact]
    public void Iipa054_CriminalLawArticle65AndTrademarkLawArticle60_RecidivistsPunishedMoreHeavily()
    {
        // 中华人民共和国刑法 第六十五条第一款.
        Assert.Empty(IipaPack.Findings("IIPA054",
            "第六十五条",
            "被判处有期徒刑以上刑罚的犯罪分子，刑罚执行完毕或者赦免以后，在五年以内再犯应当判处有期徒刑以上刑罚之罪的，是累犯，应当从重处罚，但是过失犯罪和不满十八周岁的人犯罪的除外。"));
        // 中华人民共和国商标法 (2013) 第六十条第二款, second sentence.
        Assert.Empty(IipaPack.Findings("IIPA054",
            "第六十条",
            "五年内实施两次以上商标侵权行为或者有其他严重情节的，应当从重处罚。"));
    }
}
