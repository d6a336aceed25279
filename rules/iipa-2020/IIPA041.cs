// IIPA041: producers of sound recordings need public performance and broadcasting rights.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA041",
    Title = "No public performance and broadcasting rights for sound recording producers",
    Category = "Broadcasting",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\"; \"Priority Actions Requested in 2020\" (Legislation)",
    Description = "IIPA asks to retain \"rights of public performance and broadcasting for producers of sound recordings\". Satisfied by an exclusive right, a limited one (public performance by digital audio transmission), or a right to remuneration paid to the producers; remuneration paid to someone else does not count.")]
[Fires("第四十二条\n[|录音录像制作者对其制作的录音录像制品，享有许可他人复制、发行、出租、通过信息网络向公众传播并获得报酬的权利|]；权利的保护期为五十年，截止于该制品首次制作完成后第五十年的12月31日。",
    Note = "中华人民共和国著作权法（2010）第四十二条")]
[Fires("Article 10\nProducers of phonograms shall enjoy the right to authorize or prohibit the direct or indirect reproduction of their phonograms.",
    Note = "Rome Convention (1961), Article 10")]
[DoesNotFire("第四十二条\n录音录像制作者对其制作的录音录像制品，享有许可他人复制、发行、出租、通过信息网络向公众传播并获得报酬的权利；权利的保护期为五十年，截止于该制品首次制作完成后第五十年的12月31日。\n第四十五条\n将录音制品用于有线或者无线公开传播，或者通过传送声音的技术设备向公众公开播送的，应当向录音制作者支付报酬。",
    Note = "中华人民共和国著作权法（2020）第四十五条: remuneration paid to producers")]
[DoesNotFire("§ 106. Exclusive rights in copyrighted works\nSubject to sections 107 through 122, the owner of copyright under this title has the exclusive rights to do and to authorize any of the following:\n(1) to reproduce the copyrighted work in copies or phonorecords;\n(4) in the case of literary, musical, dramatic, and choreographic works, pantomimes, and motion pictures and other audiovisual works, to perform the copyrighted work publicly;\n(6) in the case of sound recordings, to perform the copyrighted work publicly by means of a digital audio transmission.",
    Note = "17 U.S.C. § 106(6): digital audio transmission")]
public sealed class NoProducerPerformanceRight : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        TopicAnchor anchor = null!;

        When()
            .Match(() => scope, s => s.Covers(ScopeTopic.RelatedRights))
            .Match(() => anchor, a => a.Topic == ScopeTopic.RelatedRights)
            .Not<ProducerRight>(p => p.CoversBroadcastOrPerformance);

        Then()
            .Do(ctx => Report(ctx, scope, anchor));
    }

    private static void Report(IContext ctx, DraftScope scope, TopicAnchor anchor)
    {
        if (anchor.Of is ProducerRight right)
        {
            ctx.Report(right,
                $"{right.Provision.Label} gives producers of sound recordings rights of {Describe(right.Uses)} but neither broadcasting nor public performance, nor a remuneration paid to them for those uses; IIPA asks for \"rights of public performance and broadcasting for producers of sound recordings\".");
            return;
        }
        ctx.Report(anchor,
            $"{Iipa.Where(anchor)}: producers of sound recordings have no right of broadcasting or public performance, nor a remuneration paid to them for those uses; IIPA asks for \"rights of public performance and broadcasting for producers of sound recordings\". {Iipa.ScopeNote(scope, ScopeTopic.RelatedRights)}");
    }

    private static string Describe(RecordingUses uses)
    {
        var names = new List<string>();
        if ((uses & RecordingUses.Reproduction) != 0) names.Add("reproduction");
        if ((uses & RecordingUses.Distribution) != 0) names.Add("distribution");
        if ((uses & RecordingUses.Rental) != 0) names.Add("rental");
        if ((uses & RecordingUses.MakingAvailable) != 0) names.Add("making available");
        return names.Count == 0 ? "no use named" : string.Join(", ", names);
    }
}

/// <summary>IIPA041 is satisfied: producers of sound recordings have broadcasting or public performance rights.</summary>
public sealed class ProducersHavePerformanceRights : Rule
{
    public override void Define()
    {
        ProducerRight right = null!;

        When()
            .Match(() => right, p => p.CoversBroadcastOrPerformance);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA041", Iipa.At(right, right.PerformanceSpan), $"{right.Provision.Label} gives producers of sound recordings a right or remuneration for broadcasting or public performance."));
    }
}
