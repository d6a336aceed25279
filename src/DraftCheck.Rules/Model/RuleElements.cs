using System.Collections.Immutable;
using System.Linq.Expressions;

namespace DraftCheck.Rules.Model;

/// <summary>A named variable a rule binds (a matched fact, a query result, a computed value or a dependency), which later conditions and actions use.</summary>
public sealed class Declaration
{
    internal Declaration(string name, Type type)
    {
        Name = name;
        Type = type;
        Parameter = Expression.Parameter(type, name);
    }

    /// <summary>The variable's name, as in the rule source; generated names of unnamed patterns start with <c>$</c>.</summary>
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
/// A boolean expression over a pattern's value and earlier declarations. The lambda's parameters are exactly
/// <see cref="References"/>, in order; a pattern's own declaration, when the condition belongs to a pattern, comes first.
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

/// <summary>
/// An expression computing a value (a <c>Let</c> binding, a query's selector or grouping key). The lambda's
/// parameters are exactly <see cref="References"/>, in order.
/// </summary>
public sealed class ExpressionElement
{
    internal ExpressionElement(LambdaExpression expression, ImmutableArray<Declaration> references)
    {
        Expression = expression;
        References = references;
    }

    /// <summary>The rewritten expression.</summary>
    public LambdaExpression Expression { get; }

    /// <summary>The declarations the expression reads, one per lambda parameter.</summary>
    public ImmutableArray<Declaration> References { get; }

    /// <summary>The expression as written.</summary>
    public override string ToString() => Expression.ToString();
}

/// <summary>
/// Matches values of one type that satisfy all conditions, binding each to <see cref="Declaration"/>. The values are
/// facts in working memory when <see cref="Source"/> is null, or the results of a query stage.
/// </summary>
public sealed class PatternElement : RuleElement
{
    internal PatternElement(Declaration declaration, ImmutableArray<ConditionElement> conditions, RuleElement? source = null)
    {
        Declaration = declaration;
        Conditions = conditions;
        Source = source;
    }

    /// <summary>The variable the matched value is bound to.</summary>
    public Declaration Declaration { get; }

    /// <summary>The type matched.</summary>
    public Type ValueType => Declaration.Type;

    /// <summary>The conditions, all of which must hold.</summary>
    public ImmutableArray<ConditionElement> Conditions { get; }

    /// <summary>Where the pattern's values come from: null for facts in working memory, or an <see cref="AggregateElement"/> for queries.</summary>
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

/// <summary>
/// Holds when every fact that matches <see cref="BasePattern"/> also satisfies all <see cref="Conditions"/> (true when
/// no fact matches the base pattern); binds nothing. A condition that throws counts as not satisfied.
/// </summary>
public sealed class ForAllElement : RuleElement
{
    internal ForAllElement(PatternElement basePattern, ImmutableArray<ConditionElement> conditions)
    {
        BasePattern = basePattern;
        Conditions = conditions;
    }

    /// <summary>The facts the quantifier ranges over.</summary>
    public PatternElement BasePattern { get; }

    /// <summary>What each of those facts must satisfy; the first reference of each is the base pattern's declaration.</summary>
    public ImmutableArray<ConditionElement> Conditions { get; }

    /// <inheritdoc/>
    public override ImmutableArray<Declaration> Exports => [];
}

/// <summary>Binds the value of an expression over earlier declarations (<c>Let</c>).</summary>
public sealed class BindingElement : RuleElement
{
    internal BindingElement(Declaration declaration, ExpressionElement expression)
    {
        Declaration = declaration;
        Expression = expression;
    }

    /// <summary>The variable the value is bound to.</summary>
    public Declaration Declaration { get; }

    /// <summary>The expression computing the value.</summary>
    public ExpressionElement Expression { get; }

    /// <inheritdoc/>
    public override ImmutableArray<Declaration> Exports => [Declaration];
}

/// <summary>Keeps only the matches for which every condition over earlier declarations holds (<c>Having</c>).</summary>
public sealed class FilterElement : RuleElement
{
    internal FilterElement(ImmutableArray<ConditionElement> conditions) => Conditions = conditions;

    /// <summary>The conditions, all of which must hold.</summary>
    public ImmutableArray<ConditionElement> Conditions { get; }

    /// <inheritdoc/>
    public override ImmutableArray<Declaration> Exports => [];
}

/// <summary>What a query stage does with the values that reach it.</summary>
public enum AggregateKind
{
    /// <summary>Maps each value with one selector (<c>Select</c>).</summary>
    Select,

    /// <summary>Maps each value to several with one selector (<c>SelectMany</c>).</summary>
    SelectMany,

    /// <summary>Groups values by a key selector and an element selector (<c>GroupBy</c>); one result per key.</summary>
    GroupBy,

    /// <summary>One result: the list of all values, possibly empty (<c>Collect</c>).</summary>
    Collect,

    /// <summary>One result: the number of values (<c>Count</c>).</summary>
    Count,

    /// <summary>One result: the sum of a selector over the values, 0 when there are none (<c>Sum</c>).</summary>
    Sum,

    /// <summary>One result, when there are values: the smallest selected value (<c>Min</c>).</summary>
    Min,

    /// <summary>One result, when there are values: the largest selected value (<c>Max</c>).</summary>
    Max,

    /// <summary>One result, when there are values: the mean of a selector over the values (<c>Average</c>).</summary>
    Average,
}

/// <summary>
/// A query stage: turns the values of <see cref="Source"/> into results of <see cref="ResultType"/>. A query is a chain
/// pattern → aggregate → pattern → ... whose last pattern is bound to the query's alias.
/// </summary>
public sealed class AggregateElement : RuleElement
{
    internal AggregateElement(AggregateKind kind, Type resultType, ImmutableArray<ExpressionElement> expressions, PatternElement source)
    {
        Kind = kind;
        ResultType = resultType;
        Expressions = expressions;
        Source = source;
    }

    /// <summary>What the stage does.</summary>
    public AggregateKind Kind { get; }

    /// <summary>The type of each result.</summary>
    public Type ResultType { get; }

    /// <summary>
    /// The stage's selectors, whose first reference is the source pattern's declaration: one for Select, SelectMany,
    /// Sum, Min, Max and Average; key then element selector for GroupBy; none for Collect and Count.
    /// </summary>
    public ImmutableArray<ExpressionElement> Expressions { get; }

    /// <summary>The values the stage reads.</summary>
    public PatternElement Source { get; }

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
    public override ImmutableArray<Declaration> Exports => GroupType == GroupType.And
        ? [.. ChildElements.SelectMany(c => c.Exports)]
        : [.. ChildElements.Select(c => c.Exports).Aggregate((a, b) => [.. a.Intersect(b)])];
}

/// <summary>A service a rule's actions use, resolved from the host when the rule fires (<c>Dependency().Resolve(() => clock)</c>).</summary>
public sealed class DependencyElement
{
    internal DependencyElement(Declaration declaration) => Declaration = declaration;

    /// <summary>The variable standing for the service; its type is the service type.</summary>
    public Declaration Declaration { get; }

    /// <summary>The service type asked of the host.</summary>
    public Type ServiceType => Declaration.Type;

    /// <summary>The declaration.</summary>
    public override string ToString() => Declaration.ToString();
}

/// <summary>
/// An action of a rule's right-hand side. The lambda's first parameter is the <see cref="IContext"/>, the others are
/// <see cref="References"/>, in order (matched values and dependencies).
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
