using System.Collections.Immutable;
using DraftCheck.Model;
using DraftCheck.Syntax.Grammars;

namespace DraftCheck.Semantics;

/// <summary>The event a term of protection runs from.</summary>
public enum TermBasis
{
    /// <summary>The words name no event ("shall be fifty years").</summary>
    Unspecified,

    /// <summary>The death of the author (or of the last surviving author of a joint work).</summary>
    AuthorsDeath,

    /// <summary>First publication (or the date copyright was secured).</summary>
    Publication,

    /// <summary>First making available to the public.</summary>
    MakingAvailable,

    /// <summary>Creation or making of the work.</summary>
    Creation,

    /// <summary>Fixation (first making) of a sound or video recording.</summary>
    Fixation,

    /// <summary>The performance taking place.</summary>
    Performance,

    /// <summary>First broadcast.</summary>
    Broadcast,
}

/// <summary>The kinds of works or subject matter a provision's term applies to, as its words state them.</summary>
[Flags]
public enum WorkCategory
{
    /// <summary>No category is stated.</summary>
    None = 0,

    /// <summary>Works of natural persons (公民的作品, "a work of a citizen").</summary>
    NaturalPerson = 1 << 0,

    /// <summary>Works of joint authorship (合作作品).</summary>
    JointWork = 1 << 1,

    /// <summary>Works of legal entities or other organisations (法人或者其他组织的作品).</summary>
    LegalEntity = 1 << 2,

    /// <summary>Works made for hire or in the course of employment (职务作品).</summary>
    WorkMadeForHire = 1 << 3,

    /// <summary>Cinematographic and audiovisual works (电影作品和以类似摄制电影的方法创作的作品).</summary>
    Cinematographic = 1 << 4,

    /// <summary>Photographic works (摄影作品).</summary>
    Photographic = 1 << 5,

    /// <summary>Anonymous works or works of unknown authorship (作者身份不明的作品).</summary>
    Anonymous = 1 << 6,

    /// <summary>Pseudonymous works.</summary>
    Pseudonymous = 1 << 7,

    /// <summary>Computer-generated works.</summary>
    ComputerGenerated = 1 << 8,

    /// <summary>Computer software (计算机软件).</summary>
    ComputerSoftware = 1 << 9,

    /// <summary>Sound or video recordings, phonograms (录音录像制品).</summary>
    SoundRecording = 1 << 10,

    /// <summary>Performances (表演).</summary>
    Performance = 1 << 11,

    /// <summary>Broadcasts (广播、电视).</summary>
    Broadcast = 1 << 12,

    /// <summary>Typographical arrangements, published editions, layout designs (版式设计).</summary>
    TypographicalArrangement = 1 << 13,
}

/// <summary>
/// A term of protection stated by a provision: "the life of the author and fifty years after his death",
/// "保护期为五十年，截止于作品首次发表后第五十年的12月31日". The words restating the same term (an expiry date) are
/// merged into one fact; their numbers are kept in <see cref="YearMentions"/> so that a fix can amend them all.
/// </summary>
public sealed record TermOfProtection : Fact
{
    /// <summary>Creates a term fact.</summary>
    public TermOfProtection(ProvisionRef provision, Span span, string text, TermBasis basis, int years, bool includesLife,
        WorkCategory categories, ImmutableArray<Numeral> yearMentions)
        : base(provision, span, text)
    {
        Basis = basis;
        Years = years;
        IncludesLife = includesLife;
        Categories = categories;
        YearMentions = yearMentions;
    }

    /// <summary>The event the term runs from.</summary>
    public TermBasis Basis { get; init; }

    /// <summary>The number of years.</summary>
    public int Years { get; init; }

    /// <summary>Whether the term is the author's life plus <see cref="Years"/>.</summary>
    public bool IncludesLife { get; init; }

    /// <summary>The works or subject matter the term applies to, as stated; <see cref="WorkCategory.None"/> when not stated.</summary>
    public WorkCategory Categories { get; init; }

    /// <summary>Every number in the draft that states this term's years ("fifty", "fiftieth"), first the main one.</summary>
    public ImmutableArray<Numeral> YearMentions { get; init; }

    /// <summary>The span of the main number of years.</summary>
    public Span YearsSpan => YearMentions.IsDefaultOrEmpty ? Span.None : YearMentions[0].Span;

    /// <summary>Whether this is a renewal term ("a renewal and extension of the copyright ... for the further term of 67 years"), counted into the first term's total.</summary>
    public bool IsRenewal { get; init; }

    /// <summary>The years of the renewal term the same article adds to this first term (67 in 17 U.S.C. § 304(a)); 0 when none.</summary>
    public int RenewalYears { get; init; }

    /// <summary>The numbers stating the renewal term's years, for a fix; empty when there is no renewal.</summary>
    public ImmutableArray<Numeral> RenewalMentions { get; init; } = [];

    /// <summary>The whole term: the first term plus its renewal (28 + 67 = 95 years).</summary>
    public int TotalYears => Years + RenewalYears;

    /// <summary>Whether the term applies to <paramref name="category"/> by its words.</summary>
    public bool AppliesTo(WorkCategory category) => (Categories & category) != 0;
}
