namespace DraftCheck.RulePacks.Tests.Iipa2020;

/// <summary>
/// Statute wording the rule tests share, quoted exactly (one paragraph per line). Chinese texts are from
/// ../shared/corpus/laws where the corpus has them; the sources of the others are named on each member.
/// </summary>
internal static class StatuteText
{
    /// <summary>信息网络传播权保护条例 (2013) 第十五条: takedown upon notice, "立即".</summary>
    public static readonly string[] NetworkRegsArticle15 =
    [
        "第十五条",
        "网络服务提供者接到权利人的通知书后，应当立即删除涉嫌侵权的作品、表演、录音录像制品，或者断开与涉嫌侵权的作品、表演、录音录像制品的链接，并同时将通知书转送提供作品、表演、录音录像制品的服务对象；服务对象网络地址不明、无法转送的，应当将通知书的内容同时在信息网络上公告。",
    ];

    /// <summary>信息网络传播权保护条例 (2013) 第十七条: restoration upon the uploader's written explanation.</summary>
    public static readonly string[] NetworkRegsArticle17 =
    [
        "第十七条",
        "网络服务提供者接到服务对象的书面说明后，应当立即恢复被删除的作品、表演、录音录像制品，或者可以恢复与被断开的作品、表演、录音录像制品的链接，同时将服务对象的书面说明转送权利人。权利人不得再通知网络服务提供者删除该作品、表演、录音录像制品，或者断开与该作品、表演、录音录像制品的链接。",
    ];

    /// <summary>信息网络传播权保护条例 (2013) 第二十条: the mere-conduit harbour.</summary>
    public static readonly string[] NetworkRegsArticle20 =
    [
        "第二十条",
        "网络服务提供者根据服务对象的指令提供网络自动接入服务，或者对服务对象提供的作品、表演、录音录像制品提供自动传输服务，并具备下列条件的，不承担赔偿责任：",
        "(一)未选择并且未改变所传输的作品、表演、录音录像制品；",
        "(二)向指定的服务对象提供该作品、表演、录音录像制品，并防止指定的服务对象以外的其他人获得。",
    ];

    /// <summary>信息网络传播权保护条例 (2013) 第二十二条: the hosting harbour.</summary>
    public static readonly string[] NetworkRegsArticle22 =
    [
        "第二十二条",
        "网络服务提供者为服务对象提供信息存储空间，供服务对象通过信息网络向公众提供作品、表演、录音录像制品，并具备下列条件的，不承担赔偿责任：",
        "(一)明确标示该信息存储空间是为服务对象所提供，并公开网络服务提供者的名称、联系人、网络地址；",
        "(二)未改变服务对象所提供的作品、表演、录音录像制品；",
        "(三)不知道也没有合理的理由应当知道服务对象提供的作品、表演、录音录像制品侵权；",
        "(四)未从服务对象提供作品、表演、录音录像制品中直接获得经济利益；",
        "(五)在接到权利人的通知书后，根据本条例规定删除权利人认为侵权的作品、表演、录音录像制品。",
    ];

    /// <summary>信息网络传播权保护条例 (2013) 第二十三条: the linking and search harbour, with joint liability for knowing linking.</summary>
    public static readonly string[] NetworkRegsArticle23 =
    [
        "第二十三条",
        "网络服务提供者为服务对象提供搜索或者链接服务，在接到权利人的通知书后，根据本条例规定断开与侵权的作品、表演、录音录像制品的链接的，不承担赔偿责任；但是，明知或者应知所链接的作品、表演、录音录像制品侵权的，应当承担共同侵权责任。",
    ];

    /// <summary>中华人民共和国侵权责任法 (2009) 第三十六条.</summary>
    public static readonly string[] TortLawArticle36 =
    [
        "第三十六条",
        "网络用户、网络服务提供者利用网络侵害他人民事权益的，应当承担侵权责任。",
        "网络用户利用网络服务实施侵权行为的，被侵权人有权通知网络服务提供者采取删除、屏蔽、断开链接等必要措施。网络服务提供者接到通知后未及时采取必要措施的，对损害的扩大部分与该网络用户承担连带责任。",
        "网络服务提供者知道网络用户利用其网络服务侵害他人民事权益，未采取必要措施的，与该网络用户承担连带责任。",
    ];

    /// <summary>中华人民共和国电子商务法 (2018) 第四十三条: measures end fifteen days after the declaration unless the right holder complains or sues.</summary>
    public static readonly string[] ECommerceLawArticle43 =
    [
        "第四十三条",
        "平台内经营者接到转送的通知后，可以向电子商务平台经营者提交不存在侵权行为的声明。声明应当包括不存在侵权行为的初步证据。",
        "电子商务平台经营者接到声明后，应当将该声明转送发出通知的知识产权权利人，并告知其可以向有关主管部门投诉或者向人民法院起诉。电子商务平台经营者在转送声明到达知识产权权利人后十五日内，未收到权利人已经投诉或者起诉通知的，应当及时终止所采取的措施。",
    ];

    /// <summary>17 U.S.C. § 512(a): the transitory digital network communications harbour.</summary>
    public static readonly string[] Usc512a =
    [
        "§ 512. Limitations on liability relating to material online",
        "(a) Transitory Digital Network Communications.—A service provider shall not be liable for monetary relief, or, except as provided in subsection (j), for injunctive or other equitable relief, for infringement of copyright by reason of the provider’s transmitting, routing, or providing connections for, material through a system or network controlled or operated by or for the service provider, or by reason of the intermediate and transient storage of that material in the course of such transmitting, routing, or providing connections, if—",
        "(1) the transmission of the material was initiated by or at the direction of a person other than the service provider;",
        "(2) the transmission, routing, provision of connections, or storage is carried out through an automatic technical process without selection of the material by the service provider;",
        "(3) the service provider does not select the recipients of the material except as an automatic response to the request of another person;",
        "(4) no copy of the material made by the service provider in the course of such intermediate or transient storage is maintained on the system or network in a manner ordinarily accessible to anyone other than anticipated recipients, and no such copy is maintained on the system or network in a manner ordinarily accessible to such anticipated recipients for a longer period than is reasonably necessary for the transmission, routing, or provision of connections; and",
        "(5) the material is transmitted through the system or network without modification of its content.",
    ];

    /// <summary>17 U.S.C. § 512(c)(1): the hosting harbour.</summary>
    public static readonly string[] Usc512c =
    [
        "§ 512. Limitations on liability relating to material online",
        "(c) Information Residing on Systems or Networks At Direction of Users.—",
        "(1) In general.—A service provider shall not be liable for monetary relief, or, except as provided in subsection (j), for injunctive or other equitable relief, for infringement of copyright by reason of the storage at the direction of a user of material that resides on a system or network controlled or operated by or for the service provider, if the service provider—",
        "(A)",
        "(i) does not have actual knowledge that the material or an activity using the material on the system or network is infringing;",
        "(ii) in the absence of such actual knowledge, is not aware of facts or circumstances from which infringing activity is apparent; or",
        "(iii) upon obtaining such knowledge or awareness, acts expeditiously to remove, or disable access to, the material;",
        "(B) does not receive a financial benefit directly attributable to the infringing activity, in a case in which the service provider has the right and ability to control such activity; and",
        "(C) upon notification of claimed infringement as described in paragraph (3), responds expeditiously to remove, or disable access to, the material that is claimed to be infringing or to be the subject of infringing activity.",
    ];

    /// <summary>17 U.S.C. § 512(i)(1)(A): the repeat-infringer policy.</summary>
    public static readonly string[] Usc512i =
    [
        "(i) Conditions for Eligibility.—",
        "(1) Accommodation of technology.—The limitations on liability established by this section shall apply to a service provider only if the service provider—",
        "(A) has adopted and reasonably implemented, and informs subscribers and account holders of the service provider’s system or network of, a policy that provides for the termination in appropriate circumstances of subscribers and account holders of the service provider’s system or network who are repeat infringers; and",
        "(B) accommodates and does not interfere with standard technical measures.",
    ];

    /// <summary>Directive 2000/31/EC (electronic commerce), Article 12(1): mere conduit.</summary>
    public static readonly string[] ECommerceDirectiveArticle12 =
    [
        "Article 12",
        "Mere conduit",
        "1. Where an information society service is provided that consists of the transmission in a communication network of information provided by a recipient of the service, or the provision of access to a communication network, Member States shall ensure that the service provider is not liable for the information transmitted, on condition that the provider:",
        "(a) does not initiate the transmission;",
        "(b) does not select the receiver of the transmission; and",
        "(c) does not select or modify the information contained in the transmission.",
    ];

    /// <summary>Directive 2000/31/EC (electronic commerce), Article 14(1): hosting.</summary>
    public static readonly string[] ECommerceDirectiveArticle14 =
    [
        "Article 14",
        "Hosting",
        "1. Where an information society service is provided that consists of the storage of information provided by a recipient of the service, Member States shall ensure that the service provider is not liable for the information stored at the request of a recipient of the service, on condition that:",
        "(a) the provider does not have actual knowledge of illegal activity or information and, as regards claims for damages, is not aware of facts or circumstances from which the illegal activity or information is apparent; or",
        "(b) the provider, upon obtaining such knowledge or awareness, acts expeditiously to remove or to disable access to the information.",
    ];
}
