using DraftCheck.Model;

namespace DraftCheck.Semantics;

/// <summary>How a making-available (information network) right is worded.</summary>
public enum MakingAvailableWording
{
    /// <summary>By uploading or storing the work on a server ("places the work on a network server", "上传").</summary>
    ServerPrinciple,

    /// <summary>The treaty wording: "making available ... at a place and time individually chosen", "使公众可以在其个人选定的时间和地点获得".</summary>
    Treaty,

    /// <summary>Saying it covers providing access regardless of where the work is stored.</summary>
    RegardlessOfStorage,
}

/// <summary>
/// A definition of the right of making available / communication through information networks:
/// "信息网络传播权，即以有线或者无线方式向公众提供作品，使公众可以在其个人选定的时间和地点获得作品的权利".
/// </summary>
public sealed record MakingAvailableRight : Fact
{
    /// <summary>Creates a making-available fact.</summary>
    public MakingAvailableRight(ProvisionRef provision, Span span, string text, MakingAvailableWording wording, Span wordingSpan)
        : base(provision, span, text)
    {
        Wording = wording;
        WordingSpan = wordingSpan;
    }

    /// <summary>How the right is worded.</summary>
    public MakingAvailableWording Wording { get; init; }

    /// <summary>The words deciding <see cref="Wording"/>.</summary>
    public Span WordingSpan { get; init; }
}

/// <summary>The kind of service a linking provision addresses.</summary>
public enum LinkingService
{
    /// <summary>Links, hyperlinks, linking services (链接).</summary>
    Linking,

    /// <summary>Search engines and information location tools (搜索).</summary>
    Search,

    /// <summary>Aggregation of works hosted elsewhere (聚合).</summary>
    Aggregation,

    /// <summary>Apps (应用程序).</summary>
    App,
}

/// <summary>
/// A provision giving right holders a remedy against a linking, search, aggregation or app service for works stored
/// elsewhere: liability for knowing linking ("明知或者应知所链接的作品…侵权的，应当承担共同侵权责任"), or removal of links on
/// notice ("断开与该作品的链接").
/// </summary>
public sealed record LinkingRemedy : Fact
{
    /// <summary>Creates a linking-remedy fact.</summary>
    public LinkingRemedy(ProvisionRef provision, Span span, string text, LinkingService service, Span serviceSpan)
        : base(provision, span, text)
    {
        Service = service;
        ServiceSpan = serviceSpan;
    }

    /// <summary>The kind of service.</summary>
    public LinkingService Service { get; init; }

    /// <summary>The words naming the service.</summary>
    public Span ServiceSpan { get; init; }
}

/// <summary>The means of transmission a broadcasting or communication right names.</summary>
[Flags]
public enum TransmissionMeans
{
    /// <summary>None named.</summary>
    None = 0,

    /// <summary>Wireless (over-the-air) broadcasting only (以无线方式).</summary>
    Wireless = 1 << 0,

    /// <summary>Retransmission of a broadcast by wire or cable (以有线传播或者转播的方式向公众传播广播的作品).</summary>
    CableRetransmissionOfBroadcast = 1 << 1,

    /// <summary>Wire or wireless means (以有线或者无线方式, "by wire or wireless means").</summary>
    WireOrWireless = 1 << 2,

    /// <summary>Any means or process ("by any means", "any device or process").</summary>
    AnyMeans = 1 << 3,

    /// <summary>Information networks, computer networks, the Internet, digital transmission.</summary>
    Networks = 1 << 4,
}

/// <summary>
/// A right over broadcasting, communication to the public, public performance by transmission or retransmission of a
/// work, with the means it names: "广播权，即以无线方式公开广播或者传播作品，以有线传播或者转播的方式向公众传播广播的作品…",
/// "any communication to the public of their works, by wire or wireless means".
/// </summary>
public sealed record BroadcastRight : Fact
{
    /// <summary>Creates a broadcasting-right fact.</summary>
    public BroadcastRight(ProvisionRef provision, Span span, string text, Span rightSpan, TransmissionMeans means)
        : base(provision, span, text)
    {
        RightSpan = rightSpan;
        Means = means;
    }

    /// <summary>The words naming the right ("广播权", "communication to the public", "perform ... publicly by means of a digital audio transmission").</summary>
    public Span RightSpan { get; init; }

    /// <summary>The means named.</summary>
    public TransmissionMeans Means { get; init; }

    /// <summary>The words naming the means, or none.</summary>
    public Span MeansSpan { get; init; } = Span.None;

    /// <summary>Whether the right covers the work itself, rather than a broadcaster's right over its own broadcast signal.</summary>
    public bool CoversWork { get; init; } = true;

    /// <summary>Whether the right reaches transmission over computer networks (live streaming): wire or wireless, any means, or networks.</summary>
    public bool ReachesNetworkTransmission =>
        (Means & (TransmissionMeans.WireOrWireless | TransmissionMeans.AnyMeans | TransmissionMeans.Networks)) != 0;
}

/// <summary>The uses of sound recordings a producer's right covers.</summary>
[Flags]
public enum RecordingUses
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>Reproduction (复制).</summary>
    Reproduction = 1 << 0,

    /// <summary>Distribution (发行).</summary>
    Distribution = 1 << 1,

    /// <summary>Rental (出租).</summary>
    Rental = 1 << 2,

    /// <summary>Making available over information networks (通过信息网络向公众传播).</summary>
    MakingAvailable = 1 << 3,

    /// <summary>Broadcasting (播放, 广播).</summary>
    Broadcasting = 1 << 4,

    /// <summary>Public performance, including by digital audio transmission (公开播送, 表演).</summary>
    PublicPerformance = 1 << 5,
}

/// <summary>Who a remuneration is paid to.</summary>
public enum RemunerationPayee
{
    /// <summary>No remuneration in the words.</summary>
    None,

    /// <summary>The producer of the sound recording ("应当向录音制作者支付报酬").</summary>
    Producer,

    /// <summary>Someone else, such as the copyright owner of the work ("可以不经著作权人许可，但应当支付报酬").</summary>
    Other,
}

/// <summary>
/// Rights of producers of sound recordings: "录音录像制作者对其制作的录音录像制品，享有许可他人复制、发行、出租、通过信息网络向公众传播并获得报酬的权利",
/// "in the case of sound recordings, to perform the copyrighted work publicly by means of a digital audio transmission",
/// "将录音制品用于有线或者无线公开传播…应当向录音制作者支付报酬".
/// </summary>
public sealed record ProducerRight : Fact
{
    /// <summary>Creates a producer's right fact.</summary>
    public ProducerRight(ProvisionRef provision, Span span, string text, RecordingUses uses, RecordingUses remuneratedUses, RemunerationPayee payee)
        : base(provision, span, text)
    {
        Uses = uses;
        RemuneratedUses = remuneratedUses;
        Payee = payee;
    }

    /// <summary>The uses the right covers (exclusive rights, or uses for which remuneration is due).</summary>
    public RecordingUses Uses { get; init; }

    /// <summary>The uses for which a remuneration is due rather than an exclusive right.</summary>
    public RecordingUses RemuneratedUses { get; init; }

    /// <summary>Who the remuneration is paid to.</summary>
    public RemunerationPayee Payee { get; init; }

    /// <summary>The words naming broadcasting or public performance, or none.</summary>
    public Span PerformanceSpan { get; init; } = Span.None;

    /// <summary>Whether producers have a right (exclusive or to remuneration paid to them) over broadcasting or public performance.</summary>
    public bool CoversBroadcastOrPerformance =>
        ((Uses & ~RemuneratedUses) & (RecordingUses.Broadcasting | RecordingUses.PublicPerformance)) != 0
        || ((RemuneratedUses & (RecordingUses.Broadcasting | RecordingUses.PublicPerformance)) != 0 && Payee == RemunerationPayee.Producer);
}
