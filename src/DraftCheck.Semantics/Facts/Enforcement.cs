using DraftCheck.Model;

namespace DraftCheck.Semantics;

/// <summary>How a provision provides criminal liability.</summary>
public enum CriminalSanctionKind
{
    /// <summary>It defines an offence and its penalty ("commits an offence", "shall be fined ... or imprisoned", "处三年以下有期徒刑").</summary>
    Offence,

    /// <summary>It refers to criminal law in general terms ("构成犯罪的，依法追究刑事责任", "where a crime is constituted, criminal liability shall be investigated").</summary>
    Generic,

    /// <summary>It obliges others to provide sanctions ("Member States shall provide appropriate sanctions and remedies").</summary>
    ObligationToProvide,
}

/// <summary>
/// Criminal liability stated by a provision, with what it covers: "Any person who violates section 1201 or 1202 willfully
/// and for purposes of commercial advantage or private financial gain— (1) shall be fined not more than $500,000".
/// </summary>
public sealed record CriminalSanction : Fact
{
    /// <summary>Creates a criminal-sanction fact.</summary>
    public CriminalSanction(ProvisionRef provision, Span span, string text, CriminalSanctionKind kind, Span sanctionSpan)
        : base(provision, span, text)
    {
        Kind = kind;
        SanctionSpan = sanctionSpan;
    }

    /// <summary>How criminal liability is provided.</summary>
    public CriminalSanctionKind Kind { get; init; }

    /// <summary>The words providing it ("构成犯罪的，依法追究刑事责任", "commits an offence", "shall be fined").</summary>
    public Span SanctionSpan { get; init; }

    /// <summary>An element of profit or commercial purpose ("以营利为目的", "for purposes of commercial advantage or private financial gain"), or none.</summary>
    public Span ProfitMotiveSpan { get; init; } = Span.None;

    /// <summary>Whether the offence requires a profit motive.</summary>
    public bool RequiresProfitMotive => !ProfitMotiveSpan.IsNone;

    /// <summary>Whether the sanction covers circumvention of technological measures or trafficking in circumvention tools.</summary>
    public bool CoversTechnologicalMeasures { get; init; }

    /// <summary>Whether the sanction covers infringement of copyright or related rights itself.</summary>
    public bool CoversInfringement { get; init; }
}

/// <summary>The standard on which administrative cases go to criminal authorities.</summary>
public enum TransferStandard
{
    /// <summary>The words state no standard.</summary>
    Unspecified,

    /// <summary>Reasonable suspicion ("reasonable suspicion", "有合理理由怀疑").</summary>
    ReasonableSuspicion,

    /// <summary>Suspicion without the word reasonable ("涉嫌构成犯罪", "suspected of constituting a crime").</summary>
    Suspicion,

    /// <summary>That the facts constitute a crime ("构成犯罪的", "constitute a crime").</summary>
    ConstitutesCrime,

    /// <summary>Proof, for example of the illegal proceeds ("证明", "proof").</summary>
    Proof,
}

/// <summary>
/// A provision governing the transfer of administrative cases to criminal (public security or judicial) authorities, with
/// its standard: "涉嫌构成犯罪，依法需要追究刑事责任的，必须依照本规定向公安机关移送".
/// </summary>
public sealed record CaseTransfer : Fact
{
    /// <summary>Creates a case-transfer fact.</summary>
    public CaseTransfer(ProvisionRef provision, Span span, string text, TransferStandard standard, Span transferSpan)
        : base(provision, span, text)
    {
        Standard = standard;
        TransferSpan = transferSpan;
    }

    /// <summary>The standard for transfer.</summary>
    public TransferStandard Standard { get; init; }

    /// <summary>The words of the transfer ("移送", "transfer the case").</summary>
    public Span TransferSpan { get; init; }

    /// <summary>The words stating the standard, or none.</summary>
    public Span StandardSpan { get; init; } = Span.None;
}

/// <summary>
/// A provision letting a collective management organisation represent right holders who are not its members (extended
/// collective management): "may ... on behalf of all right holders, except those who have declared in writing".
/// </summary>
public sealed record ExtendedCollectiveManagement : Fact
{
    /// <summary>Creates an extended-collective-management fact.</summary>
    public ExtendedCollectiveManagement(ProvisionRef provision, Span span, string text, Span nonMembersSpan)
        : base(provision, span, text)
    {
        NonMembersSpan = nonMembersSpan;
    }

    /// <summary>The words extending representation to non-members ("全体权利人", "right holders who are not its members").</summary>
    public Span NonMembersSpan { get; init; }
}
