using DraftCheck.Model;

namespace DraftCheck.Rules;

/// <summary>
/// Declares what a DraftCheck rule is: <c>[Rule("IIPA001", Title = "...", Category = "Term", Severity = Severity.Error, Source = "...")]</c>.
/// The engine reads it into the rule's <see cref="RuleDescriptor"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class RuleAttribute(string id) : Attribute
{
    /// <summary>The stable id with the pack's prefix: letters then digits (<c>IIPA001</c>).</summary>
    public string Id { get; } = id;

    /// <summary>One line saying what the rule detects.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>The grouping used in reports (<c>Term</c>, <c>SafeHarbour</c>).</summary>
    public string Category { get; set; } = string.Empty;

    /// <summary>The default severity of the rule's findings.</summary>
    public Severity Severity { get; set; } = Severity.Warning;

    /// <summary>The authority the rule encodes (document, section, footnote).</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>Why a finding matters and what to do about it.</summary>
    public string Description { get; set; } = string.Empty;

    /// <summary>Where to read more.</summary>
    public string HelpUri { get; set; } = string.Empty;

    /// <summary>Whether the rule runs unless disabled.</summary>
    public bool IsEnabledByDefault { get; set; } = true;
}

/// <summary>Overrides the rule's name (by default its id, or its class name for rules without <see cref="RuleAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class NameAttribute(string value) : Attribute
{
    /// <summary>The name.</summary>
    public string Value { get; } = value;
}

/// <summary>A description of the rule for people reading traces.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class DescriptionAttribute(string value) : Attribute
{
    /// <summary>The description.</summary>
    public string Value { get; } = value;
}

/// <summary>A tag for grouping and filtering rules; a rule may have several.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true, AllowMultiple = true)]
public sealed class TagAttribute(string value) : Attribute
{
    /// <summary>The tag.</summary>
    public string Value { get; } = value;
}

/// <summary>The rule's priority on the agenda: higher fires first; the default is 0.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class PriorityAttribute(int value) : Attribute
{
    /// <summary>The priority.</summary>
    public int Value { get; } = value;
}
