// IIPA041: producers of sound recordings need public performance and broadcasting rights.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA041",
    Title = "No public performance and broadcasting rights for sound recording producers",
    Category = "Broadcasting",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\"; \"Priority Actions Requested in 2020\" (Legislation)",
    Description = "IIPA asks to retain \"rights of public performance and broadcasting for producers of sound recordings\". Satisfied by an exclusive right, a limited one (public performance by digital audio transmission), or a right to remuneration paid to the producers; remuneration paid to someone else does not count.")]
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
