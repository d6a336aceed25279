using System.Collections.Immutable;

namespace DraftCheck.Model;

/// <summary>
/// What a rule is, apart from what it finds. For example: id <c>IIPA001</c>, title "Term for works of natural
/// persons is below life + 70 years", category <c>Term</c>, default severity <see cref="Severity.Error"/>, source
/// "IIPA 2020 Special 301 Report, China, Copyright Law Amendments Should Be Improved, fn. 45".
/// </summary>
public sealed record RuleDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    public RuleDescriptor(string id, string title, string category, Severity defaultSeverity, string source)
    {
        Id = id;
        Title = title;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Source = source;
    }

    /// <summary>The stable id with the pack's prefix (<c>IIPA001</c>); never reused once released.</summary>
    public string Id { get; init; }

    /// <summary>One line saying what the rule detects.</summary>
    public string Title { get; init; }

    /// <summary>The grouping used in reports and bulk configuration (<c>Term</c>, <c>SafeHarbour</c>...).</summary>
    public string Category { get; init; }

    /// <summary>The severity of the rule's findings unless the user configures another.</summary>
    public Severity DefaultSeverity { get; init; }

    /// <summary>The authority the rule encodes (document, section, footnote).</summary>
    public string Source { get; init; }

    /// <summary>Why the finding matters and what to do about it; may be empty.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>Where to read more; may be empty.</summary>
    public string HelpUri { get; init; } = string.Empty;

    /// <summary>Free-form tags (such as the checklist section).</summary>
    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>Whether the rule runs unless the user disables it.</summary>
    public bool IsEnabledByDefault { get; init; } = true;
}
