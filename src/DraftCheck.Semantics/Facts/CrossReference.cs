using System.Collections.Immutable;
using DraftCheck.Model;

namespace DraftCheck.Semantics;

/// <summary>Whether a cross-reference names a provision the draft has.</summary>
public enum CrossReferenceStatus
{
    /// <summary>Every provision cited is in the draft: <see cref="CrossReference.Targets"/> names them.</summary>
    Resolved,

    /// <summary>The provision cited should be in the draft and is not: "subsection (2)" of a section whose subsections are lettered.</summary>
    Unresolved,

    /// <summary>
    /// The provision cited belongs to this instrument but lies outside the text given: the draft is an excerpt or a code
    /// (its first article is not numbered 1) and skips that number, or it is in a schedule the draft does not contain.
    /// </summary>
    OutsideDraft,

    /// <summary>The provision cited belongs to another instrument ("section 1030 of title 18", "《民事诉讼法》第九十三条").</summary>
    External,
}

/// <summary>
/// A reference from one provision to others: "Article 48(6)", "paragraph 2 of this Article", "the preceding paragraph",
/// "sections 107 through 122", "本法第十条第一款第（五）项至第（十七）项", "前款". One fact per provision or range cited:
/// "Article 5(2)(a), (2)(c)" gives two.
/// </summary>
public sealed record CrossReference : Fact
{
    /// <summary>Creates a cross-reference fact.</summary>
    public CrossReference(ProvisionRef provision, Span span, string text, CrossReferenceStatus status, ImmutableArray<ProvisionRef> targets,
        string citation, ProvisionRef nearest, string instrument, bool isRange)
        : base(provision, span, text)
    {
        Status = status;
        Targets = targets;
        Citation = citation;
        Nearest = nearest;
        Instrument = instrument;
        IsRange = isRange;
    }

    /// <summary>Whether the provisions cited are in the draft.</summary>
    public CrossReferenceStatus Status { get; init; }

    /// <summary>The provisions cited, a range expanded ("items (5) to (17)" gives thirteen); empty unless <see cref="Status"/> is Resolved.</summary>
    public ImmutableArray<ProvisionRef> Targets { get; init; }

    /// <summary>The provision cited, written out in full: "§ 1201(2)", "Article 11", "第十条第一款第（五）项至第（十七）项".</summary>
    public string Citation { get; init; }

    /// <summary>The deepest provision of the cited path that the draft has (§ 1201 for "subsection (2)" cited from § 1201(j)(4)); the draft when none.</summary>
    public ProvisionRef Nearest { get; init; }

    /// <summary>The other instrument named, for an <see cref="CrossReferenceStatus.External"/> reference ("title 18"); empty otherwise.</summary>
    public string Instrument { get; init; }

    /// <summary>Whether the reference cites a range ("Articles 10 to 12", "第（五）项至第（十七）项").</summary>
    public bool IsRange { get; init; }

    /// <summary>Whether every provision cited is in the draft.</summary>
    public bool IsResolved => Status == CrossReferenceStatus.Resolved;
}
