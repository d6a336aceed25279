namespace DraftCheck.Model;

/// <summary>
/// Where a fact or finding points: the draft, the provision, the span of the words in the draft's text layer,
/// the words themselves and, once resolved, their place in the Word file.
/// </summary>
public sealed record Location
{
    /// <summary>Creates a location in <paramref name="provision"/> at <paramref name="span"/>.</summary>
    public Location(ProvisionRef provision, Span span, string quote)
    {
        Provision = provision;
        Span = span;
        Quote = quote ?? string.Empty;
    }

    /// <summary>The whole draft, no particular words.</summary>
    public static Location None { get; } = new(ProvisionRef.Document, Span.None, string.Empty);

    /// <summary>The draft's path as given by the user; empty until the checker sets it.</summary>
    public string Draft { get; init; } = string.Empty;

    /// <summary>The provision holding the words.</summary>
    public ProvisionRef Provision { get; init; }

    /// <summary>The words' span in the draft's text layer.</summary>
    public Span Span { get; init; }

    /// <summary>The words, exactly as in the text layer.</summary>
    public string Quote { get; init; }

    /// <summary>The words' place in the Word file; <see cref="WordRange.None"/> until resolved or when the draft is not a Word file.</summary>
    public WordRange Word { get; init; } = WordRange.None;

    /// <summary>Whether this points at no words.</summary>
    public bool IsNone => Span.IsNone;
}
