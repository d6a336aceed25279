using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Reflection;
using DraftCheck.Model;
using DraftCheck.Rules.Model;

namespace DraftCheck.Rules.Builders;

/// <summary>
/// Collects what <see cref="Rule.Define"/> states and turns it into a <see cref="RuleDefinition"/>. Variables named by
/// aliases (<c>() => term</c>) are captured by the C# compiler as fields of a closure object; every mention of such a field
/// in a condition or action is rewritten into a parameter, so the expression receives the matched value.
/// </summary>
internal sealed class RuleBuilder : ILeftHandSideExpression, IRightHandSideExpression, IDependencyExpression
{
    /// <summary>The most alternatives a rule's Or groups may expand to; each alternative is matched on its own.</summary>
    public const int MaxAlternatives = 64;

    private readonly Type _ruleType;
    private readonly Group _root = new(GroupType.And);
    private readonly Stack<Group> _open = new();
    private readonly List<LambdaExpression> _actions = [];
    private readonly Dictionary<FieldInfo, Declaration> _aliases = [];
    private readonly Dictionary<FieldInfo, Declaration> _dependencies = [];
    private readonly List<Declaration> _dependencyOrder = [];
    private int _anonymous;

    public RuleBuilder(Type ruleType)
    {
        _ruleType = ruleType;
        RuleName = NameOf(ruleType);
    }

    public string RuleName { get; }

    public ILeftHandSideExpression LeftHandSide => this;

    public IRightHandSideExpression RightHandSide => this;

    public IDependencyExpression Dependencies => this;

    private Group Current => _open.Count > 0 ? _open.Peek() : _root;

    private enum PatternKind { Match, Not, Exists }

    private abstract record Pending;

    private sealed record PendingPattern(PatternKind Kind, Declaration Declaration, IReadOnlyList<LambdaExpression> Conditions) : Pending;

    private sealed record PendingAll(Declaration Declaration, LambdaExpression? BaseCondition, IReadOnlyList<LambdaExpression> Conditions) : Pending;

    private sealed record PendingLet(Declaration Declaration, LambdaExpression Expression) : Pending;

    private sealed record PendingHaving(IReadOnlyList<LambdaExpression> Conditions) : Pending;

    private sealed record PendingQuery(Declaration Alias, QueryBuilder Query) : Pending;

    private sealed record Group(GroupType Type) : Pending
    {
        public List<Pending> Children { get; } = [];
    }

    /// <summary>What is visible at a point of the left-hand side: declarations bound on every path, and those bound on some paths only.</summary>
    private sealed record Scope(ImmutableList<Declaration> Visible, ImmutableHashSet<Declaration> Partial)
    {
        public static Scope Empty { get; } = new([], []);

        public Scope Bind(Declaration declaration) => this with { Visible = Visible.Add(declaration) };
    }

    // ---- left-hand side ----

    public ILeftHandSideExpression Match<T>(Expression<Func<T>> alias, params Expression<Func<T, bool>>[] conditions) =>
        Add(new PendingPattern(PatternKind.Match, Alias(alias, "Match"), Checked(conditions)));

    public ILeftHandSideExpression Match<T>(params Expression<Func<T, bool>>[] conditions) =>
        Add(new PendingPattern(PatternKind.Match, Anonymous(typeof(T)), Checked(conditions)));

    public ILeftHandSideExpression Not<T>(params Expression<Func<T, bool>>[] conditions) =>
        Add(new PendingPattern(PatternKind.Not, Anonymous(typeof(T)), Checked(conditions)));

    public ILeftHandSideExpression Exists<T>(params Expression<Func<T, bool>>[] conditions) =>
        Add(new PendingPattern(PatternKind.Exists, Anonymous(typeof(T)), Checked(conditions)));

    public ILeftHandSideExpression All<T>(Expression<Func<T, bool>> baseCondition, params Expression<Func<T, bool>>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(baseCondition);
        if (Checked(conditions).Count == 0) throw Error($"All<{typeof(T).Name}> states no condition the facts must satisfy.");
        return Add(new PendingAll(Anonymous(typeof(T)), baseCondition, conditions));
    }

    public ILeftHandSideExpression All<T>(Expression<Func<T, bool>> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return Add(new PendingAll(Anonymous(typeof(T)), null, [condition]));
    }

    public ILeftHandSideExpression Query<TResult>(Expression<Func<TResult>> alias, Func<IQuery, IQuery<TResult>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        Declaration declaration = Alias(alias, "Query");
        var builder = new QueryBuilder();
        query(builder);
        return Add(new PendingQuery(declaration, builder));
    }

    public ILeftHandSideExpression Let<TResult>(Expression<Func<TResult>> alias, Expression<Func<TResult>> expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return Add(new PendingLet(Alias(alias, "Let"), expression));
    }

    public ILeftHandSideExpression Having(params Expression<Func<bool>>[] conditions)
    {
        if (Checked(conditions).Count == 0) throw Error("Having() states no condition.");
        return Add(new PendingHaving(conditions));
    }

    public ILeftHandSideExpression And(Action<ILeftHandSideExpression> group) => AddGroup(GroupType.And, group);

    public ILeftHandSideExpression Or(Action<ILeftHandSideExpression> group) => AddGroup(GroupType.Or, group);

    // ---- right-hand side and dependencies ----

    public IRightHandSideExpression Do(Expression<Action<IContext>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _actions.Add(action);
        return this;
    }

    public IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> fact) where TFact : notnull
    {
        ArgumentNullException.ThrowIfNull(fact);
        ParameterExpression context = fact.Parameters[0];
        MethodInfo insertLinked = typeof(IContext).GetMethod(nameof(IContext.InsertLinked))!;
        _actions.Add(Expression.Lambda<Action<IContext>>(
            Expression.Call(context, insertLinked, Expression.Convert(fact.Body, typeof(object))), context));
        return this;
    }

    public IDependencyExpression Resolve<TService>(Expression<Func<TService>> service)
    {
        ArgumentNullException.ThrowIfNull(service);
        FieldInfo field = AliasField(service.Body)
            ?? throw Error($"the dependency of type {typeof(TService).Name} must name a local variable, as in () => service; got {service.Body}.");
        if (_dependencies.ContainsKey(field) || _aliases.ContainsKey(field)) throw Error($"the variable '{field.Name}' is declared twice.");
        var declaration = new Declaration(field.Name, typeof(TService));
        _dependencies.Add(field, declaration);
        _dependencyOrder.Add(declaration);
        return this;
    }

    // ---- building ----

    public RuleDefinition Build()
    {
        if (_open.Count > 0) throw Error("an And() or Or() group is still open.");
        if (_root.Children.Count == 0) throw Error("When() states no pattern.");
        if (_actions.Count == 0) throw Error("Then() states no action.");
        long alternatives = Alternatives(_root);
        if (alternatives > MaxAlternatives)
        {
            throw Error($"its Or() groups expand to {alternatives} alternatives; at most {MaxAlternatives} are allowed.");
        }

        (RuleElement lhs, Scope scope) = BuildElement(_root, Scope.Empty);
        ImmutableArray<ActionElement> actions = [.. _actions.Select(a => RewriteAction(a, scope))];
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
        return new RuleDefinition(RuleName, description, priority, tags, descriptor, _ruleType, (GroupElement)lhs, actions,
            [.. _dependencyOrder.Select(d => new DependencyElement(d))]);
    }

    private (RuleElement Element, Scope Scope) BuildElement(Pending pending, Scope scope)
    {
        switch (pending)
        {
            case Group { Type: GroupType.And } group:
            {
                var children = ImmutableArray.CreateBuilder<RuleElement>(group.Children.Count);
                foreach (Pending child in group.Children)
                {
                    (RuleElement element, scope) = BuildElement(child, scope);
                    children.Add(element);
                }
                return (new GroupElement(GroupType.And, children.MoveToImmutable()), scope);
            }
            case Group group:
            {
                var built = group.Children.Select(child => BuildElement(child, scope)).ToList();
                var added = built.Select(b => b.Scope.Visible.Except(scope.Visible).ToList()).ToList();
                List<Declaration> everywhere = [.. added[0].Where(d => added.All(a => a.Contains(d)))];
                IEnumerable<Declaration> somewhere = added.SelectMany(a => a).Except(everywhere)
                    .Concat(built.SelectMany(b => b.Scope.Partial));
                var outScope = new Scope(scope.Visible.AddRange(everywhere), scope.Partial.Union(somewhere));
                return (new GroupElement(GroupType.Or, [.. built.Select(b => b.Element)]), outScope);
            }
            case PendingPattern pattern:
            {
                var element = new PatternElement(pattern.Declaration, Conditions(pattern.Conditions, pattern.Declaration, scope));
                return pattern.Kind switch
                {
                    PatternKind.Not => (new NotElement(element), scope),
                    PatternKind.Exists => (new ExistsElement(element), scope),
                    _ => (element, Bind(scope, pattern.Declaration)),
                };
            }
            case PendingAll all:
            {
                var basePattern = new PatternElement(all.Declaration,
                    all.BaseCondition is null ? [] : Conditions([all.BaseCondition], all.Declaration, scope));
                return (new ForAllElement(basePattern, Conditions(all.Conditions, all.Declaration, scope)), scope);
            }
            case PendingLet let:
            {
                (Expression body, ImmutableArray<Declaration> references) = Rewrite(let.Expression, null, scope, inAction: false);
                var expression = new ExpressionElement(Expression.Lambda(body, references.Select(d => d.Parameter)), references);
                return (new BindingElement(let.Declaration, expression), Bind(scope, let.Declaration));
            }
            case PendingHaving having:
                return (new FilterElement(Conditions(having.Conditions, null, scope)), scope);
            case PendingQuery query:
                return (BuildQuery(query, scope), Bind(scope, query.Alias));
            default:
                throw new InvalidOperationException($"Unknown element {pending.GetType().Name}.");
        }
    }

    private PatternElement BuildQuery(PendingQuery query, Scope scope)
    {
        List<QueryStage> stages = query.Query.Stages;
        if (stages.Count == 0 || stages[0] is not QueryStage.Match match)
        {
            throw Error($"the query bound to '{query.Alias.Name}' must start with Match<T>().");
        }
        if (stages.Skip(1).Any(s => s is QueryStage.Match))
        {
            throw Error($"the query bound to '{query.Alias.Name}' has more than one Match<T>(); a query reads one kind of fact.");
        }
        if (!stages.Any(s => s is QueryStage.Aggregate))
        {
            throw Error($"the query bound to '{query.Alias.Name}' has no Select, SelectMany, GroupBy, Collect or aggregate; use Match() to bind facts.");
        }

        // A query is a chain pattern -> aggregate -> pattern -> ...; Where adds conditions to the pattern before it,
        // and the last pattern is bound to the alias.
        Declaration declaration = Anonymous(match.Type);
        var conditions = new List<LambdaExpression>(match.Conditions);
        AggregateElement? source = null;
        for (int i = 1; i < stages.Count; i++)
        {
            switch (stages[i])
            {
                case QueryStage.Where where:
                    conditions.AddRange(Checked(where.Conditions));
                    break;
                case QueryStage.Aggregate aggregate:
                    var pattern = new PatternElement(declaration, Conditions(conditions, declaration, scope), source);
                    ImmutableArray<ExpressionElement> expressions = [.. aggregate.Expressions.Select(e =>
                    {
                        (Expression body, ImmutableArray<Declaration> references) = Rewrite(e, declaration, scope, inAction: false);
                        return new ExpressionElement(Expression.Lambda(body, references.Select(d => d.Parameter)), references);
                    })];
                    source = new AggregateElement(aggregate.Kind, aggregate.ResultType, expressions, pattern);
                    declaration = Anonymous(aggregate.ResultType);
                    conditions = [];
                    break;
            }
        }
        if (!query.Alias.Type.IsAssignableFrom(declaration.Type))
        {
            throw Error($"the query bound to '{query.Alias.Name}' gives {declaration.Type.Name} values, which a {query.Alias.Type.Name} cannot hold.");
        }
        return new PatternElement(query.Alias, Conditions(conditions, query.Alias, scope), source);
    }

    private Scope Bind(Scope scope, Declaration declaration)
    {
        if (scope.Visible.Contains(declaration) || scope.Partial.Contains(declaration))
        {
            throw Error($"the variable '{declaration.Name}' is matched twice.");
        }
        return scope.Bind(declaration);
    }

    private ImmutableArray<ConditionElement> Conditions(IEnumerable<LambdaExpression> conditions, Declaration? own, Scope scope) =>
        [.. conditions.Select(c =>
        {
            (Expression body, ImmutableArray<Declaration> references) = Rewrite(c, own, scope, inAction: false);
            return new ConditionElement(Expression.Lambda(body, references.Select(d => d.Parameter)), references);
        })];

    private ActionElement RewriteAction(LambdaExpression action, Scope scope)
    {
        (Expression body, ImmutableArray<Declaration> references) = Rewrite(action, null, scope, inAction: true);
        return new ActionElement(Expression.Lambda(body, [action.Parameters[0], .. references.Select(d => d.Parameter)]), references);
    }

    private (Expression Body, ImmutableArray<Declaration> References) Rewrite(LambdaExpression lambda, Declaration? own, Scope scope, bool inAction)
    {
        var rewriter = new AliasRewriter(this, scope, inAction);
        if (own is not null) rewriter.Bind(lambda.Parameters[0], own);
        Expression body = rewriter.Visit(lambda.Body);
        ImmutableArray<Declaration> references =
        [
            .. own is null ? [] : new[] { own },
            .. scope.Visible.Where(rewriter.Used.Contains),
            .. _dependencyOrder.Where(rewriter.Used.Contains),
        ];
        return (body, references);
    }

    // ---- helpers ----

    private RuleBuilder Add(Pending pending)
    {
        Current.Children.Add(pending);
        return this;
    }

    private RuleBuilder AddGroup(GroupType type, Action<ILeftHandSideExpression> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var group = new Group(type);
        _open.Push(group);
        try
        {
            build(this);
        }
        finally
        {
            _open.Pop();
        }
        if (group.Children.Count == 0) throw Error($"{type}() states no pattern.");
        return Add(group);
    }

    private Declaration Alias<T>(Expression<Func<T>> alias, string element)
    {
        ArgumentNullException.ThrowIfNull(alias);
        FieldInfo field = AliasField(alias.Body)
            ?? throw Error($"the alias of {element}<{typeof(T).Name}> must name a local variable, as in () => fact; got {alias.Body}.");
        if (_dependencies.ContainsKey(field)) throw Error($"the variable '{field.Name}' is declared twice.");
        if (_aliases.TryGetValue(field, out Declaration? existing))
        {
            // The same variable may be matched again in another alternative of an Or group; Build rejects any other reuse.
            return existing;
        }
        var declaration = new Declaration(field.Name, typeof(T));
        _aliases.Add(field, declaration);
        return declaration;
    }

    private Declaration Anonymous(Type type) => new($"${type.Name}{++_anonymous}", type);

    private IReadOnlyList<T> Checked<T>(IReadOnlyList<T>? items) where T : class
    {
        if (items is null) throw Error("a condition list is null.");
        if (items.Any(i => i is null)) throw Error("a condition is null.");
        return items;
    }

    private static long Alternatives(Pending pending) => pending switch
    {
        Group { Type: GroupType.And } and => and.Children.Aggregate(1L, (n, c) => Math.Min(n * Alternatives(c), long.MaxValue / 1024)),
        Group or => or.Children.Sum(Alternatives),
        _ => 1,
    };

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

    private sealed class AliasRewriter(RuleBuilder owner, Scope scope, bool inAction) : ExpressionVisitor
    {
        private readonly Dictionary<ParameterExpression, Expression> _parameters = [];

        public HashSet<Declaration> Used { get; } = [];

        /// <summary>Stands the declaration in for the lambda's parameter, converting where a query's alias has a wider type.</summary>
        public void Bind(ParameterExpression parameter, Declaration declaration) =>
            _parameters[parameter] = parameter.Type == declaration.Type
                ? declaration.Parameter
                : Expression.Convert(declaration.Parameter, parameter.Type);

        protected override Expression VisitParameter(ParameterExpression node) =>
            _parameters.TryGetValue(node, out Expression? replacement) ? replacement : node;

        protected override Expression VisitMember(MemberExpression node)
        {
            if (AliasField(node) is { } field)
            {
                if (owner._aliases.TryGetValue(field, out Declaration? declaration))
                {
                    if (scope.Partial.Contains(declaration))
                    {
                        throw owner.Error($"'{declaration.Name}' is not matched in every alternative of Or(); match it in each alternative or after the group.");
                    }
                    if (!scope.Visible.Contains(declaration))
                    {
                        throw owner.Error($"'{declaration.Name}' is used before it is matched; match it earlier in When().");
                    }
                    Used.Add(declaration);
                    return declaration.Parameter;
                }
                if (owner._dependencies.TryGetValue(field, out Declaration? dependency))
                {
                    if (!inAction) throw owner.Error($"'{dependency.Name}' is a dependency; dependencies can only be used in Then().");
                    Used.Add(dependency);
                    return dependency.Parameter;
                }
            }
            return base.VisitMember(node);
        }
    }
}
