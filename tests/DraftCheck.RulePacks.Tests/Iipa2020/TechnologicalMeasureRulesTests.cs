using DraftCheck.Model;

namespace DraftCheck.RulePacks.Tests.Iipa2020;

/// <summary>IIPA020 to IIPA024 on technological protection measures in Chinese and English statute wording.</summary>
public sealed class TechnologicalMeasureRulesTests
{
    /// <summary>中华人民共和国著作权法 (2010) 第四十八条 with item (6), the TPM item.</summary>
    private static readonly string[] s_prcArticle48 =
    [
        "第四十八条",
        "有下列侵权行为的，应当根据情况，承担停止侵害、消除影响、赔礼道歉、赔偿损失等民事责任；同时损害公共利益的，可以由著作权行政管理部门责令停止侵权行为，没收违法所得，没收、销毁侵权复制品，并可处以罚款；情节严重的，著作权行政管理部门还可以没收主要用于制作侵权复制品的材料、工具、设备等；构成犯罪的，依法追究刑事责任：",
        "（一）未经著作权人许可，复制、发行、表演、放映、广播、汇编、通过信息网络向公众传播其作品的，本法另有规定的除外；",
        "（六）未经著作权人或者与著作权有关的权利人许可，故意避开或者破坏权利人为其作品、录音录像制品等采取的保护著作权或者与著作权有关的权利的技术措施的，法律、行政法规另有规定的除外；",
    ];

    /// <summary>信息网络传播权保护条例 (2013) 第四条.</summary>
    private static readonly string[] s_networkRegsArticle4 =
    [
        "第四条",
        "为了保护信息网络传播权，权利人可以采取技术措施。",
        "任何组织或者个人不得故意避开或者破坏技术措施，不得故意制造、进口或者向公众提供主要用于避开或者破坏技术措施的装置或者部件，不得故意为他人避开或者破坏技术措施提供技术服务。但是，法律、行政法规规定可以避开的除外。",
    ];

    /// <summary>信息网络传播权保护条例 (2013) 第二十六条: the definition of technological measures.</summary>
    private static readonly string[] s_networkRegsArticle26 =
    [
        "第二十六条",
        "技术措施，是指用于防止、限制未经权利人许可浏览、欣赏作品、表演、录音录像制品的或者通过信息网络向公众提供作品、表演、录音录像制品的有效技术、装置或者部件。",
    ];

    /// <summary>中华人民共和国著作权法 (2020) 第四十九条.</summary>
    private static readonly string[] s_prc2020Article49 =
    [
        "第四十九条",
        "为保护著作权和与著作权有关的权利，权利人可以采取技术措施。",
        "未经权利人许可，任何组织或者个人不得故意避开或者破坏技术措施，不得以避开或者破坏技术措施为目的制造、进口或者向公众提供有关装置或者部件，不得故意为他人避开或者破坏技术措施提供技术服务。但是，法律、行政法规规定可以避开的情形除外。",
        "本法所称的技术措施，是指用于防止、限制未经权利人许可浏览、欣赏、运行、改编作品、表演、录音录像制品或者通过信息网络向公众提供作品、表演、录音录像制品的有效技术、装置或者部件。",
    ];

    /// <summary>17 U.S.C. § 1201(a)(1)(A), (a)(2) and (a)(3).</summary>
    private static readonly string[] s_usc1201a =
    [
        "§ 1201. Circumvention of copyright protection systems",
        "(a) Violations Regarding Circumvention of Technological Measures.—",
        "(1)",
        "(A) No person shall circumvent a technological measure that effectively controls access to a work protected under this title.",
        "(2) No person shall manufacture, import, offer to the public, provide, or otherwise traffic in any technology, product, service, device, component, or part thereof, that—",
        "(A) is primarily designed or produced for the purpose of circumventing a technological measure that effectively controls access to a work protected under this title;",
        "(B) has only limited commercially significant purpose or use other than to circumvent a technological measure that effectively controls access to a work protected under this title; or",
        "(C) is marketed by that person or another acting in concert with that person with that person’s knowledge for use in circumventing a technological measure that effectively controls access to a work protected under this title.",
        "(3) As used in this subsection—",
        "(A) to “circumvent a technological measure” means to descramble a scrambled work, to decrypt an encrypted work, or otherwise to avoid, bypass, remove, deactivate, or impair a technological measure, without the authority of the copyright owner; and",
        "(B) a technological measure “effectively controls access to a work” if the measure, in the ordinary course of its operation, requires the application of information, or a process or a treatment, with the authority of the copyright owner, to gain access to the work.",
    ];

    /// <summary>17 U.S.C. § 1204(a).</summary>
    private static readonly string[] s_usc1204 =
    [
        "§ 1204. Criminal offenses and penalties",
        "(a) In General.—Any person who violates section 1201 or 1202 willfully and for purposes of commercial advantage or private financial gain—",
        "(1) shall be fined not more than $500,000 or imprisoned for not more than 5 years, or both, for the first offense; and",
        "(2) shall be fined not more than $1,000,000 or imprisoned for not more than 10 years, or both, for any subsequent offense.",
    ];

    /// <summary>Copyright, Designs and Patents Act 1988, s. 296ZF(1).</summary>
    private static readonly string[] s_cdpa296ZF1 =
    [
        "296ZF Interpretation of sections 296ZA to 296ZEA",
        "(1) In sections 296ZA to 296ZE, “technological measures” are any technology, device or component which is designed, in the normal course of its operation, to protect a copyright work other than a computer program.",
    ];

    /// <summary>Copyright, Designs and Patents Act 1988, s. 296ZF(2).</summary>
    private static readonly string[] s_cdpa296ZF2 =
    [
        "(2) Such measures are “effective” if the use of the work is controlled by the copyright owner through—",
        "(a) an access control or protection process such as encryption, scrambling or other transformation of the work, or",
        "(b) a copy control mechanism,",
        "which achieves the intended protection.",
    ];

    /// <summary>Directive 2001/29/EC, Article 6(2) and (3).</summary>
    private static readonly string[] s_infoSocArticle6 =
    [
        "Article 6",
        "Obligations as to technological measures",
        "2. Member States shall provide adequate legal protection against the manufacture, import, distribution, sale, rental, advertisement for sale or rental, or possession for commercial purposes of devices, products or components or the provision of services which:",
        "(a) are promoted, advertised or marketed for the purpose of circumvention of, or",
        "(b) have only a limited commercially significant purpose or use other than to circumvent, or",
        "(c) are primarily designed, produced, adapted or performed for the purpose of enabling or facilitating the circumvention of,",
        "any effective technological measures.",
        "3. For the purposes of this Directive, the expression 'technological measures' means any technology, device or component that, in the normal course of its operation, is designed to prevent or restrict acts, in respect of works or other subject-matter, which are not authorised by the rightholder of any copyright or any right related to copyright as provided for by law or the sui generis right provided for in Chapter III of Directive 96/9/EC. Technological measures shall be deemed 'effective' where the use of a protected work or other subject-matter is controlled by the rightholders through application of an access control or protection process, such as encryption, scrambling or other transformation of the work or other subject-matter or a copy control mechanism, which achieves the protection objective.",
    ];

    /// <summary>Copyright Act, 1957 (India), s. 65A(1), as amended in 2012.</summary>
    private static readonly string[] s_indiaSection65A =
    [
        "65A Protection of technological measures.",
        "(1) Any person who circumvents an effective technological measure applied for the purpose of protecting any of the rights conferred by this Act, with the intention of infringing such rights, shall be punishable with imprisonment which may extend to two years and shall also be liable to fine.",
    ];

    /// <summary>WIPO Copyright Treaty (1996), Article 11.</summary>
    private static readonly string[] s_wctArticle11 =
    [
        "Article 11",
        "Contracting Parties shall provide adequate legal protection and effective legal remedies against the circumvention of effective technological measures that are used by authors in connection with the exercise of their rights under this Treaty or the Berne Convention and that restrict acts, in respect of their works, which are not authorized by the authors concerned or permitted by law.",
    ];

    // IIPA020: access control

    [Fact]
    public void Iipa020_PrcArticle48Item6_TpmsRegulatedButNotDefined()
    {
        Finding finding = IipaPack.Single("IIPA020", s_prcArticle48);

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("故意避开或者破坏", finding.Location.Quote);
        Assert.Equal("第四十八条第（六）项", finding.Location.Provision.Label);
    }

    [Fact]
    public void Iipa020_CdpaSection296ZF1Alone_DefinesMeasuresByWhatTheyProtect()
    {
        Finding finding = IipaPack.Single("IIPA020", s_cdpa296ZF1);

        Assert.Equal("“technological measures” are", finding.Location.Quote);
        Assert.Contains("by what they protect against copying, not as measures that control access", finding.Message);
    }

    [Fact]
    public void Iipa020_NetworkRegsArticle26AndPrc2020Article49_BrowsingAndAppreciatingAreAccess()
    {
        Assert.Empty(IipaPack.Findings("IIPA020", [.. s_networkRegsArticle4, .. s_networkRegsArticle26]));
        Assert.Empty(IipaPack.Findings("IIPA020", s_prc2020Article49));
    }

    [Fact]
    public void Iipa020_Usc1201aAndInfoSocArticle6AndCdpa296ZF_ControlAccess()
    {
        Assert.Empty(IipaPack.Findings("IIPA020", s_usc1201a));
        Assert.Empty(IipaPack.Findings("IIPA020", s_infoSocArticle6));
        Assert.Empty(IipaPack.Findings("IIPA020", [.. s_cdpa296ZF1, .. s_cdpa296ZF2]));
    }

    // IIPA021: infringement nexus

    [Fact]
    public void Iipa021_IndiaSection65A_WithTheIntentionOfInfringing()
    {
        Finding finding = IipaPack.Single("IIPA021", s_indiaSection65A);

        Assert.Equal("with the intention of infringing such rights", finding.Location.Quote);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void Iipa021_NewZealandSection226A_DevicesLikelyToBeUsedToInfringe()
    {
        // Copyright Act 1994 (New Zealand), s. 226A(1).
        Finding finding = IipaPack.Single("IIPA021",
            "226A Prohibited conduct in relation to technological protection measure",
            "(1) A person must not make, import, sell, distribute, let for hire, offer or expose for sale or hire, or advertise for sale or hire, a TPM circumvention device that applies to a technological protection measure if the person knows or has reason to believe that it will, or is likely to, be used to infringe copyright in a TPM work.");

        Assert.Equal("be used to infringe", finding.Location.Quote);
    }

    [Fact]
    public void Iipa021_OneSentenceProhibitingCircumventionAndTrafficking_IsOneFinding()
    {
        // Sample draft (a), Article 58 (sample wording): the purpose governs both prohibitions; reported once.
        Finding finding = IipaPack.Single("IIPA021",
            "Article 58 No organization or individual shall, for the purpose of infringing copyright or copyright-related rights, intentionally circumvent or sabotage technological measures, or intentionally manufacture, import or provide to the public devices or components mainly used for circumventing or sabotaging technological measures.");

        Assert.Equal("for the purpose of infringing", finding.Location.Quote);
    }

    [Fact]
    public void Iipa021_NetworkRegsArticle4AndPrc2020Article49_ProhibitCircumventionOutright()
    {
        Assert.Empty(IipaPack.Findings("IIPA021", s_networkRegsArticle4));
        Assert.Empty(IipaPack.Findings("IIPA021", s_prc2020Article49));
    }

    [Fact]
    public void Iipa021_Usc1201a1AndInfoSocArticle6_ProhibitCircumventionOutright()
    {
        Assert.Empty(IipaPack.Findings("IIPA021", s_usc1201a));
        Assert.Empty(IipaPack.Findings("IIPA021", s_infoSocArticle6));
    }

    // IIPA022: trafficking

    [Fact]
    public void Iipa022_NetworkRegsArticle4_TraffickingWithoutExportIsAWarning()
    {
        Finding finding = IipaPack.Single("IIPA022", s_networkRegsArticle4);

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("制造、进口或者向公众提供", finding.Location.Quote);
        Assert.Contains("but not export;", finding.Message);
    }

    [Fact]
    public void Iipa022_PrcArticle48_NoTraffickingProhibitionIsAnErrorInACopyrightLaw()
    {
        Finding finding = IipaPack.Single("IIPA022", s_prcArticle48);

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("故意避开或者破坏", finding.Location.Quote);
    }

    [Fact]
    public void Iipa022_InfoSocArticle6Paragraph2_ManufactureImportDistributionButNotExport()
    {
        Finding finding = IipaPack.Single("IIPA022", s_infoSocArticle6);

        Assert.Equal("manufacture, import, distribution, sale, rental, advertisement for sale or rental, or possession", finding.Location.Quote);
        Assert.EndsWith("prohibits trafficking in circumvention tools (\"manufacture, import, distribution, sale, rental, advertisement for sale or rental, or possession\") but not export; IIPA asks to cover \"the manufacture, distribution, and exportation of circumvention devices and software components\".", finding.Message);
    }

    [Fact]
    public void Iipa022_Usc1201a2_OtherwiseTrafficCoversExport()
    {
        Assert.Empty(IipaPack.Findings("IIPA022", s_usc1201a));
    }

    [Fact]
    public void Iipa022_ExtractOfAChineseLawWithoutTpms_IsNotJudged()
    {
        // 中华人民共和国著作权法 (2010) 第四十九条, read as an extract: its scope does not cover TPMs.
        Assert.Empty(IipaPack.FindingsInferred("IIPA022",
            "中华人民共和国著作权法",
            "第四十九条",
            "侵犯著作权或者与著作权有关的权利的，侵权人应当按照权利人的实际损失给予赔偿；实际损失难以计算的，可以按照侵权人的违法所得给予赔偿。赔偿数额还应当包括权利人为制止侵权行为所支付的合理开支。"));
    }

    // IIPA023: criminal sanctions

    [Fact]
    public void Iipa023_PrcArticle48_GenericCriminalClauseIsAWarning()
    {
        Finding finding = IipaPack.Single("IIPA023", s_prcArticle48);

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("构成犯罪的，依法追究刑事责任", finding.Location.Quote);
    }

    [Fact]
    public void Iipa023_NetworkRegsArticle4Alone_NoCriminalSanctionIsAnError()
    {
        Finding finding = IipaPack.Single("IIPA023", s_networkRegsArticle4);

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("故意避开或者破坏", finding.Location.Quote);
    }

    [Fact]
    public void Iipa023_Usc1201aAlone_NoCriminalSanctionIsAnError()
    {
        Finding finding = IipaPack.Single("IIPA023", s_usc1201a);

        Assert.Equal("No person shall circumvent", finding.Location.Quote);
    }

    [Fact]
    public void Iipa023_Usc1201And1204_CriminalOffenceNamingTheSection()
    {
        Assert.Empty(IipaPack.Findings("IIPA023", [.. s_usc1201a, .. s_usc1204]));
    }

    [Fact]
    public void Iipa023_CriminalLawArticle217Item6_CircumventionIsAnOffence()
    {
        // 中华人民共和国刑法 第二百一十七条, as amended by Amendment XI (2020), item (6).
        Assert.Empty(IipaPack.Findings("IIPA023",
            "第二百一十七条",
            "有下列侵犯著作权或者与著作权有关的权利的情形之一，违法所得数额较大或者有其他严重情节的，处三年以下有期徒刑，并处或者单处罚金；违法所得数额巨大或者有其他特别严重情节的，处三年以上十年以下有期徒刑，并处罚金：",
            "（六）未经著作权人或者与著作权有关的权利人许可，故意避开或者破坏权利人为其作品、录音录像制品等采取的保护著作权或者与著作权有关的权利的技术措施的。"));
    }

    [Fact]
    public void Iipa023_InfoSocDirective_ObligationToProvideSanctionsIsNotJudged()
    {
        Assert.Empty(IipaPack.Findings("IIPA023", [.. s_infoSocArticle6,
            "Article 8",
            "1. Member States shall provide appropriate sanctions and remedies in respect of infringements of the rights and obligations set out in this Directive and shall take all the measures necessary to ensure that those sanctions and remedies are applied. The sanctions thus provided for shall be effective, proportionate and dissuasive."]));
    }

    // IIPA024: who applied the measure

    [Fact]
    public void Iipa024_PrcArticle48Item6_MeasuresTakenByTheRightHolderForItsWorks()
    {
        Finding finding = IipaPack.Single("IIPA024", s_prcArticle48);

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal("权利人为其作品、录音录像制品等采取的", finding.Location.Quote);
    }

    [Fact]
    public void Iipa024_SanctionListItemNextToAStatedProhibition_IsStillJudged()
    {
        // Sample draft (a), Articles 48(6) and 58: a miss found in the review, when a sanction list restating a prohibition was dropped.
        Finding finding = IipaPack.Single("IIPA024",
            "Article 48 Anyone who commits any of the following acts of infringement shall bear civil liability such as ceasing the infringement, eliminating the effects, making an apology or paying compensation for losses, depending on the circumstances; and where a crime is constituted, criminal liability shall be investigated in accordance with law:",
            "(6) intentionally circumventing or sabotaging, without the permission of the copyright owner or the owner of copyright-related rights, the technological measures taken by the right holder for his works, sound recordings, video recordings or the like to protect the copyright or copyright-related rights, unless otherwise provided for in laws or administrative regulations;",
            "Article 58 No organization or individual shall, for the purpose of infringing copyright or copyright-related rights, intentionally circumvent or sabotage technological measures, or intentionally manufacture, import or provide to the public devices or components mainly used for circumventing or sabotaging technological measures.");

        Assert.Equal("taken by the right holder for his works", finding.Location.Quote);
    }

    [Fact]
    public void Iipa024_WctArticle11_MeasuresUsedByAuthors()
    {
        Finding finding = IipaPack.Single("IIPA024", s_wctArticle11);

        Assert.Equal("used by authors", finding.Location.Quote);
    }

    [Fact]
    public void Iipa024_NetworkRegsArticle4AndPrc2020Article49_AnyMeasure()
    {
        Assert.Empty(IipaPack.Findings("IIPA024", s_networkRegsArticle4));
        Assert.Empty(IipaPack.Findings("IIPA024", s_prc2020Article49));
    }

    [Fact]
    public void Iipa024_Usc1201AndCdpa296ZA_AnyMeasureApplied()
    {
        Assert.Empty(IipaPack.Findings("IIPA024", s_usc1201a));
        Assert.Empty(IipaPack.Findings("IIPA024",
            "296ZA Circumvention of technological measures",
            "(1) This section applies where—",
            "(a) effective technological measures have been applied to a copyright work other than a computer program; and",
            "(b) a person (B) does anything which circumvents those measures knowing, or with reasonable grounds to know, that he is pursuing that objective."));
    }
}
