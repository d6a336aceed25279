using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Reflection;
using DraftCheck.Model;
using DraftCheck.Rules.Model;

namespace DraftCheck.Rules.Builders;

/// <summary>
/// Collects what <see cref="Rule.Define"/> states and turns it into a <see cref="RuleDefinition"/>. Variables named by
/// aliases (<c>() => term</c>) are captured by the C# compiler as fields of a closure object; every mention of such a field
/// in a condition or action is rewritten into a parameter, so the expression receives the matched fact.
/// </summary>
internal sealed class RuleBuilder : ILeftHandSideExpression, IRightHandSideExpression
{
    private readonly Type _ruleType;
    private readonly List<PendingElement> _elements = [];
    private readonly List<LambdaExpression> _actions = [];
    private readonly Dictionary<FieldInfo, Declaration> _aliases = [];
    private int _anonymous;

    public RuleBuilder(Type ruleType)
    {
        _ruleType = ruleType;
        RuleName = NameOf(ruleType);
    }

    public string RuleName { get; }

    public ILeftHandSideExpression LeftHandSide => this;

    public IRightHandSideExpression RightHandSide => this;

    private enum ElementKind { Match, Not, Exists }

    private sealed record PendingElement(ElementKind Kind, Declaration Declaration, IReadOnlyList<LambdaExpression> Conditions);

    public ILeftHandSideExpression Match<T>(Expression<Func<T>> alias, params Expression<Func<T, bool>>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(alias);
        FieldInfo field = AliasField(alias.Body)
            ?? throw Error($"the alias of Match<{typeof(T).Name}> must name a local variable, as in () => fact; got {alias.Body}.");
        if (_aliases.ContainsKey(field)) throw Error($"the variable '{field.Name}' is matched twice.");
        var declaration = new Declaration(field.Name, typeof(T));
        _aliases.Add(field, declaration);
        _elements.Add(new PendingElement(ElementKind.Match, declaration, conditions));
        return this;
    }

    public ILeftHandSideExpression Match<T>(params Expression<Func<T, bool>>[] conditions) =>
        Add(ElementKind.Match, conditions);

    public ILeftHandSideExpression Not<T>(params Expression<Func<T, bool>>[] conditions) =>
        Add(ElementKind.Not, conditions);

    public ILeftHandSideExpression Exists<T>(params Expression<Func<T, bool>>[] conditions) =>
        Add(ElementKind.Exists, conditions);

    public IRightHandSideExpression Do(Expression<Action<IContext>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _actions.Add(action);
        return this;
    }

    private RuleBuilder Add<T>(ElementKind kind, Expression<Func<T, bool>>[] conditions)
    {
        var declaration = new Declaration($"${typeof(T).Name}{++_anonymous}", typeof(T));
        _elements.Add(new PendingElement(kind, declaration, conditions));
        return this;
    }

    public RuleDefinition Build()
    {
        if (_elements.Count == 0) throw Error("When() states no pattern.");
        if (_actions.Count == 0) throw Error("Then() states no action.");

        var visible = new List<Declaration>();
        var elements = ImmutableArray.CreateBuilder<RuleElement>(_elements.Count);
        foreach (PendingElement pending in _elements)
        {
            ImmutableArray<ConditionElement> conditions =
                [.. pending.Conditions.Select(c => RewriteCondition(c, pending.Declaration, visible))];
            var pattern = new PatternElement(pending.Declaration, conditions);
            elements.Add(pending.Kind switch
            {
                ElementKind.Not => new NotElement(pattern),
                ElementKind.Exists => new ExistsElement(pattern),
                _ => pattern,
            });
            if (pending.Kind == ElementKind.Match) visible.Add(pending.Declaration);
        }

        ImmutableArray<ActionElement> actions = [.. _actions.Select(a => RewriteAction(a, visible))];
        RuleAttribute? rule = Rule.AttributeOf(_ruleType);
        ImmutableArray<string> tags = [.. _ruleType.GetCustomAttributes<TagAttribute>(inherit: true).Select(t => t.Value)];
        RuleDescriptor? descriptor = rule is null ? null : new RuleDescriptor(rule.Id, rule.Title, rule.Category, rule.Severity, rule.Source)
        {
            Description = rule.Description,
            HelpUri = rule.HelpUri,
            Tags = tags,
            IsEnabledByDefault = rule.IsEnabledByDefault,
        };
        string description = _ruleType.GetCustomAttribute<DescriptionAttribute>()?.Value ?? rule?.Description ?? string.Empty;
        int priority = _ruleType.GetCustomAttribute<PriorityAttribute>()?.Value ?? 0;
        return new RuleDefinition(RuleName, description, priority, tags, descriptor, _ruleType,
            new GroupElement(GroupType.And, elements.MoveToImmutable()), actions);
    }

    private ConditionElement RewriteCondition(LambdaExpression condition, Declaration own, IReadOnlyList<Declaration> visible)
    {
        var rewriter = new AliasRewriter(_aliases, visible, this);
        rewriter.Bind(condition.Parameters[0], own);
        Expression body = rewriter.Visit(condition.Body);
        ImmutableArray<Declaration> references = [own, .. visible.Where(rewriter.Used.Contains)];
        return new ConditionElement(Expression.Lambda(body, references.Select(d => d.Parameter)), references);
    }

    private ActionElement RewriteAction(LambdaExpression action, IReadOnlyList<Declaration> visible)
    {
        var rewriter = new AliasRewriter(_aliases, visible, this);
        Expression body = rewriter.Visit(action.Body);
        ImmutableArray<Declaration> references = [.. visible.Where(rewriter.Used.Contains)];
        return new ActionElement(
            Expression.Lambda(body, [action.Parameters[0], .. references.Select(d => d.Parameter)]), references);
    }

    internal RuleDefinitionException Error(string message) => new(RuleName, message);

    private static string NameOf(Type ruleType) =>
        ruleType.GetCustomAttribute<NameAttribute>()?.Value ?? Rule.AttributeOf(ruleType)?.Id ?? ruleType.Name;

    /// <summary>The closure field an alias expression reads, or null when it is not a captured local.</summary>
    internal static FieldInfo? AliasField(Expression expression) =>
        expression is MemberExpression { Member: FieldInfo field } member && IsClosureChain(member.Expression) ? field : null;

    private static bool IsClosureChain(Expression? expression) => expression switch
    {
        ConstantExpression => true,
        MemberExpression { Member: FieldInfo } inner => IsClosureChain(inner.Expression),
        _ => false,
    };

    private sealed class AliasRewriter(
        IReadOnlyDictionary<FieldInfo, Declaration> aliases, IReadOnlyList<Declaration> visible, RuleBuilder owner) : ExpressionVisitor
    {
        private readonly Dictionary<ParameterExpression, Declaration> _parameters = [];

        public HashSet<Declaration> Used { get; } = [];

        public void Bind(ParameterExpression parameter, Declaration declaration) => _parameters[parameter] = declaration;

        protected override Expression VisitParameter(ParameterExpression node) =>
            _parameters.TryGetValue(node, out Declaration? declaration) ? declaration.Parameter : node;

        protected override Expression VisitMember(MemberExpression node)
        {
            if (AliasField(node) is { } field && aliases.TryGetValue(field, out Declaration? declaration))
            {
                if (!visible.Contains(declaration))
                {
                    throw owner.Error($"'{declaration.Name}' is used before it is matched; match it earlier in When().");
                }
                Used.Add(declaration);
                return declaration.Parameter;
            }
            return base.VisitMember(node);
        }
    }
}
