// IIPA040: rights must reach retransmission and live streaming over the Internet.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA040",
    Title = "Internet retransmission and live streaming not covered",
    Category = "Broadcasting",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\"; \"Priority Actions Requested in 2020\" (Legislation)",
    Description = "IIPA asks for \"protection against unauthorized retransmissions of copyrighted content over the Internet (including live streaming)\". Satisfied when a broadcasting, communication or retransmission right covers the work \"by wire or wireless means\" or \"by any means\", or names information networks or the Internet; over-the-air broadcasting plus cable retransmission of a broadcast is not enough.")]
[Fires("第十条\n著作权包括下列人身权和财产权：\n（十一）广播权，即以[|无线方式公开广播或者传播作品，以有线传播或者转播|]的方式向公众传播广播的作品，以及通过扩音器或者其他传送符号、声音、图像的类似工具向公众传播广播的作品的权利；\n（十二）信息网络传播权，即以有线或者无线方式向公众提供作品，使公众可以在其个人选定的时间和地点获得作品的权利；",
    Note = "中华人民共和国著作权法（2010）第十条第（十一）项")]
[Fires("Article 11bis\n(1) Authors of literary and artistic works shall enjoy the exclusive right of authorizing:\n(i) the broadcasting of their works or the communication thereof to the public by any other means of wireless diffusion of signs, sounds or images;\n(ii) any communication to the public by wire or by rebroadcasting of the broadcast of the work, when this communication is made by an organization other than the original one;\n(iii) the public communication by loudspeaker or any other analogous instrument transmitting, by signs, sounds or images, the broadcast of the work.",
    Note = "Berne Convention, Article 11bis(1)")]
[DoesNotFire("第十条\n著作权包括下列人身权和财产权：\n（十一）广播权，即以有线或者无线方式公开传播或者转播作品，以及通过扩音器或者其他传送符号、声音、图像的类似工具向公众传播广播的作品的权利，但不包括本款第十二项规定的权利；",
    Note = "中华人民共和国著作权法（2020）第十条第（十一）项: by wire or wireless means")]
[DoesNotFire("Article 3\nRight of communication to the public of works and right of making available to the public other subject-matter\n1. Member States shall provide authors with the exclusive right to authorise or prohibit any communication to the public of their works, by wire or wireless means, including the making available to the public of their works in such a way that members of the public may access them from a place and at a time individually chosen by them.\n2. Member States shall provide for the exclusive right to authorise or prohibit the making available to the public, by wire or wireless means, in such a way that members of the public may access them from a place and at a time individually chosen by them:\n(a) for performers, of fixations of their performances;\n(b) for phonogram producers, of their phonograms;",
    Note = "Directive 2001/29/EC, Article 3: communication by wire or wireless means")]
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

/// <summary>IIPA040 is satisfied: the broadcasting right reaches retransmission over networks.</summary>
public sealed class BroadcastRightReachesNetworks : Rule
{
    public override void Define()
    {
        BroadcastRight right = null!;

        When()
            .Match(() => right, b => b.CoversWork, b => b.ReachesNetworkTransmission);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA040", Iipa.At(right, right.RightSpan), $"{right.Provision.Label} grants a right over transmission by any means, wire or wireless (\"{Iipa.Words(right, right.RightSpan)}\"), which reaches Internet retransmission."));
    }
}
