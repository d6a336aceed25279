using DraftCheck.Model;
using static DraftCheck.RulePacks.Tests.Iipa2020.StatuteText;

namespace DraftCheck.RulePacks.Tests.Iipa2020;

/// <summary>IIPA010 to IIPA016 on safe harbours and platform duties in Chinese and English statute wording.</summary>
public sealed class SafeHarbourRulesTests
{
    private static string[] Join(params string[][] parts) => [.. parts.SelectMany(p => p)];

    // IIPA010: neutrality and passivity

    [Fact]
    public void Iipa010_NetworkRegsArticle23LinkingHarbour_HasNoNeutralityCondition()
    {
        Finding finding = IipaPack.Single("IIPA010", NetworkRegsArticle23);

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("不承担赔偿责任", finding.Location.Quote);
        Assert.StartsWith("第二十三条 exempts linking and search services from liability (\"不承担赔偿责任\") without a condition", finding.Message);
    }

    [Fact]
    public void Iipa010_ECommerceDirectiveArticle14Hosting_HasNoNeutralityCondition()
    {
        Finding finding = IipaPack.Single("IIPA010", ECommerceDirectiveArticle14);

        Assert.Equal("is not liable", finding.Location.Quote);
        Assert.Contains("exempts hosting (storage) services", finding.Message);
    }

    [Fact]
    public void Iipa010_NetworkRegsHostingAndConduitHarbours_NotAlteringIsANeutralityCondition()
    {
        Assert.Empty(IipaPack.Findings("IIPA010", Join(NetworkRegsArticle20, NetworkRegsArticle22)));
    }

    [Fact]
    public void Iipa010_Usc512aAndECommerceDirectiveArticle12_AutomaticProcessAndNotModifyingAreNeutralityConditions()
    {
        Assert.Empty(IipaPack.Findings("IIPA010", Usc512a));
        Assert.Empty(IipaPack.Findings("IIPA010", ECommerceDirectiveArticle12));
    }

    [Fact]
    public void Iipa010_Usc512c_NoDirectFinancialBenefitIsANeutralityCondition()
    {
        Assert.Empty(IipaPack.Findings("IIPA010", Usc512c));
    }

    // IIPA011: knowledge standard

    [Fact]
    public void Iipa011_NetworkRegsArticle23FirstClauseAlone_IsLostOnlyOnNotice()
    {
        // 第二十三条 without its proviso on knowing linking: the harbour is lost only by failing to act on a notice.
        Finding finding = IipaPack.Single("IIPA011",
            "第二十三条",
            "网络服务提供者为服务对象提供搜索或者链接服务，在接到权利人的通知书后，根据本条例规定断开与侵权的作品、表演、录音录像制品的链接的，不承担赔偿责任。");

        Assert.Equal("接到权利人的通知书后", finding.Location.Quote);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void Iipa011_Usc512bCaching_IsLostOnlyUponNotification()
    {
        Finding finding = IipaPack.Single("IIPA011",
            "§ 512. Limitations on liability relating to material online",
            "(b) System Caching.—",
            "(1) Limitation on liability.—A service provider shall not be liable for monetary relief, or, except as provided in subsection (j), for injunctive or other equitable relief, for infringement of copyright by reason of the intermediate and temporary storage of material on a system or network controlled or operated by or for the service provider in a case in which—",
            "(A) the material is made available online by a person other than the service provider;",
            "(B) the material is transmitted from the person described in subparagraph (A) through the system or network to a person other than the person described in subparagraph (A) at the direction of that other person; and",
            "(C) the storage is carried out through an automatic technical process for the purpose of making the material available to users of the system or network who, after the material is transmitted as described in subparagraph (B), request access to the material from the person described in subparagraph (A),",
            "if the conditions set forth in paragraph (2) are met.",
            "(2) Conditions.—The conditions referred to in paragraph (1) are that—",
            "(E) if the person described in paragraph (1)(A) makes that material available online without the authorization of the copyright owner of the material, the service provider responds expeditiously to remove, or disable access to, the material that is claimed to be infringing upon notification of claimed infringement as described in subsection (c)(3), if—",
            "(i) the material has previously been removed from the originating site or access to it has been disabled, or a court has ordered that the material be removed from the originating site or that access to the material on the originating site be disabled; and",
            "(ii) the party giving the notification includes in the notification a statement confirming that the material has been removed from the originating site or access to it has been disabled or that a court has ordered that the material be removed from the originating site or that access to the material on the originating site be disabled.");

        Assert.Equal("upon notification", finding.Location.Quote);
        Assert.Contains("keeps caching services exempt", finding.Message);
    }

    [Fact]
    public void Iipa011_NetworkRegsArticles22And23_StateAKnowledgeStandard()
    {
        Assert.Empty(IipaPack.Findings("IIPA011", Join(NetworkRegsArticle22, NetworkRegsArticle23)));
    }

    [Fact]
    public void Iipa011_Usc512cAndECommerceDirectiveArticle14_AwareOfFactsOrCircumstances()
    {
        Assert.Empty(IipaPack.Findings("IIPA011", Usc512c));
        Assert.Empty(IipaPack.Findings("IIPA011", ECommerceDirectiveArticle14));
    }

    // IIPA012: expeditious takedown

    [Fact]
    public void Iipa012_NetworkRegsArticle22Alone_RemovalWithoutTimingAndNoProcedureToReferTo()
    {
        Finding finding = IipaPack.Single("IIPA012", NetworkRegsArticle22);

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("删除", finding.Location.Quote);
        Assert.Equal("第二十二条第（五）项 requires removal (\"删除\") without saying how quickly (promptly, expeditiously, immediately) and the procedure it refers to (\"根据本条例规定\") sets no timing either; IIPA asks for \"expeditious takedown of infringing content\".", finding.Message);
    }

    [Fact]
    public void Iipa012_ECommerceLawArticle45_NecessaryMeasuresOnKnowledgeWithoutTiming()
    {
        // 中华人民共和国电子商务法 (2018) 第四十五条
        Finding finding = IipaPack.Single("IIPA012",
            "第四十五条",
            "电子商务平台经营者知道或者应当知道平台内经营者侵犯知识产权的，应当采取删除、屏蔽、断开链接、终止交易和服务等必要措施；未采取必要措施的，与侵权人承担连带责任。");

        Assert.Equal("删除", finding.Location.Quote);
    }

    [Fact]
    public void Iipa012_FixedPeriodOfThreeDays_IsAWarningNamingThePeriod()
    {
        // Sample draft (a), Article 59 (sample wording, not a statute).
        Finding finding = IipaPack.Single("IIPA012",
            "Article 59 A network service provider that has received a written notification from a right holder shall, within three days after receiving the notification, delete the allegedly infringing work, performance or sound or video recording, or disconnect the link to it.");

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("three days", finding.Location.Quote);
        Assert.StartsWith("Article 59 allows 3 days (\"three days\") to remove infringing material;", finding.Message);
    }

    [Fact]
    public void Iipa012_NetworkRegsArticle15Immediately_AndArticle22ReferringToIt_HaveNoFinding()
    {
        Assert.Empty(IipaPack.Findings("IIPA012", Join(NetworkRegsArticle15, NetworkRegsArticle22)));
    }

    [Fact]
    public void Iipa012_Usc512cAndECommerceDirectiveArticle14_ActExpeditiously()
    {
        Assert.Empty(IipaPack.Findings("IIPA012", Usc512c));
        Assert.Empty(IipaPack.Findings("IIPA012", ECommerceDirectiveArticle14));
    }

    [Fact]
    public void Iipa012_Usc512c3ElementsOfNotification_MaterialToBeRemovedIsNotADuty()
    {
        // § 512(c)(3)(A)(iii) describes the notice; it once read as a removal duty without timing.
        Assert.Empty(IipaPack.Findings("IIPA012", [.. Usc512c,
            "(3) Elements of notification.—",
            "(A) To be effective under this subsection, a notification of claimed infringement must be a written communication provided to the designated agent of a service provider that includes substantially the following:",
            "(iii) Identification of the material that is claimed to be infringing or to be the subject of infringing activity and that is to be removed or access to which is to be disabled, and information reasonably sufficient to permit the service provider to locate the material."]));
    }

    [Fact]
    public void Iipa012_TortLawArticle36Paragraph2_TimelyNecessaryMeasures()
    {
        Assert.Empty(IipaPack.Findings("IIPA012", "第三十六条", TortLawArticle36[2]));
    }

    // IIPA013: stay-down

    [Fact]
    public void Iipa013_NetworkRegsArticle15_TakedownWithoutStayDown()
    {
        Finding finding = IipaPack.Single("IIPA013", NetworkRegsArticle15);

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("删除", finding.Location.Quote);
    }

    [Fact]
    public void Iipa013_NetworkRegsArticles9And15_PointsAtTheNoticeAndTakedownDuty()
    {
        // 信息网络传播权保护条例 (2013) 第九条第一款 (removal when an owner objects to poverty-alleviation use) comes first, but the
        // regime is the notice and takedown of 第十五条.
        Finding finding = IipaPack.Single("IIPA013", [
            "第九条",
            "为扶助贫困，通过信息网络向农村地区的公众免费提供中国公民、法人或者其他组织已经发表的种植养殖、防病治病、防灾减灾等与扶助贫困有关的作品和适应基本文化需求的作品，网络服务提供者应当在提供前公告拟提供的作品及其作者、拟支付报酬的标准。自公告之日起30日内，著作权人不同意提供的，网络服务提供者不得提供其作品；自公告之日起满30日，著作权人没有异议的，网络服务提供者可以提供其作品，并按照公告的标准向著作权人支付报酬。网络服务提供者提供著作权人的作品后，著作权人不同意提供的，网络服务提供者应当立即删除著作权人的作品，并按照公告的标准向著作权人支付提供作品期间的报酬。",
            .. NetworkRegsArticle15]);

        Assert.Equal("第十五条", finding.Location.Provision.Label);
    }

    [Fact]
    public void Iipa013_Usc512c_TakedownWithoutStayDown()
    {
        Finding finding = IipaPack.Single("IIPA013", Usc512c);

        Assert.Equal("remove, or disable access to", finding.Location.Quote);
    }

    [Fact]
    public void Iipa013_DsmDirectiveArticle17Paragraph4_BestEffortsToPreventFutureUploads()
    {
        // Directive (EU) 2019/790, Article 17(4).
        Assert.Empty(IipaPack.Findings("IIPA013",
            "Article 17",
            "4. If no authorisation is granted, online content-sharing service providers shall be liable for unauthorised acts of communication to the public, including making available to the public, of copyright-protected works and other subject matter, unless the service providers demonstrate that they have:",
            "(a) made best efforts to obtain an authorisation, and",
            "(b) made, in accordance with high industry standards of professional diligence, best efforts to ensure the unavailability of specific works and other subject matter for which the rightholders have provided the service providers with the relevant and necessary information; and in any event",
            "(c) acted expeditiously, upon receiving a sufficiently substantiated notice from the rightholders, to disable access to, or to remove from their websites, the notified works or other subject matter, and made best efforts to prevent their future uploads in accordance with point (b)."));
    }

    [Fact]
    public void Iipa013_NoTakedownRegime_IsNotJudged()
    {
        // 中华人民共和国著作权法 (2010) 第四十九条; InfoSoc Directive Article 8(3).
        Assert.Empty(IipaPack.Findings("IIPA013", "第四十九条", "侵犯著作权或者与著作权有关的权利的，侵权人应当按照权利人的实际损失给予赔偿；实际损失难以计算的，可以按照侵权人的违法所得给予赔偿。赔偿数额还应当包括权利人为制止侵权行为所支付的合理开支。"));
        Assert.Empty(IipaPack.Findings("IIPA013", "Article 8", "3. Member States shall ensure that rightholders are in a position to apply for an injunction against intermediaries whose services are used by a third party to infringe a copyright or related right."));
    }

    // IIPA014: repeat infringers

    [Fact]
    public void Iipa014_NetworkRegsArticle22_HarbourWithoutRepeatInfringerPolicy()
    {
        Finding finding = IipaPack.Single("IIPA014", NetworkRegsArticle22);

        Assert.Equal("不承担赔偿责任", finding.Location.Quote);
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Iipa014_Usc512cWithoutSubsectionI_HarbourWithoutRepeatInfringerPolicy()
    {
        Assert.Single(IipaPack.Findings("IIPA014", Usc512c));
    }

    [Fact]
    public void Iipa014_Usc512cWithSubsectionI_TerminationOfRepeatInfringers()
    {
        Assert.Empty(IipaPack.Findings("IIPA014", Join(Usc512c, Usc512i)));
    }

    [Fact]
    public void Iipa014_NoHarbourOrPlatformDuty_IsNotJudged()
    {
        Assert.Empty(IipaPack.Findings("IIPA014", "第四十九条", "侵犯著作权或者与著作权有关的权利的，侵权人应当按照权利人的实际损失给予赔偿。"));
        Assert.Empty(IipaPack.Findings("IIPA014", "Article 8", "3. Member States shall ensure that rightholders are in a position to apply for an injunction against intermediaries whose services are used by a third party to infringe a copyright or related right."));
    }

    // IIPA015: counter-notices

    [Fact]
    public void Iipa015_NetworkRegsArticle17_ImmediateRestorationUponWrittenExplanation()
    {
        Finding finding = IipaPack.Single("IIPA015", NetworkRegsArticle17);

        Assert.Equal("恢复", finding.Location.Quote);
        Assert.Equal("第十七条 brings removed material back (\"恢复\") upon the uploader's counter-notice (\"书面说明\"), without a decision on the merits; IIPA warns that infringers could escape \"by merely objecting to rights holders' notice\".", finding.Message);
    }

    [Fact]
    public void Iipa015_ECommerceLawArticle43_MeasuresEndAfterFifteenDaysUnlessTheRightHolderSues()
    {
        Finding finding = IipaPack.Single("IIPA015", ECommerceLawArticle43);

        Assert.Equal("终止所采取的措施", finding.Location.Quote);
        Assert.Contains("unless the right holder goes to court or complains", finding.Message);
    }

    [Fact]
    public void Iipa015_Usc512g_ReplacementAfterTenToFourteenBusinessDaysUnlessSuit()
    {
        Finding finding = IipaPack.Single("IIPA015",
            "(g) Replacement of Removed or Disabled Material and Limitation on Other Liability.—",
            "(2) Exception.—Paragraph (1) shall not apply with respect to material residing at the direction of a subscriber of the service provider on a system or network controlled or operated by or for the service provider that is removed, or to which access is disabled by the service provider, pursuant to a notice provided under subsection (c)(1)(C), unless the service provider—",
            "(A) takes reasonable steps promptly to notify the subscriber that it has removed or disabled access to the material;",
            "(B) upon receipt of a counter notification described in paragraph (3), promptly provides the person who provided the notification under subsection (c)(1)(C) with a copy of the counter notification, and informs that person that it will replace the removed material or cease disabling access to it in 10 business days; and",
            "(C) replaces the removed material and ceases disabling access to it not less than 10, nor more than 14, business days following receipt of the counter notice, unless its designated agent first receives notice from the person who submitted the notification under subsection (c)(1)(C) that such person has filed an action seeking a court order to restrain the subscriber from engaging in infringing activity relating to the material on the service provider’s system or network.");

        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Iipa015_NetworkRegsArticle16_TheUploadersRequestIsNotARestoration()
    {
        Assert.Empty(IipaPack.Findings("IIPA015",
            "第十六条",
            "服务对象接到网络服务提供者转送的通知书后，认为其提供的作品、表演、录音录像制品未侵犯他人权利的，可以向网络服务提供者提交书面说明，要求恢复被删除的作品、表演、录音录像制品，或者恢复与被断开的作品、表演、录音录像制品的链接。书面说明应当包含下列内容：",
            "(一)服务对象的姓名(名称)、联系方式和地址；",
            "(二)要求恢复的作品、表演、录音录像制品的名称和网络地址；",
            "(三)不构成侵权的初步证明材料。",
            "服务对象应当对书面说明的真实性负责。"));
    }

    [Fact]
    public void Iipa015_Usc512g1_NoLiabilityForTakingDownIsNotARestoration()
    {
        Assert.Empty(IipaPack.Findings("IIPA015",
            "(g) Replacement of Removed or Disabled Material and Limitation on Other Liability.—",
            "(1) No liability for taking down generally.—Subject to paragraph (2), a service provider shall not be liable to any person for any claim based on the service provider’s good faith disabling of access to, or removal of, material or activity claimed to be infringing or based on facts or circumstances from which infringing activity is apparent, regardless of whether the material or activity is ultimately determined to be infringing."));
    }

    // IIPA016: joint liability

    [Fact]
    public void Iipa016_NetworkRegsArticle22Alone_NoJointLiabilityMentionsTheInferredScope()
    {
        Finding finding = Assert.Single(IipaPack.FindingsInferred("IIPA016", ["信息网络传播权保护条例", .. NetworkRegsArticle22]));

        Assert.Equal("不承担赔偿责任", finding.Location.Quote);
        Assert.EndsWith("It applies because of the draft's scope: its title names regulations on the right of communication through information networks (\"信息网络传播权保护条例\"), which cover intermediaries, TPMs, the making-available right and injunctions against intermediaries.", finding.Message);
    }

    [Fact]
    public void Iipa016_Usc512c_NoJointLiability()
    {
        Finding finding = IipaPack.Single("IIPA016", Usc512c);

        Assert.Equal("shall not be liable", finding.Location.Quote);
        Assert.Contains("It applies because of the configured scope", finding.Message);
    }

    [Fact]
    public void Iipa016_NetworkRegsArticle23AndTortLawArticle36_JointLiability()
    {
        Assert.Empty(IipaPack.Findings("IIPA016", Join(NetworkRegsArticle22, NetworkRegsArticle23)));
        Assert.Empty(IipaPack.Findings("IIPA016", Join(NetworkRegsArticle22, TortLawArticle36)));
    }

    [Fact]
    public void Iipa016_Usc106ToAuthorizeAndCdpaSection16_AuthorisationLiability()
    {
        Assert.Empty(IipaPack.Findings("IIPA016", [.. Usc512c,
            "§ 106. Exclusive rights in copyrighted works",
            "Subject to sections 107 through 122, the owner of copyright under this title has the exclusive rights to do and to authorize any of the following:",
            "(1) to reproduce the copyrighted work in copies or phonorecords;"]));
        // Copyright, Designs and Patents Act 1988, s. 16(2).
        Assert.Empty(IipaPack.Findings("IIPA016", [.. Usc512c,
            "16 The acts restricted by copyright in a work.",
            "(2) Copyright in a work is infringed by a person who without the licence of the copyright owner does, or authorises another to do, any of the acts restricted by the copyright."]));
    }

    [Fact]
    public void Iipa016_PartialInstrumentWithoutIntermediaries_IsNotJudged()
    {
        // The InfoSoc Directive deals with injunctions against intermediaries, not with their liability.
        Assert.Empty(IipaPack.FindingsInferred("IIPA016",
            "DIRECTIVE 2001/29/EC OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL of 22 May 2001 on the harmonisation of certain aspects of copyright and related rights in the information society",
            "Article 8",
            "Sanctions and remedies",
            "3. Member States shall ensure that rightholders are in a position to apply for an injunction against intermediaries whose services are used by a third party to infringe a copyright or related right."));
    }
}
