using DraftCheck.Model;
using DraftCheck.Semantics;

namespace DraftCheck.Semantics.Tests;

/// <summary>Making-available, broadcasting and producers' rights, and remedies against linking services.</summary>
public class RightsExtractionTests
{
    private static string Words(SemanticModel model, Span span) => model.Text[span];

    [SkippableFact]
    public void Build_PrcCopyrightLaw2010_BroadcastingRightWirelessAndCableAndTreatyWordedMakingAvailable()
    {
        SemanticModel model = SemanticModel.FromText(Laws.Read(Laws.PrcCopyright2010));

        BroadcastRight broadcasting = model.FactsOf<BroadcastRight>().First();
        Assert.Equal(("第十条第一款第（十一）项", "广播权"), (broadcasting.Provision.Label, Words(model, broadcasting.RightSpan)));
        Assert.Equal(TransmissionMeans.Wireless | TransmissionMeans.CableRetransmissionOfBroadcast, broadcasting.Means);
        Assert.False(broadcasting.ReachesNetworkTransmission);
        Assert.False(model.FactsOf<BroadcastRight>().Single(b => b.Provision.Label.StartsWith("第四十五条", StringComparison.Ordinal)).CoversWork);

        MakingAvailableRight right = Assert.Single(model.FactsOf<MakingAvailableRight>());
        Assert.Equal((MakingAvailableWording.Treaty, "个人选定的时间和地点"), (right.Wording, Words(model, right.WordingSpan)));

        ProducerRight producers = Assert.Single(model.FactsOf<ProducerRight>());
        Assert.Equal(RecordingUses.Reproduction | RecordingUses.Distribution | RecordingUses.Rental | RecordingUses.MakingAvailable, producers.Uses);
        Assert.False(producers.CoversBroadcastOrPerformance);
    }

    [SkippableFact]
    public void Build_Usc106_DigitalAudioTransmissionIsANetworkPerformanceRightOfProducers()
    {
        SemanticModel model = SemanticModel.FromText(Laws.Read(Laws.Usc17));

        BroadcastRight right = Assert.Single(model.FactsOf<BroadcastRight>());
        Assert.Equal((TransmissionMeans.Networks, "digital audio transmission"), (right.Means, Words(model, right.MeansSpan)));
        ProducerRight producers = Assert.Single(model.FactsOf<ProducerRight>());
        Assert.True(producers.CoversBroadcastOrPerformance);
        Assert.Equal("perform the copyrighted work publicly", Words(model, producers.PerformanceSpan));
    }

    [Fact]
    public void Extract_Prc2020Article45_BroadcastingRemunerationPaidToProducers()
    {
        SemanticModel model = SemanticModel.FromText("第四十五条\n将录音制品用于有线或者无线公开传播，或者通过传送声音的技术设备向公众公开播送的，应当向录音制作者支付报酬。");

        ProducerRight right = Assert.Single(model.FactsOf<ProducerRight>());

        Assert.Equal((RecordingUses.Broadcasting | RecordingUses.PublicPerformance, RemunerationPayee.Producer), (right.RemuneratedUses, right.Payee));
        Assert.True(right.CoversBroadcastOrPerformance);
    }

    [Fact]
    public void Extract_PrcArticle44_RemunerationWithoutProducersIsNotAProducersRight()
    {
        SemanticModel model = SemanticModel.FromText("第四十四条\n广播电台、电视台播放已经出版的录音制品，可以不经著作权人许可，但应当支付报酬。当事人另有约定的除外。具体办法由国务院规定。");

        Assert.Empty(model.FactsOf<ProducerRight>());
    }

    [Fact]
    public void Extract_NetworkRulesArticle3_UploadingToAServerDefinesTheActOfProviding()
    {
        SemanticModel model = SemanticModel.FromText("第三条\n通过上传到网络服务器、设置共享文件或者利用文件分享软件等方式，将作品、表演、录音录像制品置于信息网络中，使公众能够在个人选定的时间和地点以下载、浏览或者其他方式获得的，人民法院应当认定其实施了前款规定的提供行为。");

        MakingAvailableRight right = Assert.Single(model.FactsOf<MakingAvailableRight>());

        Assert.Equal((MakingAvailableWording.ServerPrinciple, "上传到网络服务器"), (right.Wording, Words(model, right.WordingSpan)));
    }

    [SkippableFact]
    public void Build_InfoSocDirective_CableRetransmissionLeftIntactIsNotARight()
    {
        // Article 1(2)(c) names "cable retransmission" among the matters the Directive leaves intact; only Article 3(1) grants a right.
        SemanticModel model = SemanticModel.FromText(Laws.Read(Laws.EuInfoSoc));

        BroadcastRight right = Assert.Single(model.FactsOf<BroadcastRight>());
        Assert.Equal(("any communication to the public", "by wire or wireless means"), (Words(model, right.RightSpan), Words(model, right.MeansSpan)));
    }

    [Fact]
    public void Extract_Usc512i_ApplyAndLiabilityAreNotAnAppAndARemedy()
    {
        // "app" inside "apply" once read as an app service.
        SemanticModel model = SemanticModel.FromText("(1) Accommodation of technology.—The limitations on liability established by this section shall apply to a service provider only if the service provider—");

        Assert.Empty(model.FactsOf<LinkingRemedy>());
    }

    [SkippableFact]
    public void Build_NetworkRegulations2013_LinkingServicesAreAddressed()
    {
        SemanticModel model = SemanticModel.FromText(Laws.Read(Laws.PrcNetworkRegulations2013));

        Assert.Contains(model.FactsOf<LinkingRemedy>(), l => l.Provision.Label == "第二十三条" && l.Service == LinkingService.Search);
    }
}
