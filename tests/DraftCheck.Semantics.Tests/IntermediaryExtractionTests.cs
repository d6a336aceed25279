using DraftCheck.Model;
using DraftCheck.Semantics;
using DraftCheck.Syntax.Grammars;

namespace DraftCheck.Semantics.Tests;

/// <summary>Safe harbours, takedown and stay-down duties, repeat infringers, restoration and joint liability.</summary>
public class IntermediaryExtractionTests
{
    private static SemanticModel Model(params string[] lines) => SemanticModel.FromText(string.Join("\n", lines));

    private static string Words(SemanticModel model, Span span) => model.Text[span];

    [SkippableFact]
    public void Build_NetworkRegulations2013_FourHarboursWithTheirConditions()
    {
        SemanticModel model = SemanticModel.FromText(Laws.Read(Laws.PrcNetworkRegulations2013));

        var harbours = model.FactsOf<SafeHarbour>().Select(h => (h.Provision.Label, h.Kind, Words(model, h.NeutralitySpan), h.Knowledge, Words(model, h.NoticeSpan))).ToList();

        Assert.Equal(
        [
            ("第二十条", HarbourKind.Conduit, "未选择", KnowledgeStandard.None, ""),
            ("第二十一条", HarbourKind.Caching, "未改变", KnowledgeStandard.None, ""),
            ("第二十二条", HarbourKind.Hosting, "未改变", KnowledgeStandard.ReasonableGrounds, "接到权利人的通知书后"),
            ("第二十三条", HarbourKind.LinkingSearch, "", KnowledgeStandard.KnowsOrShouldKnow, "接到权利人的通知书后"),
        ], harbours);
        Assert.All(model.FactsOf<SafeHarbour>(), h => Assert.Equal("不承担赔偿责任", Words(model, h.ExemptionSpan)));
    }

    [SkippableFact]
    public void Build_NetworkRegulations2013_HarbourConditionsReferToTheNoticeProcedureOfArticle15()
    {
        SemanticModel model = SemanticModel.FromText(Laws.Read(Laws.PrcNetworkRegulations2013));

        TakedownDuty article15 = model.FactsOf<TakedownDuty>().Single(d => d.Provision.Label == "第十五条");
        TakedownDuty article22 = model.FactsOf<TakedownDuty>().Single(d => d.Provision.Label == "第二十二条第（五）项");

        Assert.Equal((TakedownTrigger.Notice, TakedownTiming.Prompt, "立即", 1), (article15.Trigger, article15.Timing, Words(model, article15.TimingSpan), article15.Ordinal));
        Assert.Equal((TakedownTiming.None, "根据本条例规定"), (article22.Timing, Words(model, article22.DeferenceSpan)));
        Assert.Same(article15, article22.Procedure);
    }

    [SkippableFact]
    public void Build_Usc512_HarboursTakedownRepeatInfringersAndReplacement()
    {
        SemanticModel model = SemanticModel.FromText(Laws.Read(Laws.Usc17));

        SafeHarbour hosting = model.FactsOf<SafeHarbour>().Single(h => h.Kind == HarbourKind.Hosting);
        Assert.Equal("does not receive a financial benefit directly attributable", Words(model, hosting.NeutralitySpan));
        Assert.Equal((KnowledgeStandard.AwareOfFactsOrCircumstances, "aware of facts or circumstances"), (hosting.Knowledge, Words(model, hosting.KnowledgeSpan)));
        Assert.Equal([HarbourKind.Conduit, HarbourKind.Caching, HarbourKind.Hosting, HarbourKind.LinkingSearch], model.FactsOf<SafeHarbour>().Select(h => h.Kind));
        // § 512(d) is read on its own, not run together with § 512(c)(3): its own financial-benefit condition is its neutrality condition.
        SafeHarbour linking = model.FactsOf<SafeHarbour>().Single(h => h.Kind == HarbourKind.LinkingSearch);
        Assert.StartsWith("(d) Information Location Tools.—", linking.Text);
        Assert.Equal("does not receive a financial benefit directly attributable", Words(model, linking.NeutralitySpan));
        Assert.All(model.FactsOf<TakedownDuty>(), d => Assert.Equal(TakedownTiming.Prompt, d.Timing));
        Assert.Contains("repeat infringers", Assert.Single(model.FactsOf<RepeatInfringerPolicy>()).Text);

        Restoration replacement = Assert.Single(model.FactsOf<Restoration>());
        Assert.Equal((RestorationTrigger.CounterNotice, "counter notification"), (replacement.Trigger, Words(model, replacement.TriggerSpan)));
        Assert.StartsWith("unless its designated agent first receives notice", Words(model, replacement.UnlessSuitSpan));
    }

    [Fact]
    public void Extract_ECommerceLawArticle43_DeclarationAndFifteenDaysUnlessComplaintOrSuit()
    {
        SemanticModel model = Model(
            "第四十三条",
            "电子商务平台经营者接到声明后，应当将该声明转送发出通知的知识产权权利人，并告知其可以向有关主管部门投诉或者向人民法院起诉。电子商务平台经营者在转送声明到达知识产权权利人后十五日内，未收到权利人已经投诉或者起诉通知的，应当及时终止所采取的措施。");

        Restoration restoration = Assert.Single(model.FactsOf<Restoration>());

        Assert.Equal("终止所采取的措施", Words(model, restoration.ActionSpan));
        Assert.Equal((15L, PeriodUnit.Day), (restoration.WaitingPeriod!.Count.Value, restoration.WaitingPeriod.Unit));
        Assert.Equal("未收到权利人已经投诉或者起诉", Words(model, restoration.UnlessSuitSpan));
        Assert.True(restoration.MeritsDecisionSpan.IsNone);
    }

    [Fact]
    public void Extract_TortLawArticle36_TimelyNecessaryMeasuresAndJointLiability()
    {
        SemanticModel model = Model(
            "第三十六条",
            "网络用户利用网络服务实施侵权行为的，被侵权人有权通知网络服务提供者采取删除、屏蔽、断开链接等必要措施。网络服务提供者接到通知后未及时采取必要措施的，对损害的扩大部分与该网络用户承担连带责任。");

        TakedownDuty duty = Assert.Single(model.FactsOf<TakedownDuty>());
        Assert.Equal((TakedownTrigger.Notice, TakedownTiming.Prompt, "及时"), (duty.Trigger, duty.Timing, Words(model, duty.TimingSpan)));
        SecondaryLiability joint = Assert.Single(model.FactsOf<SecondaryLiability>());
        Assert.Equal((SecondaryLiabilityKind.JointLiability, "承担连带责任"), (joint.Kind, joint.Text));
    }

    [Fact]
    public void Extract_DsmDirectiveArticle17_BestEffortsToPreventFutureUploadsIsAStayDownDuty()
    {
        SemanticModel model = Model(
            "Article 17",
            "4. If no authorisation is granted, online content-sharing service providers shall be liable for unauthorised acts of communication to the public, including making available to the public, of copyright-protected works and other subject matter, unless the service providers demonstrate that they have:",
            "(c) acted expeditiously, upon receiving a sufficiently substantiated notice from the rightholders, to disable access to, or to remove from their websites, the notified works or other subject matter, and made best efforts to prevent their future uploads in accordance with point (b).");

        Assert.Contains("prevent their future uploads", Assert.Single(model.FactsOf<StayDownDuty>()).Text);
        Assert.Equal(TakedownTiming.Prompt, Assert.Single(model.FactsOf<TakedownDuty>()).Timing);
    }

    [Fact]
    public void Extract_WrongfulRemovalAndTheUploadersRequest_AreNotDuties()
    {
        // 信息网络传播权保护条例 (2013) 第二十四条 and 第十六条
        SemanticModel model = Model(
            "第二十四条",
            "因权利人的通知导致网络服务提供者错误删除作品、表演、录音录像制品，或者错误断开与作品、表演、录音录像制品的链接，给服务对象造成损失的，权利人应当承担赔偿责任。",
            "第十六条",
            "服务对象接到网络服务提供者转送的通知书后，认为其提供的作品、表演、录音录像制品未侵犯他人权利的，可以向网络服务提供者提交书面说明，要求恢复被删除的作品、表演、录音录像制品，或者恢复与被断开的作品、表演、录音录像制品的链接。");

        Assert.Empty(model.FactsOf<TakedownDuty>());
        Assert.Empty(model.FactsOf<Restoration>());
    }
}
