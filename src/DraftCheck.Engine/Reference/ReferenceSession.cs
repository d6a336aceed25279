using System.Collections.Immutable;
using DraftCheck.Rules;
using DraftCheck.Rules.Model;

namespace DraftCheck.Engine.Reference;

/// <summary>
/// The reference evaluator: after every change it matches every rule against every fact from scratch and compares the
/// activations with those it saw before. Deliberately simple, slow, and independent of the network, it is the oracle
/// of the differential tests and the baseline of the benchmarks. Its semantics are the engine's (see
/// <see cref="ISession"/>): an activation is new, gone, or changed when a fact it was built from was updated or the
/// facts it was built from differ; facts linked to an activation that went away or changed are retracted, as one
/// change, until nothing more goes.
/// </summary>
internal sealed class ReferenceSession(NaiveRuleSet rules, EngineOptions options) : ISession
{
    private readonly List<(object Fact, long Sequence)> _facts = [];
    private readonly Dictionary<object, long> _sequence = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ActivationKey, State> _activations = [];
    private readonly HashSet<object> _updated = new(ReferenceEqualityComparer.Instance);
    private readonly ErrorLog _errors = new();
    private long _nextSequence;
    private bool _isHalted;

    private sealed class State(NaiveActivation current)
    {
        public NaiveActivation Current { get; set; } = current;

        public bool IsFired { get; set; }

        public List<object> Linked { get; } = [];
    }

    public static ISessionFactory Factory(IEnumerable<RuleDefinition> rules, EngineOptions? options = null) =>
        new ReferenceSessionFactory([.. rules], options ?? EngineOptions.Default);

    public IReadOnlyList<RuleError> Errors => _errors.Errors;

    public SessionEvents Events { get; } = new();

    public IServiceProvider? DependencyResolver { get; set; }

    public void Insert(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (_sequence.ContainsKey(fact)) throw new ArgumentException("The fact is already in the session.", nameof(fact));
        Add(fact);
        Observe();
    }

    public void InsertAll(IEnumerable<object> facts)
    {
        List<object> list = [.. facts];
        if (list.Any(f => f is null || _sequence.ContainsKey(f)) || list.Distinct(ReferenceEqualityComparer.Instance).Count() != list.Count)
        {
            throw new ArgumentException("A fact is already in the session.", nameof(facts));
        }
        foreach (object fact in list) Add(fact);
        Observe();
    }

    public void Update(object fact)
    {
        if (!_sequence.ContainsKey(fact)) throw new ArgumentException("The fact is not in the session.", nameof(fact));
        _updated.Add(fact);
        Observe();
    }

    public void UpdateAll(IEnumerable<object> facts)
    {
        List<object> list = [.. facts];
        if (list.Any(f => !_sequence.ContainsKey(f))) throw new ArgumentException("The fact is not in the session.", nameof(facts));
        foreach (object fact in list)
        {
            if (_sequence.ContainsKey(fact)) Update(fact);
        }
    }

    public void Retract(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!_sequence.ContainsKey(fact)) throw new ArgumentException("The fact is not in the session.", nameof(fact));
        Remove(fact);
        Observe();
    }

    public void RetractAll(IEnumerable<object> facts)
    {
        List<object> list = [.. facts.Distinct(ReferenceEqualityComparer.Instance)!];
        if (list.Any(f => !_sequence.ContainsKey(f))) throw new ArgumentException("The fact is not in the session.", nameof(facts));
        foreach (object fact in list) Remove(fact);
        Observe();
    }

    public IEnumerable<T> Query<T>() => [.. _facts.Select(f => f.Fact).OfType<T>()];

    private void Add(object fact)
    {
        _sequence.Add(fact, _nextSequence);
        _facts.Add((fact, _nextSequence++));
    }

    private void Remove(object fact)
    {
        _sequence.Remove(fact);
        _facts.RemoveAll(f => ReferenceEquals(f.Fact, fact));
    }

    /// <summary>Matches everything again and settles the activations, retracting linked facts until nothing more goes.</summary>
    internal void Observe()
    {
        while (true)
        {
            var matcher = new NaiveMatcher(_facts, (rule, condition, facts, ex) => _errors.AddCondition(rule.Name, condition, facts, ex));
            var current = new Dictionary<ActivationKey, NaiveActivation>();
            foreach (NaiveRule rule in rules.Rules)
            {
                foreach (NaiveActivation activation in matcher.Match(rule)) current[activation.Key] = activation;
            }

            var retract = new List<object>();
            foreach ((ActivationKey key, State state) in _activations.ToList())
            {
                if (current.ContainsKey(key)) continue;
                retract.AddRange(state.Linked);
                _activations.Remove(key);
            }
            foreach ((ActivationKey key, NaiveActivation activation) in current)
            {
                if (!_activations.TryGetValue(key, out State? state))
                {
                    _activations[key] = new State(activation);
                    continue;
                }
                bool changed = !state.Current.Sources.SequenceEqual(activation.Sources, ReferenceEqualityComparer.Instance)
                    || activation.Sources.Any(_updated.Contains);
                state.Current = activation;
                if (!changed) continue;
                state.IsFired = false;
                retract.AddRange(state.Linked);
                state.Linked.Clear();
            }
            _updated.Clear();

            List<object> alive = [.. retract.Where(_sequence.ContainsKey).Distinct(ReferenceEqualityComparer.Instance)!];
            if (alive.Count == 0) return;
            foreach (object fact in alive) Remove(fact);
        }
    }

    public int Fire(CancellationToken cancellationToken = default)
    {
        _isHalted = false;
        var firedPerRule = new int[rules.Rules.Length];
        int firings = 0;
        while (true)
        {
            State? next = _activations.Values.Where(s => !s.IsFired).OrderBy(s => s, Order.Instance).FirstOrDefault();
            if (next is null) break;
            if (cancellationToken.IsCancellationRequested)
            {
                _errors.Add(RuleErrors.Cancelled(firings, FiredPerRule(firedPerRule)));
                break;
            }
            if (firings >= options.MaxFirings)
            {
                _errors.Add(RuleErrors.CycleLimit(options.MaxFirings, FiredPerRule(firedPerRule)));
                break;
            }
            next.IsFired = true;
            firings++;
            firedPerRule[next.Current.Rule.Index]++;
            Execute(next.Current);
            if (_isHalted) break;
        }
        return firings;
    }

    private List<(string Rule, int Firings)> FiredPerRule(int[] counts) => [.. rules.Rules.Select(r => (r.Name, counts[r.Index]))];

    private void Execute(NaiveActivation activation)
    {
        RuleDefinition rule = activation.Rule.Definition;
        var context = new Context(this, activation);
        foreach (ActionElement action in rule.RightHandSide)
        {
            try
            {
                object?[] args = RuleLookup.ActionArguments(action, context, rule, DependencyResolver, d => activation.Bindings[d]);
                activation.Rule.Compiled(action.Expression)(args);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                _errors.Add(RuleErrors.Action(rule.Name, activation.Facts, ex));
            }
        }
    }

    public WhyNotReport WhyNot(string ruleName)
    {
        int index = RuleLookup.IndexOf([.. rules.Rules.Select(r => r.Definition)], ruleName);
        int pending = _activations.Values.Count(s => s.Current.Rule.Index == index && !s.IsFired);
        int fired = _activations.Values.Count(s => s.Current.Rule.Index == index && s.IsFired);
        return NaiveMatcher.Explain(rules.Rules[index], _facts, pending, fired);
    }

    /// <summary>The agenda order of <see cref="ISession"/>: priority, rule, alternative, then the sort key.</summary>
    private sealed class Order : IComparer<State>
    {
        public static Order Instance { get; } = new();

        public int Compare(State? x, State? y)
        {
            NaiveActivation a = x!.Current, b = y!.Current;
            int c = b.Rule.Definition.Priority.CompareTo(a.Rule.Definition.Priority);
            if (c != 0) return c;
            c = a.Rule.Index.CompareTo(b.Rule.Index);
            if (c != 0) return c;
            c = a.Alternative.CompareTo(b.Alternative);
            return c != 0 ? c : a.SortKey.AsSpan().SequenceCompareTo(b.SortKey);
        }
    }

    private sealed class Context(ReferenceSession session, NaiveActivation activation) : IContext
    {
        public RuleDefinition Rule => activation.Rule.Definition;

        public IReadOnlyList<object> Facts => activation.Facts;

        public void Halt() => session._isHalted = true;

        public void Insert(object fact) => session.Insert(fact);

        public void InsertAll(IEnumerable<object> facts) => session.InsertAll(facts);

        public void Update(object fact) => session.Update(fact);

        public void Retract(object fact) => session.Retract(fact);

        public void InsertLinked(object fact)
        {
            ArgumentNullException.ThrowIfNull(fact);
            if (!session._activations.TryGetValue(activation.Key, out State? state))
            {
                throw new InvalidOperationException($"Rule '{Rule.Name}' inserted a linked fact after its match went away.");
            }
            if (session._sequence.ContainsKey(fact)) throw new ArgumentException("The fact is already in the session.", nameof(fact));
            session.Add(fact);
            state.Linked.Add(fact);
            session.Observe();
        }
    }
}

/// <summary>Creates <see cref="ReferenceSession"/>s.</summary>
internal sealed class ReferenceSessionFactory(System.Collections.Immutable.ImmutableArray<RuleDefinition> rules, EngineOptions options) : ISessionFactory
{
    private readonly NaiveRuleSet _rules = new(rules, options.Compilation);

    public IReadOnlyList<RuleDefinition> Rules { get; } = rules;

    public EngineOptions Options { get; } = options;

    public IServiceProvider? DependencyResolver { get; set; }

    public ISession CreateSession()
    {
        // Like the network, which matches the empty working memory when a session starts.
        var session = new ReferenceSession(_rules, Options) { DependencyResolver = DependencyResolver };
        session.Observe();
        return session;
    }
}
