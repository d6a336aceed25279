using System.Collections.Immutable;
using DraftCheck.Model;

namespace DraftCheck.Semantics;

/// <summary>The topics a draft deals with, as a checklist's scope names them.</summary>
[Flags]
public enum ScopeTopic
{
    /// <summary>No topic.</summary>
    None = 0,

    /// <summary>Terms of protection.</summary>
    Term = 1 << 0,

    /// <summary>Economic rights in works (reproduction, broadcasting, communication to the public).</summary>
    Rights = 1 << 1,

    /// <summary>Rights related to copyright (performers, producers of sound recordings, broadcasters).</summary>
    RelatedRights = 1 << 2,

    /// <summary>Online intermediaries: safe harbours, notice and takedown, platform duties, joint liability.</summary>
    Intermediaries = 1 << 3,

    /// <summary>Technological protection measures.</summary>
    TechnologicalMeasures = 1 << 4,

    /// <summary>The making-available (information network) right, linking and apps.</summary>
    MakingAvailable = 1 << 5,

    /// <summary>Injunctions against intermediaries.</summary>
    IntermediaryInjunctions = 1 << 6,

    /// <summary>Civil damages.</summary>
    Damages = 1 << 7,

    /// <summary>Evidence and presumptions in enforcement proceedings.</summary>
    Evidence = 1 << 8,

    /// <summary>Administrative and criminal penalties.</summary>
    Penalties = 1 << 9,

    /// <summary>Exceptions and limitations.</summary>
    Exceptions = 1 << 10,

    /// <summary>Criminal offences.</summary>
    Criminal = 1 << 11,

    /// <summary>Transfer of administrative cases to criminal authorities.</summary>
    CaseTransfer = 1 << 12,

    /// <summary>Collective management.</summary>
    CollectiveManagement = 1 << 13,

    /// <summary>Every topic: what a copyright law or act covers.</summary>
    All = (1 << 14) - 1,
}

/// <summary>What kind of instrument a draft is, which decides the topics it covers.</summary>
public enum ScopeKind
{
    /// <summary>A copyright law or act: covers every topic, even those it delegates to another instrument.</summary>
    CopyrightLaw,

    /// <summary>Regulations on the right of communication through information networks: intermediaries, TPMs, the making-available right, injunctions against intermediaries.</summary>
    NetworkRegulation,

    /// <summary>An instrument harmonising "certain aspects" (a directive) or an extract of a law: the topics its own provisions deal with.</summary>
    Partial,
}

/// <summary>Where a draft's scope comes from.</summary>
public enum ScopeOrigin
{
    /// <summary>Inferred from the draft's title and content.</summary>
    Inferred,

    /// <summary>Given by the user (the <c>--scope</c> option).</summary>
    Configured,
}

/// <summary>
/// The topics a draft covers, and why: "a copyright law (its title: 'Copyright Law of the People's Republic of China')
/// covers every topic". Rules about something missing apply only to topics the scope covers, and say which scope made
/// them apply. One per draft; its span is the title's words, or <see cref="Span.None"/> when the scope was configured.
/// </summary>
public sealed record DraftScope : Fact
{
    /// <summary>Creates a scope.</summary>
    public DraftScope(ProvisionRef provision, Span span, string text, ScopeKind kind, ScopeTopic topics, ScopeOrigin origin, string reason,
        ImmutableArray<Delegation> delegations)
        : base(provision, span, text)
    {
        Kind = kind;
        Topics = topics;
        Origin = origin;
        Reason = reason;
        Delegations = delegations;
    }

    /// <summary>A scope the user gives, covering <paramref name="topics"/>.</summary>
    public static DraftScope Configured(ScopeKind kind, ScopeTopic topics, string reason) =>
        new(ProvisionRef.Document, Span.None, string.Empty, kind, topics, ScopeOrigin.Configured, reason, []);

    /// <summary>The kind of instrument.</summary>
    public ScopeKind Kind { get; init; }

    /// <summary>The topics covered.</summary>
    public ScopeTopic Topics { get; init; }

    /// <summary>Whether the scope was inferred or configured.</summary>
    public ScopeOrigin Origin { get; init; }

    /// <summary>Why the draft has this scope, in words: "its title names a copyright law ("Copyright Law of ...")".</summary>
    public string Reason { get; init; }

    /// <summary>The provisions delegating a topic to another instrument or leaving it to existing rules.</summary>
    public ImmutableArray<Delegation> Delegations { get; init; }

    /// <summary>Whether the scope covers every topic of <paramref name="topic"/>.</summary>
    public bool Covers(ScopeTopic topic) => topic != ScopeTopic.None && (Topics & topic) == topic;

    /// <summary>
    /// The scope in words, for reports: "copyright law, every topic (inferred: its title names a copyright law (...))" or
    /// "partial instrument: term, damages (configured: --scope term,damages)".
    /// </summary>
    public string Describe()
    {
        string kind = Kind switch
        {
            ScopeKind.CopyrightLaw => "copyright law",
            ScopeKind.NetworkRegulation => "regulations on the information network right",
            _ => "partial instrument",
        };
        string topics = Topics == ScopeTopic.All ? "every topic" : Topics == ScopeTopic.None ? "no topic" : ScopeTopics.Format(Topics);
        return $"{kind}, {topics} ({(Origin == ScopeOrigin.Configured ? "configured" : "inferred")}: {Reason})";
    }

    /// <summary>The first delegation of <paramref name="topic"/>, or null.</summary>
    public Delegation? DelegationOf(ScopeTopic topic) => Delegations.FirstOrDefault(d => (d.Topics & topic) != 0);
}

/// <summary>How a provision hands a topic to other rules.</summary>
public enum DelegationKind
{
    /// <summary>Another body will make the rules: "shall be formulated separately by the State Council", "由国务院另行规定".</summary>
    ToAnotherInstrument,

    /// <summary>Existing rules stay as they are: "shall leave intact and shall in no way affect existing Community provisions relating to".</summary>
    LeftToExistingRules,
}

/// <summary>
/// A provision handing a topic to another instrument: "计算机软件、信息网络传播权的保护办法由国务院另行规定" (the network
/// topics to the State Council), or leaving it to existing rules ("shall leave intact ... the term of protection").
/// </summary>
public sealed record Delegation : Fact
{
    /// <summary>Creates a delegation.</summary>
    public Delegation(ProvisionRef provision, Span span, string text, DelegationKind kind, ScopeTopic topics, Span subjectSpan)
        : base(provision, span, text)
    {
        Kind = kind;
        Topics = topics;
        SubjectSpan = subjectSpan;
    }

    /// <summary>Whether the topic goes to another instrument or stays with existing rules.</summary>
    public DelegationKind Kind { get; init; }

    /// <summary>The topics handed over.</summary>
    public ScopeTopic Topics { get; init; }

    /// <summary>The words naming what is handed over ("信息网络传播权", "the term of protection").</summary>
    public Span SubjectSpan { get; init; }
}

/// <summary>
/// The provision most closely related to a topic, where a finding about something missing points: the damages article
/// for missing punitive damages, a safe harbour for a missing repeat-infringer policy, or the title when no provision
/// deals with the topic. One per topic of <see cref="ScopeTopic"/>.
/// </summary>
public sealed record TopicAnchor : Fact
{
    /// <summary>Creates an anchor.</summary>
    public TopicAnchor(ProvisionRef provision, Span span, string text, ScopeTopic topic, bool isTitle)
        : base(provision, span, text)
    {
        Topic = topic;
        IsTitle = isTitle;
    }

    /// <summary>The topic.</summary>
    public ScopeTopic Topic { get; init; }

    /// <summary>Whether no provision deals with the topic, so the anchor is the draft's title.</summary>
    public bool IsTitle { get; init; }

    /// <summary>The fact the anchor points at, or null for the title (or an authorship provision).</summary>
    public Fact? Of { get; init; }
}

/// <summary>The names of <see cref="ScopeTopic"/> values as the command line and reports write them: "term", "intermediary-injunctions".</summary>
public static class ScopeTopics
{
    /// <summary>Every single topic with its name, in declaration order.</summary>
    public static IReadOnlyList<(string Name, ScopeTopic Topic)> Names { get; } =
    [
        .. Enum.GetValues<ScopeTopic>().Where(t => t is not ScopeTopic.None and not ScopeTopic.All).Select(t => (NameOf(t), t)),
    ];

    /// <summary>The topics in words, comma-separated: "term, damages".</summary>
    public static string Format(ScopeTopic topics) => string.Join(", ", Names.Where(n => (topics & n.Topic) == n.Topic).Select(n => n.Name));

    /// <summary>The topic named <paramref name="name"/> ("term", "intermediaries"), or null.</summary>
    public static ScopeTopic? Parse(string name)
    {
        foreach ((string known, ScopeTopic topic) in Names)
        {
            if (string.Equals(known, name.Trim(), StringComparison.OrdinalIgnoreCase)) return topic;
        }
        return null;
    }

    // "IntermediaryInjunctions" -> "intermediary-injunctions"
    private static string NameOf(ScopeTopic topic)
    {
        var name = new System.Text.StringBuilder();
        foreach (char c in topic.ToString())
        {
            if (char.IsUpper(c) && name.Length > 0) name.Append('-');
            name.Append(char.ToLowerInvariant(c));
        }
        return name.ToString();
    }
}
