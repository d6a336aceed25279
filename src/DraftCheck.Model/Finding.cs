using System.Collections.Immutable;

namespace DraftCheck.Model;

/// <summary>One problem a rule found in a draft: which rule, how serious, what it says, where, and the suggested fix.</summary>
public sealed record Finding
{
    /// <summary>Creates a finding with the rule's default severity.</summary>
    public Finding(RuleDescriptor rule, string message, Location location)
    {
        Rule = rule;
        Severity = rule.DefaultSeverity;
        Message = message;
        Location = location;
    }

    /// <summary>The rule that reported the finding.</summary>
    public RuleDescriptor Rule { get; init; }

    /// <summary>The rule id (shortcut for <c>Rule.Id</c>).</summary>
    public string RuleId => Rule.Id;

    /// <summary>The effective severity: the rule's default, or what the rule chose for this finding, or the user's configuration.</summary>
    public Severity Severity { get; init; }

    /// <summary>The message shown to the user.</summary>
    public string Message { get; init; }

    /// <summary>The words the finding is about.</summary>
    public Location Location { get; init; }

    /// <summary>Other words that explain the finding (for example the other half of an inconsistency).</summary>
    public ImmutableArray<Location> AdditionalLocations { get; init; } = [];

    /// <summary>The suggested wording, if the rule proposes one.</summary>
    public Fix? Fix { get; init; }

    /// <summary>
    /// A stable hash of the rule id and the normalised words of the provision and of the match, with the occurrence
    /// among equal ones: <c>5f0c2a9e41b7d3c8e6a1f09b2d4c7e35:1</c>. It leaves out positions and provision numbers, so it
    /// survives renumbering and edits elsewhere in the draft (baselines, SARIF <c>partialFingerprints</c>). Empty until
    /// the checker sets it.
    /// </summary>
    public string Fingerprint { get; init; } = string.Empty;

    /// <summary>Whether the finding proposes a fix.</summary>
    public bool HasFix => Fix is not null;
}
