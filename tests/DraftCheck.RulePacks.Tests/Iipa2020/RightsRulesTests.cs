using DraftCheck.Model;

namespace DraftCheck.RulePacks.Tests.Iipa2020;

/// <summary>IIPA030, IIPA031, IIPA040 and IIPA041 on the making-available, broadcasting and producers' rights.</summary>
public sealed class RightsRulesTests
{
    /// <summary>中华人民共和国著作权法 (2010) 第十条第一款 items (11) and (12).</summary>
    private static readonly string[] s_prcArticle10 =
    [
        "第十条",
        "著作权包括下列人身权和财产权：",
        "（十一）广播权，即以无线方式公开广播或者传播作品，以有线传播或者转播的方式向公众传播广播的作品，以及通过扩音器或者其他传送符号、声音、图像的类似工具向公众传播广播的作品的权利；",
        "（十二）信息网络传播权，即以有线或者无线方式向公众提供作品，使公众可以在其个人选定的时间和地点获得作品的权利；",
    ];

    /// <summary>信息网络传播权保护条例 (2013) 第二十六条, the definition of the right.</summary>
    private static readonly string[] s_networkRegsArticle26 =
    [
        "第二十六条",
        "本条例下列用语的含义：",
        "信息网络传播权，是指以有线或者无线方式向公众提供作品、表演或者录音录像制品，使公众可以在其个人选定的时间和地点获得作品、表演或者录音录像制品的权利。",
    ];

    /// <summary>Directive 2001/29/EC, Article 3(1) and (2).</summary>
    private static readonly string[] s_infoSocArticle3 =
    [
        "Article 3",
        "Right of communication to the public of works and right of making available to the public other subject-matter",
        "1. Member States shall provide authors with the exclusive right to authorise or prohibit any communication to the public of their works, by wire or wireless means, including the making available to the public of their works in such a way that members of the public may access them from a place and at a time individually chosen by them.",
        "2. Member States shall provide for the exclusive right to authorise or prohibit the making available to the public, by wire or wireless means, in such a way that members of the public may access them from a place and at a time individually chosen by them:",
        "(a) for performers, of fixations of their performances;",
        "(b) for phonogram producers, of their phonograms;",
    ];

    /// <summary>17 U.S.C. § 106.</summary>
    private static readonly string[] s_usc106 =
    [
        "§ 106. Exclusive rights in copyrighted works",
        "Subject to sections 107 through 122, the owner of copyright under this title has the exclusive rights to do and to authorize any of the following:",
        "(1) to reproduce the copyrighted work in copies or phonorecords;",
        "(4) in the case of literary, musical, dramatic, and choreographic works, pantomimes, and motion pictures and other audiovisual works, to perform the copyrighted work publicly;",
        "(6) in the case of sound recordings, to perform the copyrighted work publicly by means of a digital audio transmission.",
    ];

    /// <summary>中华人民共和国著作权法 (2010) 第四十二条第一款.</summary>
    private static readonly string[] s_prcArticle42 =
    [
        "第四十二条",
        "录音录像制作者对其制作的录音录像制品，享有许可他人复制、发行、出租、通过信息网络向公众传播并获得报酬的权利；权利的保护期为五十年，截止于该制品首次制作完成后第五十年的12月31日。",
    ];

    // IIPA030: server principle

    [Fact]
    public void Iipa030_PrcArticle10Item12_TreatyWordingIsAWarning()
    {
        Finding finding = IipaPack.Single("IIPA030", s_prcArticle10);

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("个人选定的时间和地点", finding.Location.Quote);
        Assert.Equal("第十条第（十二）项", finding.Location.Provision.Label);
    }

    [Fact]
    public void Iipa030_NetworkRulesArticle3_UploadingToANetworkServerIsAnError()
    {
        // 最高人民法院关于审理侵害信息网络传播权民事纠纷案件适用法律若干问题的规定 (2012) 第三条第二款.
        Finding finding = IipaPack.Single("IIPA030",
            "第三条",
            "网络用户、网络服务提供者未经许可，通过信息网络提供权利人享有信息网络传播权的作品、表演、录音录像制品，除法律、行政法规另有规定外，人民法院应当认定其构成侵害信息网络传播权行为。",
            "通过上传到网络服务器、设置共享文件或者利用文件分享软件等方式，将作品、表演、录音录像制品置于信息网络中，使公众能够在个人选定的时间和地点以下载、浏览或者其他方式获得的，人民法院应当认定其实施了前款规定的提供行为。");

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("上传到网络服务器", finding.Location.Quote);
    }

    [Fact]
    public void Iipa030_InfoSocArticle3_TreatyWordingInBothParagraphs()
    {
        var findings = IipaPack.Findings("IIPA030", s_infoSocArticle3);

        Assert.Equal(2, findings.Length);
        Assert.All(findings, f => Assert.Equal("from a place and at a time individually chosen", f.Location.Quote));
    }

    [Fact]
    public void Iipa030_NetworkRegsArticle2AndPerformersRight_AreNotDefinitionsOfTheRight()
    {
        Assert.Empty(IipaPack.Findings("IIPA030",
            "第二条",
            "权利人享有的信息网络传播权受著作权法和本条例保护。除法律、行政法规另有规定的外，任何组织或者个人将他人的作品、表演、录音录像制品通过信息网络向公众提供，应当取得权利人许可，并支付报酬。"));
        Assert.Empty(IipaPack.Findings("IIPA030",
            "第三十八条",
            "表演者对其表演享有下列权利：",
            "（五）许可他人复制、发行录有其表演的录音录像制品，并获得报酬；",
            "（六）许可他人通过信息网络向公众传播其表演，并获得报酬。"));
    }

    [Fact]
    public void Iipa030_DsmDirectiveArticle17Paragraph1AndUsc106_NoMakingAvailableDefinition()
    {
        // Directive (EU) 2019/790, Article 17(1): a platform that gives access to works uploaded by its users is described, the right is not defined.
        Assert.Empty(IipaPack.Findings("IIPA030",
            "Article 17",
            "1. Member States shall provide that an online content-sharing service provider performs an act of communication to the public or an act of making available to the public for the purposes of this Directive when it gives the public access to copyright-protected works or other protected subject matter uploaded by its users."));
        Assert.Empty(IipaPack.Findings("IIPA030", s_usc106));
    }

    // IIPA031: remedy against linking and apps

    [Fact]
    public void Iipa031_PrcArticle10InACopyrightLaw_NoLinkingRemedy()
    {
        Finding finding = IipaPack.Single("IIPA031", s_prcArticle10);

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("个人选定的时间和地点", finding.Location.Quote);
    }

    [Fact]
    public void Iipa031_NetworkRegsTitleAndArticle26_InferredScopeCoversMakingAvailable()
    {
        Finding finding = Assert.Single(IipaPack.FindingsInferred("IIPA031", ["信息网络传播权保护条例", .. s_networkRegsArticle26]));

        Assert.Contains("its title names regulations on the right of communication through information networks", finding.Message);
    }

    [Fact]
    public void Iipa031_InfoSocArticle3_DirectiveDealingWithMakingAvailable()
    {
        Assert.Single(IipaPack.FindingsInferred("IIPA031",
            ["DIRECTIVE 2001/29/EC OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL of 22 May 2001 on the harmonisation of certain aspects of copyright and related rights in the information society", .. s_infoSocArticle3]));
    }

    [Fact]
    public void Iipa031_NetworkRegsArticles14And23_LinkingServicesMustDisconnectAndAreJointlyLiable()
    {
        Assert.Empty(IipaPack.Findings("IIPA031", [.. s_networkRegsArticle26, .. StatuteText.NetworkRegsArticle23]));
        Assert.Empty(IipaPack.Findings("IIPA031", [.. s_networkRegsArticle26,
            "第十四条",
            "对提供信息存储空间或者提供搜索、链接服务的网络服务提供者，权利人认为其服务所涉及的作品、表演、录音录像制品，侵犯自己的信息网络传播权或者被删除、改变了自己的权利管理电子信息的，可以向该网络服务提供者提交书面通知，要求网络服务提供者删除该作品、表演、录音录像制品，或者断开与该作品、表演、录音录像制品的链接。"]));
    }

    [Fact]
    public void Iipa031_Usc512d_InformationLocationToolsRemoveOnNotice()
    {
        Assert.Empty(IipaPack.Findings("IIPA031", [.. s_infoSocArticle3,
            "(d) Information Location Tools.—A service provider shall not be liable for monetary relief, or, except as provided in subsection (j), for injunctive or other equitable relief, for infringement of copyright by reason of the provider referring or linking users to an online location containing infringing material or infringing activity, by using information location tools, including a directory, index, reference, pointer, or hypertext link, if the service provider—",
            "(3) upon notification of claimed infringement as described in subsection (c)(3), responds expeditiously to remove, or disable access to, the material or activity that is claimed to be infringing or to be the subject of infringing activity, except that, for purposes of this paragraph, the information described in subsection (c)(3)(A)(iii) shall be identification of the reference or link, to material or activity claimed to be infringing, that is to be removed or access to which is to be disabled, and information reasonably sufficient to permit the service provider to locate that reference or link."]));
    }

    // IIPA040: retransmission over the Internet

    [Fact]
    public void Iipa040_PrcArticle10Item11_WirelessBroadcastingAndCableRetransmissionOnly()
    {
        Finding finding = IipaPack.Single("IIPA040", s_prcArticle10);

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("无线方式公开广播或者传播作品，以有线传播或者转播", finding.Location.Quote);
    }

    [Fact]
    public void Iipa040_BerneConventionArticle11bis_WirelessDiffusionAndRebroadcastingOnly()
    {
        // Berne Convention (Paris Act 1971), Article 11bis(1).
        Finding finding = IipaPack.Single("IIPA040",
            "Article 11bis",
            "(1) Authors of literary and artistic works shall enjoy the exclusive right of authorizing:",
            "(i) the broadcasting of their works or the communication thereof to the public by any other means of wireless diffusion of signs, sounds or images;",
            "(ii) any communication to the public by wire or by rebroadcasting of the broadcast of the work, when this communication is made by an organization other than the original one;",
            "(iii) the public communication by loudspeaker or any other analogous instrument transmitting, by signs, sounds or images, the broadcast of the work.");

        Assert.Contains("no right reaches transmission of works over information networks", finding.Message);
    }

    [Fact]
    public void Iipa040_Prc2020Article10Item11_ByWireOrWirelessMeans()
    {
        // 中华人民共和国著作权法 (2020) 第十条第一款第（十一）项.
        Assert.Empty(IipaPack.Findings("IIPA040",
            "第十条",
            "著作权包括下列人身权和财产权：",
            "（十一）广播权，即以有线或者无线方式公开传播或者转播作品，以及通过扩音器或者其他传送符号、声音、图像的类似工具向公众传播广播的作品的权利，但不包括本款第十二项规定的权利；"));
    }

    [Fact]
    public void Iipa040_InfoSocArticle3AndUsc106_CommunicationByWireOrWirelessAndDigitalAudioTransmission()
    {
        Assert.Empty(IipaPack.Findings("IIPA040", s_infoSocArticle3));
        Assert.Empty(IipaPack.Findings("IIPA040", s_usc106));
    }

    [Fact]
    public void Iipa040_NetworkRegulations_DoNotCoverBroadcastingRights()
    {
        Assert.Empty(IipaPack.FindingsInferred("IIPA040", ["信息网络传播权保护条例", .. s_networkRegsArticle26]));
    }

    // IIPA041: producers' performance and broadcasting rights

    [Fact]
    public void Iipa041_PrcArticle42_ReproductionDistributionRentalAndMakingAvailableOnly()
    {
        Finding finding = IipaPack.Single("IIPA041", s_prcArticle42);

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("录音录像制作者对其制作的录音录像制品，享有许可他人复制、发行、出租、通过信息网络向公众传播并获得报酬的权利", finding.Location.Quote);
        Assert.StartsWith("第四十二条 gives producers of sound recordings rights of reproduction, distribution, rental, making available but neither", finding.Message);
    }

    [Fact]
    public void Iipa041_PrcArticles42And44_RemunerationForBroadcastingPaidToTheCopyrightOwnerDoesNotCount()
    {
        Assert.Single(IipaPack.Findings("IIPA041", [.. s_prcArticle42,
            "第四十四条",
            "广播电台、电视台播放已经出版的录音制品，可以不经著作权人许可，但应当支付报酬。当事人另有约定的除外。具体办法由国务院规定。"]));
    }

    [Fact]
    public void Iipa041_RomeConventionArticle10_ReproductionOnly()
    {
        // International Convention for the Protection of Performers, Producers of Phonograms and Broadcasting Organisations (Rome, 1961), Article 10.
        Finding finding = IipaPack.Single("IIPA041",
            "Article 10",
            "Producers of phonograms shall enjoy the right to authorize or prohibit the direct or indirect reproduction of their phonograms.");

        Assert.Contains("rights of reproduction but neither broadcasting nor public performance", finding.Message);
    }

    [Fact]
    public void Iipa041_Prc2020Article45_RemunerationPaidToProducers()
    {
        // 中华人民共和国著作权法 (2020) 第四十五条.
        Assert.Empty(IipaPack.Findings("IIPA041", [.. s_prcArticle42,
            "第四十五条",
            "将录音制品用于有线或者无线公开传播，或者通过传送声音的技术设备向公众公开播送的，应当向录音制作者支付报酬。"]));
    }

    [Fact]
    public void Iipa041_Usc106Item6AndRomeConventionArticle12_LimitedPerformanceRightAndEquitableRemuneration()
    {
        Assert.Empty(IipaPack.Findings("IIPA041", s_usc106));
        Assert.Empty(IipaPack.Findings("IIPA041",
            "Article 12",
            "If a phonogram published for commercial purposes, or a reproduction of such phonogram, is used directly for broadcasting or for any communication to the public, a single equitable remuneration shall be paid by the user to the performers, or to the producers of the phonograms, or to both. Domestic law may, in the absence of agreement between these parties, lay down the conditions as to the sharing of this remuneration."));
    }

    [Fact]
    public void Iipa041_InfoSocDirective_LeavesRelatedRightsToExistingRules()
    {
        Assert.Empty(IipaPack.FindingsInferred("IIPA041",
            ["DIRECTIVE 2001/29/EC OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL of 22 May 2001 on the harmonisation of certain aspects of copyright and related rights in the information society",
            "Article 1",
            "Scope",
            "2. Except in the cases referred to in Article 11, this Directive shall leave intact and shall in no way affect existing Community provisions relating to:",
            "(b) rental right, lending right and certain rights related to copyright in the field of intellectual property;",
            "(d) the term of protection of copyright and certain related rights;",
            .. s_infoSocArticle3]));
    }
}
