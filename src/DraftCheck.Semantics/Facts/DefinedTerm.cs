using System.Collections.Immutable;
using DraftCheck.Model;

namespace DraftCheck.Semantics;

/// <summary>
/// A term the draft defines ("“service provider” means...", "the term “works” includes...", "本法所称的作品，包括...",
/// "（以下统称权利人）", "技术措施，是指...") or writes in quotation marks as if it were defined. One fact per term: the
/// words are where it is first defined (or, if it never is, first quoted); <see cref="Definitions"/> and <see cref="Uses"/>
/// list every place it is defined and used.
/// </summary>
public sealed record DefinedTerm : Fact
{
    /// <summary>Creates a defined-term fact.</summary>
    public DefinedTerm(ProvisionRef provision, Span span, string text, string key, ImmutableArray<Location> definitions,
        ImmutableArray<Location> uses, bool appliesOutsideDraft)
        : base(provision, span, text)
    {
        Key = key;
        Definitions = definitions;
        Uses = uses;
        AppliesOutsideDraft = appliesOutsideDraft;
    }

    /// <summary>The term as written where it is first defined (or quoted): "service provider", "技术措施".</summary>
    public string Term => Text;

    /// <summary>The term normalised for comparison: lower case, single spaces, a final plural "s" dropped ("technological measure").</summary>
    public string Key { get; init; }

    /// <summary>Every place the draft defines the term, in document order; empty when it only quotes it as a defined term.</summary>
    public ImmutableArray<Location> Definitions { get; init; }

    /// <summary>Every use of the term outside its definitions, in document order (the plural and singular count as the term).</summary>
    public ImmutableArray<Location> Uses { get; init; }

    /// <summary>
    /// Whether a definition serves a provision outside the draft: "shall be deemed an “act of circumvention” for the
    /// purposes of section 1203(c)(3)(A)", where section 1203 is not in the text given.
    /// </summary>
    public bool AppliesOutsideDraft { get; init; }

    /// <summary>Whether the draft defines the term.</summary>
    public bool IsDefined => !Definitions.IsDefaultOrEmpty;

    /// <summary>Whether the draft uses the term anywhere outside its definitions.</summary>
    public bool IsUsed => !Uses.IsDefaultOrEmpty;
}

/// <summary>
/// Another name the draft uses for a thing it has defined: "internet service provider" in a draft that defines
/// "network service provider", "互联网服务提供者" where "网络服务提供者" is defined.
/// </summary>
public sealed record TermVariant : Fact
{
    /// <summary>Creates a term-variant fact at the words of the other name.</summary>
    public TermVariant(ProvisionRef provision, Span span, string text, string definedTerm, Location definition)
        : base(provision, span, text)
    {
        DefinedTerm = definedTerm;
        Definition = definition;
    }

    /// <summary>The defined name: "network service provider".</summary>
    public string DefinedTerm { get; init; }

    /// <summary>Where the defined name is defined.</summary>
    public Location Definition { get; init; }
}
