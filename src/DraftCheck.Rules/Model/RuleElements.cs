using System.Collections.Immutable;
using System.Linq.Expressions;

namespace DraftCheck.Rules.Model;

/// <summary>A named variable a rule's left-hand side binds (a matched fact), which later conditions and actions use.</summary>
public sealed class Declaration
{
    internal Declaration(string name, Type type)
    {
        Name = name;
        Type = type;
        Parameter = Expression.Parameter(type, name);
    }

    /// <summary>The variable's name, as in the rule source.</summary>
    public string Name { get; }

    /// <summary>The variable's type.</summary>
    public Type Type { get; }

    /// <summary>The parameter standing for the variable in rewritten expressions.</summary>
    public ParameterExpression Parameter { get; }

    /// <summary>The name and type.</summary>
    public override string ToString() => $"{Type.Name} {Name}";
}

/// <summary>A node of a rule's left-hand side.</summary>
public abstract class RuleElement
{
    private protected RuleElement()
    {
    }

    /// <summary>The declarations this element makes visible to the elements after it.</summary>
    public abstract ImmutableArray<Declaration> Exports { get; }
}

/// <summary>
/// A boolean expression over the pattern's fact and earlier declarations. The lambda's parameters are exactly
/// <see cref="References"/>, in order.
/// </summary>
public sealed class ConditionElement
{
    internal ConditionElement(LambdaExpression expression, ImmutableArray<Declaration> references)
    {
        Expression = expression;
        References = references;
    }

    /// <summary>The rewritten condition.</summary>
    public LambdaExpression Expression { get; }

    /// <summary>The declarations the condition reads, one per lambda parameter.</summary>
    public ImmutableArray<Declaration> References { get; }

    /// <summary>The condition as written.</summary>
    public override string ToString() => Expression.ToString();
}

/// <summary>Matches facts of one type that satisfy all conditions, binding each to <see cref="Declaration"/>.</summary>
public sealed class PatternElement : RuleElement
{
    internal PatternElement(Declaration declaration, ImmutableArray<ConditionElement> conditions, RuleElement? source = null)
    {
        Declaration = declaration;
        Conditions = conditions;
        Source = source;
    }

    /// <summary>The variable the matched fact is bound to.</summary>
    public Declaration Declaration { get; }

    /// <summary>The fact type matched.</summary>
    public Type ValueType => Declaration.Type;

    /// <summary>The conditions, all of which must hold.</summary>
    public ImmutableArray<ConditionElement> Conditions { get; }

    /// <summary>Where the pattern's values come from: null for facts in working memory, or an aggregate for queries.</summary>
    public RuleElement? Source { get; }

    /// <inheritdoc/>
    public override ImmutableArray<Declaration> Exports => [Declaration];
}

/// <summary>Holds when no fact matches the pattern.</summary>
public sealed class NotElement : RuleElement
{
    internal NotElement(PatternElement pattern) => Pattern = pattern;

    /// <summary>The pattern that must not match.</summary>
    public PatternElement Pattern { get; }

    /// <inheritdoc/>
    public override ImmutableArray<Declaration> Exports => [];
}

/// <summary>Holds when at least one fact matches the pattern; binds nothing.</summary>
public sealed class ExistsElement : RuleElement
{
    internal ExistsElement(PatternElement pattern) => Pattern = pattern;

    /// <summary>The pattern that must match.</summary>
    public PatternElement Pattern { get; }

    /// <inheritdoc/>
    public override ImmutableArray<Declaration> Exports => [];
}

/// <summary>How a group combines its children.</summary>
public enum GroupType
{
    /// <summary>All children hold.</summary>
    And,

    /// <summary>At least one child holds; each child gives its own activations.</summary>
    Or,
}

/// <summary>A group of left-hand side elements.</summary>
public sealed class GroupElement : RuleElement
{
    internal GroupElement(GroupType groupType, ImmutableArray<RuleElement> childElements)
    {
        GroupType = groupType;
        ChildElements = childElements;
    }

    /// <summary>How the children combine.</summary>
    public GroupType GroupType { get; }

    /// <summary>The children in order.</summary>
    public ImmutableArray<RuleElement> ChildElements { get; }

    /// <inheritdoc/>
    public override ImmutableArray<Declaration> Exports => [.. ChildElements.SelectMany(c => c.Exports)];
}

/// <summary>
/// An action of a rule's right-hand side. The lambda's first parameter is the <see cref="IContext"/>, the others are
/// <see cref="References"/>, in order.
/// </summary>
public sealed class ActionElement
{
    internal ActionElement(LambdaExpression expression, ImmutableArray<Declaration> references)
    {
        Expression = expression;
        References = references;
    }

    /// <summary>The rewritten action.</summary>
    public LambdaExpression Expression { get; }

    /// <summary>The declarations the action reads, one per lambda parameter after the context.</summary>
    public ImmutableArray<Declaration> References { get; }

    /// <summary>The action as written.</summary>
    public override string ToString() => Expression.ToString();
}
