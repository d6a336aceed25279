using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using DraftCheck.Engine.Compiling;
using DraftCheck.Rules.Model;

namespace DraftCheck.Engine.Reference;

/// <summary>Rules prepared for naive matching: their alternatives, and their expressions compiled on first use.</summary>
internal sealed class NaiveRuleSet(ImmutableArray<RuleDefinition> rules, ExpressionCompilation compilation)
{
    public ImmutableArray<NaiveRule> Rules { get; } = [.. rules.Select((r, i) => new NaiveRule(r, i, compilation))];
}

/// <summary>A rule as the naive matcher reads it: straight from the rule model, with no network.</summary>
internal sealed class NaiveRule(RuleDefinition definition, int index, ExpressionCompilation compilation)
{
    private readonly ConcurrentDictionary<LambdaExpression, Func<object?[], object?>> _compiled = new();

    public RuleDefinition Definition { get; } = definition;

    public int Index { get; } = index;

    public string Name => Definition.Name;

    public ImmutableArray<ImmutableArray<RuleElement>> Alternatives { get; } = Compiling.Alternatives.Of(definition.LeftHandSide);

    /// <summary>The expression as a delegate over an argument array, one argument per lambda parameter.</summary>
    public Func<object?[], object?> Compiled(LambdaExpression lambda) => _compiled.GetOrAdd(lambda, l =>
    {
        ParameterExpression args = Expression.Parameter(typeof(object?[]), "args");
        var replacements = l.Parameters.Select((p, i) => (p, (Expression)Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i)), p.Type)))
            .ToDictionary(r => r.p, r => r.Item2);
        Expression body = ParameterReplacer.Replace(l.Body, replacements);
        body = body.Type == typeof(void) ? Expression.Block(body, Expression.Constant(null)) : Expression.Convert(body, typeof(object));
        return Expression.Lambda<Func<object?[], object?>>(body, args).Compile(preferInterpretation: compilation == ExpressionCompilation.Interpreted);
    });
}

/// <summary>A fact compared by reference, for activation identities.</summary>
internal sealed class FactRef(object fact) : IEquatable<FactRef>
{
    public object Fact { get; } = fact;

    public bool Equals(FactRef? other) => other is not null && ReferenceEquals(Fact, other.Fact);

    public override bool Equals(object? obj) => Equals(obj as FactRef);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(Fact);
}

/// <summary>
/// What makes two activations of one rule the same from one evaluation to the next: the rule, the alternative, and
/// the identity of each value matched (facts by reference, query results by <see cref="NaiveValue.Identity"/>).
/// </summary>
internal sealed class ActivationKey(int rule, int alternative, ImmutableArray<object> parts) : IEquatable<ActivationKey>
{
    public int Rule { get; } = rule;

    public int Alternative { get; } = alternative;

    public ImmutableArray<object> Parts { get; } = parts;

    public bool Equals(ActivationKey? other) =>
        other is not null && other.Rule == Rule && other.Alternative == Alternative && Parts.SequenceEqual(other.Parts);

    public override bool Equals(object? obj) => Equals(obj as ActivationKey);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Rule);
        hash.Add(Alternative);
        foreach (object part in Parts) hash.Add(part);
        return hash.ToHashCode();
    }
}

/// <summary>A complete match found by the naive matcher.</summary>
internal sealed record NaiveActivation(NaiveRule Rule, int Alternative, ActivationKey Key, ImmutableArray<object> Sources, long[] SortKey,
    IReadOnlyDictionary<Declaration, object?> Bindings, IReadOnlyList<object> Facts);

/// <summary>A value of a query stage: the same notions as the network's query values, kept as plain lists.</summary>
internal sealed record NaiveValue(object? Value, ImmutableArray<long> SortKey, ImmutableArray<object> Identity, ImmutableArray<object> Sources);

/// <summary>
/// Matches a rule against all facts by brute force: for each element, every partial match against every fact. This
/// is the reference the network is tested against and the tracer behind <see cref="ISession.WhyNot"/>. It follows the
/// engine's rules of evaluation: a pattern's conditions on the fact alone first (in order, for every fact of the type),
/// then its join conditions in order; a condition that throws is false.
/// </summary>
internal sealed class NaiveMatcher(IReadOnlyList<(object Fact, long Sequence)> facts, Action<NaiveRule, string, object?[], Exception>? onError)
{
    private Trace? _trace;

    private sealed record Partial(ImmutableDictionary<Declaration, object?> Bindings, ImmutableList<object> Identity,
        ImmutableList<object> Sources, ImmutableList<long> SortKey, ImmutableList<object> Facts)
    {
        public static Partial Empty { get; } = new(ImmutableDictionary<Declaration, object?>.Empty, [], [], [], []);

        public Partial With(Declaration declaration, object? value, IEnumerable<object> identity, IEnumerable<object> sources, IEnumerable<long> sortKey) =>
            new(Bindings.SetItem(declaration, value), Identity.AddRange(identity), Sources.AddRange(sources), SortKey.AddRange(sortKey), Facts.Add(value!));
    }

    public List<NaiveActivation> Match(NaiveRule rule)
    {
        var activations = new List<NaiveActivation>();
        for (int alternative = 0; alternative < rule.Alternatives.Length; alternative++)
        {
            List<Partial> partials = [Partial.Empty];
            foreach (RuleElement element in rule.Alternatives[alternative])
            {
                int before = partials.Count;
                partials = Step(rule, element, partials);
                _trace?.EndStep(Describe(element), before, partials.Count);
            }
            _trace?.EndAlternative(alternative);
            activations.AddRange(partials.Select(p => new NaiveActivation(rule, alternative,
                new ActivationKey(rule.Index, alternative, [.. p.Identity]), [.. p.Sources], [.. p.SortKey], p.Bindings, p.Facts)));
        }
        return activations;
    }

    /// <summary>Explains a rule over <paramref name="facts"/>: the network's counts of pending and fired matches, and where candidates were rejected.</summary>
    public static WhyNotReport Explain(NaiveRule rule, IReadOnlyList<(object Fact, long Sequence)> facts, int pending, int fired)
    {
        var matcher = new NaiveMatcher(facts, null) { _trace = new Trace() };
        matcher.Match(rule);
        WhyNotOutcome outcome = pending > 0 ? WhyNotOutcome.Pending : fired > 0 ? WhyNotOutcome.Fired : WhyNotOutcome.NoMatch;
        return new WhyNotReport(rule.Name, outcome, pending, fired, [.. matcher._trace.Alternatives]);
    }

    private List<Partial> Step(NaiveRule rule, RuleElement element, List<Partial> partials)
    {
        switch (element)
        {
            case PatternElement { Source: null } pattern:
            {
                List<(object Fact, long Sequence)> candidates = Candidates(rule, pattern);
                return [.. from partial in partials
                           from candidate in candidates
                           where Joins(rule, pattern, partial, candidate.Fact)
                           select partial.With(pattern.Declaration, candidate.Fact, [new FactRef(candidate.Fact)], [candidate.Fact], [candidate.Sequence])];
            }
            case PatternElement { Source: AggregateElement } query:
            {
                // The source pattern's conditions on the fact alone hold for every fact, whether or not a partial match reaches the query.
                (PatternElement source, List<(AggregateElement, PatternElement)> stages) = Stages(query);
                List<(object Fact, long Sequence)> candidates = Candidates(rule, source);
                return [.. partials.SelectMany(partial => Query(rule, source, stages, candidates, partial).Select(v =>
                    partial.With(query.Declaration, v.Value, v.Identity, v.Sources, v.SortKey)))];
            }
            // Not, Exists and All look at every candidate (as the network counts them all), not just up to the first that decides.
            case NotElement not:
            {
                List<(object Fact, long Sequence)> candidates = Candidates(rule, not.Pattern);
                return [.. partials.Where(partial =>
                {
                    // For Not, the conditions that fail are what lets the match through: the trace names the blockers only.
                    Trace? trace = _trace;
                    _trace = null;
                    List<object> blockers = [.. candidates.Select(c => c.Fact).Where(f => Joins(rule, not.Pattern, partial, f))];
                    _trace = trace;
                    foreach (object blocker in blockers) _trace?.Reject("a fact matches", [.. partial.Facts, blocker], null);
                    return blockers.Count == 0;
                })];
            }
            case ExistsElement exists:
            {
                List<(object Fact, long Sequence)> candidates = Candidates(rule, exists.Pattern);
                return [.. partials.Where(partial =>
                {
                    int matches = candidates.Count(c => Joins(rule, exists.Pattern, partial, c.Fact));
                    if (matches == 0) _trace?.Reject("no fact matches", [.. partial.Facts], null);
                    return matches > 0;
                })];
            }
            case ForAllElement all:
            {
                List<(object Fact, long Sequence)> candidates = Candidates(rule, all.BasePattern);
                return [.. partials.Where(partial => candidates.Count(c =>
                    Joins(rule, all.BasePattern, partial, c.Fact)
                    && !all.Conditions.All(condition => Test(rule, condition, all.BasePattern.Declaration, partial, c.Fact))) == 0)];
            }
            case BindingElement binding:
            {
                var output = new List<Partial>();
                foreach (Partial partial in partials)
                {
                    if (Evaluate(rule, binding.Expression, null, partial, null, out object? value))
                    {
                        output.Add(partial with { Bindings = partial.Bindings.SetItem(binding.Declaration, value) });
                    }
                }
                return output;
            }
            case FilterElement filter:
                return [.. partials.Where(partial => filter.Conditions.All(c => Test(rule, c, null, partial, null)))];
            default:
                throw new NotSupportedException($"The engine does not run {element.GetType().Name} elements.");
        }
    }

    /// <summary>The facts of the pattern's type that satisfy its conditions on the fact alone, in insertion order.</summary>
    private List<(object Fact, long Sequence)> Candidates(NaiveRule rule, PatternElement pattern)
    {
        ConditionElement[] alpha = [.. pattern.Conditions.Where(c => IsAlpha(c, pattern.Declaration))];
        return [.. facts.Where(f => pattern.ValueType.IsInstanceOfType(f.Fact) && alpha.All(c => Test(rule, c, pattern.Declaration, Partial.Empty, f.Fact)))];
    }

    private bool Joins(NaiveRule rule, PatternElement pattern, Partial partial, object? value) =>
        pattern.Conditions.Where(c => !IsAlpha(c, pattern.Declaration)).All(c => Test(rule, c, pattern.Declaration, partial, value));

    private static bool IsAlpha(ConditionElement condition, Declaration own) => condition.References.Length == 1 && condition.References[0] == own;

    private static (PatternElement Source, List<(AggregateElement Aggregate, PatternElement Result)> Stages) Stages(PatternElement query)
    {
        var stages = new List<(AggregateElement Aggregate, PatternElement Result)>();
        PatternElement source = query;
        while (source.Source is AggregateElement aggregate)
        {
            stages.Insert(0, (aggregate, source));
            source = aggregate.Source;
        }
        return (source, stages);
    }

    private IEnumerable<NaiveValue> Query(NaiveRule rule, PatternElement source, List<(AggregateElement Aggregate, PatternElement Result)> stages,
        List<(object Fact, long Sequence)> candidates, Partial partial)
    {
        List<NaiveValue> values = [.. candidates
            .Where(c => Joins(rule, source, partial, c.Fact))
            .Select(c => new NaiveValue(c.Fact, [c.Sequence], [new FactRef(c.Fact)], [c.Fact]))];
        foreach ((AggregateElement aggregate, PatternElement result) in stages)
        {
            values = Aggregate(rule, aggregate, partial, values);
            values = [.. values.Where(v => result.Conditions.All(c => Test(rule, c, result.Declaration, partial, v.Value)))];
        }
        return values;
    }

    private List<NaiveValue> Aggregate(NaiveRule rule, AggregateElement aggregate, Partial partial, List<NaiveValue> input)
    {
        Declaration own = aggregate.Source.Declaration;
        ImmutableArray<object> allSources = [.. input.SelectMany(v => v.Sources)];
        switch (aggregate.Kind)
        {
            case AggregateKind.Select:
                return [.. input.Select(v => Evaluate(rule, aggregate.Expressions[0], own, partial, v.Value, out object? selected) ? v with { Value = selected } : null).OfType<NaiveValue>()];
            case AggregateKind.SelectMany:
                return [.. input.SelectMany(v => Evaluate(rule, aggregate.Expressions[0], own, partial, v.Value, out object? items) && items is IEnumerable sequence
                    ? sequence.Cast<object?>().Select((item, i) => new NaiveValue(item, v.SortKey.Add(i), v.Identity.Add((long)i), v.Sources))
                    : [])];
            case AggregateKind.GroupBy:
            {
                var groups = new List<(object Normalized, object? Key, ImmutableArray<long> SortKey, List<object?> Elements, List<object> Sources)>();
                foreach (NaiveValue value in input)
                {
                    if (!Evaluate(rule, aggregate.Expressions[0], own, partial, value.Value, out object? key)
                        || !Evaluate(rule, aggregate.Expressions[1], own, partial, value.Value, out object? element)) continue;
                    object normalized = Keys.Normalize(key, byReference: false);
                    int index = groups.FindIndex(g => Equals(g.Normalized, normalized));
                    if (index < 0)
                    {
                        groups.Add((normalized, key, value.SortKey, [], []));
                        index = groups.Count - 1;
                    }
                    groups[index].Elements.Add(element);
                    groups[index].Sources.AddRange(value.Sources);
                }
                return [.. groups.Select(g => new NaiveValue(
                    AggregateFunctions.Group(aggregate.ResultType, g.Key, g.Elements), g.SortKey, [g.Normalized], [.. g.Sources]))];
            }
            case AggregateKind.Collect:
                return [new NaiveValue(AggregateFunctions.Collect(own.Type, [.. input.Select(v => v.Value)]), [], [], allSources)];
            case AggregateKind.Count:
                return [new NaiveValue(input.Count, [], [], allSources)];
            default:
            {
                var selected = new List<object?>();
                foreach (NaiveValue value in input)
                {
                    if (Evaluate(rule, aggregate.Expressions[0], own, partial, value.Value, out object? item)) selected.Add(item);
                }
                try
                {
                    return AggregateFunctions.TryReduce(aggregate.Kind, aggregate.ResultType, aggregate.Expressions[0].Expression.ReturnType, selected, out object? result)
                        ? [new NaiveValue(result, [], [], allSources)]
                        : [];
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    string expression = $"{aggregate.Kind}({string.Join(", ", aggregate.Expressions)})";
                    onError?.Invoke(rule, expression, [.. input.Select(v => v.Value)], ex);
                    _trace?.Reject(expression, [.. input.Select(v => v.Value)], RuleErrors.Unwrap(ex).Message);
                    return [];
                }
            }
        }
    }

    private bool Test(NaiveRule rule, ConditionElement condition, Declaration? own, Partial partial, object? value)
    {
        object?[] args = [.. condition.References.Select(d => d == own ? value : partial.Bindings[d])];
        try
        {
            if (rule.Compiled(condition.Expression)(args) is true) return true;
            _trace?.Reject(condition.ToString(), args, null);
            return false;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            onError?.Invoke(rule, condition.ToString(), args, ex);
            _trace?.Reject(condition.ToString(), args, RuleErrors.Unwrap(ex).Message);
            return false;
        }
    }

    private bool Evaluate(NaiveRule rule, ExpressionElement expression, Declaration? own, Partial partial, object? value, out object? result)
    {
        object?[] args = [.. expression.References.Select(d => d == own ? value : partial.Bindings[d])];
        try
        {
            result = rule.Compiled(expression.Expression)(args);
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            onError?.Invoke(rule, expression.ToString(), args, ex);
            _trace?.Reject(expression.ToString(), args, RuleErrors.Unwrap(ex).Message);
            result = null;
            return false;
        }
    }

    private static string Describe(RuleElement element) => element switch
    {
        PatternElement { Source: null } p => $"Match {p.ValueType.Name} {p.Declaration.Name}",
        PatternElement p => $"Query {p.Declaration.Name}",
        NotElement n => $"Not {n.Pattern.ValueType.Name}",
        ExistsElement e => $"Exists {e.Pattern.ValueType.Name}",
        ForAllElement a => $"All {a.BasePattern.ValueType.Name}",
        BindingElement b => $"Let {b.Declaration.Name} = {b.Expression}",
        FilterElement f => $"Having {string.Join(", ", f.Conditions)}",
        _ => element.GetType().Name,
    };

    /// <summary>What the why-not explanation collects while the matcher runs: rejections per element, per alternative.</summary>
    private sealed class Trace
    {
        private readonly List<WhyNotStep> _steps = [];
        private readonly List<WhyNotRejection> _rejections = [];
        private readonly HashSet<(string, string)> _seen = [];

        public List<WhyNotAlternative> Alternatives { get; } = [];

        public void Reject(string condition, object?[] facts, string? error)
        {
            // The same fact fails the same alpha condition for every partial match: say it once.
            if (_seen.Add((condition, string.Join("\u0001", facts.Select(f => f is null ? "null" : RuntimeHelpers.GetHashCode(f).ToString(System.Globalization.CultureInfo.InvariantCulture))))))
            {
                _rejections.Add(new WhyNotRejection(condition, [.. facts], error));
            }
        }

        public void EndStep(string element, int before, int after)
        {
            _steps.Add(new WhyNotStep(element, before, after, [.. _rejections]));
            _rejections.Clear();
            _seen.Clear();
        }

        public void EndAlternative(int index)
        {
            Alternatives.Add(new WhyNotAlternative(index, [.. _steps]));
            _steps.Clear();
        }
    }
}
