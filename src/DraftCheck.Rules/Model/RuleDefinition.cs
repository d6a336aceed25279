using System.Collections.Immutable;
using DraftCheck.Model;

namespace DraftCheck.Rules.Model;

/// <summary>
/// The canonical form of a rule, independent of how it was written and of how an engine runs it: metadata, the
/// left-hand side (what to match) and the right-hand side (what to do).
/// </summary>
public sealed class RuleDefinition
{
    internal RuleDefinition(string name, string description, int priority, ImmutableArray<string> tags,
        RuleDescriptor? descriptor, Type? ruleType, GroupElement leftHandSide, ImmutableArray<ActionElement> rightHandSide,
        ImmutableArray<DependencyElement> dependencies)
    {
        Dependencies = dependencies;
        Name = name;
        Description = description;
        Priority = priority;
        Tags = tags;
        Descriptor = descriptor;
        RuleType = ruleType;
        LeftHandSide = leftHandSide;
        RightHandSide = rightHandSide;
    }

    /// <summary>The rule's name: its id when it has a <see cref="RuleAttribute"/>, else its class name.</summary>
    public string Name { get; }

    /// <summary>A description for traces.</summary>
    public string Description { get; }

    /// <summary>The agenda priority: higher fires first.</summary>
    public int Priority { get; }

    /// <summary>The rule's tags.</summary>
    public ImmutableArray<string> Tags { get; }

    /// <summary>What the rule is, for rules that report findings; null for rules that only derive facts.</summary>
    public RuleDescriptor? Descriptor { get; }

    /// <summary>The class the rule was defined in, when it was defined by a <see cref="Rule"/> subclass.</summary>
    public Type? RuleType { get; }

    /// <summary>What the rule matches: a conjunction of elements, which may nest <see cref="GroupType.Or"/> groups.</summary>
    public GroupElement LeftHandSide { get; }

    /// <summary>What the rule does, in order.</summary>
    public ImmutableArray<ActionElement> RightHandSide { get; }

    /// <summary>The services the actions use, resolved from the host when the rule fires.</summary>
    public ImmutableArray<DependencyElement> Dependencies { get; }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
