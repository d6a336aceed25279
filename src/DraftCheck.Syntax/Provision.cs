using System.Collections.Immutable;
using DraftCheck.Model;

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

    /// <summary>The stable id: <c>art_21__para_1__item_5</c>.</summary>
    public ProvisionId Id { get; }

    /// <summary>The human label: "Article 21(1)(5)", "第二十一条第一款第（五）项".</summary>
    public string Label { get; }

    /// <summary>The number as printed ("21", "二十一", "5"); empty for unnumbered provisions.</summary>
    public string Number { get; }

    /// <summary>The number's value, or the position among siblings of the same kind for unnumbered paragraphs (第二款 is 2).</summary>
    public long Ordinal { get; }

    /// <summary>The heading or title ("Term of Protection", "著作权"), or empty.</summary>
    public string Heading { get; }

    /// <summary>Everything the provision covers, children included.</summary>
    public Span Span { get; }

    /// <summary>The printed label ("Article 21", "（五）"), or an empty span when there is none.</summary>
    public Span LabelSpan { get; }

    /// <summary>The provision's own words, without label and children; an empty span when it has none.</summary>
    public Span TextSpan { get; }

    /// <summary>The sub-provisions in document order.</summary>
    public ImmutableArray<Provision> Children { get; }

    /// <summary>The reference facts and findings use.</summary>
    public ProvisionRef Ref => new(Id, Label);

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
