using DraftCheck.Model;

namespace DraftCheck.Semantics;

/// <summary>
/// Exceptions and limitations to copyright or related rights: a list of cases in which a work may be used without
/// permission ("在下列情况下使用作品，可以不经著作权人许可，不向其支付报酬：…", "Member States may provide for exceptions or
/// limitations ... in the following cases:"), or an open-ended fair-use clause. Exceptions to TPM protection are not
/// exceptions of this kind.
/// </summary>
public sealed record ExceptionsProvision : Fact
{
    /// <summary>Creates an exceptions fact.</summary>
    public ExceptionsProvision(ProvisionRef provision, Span span, string text, Span leadSpan, int itemCount, bool isOpenEnded)
        : base(provision, span, text)
    {
        LeadSpan = leadSpan;
        ItemCount = itemCount;
        IsOpenEnded = isOpenEnded;
    }

    /// <summary>The words introducing the exceptions ("可以不经著作权人许可", "exceptions or limitations", "fair use").</summary>
    public Span LeadSpan { get; init; }

    /// <summary>The number of listed cases; 0 for an open-ended clause.</summary>
    public int ItemCount { get; init; }

    /// <summary>Whether the provision is an open-ended fair-use clause rather than a list.</summary>
    public bool IsOpenEnded { get; init; }

    /// <summary>A last item catching other cases ("法律、行政法规规定的其他情形", "certain other cases of minor importance"), or none.</summary>
    public Span CatchAllSpan { get; init; } = Span.None;

    /// <summary>Whether the list ends in a catch-all.</summary>
    public bool EndsInCatchAll => !CatchAllSpan.IsNone;
}

/// <summary>
/// The conditions of the three-step test as a provision states them: "certain special cases which do not conflict with a
/// normal exploitation of the work ... and do not unreasonably prejudice the legitimate interests of the rightholder",
/// "不得影响该作品的正常使用，也不得不合理地损害著作权人的合法权益".
/// </summary>
public sealed record ThreeStepTest : Fact
{
    /// <summary>Creates a three-step-test fact.</summary>
    public ThreeStepTest(ProvisionRef provision, Span span, string text, Span normalExploitationSpan, Span legitimateInterestsSpan)
        : base(provision, span, text)
    {
        NormalExploitationSpan = normalExploitationSpan;
        LegitimateInterestsSpan = legitimateInterestsSpan;
    }

    /// <summary>"shall not conflict with a normal exploitation", "不得影响该作品的正常使用", or none.</summary>
    public Span NormalExploitationSpan { get; init; }

    /// <summary>"do not unreasonably prejudice the legitimate interests", "不得不合理地损害著作权人的合法权益", or none.</summary>
    public Span LegitimateInterestsSpan { get; init; }

    /// <summary>Whether both conditions are stated.</summary>
    public bool HasBothConditions => !NormalExploitationSpan.IsNone && !LegitimateInterestsSpan.IsNone;
}
