// IIPA080: extended collective management is controversial.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA080",
    Title = "Extended collective management",
    Category = "CollectiveManagement",
    Severity = Severity.Info,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\"",
    Description = "IIPA lists extended collective management (and resale rights) among \"the controversial provisions in the prior draft\": a collective management organisation representing right holders who are not its members.")]
[Fires("第六十三条\n著作权集体管理组织取得权利人授权并能在全国范围代表权利人利益的，可以向国务院著作权行政管理部门申请[|代表全体权利人|]行使著作权或者相关权，权利人书面声明不得集体管理的除外。",
    Note = "中华人民共和国著作权法修订草案送审稿（2014）第六十三条")]
[Fires("Article 12\n1. Member States may provide, as far as the use within their territory is concerned and subject to the safeguards provided for in this Article, that where a collective management organisation that is subject to the national rules implementing Directive 2014/26/EU, in accordance with its mandates from rightholders, enters into a licensing agreement for the exploitation of works or other subject matter:\n(a) such an agreement can be extended to apply to the rights of [|rightholders who have not authorised that collective management organisation|] to represent them by way of assignment, licence or any other contractual arrangement; or\n(b) with respect to such an agreement, the organisation has a legal mandate or is presumed to represent rightholders who have not authorised the organisation accordingly.",
    Note = "Directive (EU) 2019/790, Article 12(1)")]
[DoesNotFire("第八条\n著作权人和与著作权有关的权利人可以授权著作权集体管理组织行使著作权或者与著作权有关的权利。著作权集体管理组织被授权后，可以以自己的名义为著作权人和与著作权有关的权利人主张权利，并可以作为当事人进行涉及著作权或者与著作权有关的权利的诉讼、仲裁活动。",
    Note = "中华人民共和国著作权法（2010）第八条第一款")]
[DoesNotFire("第五十条\n著作权人或者与著作权有关的权利人有证据证明他人正在实施或者即将实施侵犯其权利的行为，如不及时制止将会使其合法权益受到难以弥补的损害的，可以在起诉前向人民法院申请采取责令停止有关行为和财产保全的措施。",
    Note = "中华人民共和国著作权法（2010）第五十条: nothing on collective management")]
public sealed class ExtendedCollectiveManagementProvision : Rule
{
    public override void Define()
    {
        ExtendedCollectiveManagement management = null!;

        When()
            .Match(() => management);

        Then()
            .Do(ctx => ctx.Report(management.LocationOf(management.NonMembersSpan), null,
                $"{management.Provision.Label} lets a collective management organisation represent right holders who are not its members (\"{Iipa.Words(management, management.NonMembersSpan)}\"); IIPA counts extended collective management among \"the controversial provisions in the prior draft\".",
                null));
    }
}

/// <summary>IIPA080 is satisfied: collective management is dealt with and extends to no right holder who did not join or authorise the organisation.</summary>
public sealed class CollectiveManagementForMembersOnly : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        TopicAnchor anchor = null!;

        When()
            .Match(() => scope, s => s.Covers(ScopeTopic.CollectiveManagement))
            .Match(() => anchor, a => a.Topic == ScopeTopic.CollectiveManagement, a => !a.IsTitle)
            .Not<ExtendedCollectiveManagement>();

        Then()
            .Do(ctx => ctx.Satisfied("IIPA080", anchor, $"{anchor.Provision.Label} deals with collective management (\"{anchor.Text}\") and no provision extends it to right holders who are not members."));
    }
}
