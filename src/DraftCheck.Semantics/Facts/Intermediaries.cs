using DraftCheck.Model;
using DraftCheck.Syntax.Grammars;

namespace DraftCheck.Semantics;

/// <summary>The activity a safe harbour covers.</summary>
public enum HarbourKind
{
    /// <summary>Mere conduit: transmission, routing, providing connections (自动接入、自动传输).</summary>
    Conduit,

    /// <summary>Caching: intermediate and temporary storage to make transmission more efficient (自动存储).</summary>
    Caching,

    /// <summary>Hosting: storage at the direction of users (信息存储空间).</summary>
    Hosting,

    /// <summary>Linking and search: information location tools (搜索或者链接服务).</summary>
    LinkingSearch,
}

/// <summary>The knowledge that takes a service out of a safe harbour, as the words state it.</summary>
public enum KnowledgeStandard
{
    /// <summary>No knowledge standard: only a notice counts.</summary>
    None,

    /// <summary>Actual knowledge ("does not have actual knowledge", "明知").</summary>
    ActualKnowledge,

    /// <summary>Knows or should know ("知道或者应当知道", "明知或者应知").</summary>
    KnowsOrShouldKnow,

    /// <summary>Reasonable grounds to know ("没有合理的理由应当知道", "has reasonable grounds to know").</summary>
    ReasonableGrounds,

    /// <summary>Awareness of facts or circumstances ("aware of facts or circumstances from which infringing activity is apparent").</summary>
    AwareOfFactsOrCircumstances,
}

/// <summary>
/// A safe harbour: a provision exempting a network service provider from liability for one activity, with the conditions
/// that follow it. The fact's words are the whole clause with its conditions; the decisive words are in the sub-spans
/// (<see cref="ExemptionSpan"/>, <see cref="NeutralitySpan"/>, <see cref="KnowledgeSpan"/>, <see cref="NoticeSpan"/>),
/// <see cref="Span.None"/> when the clause does not say them.
/// </summary>
public sealed record SafeHarbour : Fact
{
    /// <summary>Creates a safe harbour fact.</summary>
    public SafeHarbour(ProvisionRef provision, Span span, string text, HarbourKind kind, Span activitySpan, Span exemptionSpan)
        : base(provision, span, text)
    {
        Kind = kind;
        ActivitySpan = activitySpan;
        ExemptionSpan = exemptionSpan;
    }

    /// <summary>The activity covered.</summary>
    public HarbourKind Kind { get; init; }

    /// <summary>The words naming the activity ("提供信息存储空间", "Information Location Tools").</summary>
    public Span ActivitySpan { get; init; }

    /// <summary>The words exempting the provider ("不承担赔偿责任", "shall not be liable for monetary relief").</summary>
    public Span ExemptionSpan { get; init; }

    /// <summary>A condition that the service is neutral or passive ("未改变", "without modification of its content", "does not receive a financial benefit directly attributable"), or none.</summary>
    public Span NeutralitySpan { get; init; } = Span.None;

    /// <summary>Whether the conditions include a neutrality or passivity condition.</summary>
    public bool HasNeutralityCondition => !NeutralitySpan.IsNone;

    /// <summary>The knowledge standard of the conditions.</summary>
    public KnowledgeStandard Knowledge { get; init; }

    /// <summary>The words stating the knowledge standard, or none.</summary>
    public Span KnowledgeSpan { get; init; } = Span.None;

    /// <summary>A condition to act upon a notice ("在接到权利人的通知书后", "upon notification of claimed infringement"), or none.</summary>
    public Span NoticeSpan { get; init; } = Span.None;

    /// <summary>Whether the exemption is conditioned on acting upon a notice.</summary>
    public bool IsConditionedOnNotice => !NoticeSpan.IsNone;

    /// <summary>Whether the exemption is lost only on notice: a notice condition and no knowledge standard.</summary>
    public bool IsNoticeOnly => IsConditionedOnNotice && Knowledge == KnowledgeStandard.None;
}

/// <summary>How quickly a takedown must happen, as the words state it.</summary>
public enum TakedownTiming
{
    /// <summary>No timing word and no period.</summary>
    None,

    /// <summary>A timing word: "promptly", "expeditiously", "immediately", "without delay", "立即", "及时".</summary>
    Prompt,

    /// <summary>A fixed period: "within three days", "24小时内".</summary>
    FixedPeriod,
}

/// <summary>What triggers a takedown.</summary>
public enum TakedownTrigger
{
    /// <summary>The words name no trigger.</summary>
    Unspecified,

    /// <summary>A notice from the right holder.</summary>
    Notice,

    /// <summary>Knowledge or awareness of infringement.</summary>
    Knowledge,
}

/// <summary>
/// An obligation (or a harbour condition) to remove infringing material or disable access to it: "应当立即删除涉嫌侵权的作品",
/// "responds expeditiously to remove, or disable access to, the material". <see cref="DeferenceSpan"/> holds words
/// handing the procedure to another provision ("根据本条例规定", "in accordance with these Regulations").
/// </summary>
public sealed record TakedownDuty : Fact
{
    /// <summary>Creates a takedown fact.</summary>
    public TakedownDuty(ProvisionRef provision, Span span, string text, Span actionSpan, TakedownTrigger trigger, TakedownTiming timing)
        : base(provision, span, text)
    {
        ActionSpan = actionSpan;
        Trigger = trigger;
        Timing = timing;
    }

    /// <summary>The words of the removal ("删除", "remove, or disable access to").</summary>
    public Span ActionSpan { get; init; }

    /// <summary>What triggers the removal.</summary>
    public TakedownTrigger Trigger { get; init; }

    /// <summary>How quickly the removal must happen.</summary>
    public TakedownTiming Timing { get; init; }

    /// <summary>The timing word or the period's words, or none.</summary>
    public Span TimingSpan { get; init; } = Span.None;

    /// <summary>The fixed period, when <see cref="Timing"/> is <see cref="TakedownTiming.FixedPeriod"/>.</summary>
    public TimePeriod? Period { get; init; }

    /// <summary>Words handing the procedure, and so its timing, to another provision, or none.</summary>
    public Span DeferenceSpan { get; init; } = Span.None;

    /// <summary>Whether the procedure is handed to another provision.</summary>
    public bool DefersToProcedure => !DeferenceSpan.IsNone;

    /// <summary>The duty's rank among the draft's takedown duties, from 1: notice-and-takedown duties first, then the others, each in document order.</summary>
    public int Ordinal { get; init; }

    /// <summary>For a duty handing its procedure to another provision, the draft's first takedown duty with a timing of its own, or null.</summary>
    public TakedownDuty? Procedure { get; init; }
}

/// <summary>An obligation to keep infringing material from coming back: stay-down, filtering, "prevent ... from being uploaded again".</summary>
public sealed record StayDownDuty : Fact
{
    /// <summary>Creates a stay-down fact.</summary>
    public StayDownDuty(ProvisionRef provision, Span span, string text) : base(provision, span, text)
    {
    }
}

/// <summary>A policy of suspending or terminating repeat infringers' accounts, or a blacklist of repeat infringers.</summary>
public sealed record RepeatInfringerPolicy : Fact
{
    /// <summary>Creates a repeat-infringer fact.</summary>
    public RepeatInfringerPolicy(ProvisionRef provision, Span span, string text) : base(provision, span, text)
    {
    }
}

/// <summary>What brings removed material back.</summary>
public enum RestorationTrigger
{
    /// <summary>The uploader's counter-notice or declaration ("接到服务对象的书面说明后，应当立即恢复").</summary>
    CounterNotice,

    /// <summary>A waiting period passing without a complaint or suit by the right holder ("十五日内，未收到权利人已经投诉或者起诉通知的").</summary>
    WaitingPeriod,
}

/// <summary>
/// A provision restoring removed material, or ending measures taken, because of a counter-notice or a waiting period,
/// unless the right holder goes to court: "replaces the removed material ... not less than 10, nor more than 14, business
/// days following receipt of the counter notice, unless ...".
/// </summary>
public sealed record Restoration : Fact
{
    /// <summary>Creates a restoration fact.</summary>
    public Restoration(ProvisionRef provision, Span span, string text, RestorationTrigger trigger, Span actionSpan, Span triggerSpan)
        : base(provision, span, text)
    {
        Trigger = trigger;
        ActionSpan = actionSpan;
        TriggerSpan = triggerSpan;
    }

    /// <summary>What brings the material back.</summary>
    public RestorationTrigger Trigger { get; init; }

    /// <summary>The words restoring the material or ending the measures ("恢复", "replaces the removed material", "终止所采取的措施").</summary>
    public Span ActionSpan { get; init; }

    /// <summary>The words of the trigger ("书面说明", "counter notice", "十五日内").</summary>
    public Span TriggerSpan { get; init; }

    /// <summary>The waiting period, or null (including for "immediately").</summary>
    public TimePeriod? WaitingPeriod { get; init; }

    /// <summary>Words keeping the material down if the right holder complains or sues ("unless ... filed an action seeking a court order", "未收到权利人已经投诉或者起诉通知的"), or none.</summary>
    public Span UnlessSuitSpan { get; init; } = Span.None;

    /// <summary>Words making restoration depend on a decision on the merits by a court or authority, or none.</summary>
    public Span MeritsDecisionSpan { get; init; } = Span.None;
}

/// <summary>The basis on which someone other than the direct infringer is made liable.</summary>
public enum SecondaryLiabilityKind
{
    /// <summary>Joint (and several) liability with the infringer ("承担连带责任", "共同侵权责任", "jointly and severally liable").</summary>
    JointLiability,

    /// <summary>Liability for authorising infringement ("exclusive rights to do and to authorize", "does, or authorises another to do").</summary>
    Authorisation,

    /// <summary>Liability for inducing, abetting or assisting infringement ("教唆、帮助", "induces", "abets").</summary>
    Inducement,

    /// <summary>The platform is itself directly liable for what it gives access to.</summary>
    DirectPlatformLiability,
}

/// <summary>
/// A provision making a service (or anyone) that encourages, assists or authorises infringement liable:
/// "明知或者应知所链接的作品…侵权的，应当承担共同侵权责任", "the exclusive rights to do and to authorize".
/// </summary>
public sealed record SecondaryLiability : Fact
{
    /// <summary>Creates a secondary-liability fact.</summary>
    public SecondaryLiability(ProvisionRef provision, Span span, string text, SecondaryLiabilityKind kind)
        : base(provision, span, text)
    {
        Kind = kind;
    }

    /// <summary>The basis of liability.</summary>
    public SecondaryLiabilityKind Kind { get; init; }
}
