// IIPA015: removed content must not come back on a bare counter-notice.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA015",
    Title = "Content is restored on a bare counter-notice",
    Category = "SafeHarbour",
    Severity = Severity.Warning,
    Source = "IIPA 2020 Special 301 Report, China, \"E-Commerce Law\"; \"Tort Law\"",
    Description = "IIPA warns that uploaders and sellers could escape \"by merely objecting to rights holders' notice\". Restoring material, or ending measures, because of a counter-notice or because a waiting period passes unless the right holder sues, without a decision on the merits, is a finding whatever the evidence the counter-notice carries.")]
[Fires("第十七条\n网络服务提供者接到服务对象的书面说明后，应当立即[|恢复|]被删除的作品、表演、录音录像制品，或者可以恢复与被断开的作品、表演、录音录像制品的链接，同时将服务对象的书面说明转送权利人。权利人不得再通知网络服务提供者删除该作品、表演、录音录像制品，或者断开与该作品、表演、录音录像制品的链接。",
    Note = "信息网络传播权保护条例（2013）第十七条")]
[Fires("第四十三条\n平台内经营者接到转送的通知后，可以向电子商务平台经营者提交不存在侵权行为的声明。声明应当包括不存在侵权行为的初步证据。\n电子商务平台经营者接到声明后，应当将该声明转送发出通知的知识产权权利人，并告知其可以向有关主管部门投诉或者向人民法院起诉。电子商务平台经营者在转送声明到达知识产权权利人后十五日内，未收到权利人已经投诉或者起诉通知的，应当及时[|终止所采取的措施|]。",
    Note = "中华人民共和国电子商务法（2018）第四十三条")]
[DoesNotFire("(g) Replacement of Removed or Disabled Material and Limitation on Other Liability.—\n(1) No liability for taking down generally.—Subject to paragraph (2), a service provider shall not be liable to any person for any claim based on the service provider’s good faith disabling of access to, or removal of, material or activity claimed to be infringing or based on facts or circumstances from which infringing activity is apparent, regardless of whether the material or activity is ultimately determined to be infringing.",
    Note = "17 U.S.C. § 512(g)(1): no liability for taking down is not a restoration")]
[DoesNotFire("第十五条\n网络服务提供者接到权利人的通知书后，应当立即删除涉嫌侵权的作品、表演、录音录像制品，或者断开与涉嫌侵权的作品、表演、录音录像制品的链接，并同时将通知书转送提供作品、表演、录音录像制品的服务对象；服务对象网络地址不明、无法转送的，应当将通知书的内容同时在信息网络上公告。",
    Note = "信息网络传播权保护条例（2013）第十五条: takedown without restoration")]
public sealed class RestoredOnCounterNotice : Rule
{
    public override void Define()
    {
        Restoration restoration = null!;

        When()
            .Match(() => restoration, r => r.MeritsDecisionSpan.IsNone);

        Then()
            .Do(ctx => Report(ctx, restoration));
    }

    private static void Report(IContext ctx, Restoration restoration)
    {
        string trigger = restoration.Trigger == RestorationTrigger.CounterNotice
            ? $"upon the uploader's counter-notice (\"{Iipa.Words(restoration, restoration.TriggerSpan)}\")"
            : $"once {restoration.WaitingPeriod!.Describe()} pass";
        string unless = restoration.UnlessSuitSpan.IsNone ? string.Empty : " unless the right holder goes to court or complains";
        ctx.Report(restoration.LocationOf(restoration.ActionSpan), null,
            $"{restoration.Provision.Label} brings removed material back (\"{Iipa.Words(restoration, restoration.ActionSpan)}\") {trigger}{unless}, without a decision on the merits; IIPA warns that infringers could escape \"by merely objecting to rights holders' notice\".",
            null);
    }
}

/// <summary>IIPA015 is satisfied: removed content is restored only after a decision on the merits, or the takedown regime has no restoration on a counter-notice.</summary>
public sealed class NoRestorationOnBareCounterNotice : Rule
{
    public override void Define()
    {
        TakedownDuty duty = null!;

        When()
            .Match(() => duty, d => d.Ordinal == 1)
            .Not<Restoration>(r => r.MeritsDecisionSpan.IsNone);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA015", Iipa.At(duty, duty.ActionSpan), $"{duty.Provision.Label} requires removal (\"{Iipa.Words(duty, duty.ActionSpan)}\") and no provision brings the material back on the uploader's objection alone."));
    }
}
