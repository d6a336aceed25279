using System.Collections.Immutable;
using DraftCheck.Model;
using DraftCheck.Syntax.Grammars;

namespace DraftCheck.Syntax;

/// <summary>
/// An immutable node of the provision tree: kind, stable id, human label, heading, span and children.
/// The span covers the provision's label, text and children; <see cref="TextSpan"/> covers its own words only.
/// </summary>
public sealed class Provision
{
    internal Provision(ProvisionKind kind, ProvisionId id, string label, string number, long ordinal, string heading,
        Span span, Span labelSpan, Span textSpan, ImmutableArray<Provision> children)
    {
        Kind = kind;
        Id = id;
        Label = label;
        Number = number;
        Ordinal = ordinal;
        Heading = heading;
        Span = span;
        LabelSpan = labelSpan;
        TextSpan = textSpan;
        Children = children;
    }

    /// <summary>The provision's level.</summary>
    public ProvisionKind Kind { get; }

    /// <summary>The stable id: <c>art_21__para_1__item_5</c>, <c>sec_512__subsec_c__para_1__subpara_A</c>.</summary>
    public ProvisionId Id { get; }

    /// <summary>The human label: "Article 21(1)(5)", "第二十一条第一款第（五）项", "§ 512(c)(1)(A)", "s. 296ZA(1)".</summary>
    public string Label { get; }

    /// <summary>The number as printed ("21", "二十一", "c", "296ZA"); empty for unnumbered provisions.</summary>
    public string Number { get; }

    /// <summary>The number's value, or the position among siblings of the same kind for unnumbered paragraphs (第二款 is 2).</summary>
    public long Ordinal { get; }

    /// <summary>The heading or title ("Term of Protection", "著作权", "In General"), or empty.</summary>
    public string Heading { get; }

    /// <summary>Everything the provision covers, children included.</summary>
    public Span Span { get; }

    /// <summary>The printed label ("Article 21", "（五）"), or an empty span when there is none.</summary>
    public Span LabelSpan { get; }

    /// <summary>The provision's own words before its children, without label and heading; an empty span when it has none.</summary>
    public Span TextSpan { get; }

    /// <summary>
    /// The provision's own words after its children, closing the sentence its children continue ("subject as follows.",
    /// "shall be liable for any damages..."); an empty span when there are none.
    /// </summary>
    public Span WrapUpSpan { get; internal init; }

    /// <summary>The sub-provisions in document order.</summary>
    public ImmutableArray<Provision> Children { get; }

    /// <summary>How the number is written; <see cref="NumberStyle.None"/> for provisions counted by position.</summary>
    public NumberStyle Style { get; internal init; }

    /// <summary>Whether the provision carries a printed (or Word-numbered) label, rather than being counted by position.</summary>
    public bool IsNumbered => Style != NumberStyle.None;

    /// <summary>
    /// The number normalised for comparison, as in the id: "23" for 二十三, "296ZA", "c", "iv"; the position for
    /// provisions counted by position.
    /// </summary>
    public string Key { get; internal init; } = string.Empty;

    /// <summary>The capital letters of an inserted provision ("A" of 9A, "ZA" of 296ZA), or empty.</summary>
    public string Suffix { get; internal init; } = string.Empty;

    /// <summary>The reference facts and findings use.</summary>
    public ProvisionRef Ref => new(Id, Label);

    /// <summary>The provision's own words: <see cref="TextSpan"/> and <see cref="WrapUpSpan"/>, those that are not empty.</summary>
    public IEnumerable<Span> OwnSpans()
    {
        if (!TextSpan.IsNone && !TextSpan.IsEmpty) yield return TextSpan;
        if (!WrapUpSpan.IsNone && !WrapUpSpan.IsEmpty) yield return WrapUpSpan;
    }

    /// <summary>This provision and all below it, in document order.</summary>
    public IEnumerable<Provision> DescendantsAndSelf()
    {
        yield return this;
        foreach (Provision child in Children)
        {
            foreach (Provision descendant in child.DescendantsAndSelf()) yield return descendant;
        }
    }

    /// <summary>The label and id.</summary>
    public override string ToString() => $"{Label} ({Id})";
}
