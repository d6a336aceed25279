using System.Collections.Immutable;
using System.Linq.Expressions;
using DraftCheck.Rules;
using DraftCheck.Rules.Model;

namespace DraftCheck.Engine;

internal sealed class NaiveSessionFactory : ISessionFactory
{
    private readonly ImmutableArray<CompiledRule> _compiled;

    public NaiveSessionFactory(ImmutableArray<RuleDefinition> rules, EngineOptions options)
    {
        Rules = rules;
        Options = options;
        _compiled = [.. rules.Select((r, i) => new CompiledRule(r, i))];
    }

    public IReadOnlyList<RuleDefinition> Rules { get; }

    public EngineOptions Options { get; }

    public ISession CreateSession() => new NaiveSession(_compiled, Options);
}

/// <summary>A condition or action compiled once into a delegate over an argument array.</summary>
internal static class Delegates
{
    public static Func<object?[], object?> Compile(LambdaExpression lambda)
    {
        ParameterExpression args = Expression.Parameter(typeof(object?[]), "args");
        IEnumerable<Expression> arguments = lambda.Parameters.Select((p, i) =>
            (Expression)Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i)), p.Type));
        Expression call = Expression.Invoke(lambda, arguments);
        Expression body = lambda.ReturnType == typeof(void)
            ? Expression.Block(call, Expression.Constant(null, typeof(object)))
            : Expression.Convert(call, typeof(object));
        return Expression.Lambda<Func<object?[], object?>>(body, args).Compile();
    }
}

internal sealed class CompiledRule
{
    public CompiledRule(RuleDefinition definition, int index)
    {
        Definition = definition;
        Index = index;
        Elements = [.. definition.LeftHandSide.ChildElements.Select(CompiledElement.From)];
        Actions = [.. definition.RightHandSide.Select(a => (a, Delegates.Compile(a.Expression)))];
    }

    public RuleDefinition Definition { get; }

    public int Index { get; }

    public ImmutableArray<CompiledElement> Elements { get; }

    public ImmutableArray<(ActionElement Element, Func<object?[], object?> Invoke)> Actions { get; }
}

internal sealed class CompiledElement
{
    public required ElementRole Role { get; init; }

    public required PatternElement Pattern { get; init; }

    public required ImmutableArray<(ConditionElement Element, Func<object?[], object?> Invoke)> Conditions { get; init; }

    public static CompiledElement From(RuleElement element)
    {
        (ElementRole role, PatternElement pattern) = element switch
        {
            PatternElement p => (ElementRole.Match, p),
            NotElement n => (ElementRole.Not, n.Pattern),
            ExistsElement e => (ElementRole.Exists, e.Pattern),
            _ => throw new NotSupportedException($"The engine does not run {element.GetType().Name} yet."),
        };
        return new CompiledElement
        {
            Role = role,
            Pattern = pattern,
            Conditions = [.. pattern.Conditions.Select(c => (c, Delegates.Compile(c.Expression)))],
        };
    }
}

internal enum ElementRole { Match, Not, Exists }

/// <summary>
/// Evaluates every rule against all facts after every firing. Simple and obviously right; the cost grows with
/// rules x facts^patterns, which is fine for one draft's facts.
/// </summary>
internal sealed class NaiveSession(ImmutableArray<CompiledRule> rules, EngineOptions options) : ISession
{
    private readonly List<object> _facts = [];
    private readonly Dictionary<object, long> _sequence = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<ActivationKey> _fired = [];
    private readonly Dictionary<ActivationKey, List<object>> _linked = [];
    private readonly List<RuleError> _errors = [];
    private readonly HashSet<(ConditionElement, object)> _failedConditions = new(new ConditionFactComparer());
    private long _nextSequence;
    private bool _halted;

    public IReadOnlyList<RuleError> Errors => _errors;

    public void Insert(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (_sequence.ContainsKey(fact)) throw new ArgumentException("The fact is already in the session.", nameof(fact));
        _sequence.Add(fact, _nextSequence++);
        _facts.Add(fact);
    }

    public void InsertAll(IEnumerable<object> facts)
    {
        foreach (object fact in facts) Insert(fact);
    }

    public void Update(object fact)
    {
        if (!_sequence.ContainsKey(fact)) throw new ArgumentException("The fact is not in the session.", nameof(fact));
        _fired.RemoveWhere(key => key.Contains(fact));
    }

    public void Retract(object fact)
    {
        if (!_sequence.Remove(fact)) throw new ArgumentException("The fact is not in the session.", nameof(fact));
        _facts.Remove(fact);
        _fired.RemoveWhere(key => key.Contains(fact));
    }

    public IEnumerable<T> Query<T>() => _facts.OfType<T>();

    public int Fire(CancellationToken cancellationToken = default)
    {
        int firings = 0;
        var firedPerRule = new int[rules.Length];
        _halted = false;
        while (!_halted)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                _errors.Add(new RuleError(string.Empty, RuleErrorKind.Cancelled, "The run was cancelled.", [], null));
                break;
            }
            List<Activation> activations = ComputeActivations();
            RetractLinkedFactsOfLostActivations(activations);
            Activation? next = activations
                .Where(a => !_fired.Contains(a.Key))
                .OrderByDescending(a => a.Rule.Definition.Priority)
                .ThenBy(a => a.Rule.Index)
                .ThenBy(a => a.Key, ActivationKey.BySequence)
                .FirstOrDefault();
            if (next is null) break;
            if (firings >= options.MaxFirings)
            {
                int worst = Array.IndexOf(firedPerRule, firedPerRule.Max());
                string rule = rules[worst].Definition.Name;
                _errors.Add(new RuleError(rule, RuleErrorKind.CycleLimit,
                    $"Rule '{rule}' fired {firedPerRule[worst]} times; the rules stopped after {options.MaxFirings} firings (do rules re-trigger each other?).", [], null));
                break;
            }
            _fired.Add(next.Key);
            firings++;
            firedPerRule[next.Rule.Index]++;
            Execute(next);
        }
        return firings;
    }

    private void Execute(Activation activation)
    {
        var context = new Context(this, activation);
        foreach ((ActionElement element, Func<object?[], object?> invoke) in activation.Rule.Actions)
        {
            object?[] args = [context, .. element.References.Select(d => activation.Bindings[d])];
            try
            {
                invoke(args);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Exception cause = ex is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : ex;
                _errors.Add(new RuleError(activation.Rule.Definition.Name, RuleErrorKind.Action,
                    $"Rule '{activation.Rule.Definition.Name}' threw {cause.GetType().Name} in its action: {cause.Message}",
                    [.. activation.Key.Facts], cause));
            }
        }
    }

    private void RetractLinkedFactsOfLostActivations(List<Activation> current)
    {
        if (_linked.Count == 0) return;
        var alive = current.Select(a => a.Key).ToHashSet();
        foreach (ActivationKey lost in _linked.Keys.Where(k => !alive.Contains(k)).ToList())
        {
            foreach (object fact in _linked[lost])
            {
                if (_sequence.ContainsKey(fact)) Retract(fact);
            }
            _linked.Remove(lost);
            _fired.Remove(lost);
        }
    }

    private List<Activation> ComputeActivations()
    {
        var activations = new List<Activation>();
        foreach (CompiledRule rule in rules)
        {
            var partial = new List<Dictionary<Declaration, object>> { new() };
            var order = new List<List<object>> { new() };
            foreach (CompiledElement element in rule.Elements)
            {
                var nextPartial = new List<Dictionary<Declaration, object>>();
                var nextOrder = new List<List<object>>();
                for (int i = 0; i < partial.Count; i++)
                {
                    Dictionary<Declaration, object> bindings = partial[i];
                    switch (element.Role)
                    {
                        case ElementRole.Match:
                            foreach (object fact in Candidates(element.Pattern.ValueType))
                            {
                                if (!Matches(rule, element, bindings, fact)) continue;
                                nextPartial.Add(new Dictionary<Declaration, object>(bindings) { [element.Pattern.Declaration] = fact });
                                nextOrder.Add([.. order[i], fact]);
                            }
                            break;
                        case ElementRole.Not when !Candidates(element.Pattern.ValueType).Any(f => Matches(rule, element, bindings, f)):
                        case ElementRole.Exists when Candidates(element.Pattern.ValueType).Any(f => Matches(rule, element, bindings, f)):
                            nextPartial.Add(bindings);
                            nextOrder.Add(order[i]);
                            break;
                    }
                }
                partial = nextPartial;
                order = nextOrder;
            }
            for (int i = 0; i < partial.Count; i++)
            {
                activations.Add(new Activation(rule, partial[i], new ActivationKey(rule.Index, [.. order[i]], [.. order[i].Select(f => _sequence[f])])));
            }
        }
        return activations;
    }

    private List<object> Candidates(Type type) => [.. _facts.Where(type.IsInstanceOfType)];

    private bool Matches(CompiledRule rule, CompiledElement element, Dictionary<Declaration, object> bindings, object fact)
    {
        foreach ((ConditionElement condition, Func<object?[], object?> invoke) in element.Conditions)
        {
            object?[] args = [.. condition.References.Select(d => d == element.Pattern.Declaration ? fact : bindings[d])];
            try
            {
                if (invoke(args) is not true) return false;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Matching is re-evaluated after every firing: report each failing condition and fact once.
                if (_failedConditions.Add((condition, fact)))
                {
                    _errors.Add(new RuleError(rule.Definition.Name, RuleErrorKind.Condition,
                        $"Rule '{rule.Definition.Name}' threw {ex.GetType().Name} in condition {condition}: {ex.Message}",
                        [.. bindings.Values, fact], ex));
                }
                return false;
            }
        }
        return true;
    }

    private sealed record Activation(CompiledRule Rule, Dictionary<Declaration, object> Bindings, ActivationKey Key);

    private sealed class Context(NaiveSession session, Activation activation) : IContext
    {
        public RuleDefinition Rule => activation.Rule.Definition;

        public IReadOnlyList<object> Facts => activation.Key.Facts;

        public void Halt() => session._halted = true;

        public void Insert(object fact) => session.Insert(fact);

        public void InsertAll(IEnumerable<object> facts) => session.InsertAll(facts);

        public void Update(object fact) => session.Update(fact);

        public void Retract(object fact) => session.Retract(fact);

        public void InsertLinked(object fact)
        {
            session.Insert(fact);
            if (!session._linked.TryGetValue(activation.Key, out List<object>? linked)) session._linked[activation.Key] = linked = [];
            linked.Add(fact);
        }
    }
}

internal sealed class ConditionFactComparer : IEqualityComparer<(ConditionElement Condition, object Fact)>
{
    public bool Equals((ConditionElement Condition, object Fact) x, (ConditionElement Condition, object Fact) y) =>
        ReferenceEquals(x.Condition, y.Condition) && ReferenceEquals(x.Fact, y.Fact);

    public int GetHashCode((ConditionElement Condition, object Fact) obj) =>
        HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Condition), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Fact));
}

/// <summary>Identifies an activation: the rule and the facts it matched (by reference).</summary>
internal sealed class ActivationKey(int rule, ImmutableArray<object> facts, ImmutableArray<long> sequence) : IEquatable<ActivationKey>
{
    public static IComparer<ActivationKey> BySequence { get; } = Comparer<ActivationKey>.Create((a, b) =>
    {
        for (int i = 0; i < Math.Min(a.Sequence.Length, b.Sequence.Length); i++)
        {
            int c = a.Sequence[i].CompareTo(b.Sequence[i]);
            if (c != 0) return c;
        }
        return a.Sequence.Length.CompareTo(b.Sequence.Length);
    });

    public int Rule { get; } = rule;

    public ImmutableArray<object> Facts { get; } = facts;

    public ImmutableArray<long> Sequence { get; } = sequence;

    public bool Contains(object fact) => Facts.Any(f => ReferenceEquals(f, fact));

    public bool Equals(ActivationKey? other) =>
        other is not null && other.Rule == Rule && other.Facts.Length == Facts.Length
        && Facts.Zip(other.Facts).All(p => ReferenceEquals(p.First, p.Second));

    public override bool Equals(object? obj) => Equals(obj as ActivationKey);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Rule);
        foreach (object fact in Facts) hash.Add(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(fact));
        return hash.ToHashCode();
    }
}
