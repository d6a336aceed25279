// IIPA040: rights must reach retransmission and live streaming over the Internet.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA040",
    Title = "Internet retransmission and live streaming not covered",
    Category = "Broadcasting",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\"; \"Priority Actions Requested in 2020\" (Legislation)",
    Description = "IIPA asks for \"protection against unauthorized retransmissions of copyrighted content over the Internet (including live streaming)\". Satisfied when a broadcasting, communication or retransmission right covers the work \"by wire or wireless means\" or \"by any means\", or names information networks or the Internet; over-the-air broadcasting plus cable retransmission of a broadcast is not enough.")]
public sealed class NoInternetRetransmission : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        TopicAnchor anchor = null!;

        When()
            .Match(() => scope, s => s.Covers(ScopeTopic.Rights))
            .Match(() => anchor, a => a.Topic == ScopeTopic.Rights)
            .Not<BroadcastRight>(b => b.CoversWork && b.ReachesNetworkTransmission);

        Then()
            .Do(ctx => Report(ctx, scope, anchor));
    }

    private static void Report(IContext ctx, DraftScope scope, TopicAnchor anchor)
    {
        if (anchor.Of is BroadcastRight right && !right.MeansSpan.IsNone)
        {
            ctx.Report(right.LocationOf(right.MeansSpan), null,
                $"{right.Provision.Label} limits the right (\"{Iipa.Words(right, right.RightSpan)}\") to broadcasting and retransmission by the means it names (\"{Iipa.Words(right, right.MeansSpan)}\"), and no right reaches transmission of works over information networks such as live streaming; IIPA asks for \"protection against unauthorized retransmissions of copyrighted content over the Internet (including live streaming)\".",
                null);
            return;
        }
        ctx.Report(anchor,
            $"{Iipa.Where(anchor)}: no broadcasting, communication or retransmission right covers works transmitted by wire or wireless means or over information networks; IIPA asks for \"protection against unauthorized retransmissions of copyrighted content over the Internet (including live streaming)\". {Iipa.ScopeNote(scope, ScopeTopic.Rights)}");
    }
}
