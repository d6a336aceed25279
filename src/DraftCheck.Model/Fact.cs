namespace DraftCheck.Model;

/// <summary>
/// A typed, immutable statement extracted from a provision, with the exact words it came from. Concrete fact types
/// (a term of protection, a safe-harbour clause, a cross-reference...) derive from it.
/// </summary>
/// <remarks>The rules engine matches facts by reference: two facts with equal values are still two facts.</remarks>
public abstract record Fact
{
    /// <summary>Creates a fact stated by <paramref name="provision"/> in the words <paramref name="text"/> at <paramref name="span"/>.</summary>
    protected Fact(ProvisionRef provision, Span span, string text)
    {
        Provision = provision;
        Span = span;
        Text = text ?? string.Empty;
    }

    /// <summary>The provision that states the fact.</summary>
    public ProvisionRef Provision { get; init; }

    /// <summary>The span of the words that state the fact.</summary>
    public Span Span { get; init; }

    /// <summary>The words that state the fact, exactly as in the draft.</summary>
    public string Text { get; init; }

    /// <summary>The location of the words that state the fact.</summary>
    public Location Location => new(Provision, Span, Text);

    /// <summary>The location of part of the fact's words, such as the number of years in a term.</summary>
    public Location LocationOf(Span part)
    {
        if (!Span.Contains(part)) throw new ArgumentOutOfRangeException(nameof(part), $"{part} is not inside the fact's words {Span}.");
        return new Location(Provision, part, Text.Substring(part.Start - Span.Start, part.Length));
    }
}
