using DraftCheck.Rules;
using DraftCheck.Rules.Model;

namespace DraftCheck.Engine.Rete;

/// <summary>A match of one rule alternative: it waits on the agenda, fires once, and fires again only if it changes.</summary>
internal sealed class Activation(CompiledBranch branch, Token token, long id)
{
    public CompiledBranch Branch { get; } = branch;

    public CompiledRule Rule => Branch.Rule;

    public Token Token { get; } = token;

    public long Id { get; } = id;

    public long[] SortKey { get; set; } = [];

    /// <summary>Counts the activation's entries on the agenda's heap: only the latest is live.</summary>
    public int Version { get; set; }

    public bool IsAlive { get; set; } = true;

    public bool IsFired { get; set; }

    public bool IsOnAgenda { get; set; }

    private List<FactHandle>? _linked;

    /// <summary>The facts inserted with <c>InsertLinked</c> while this activation fired; retracted when it goes away or changes.</summary>
    public List<FactHandle> Linked => _linked ??= [];

    public bool HasLinked => _linked is { Count: > 0 };

    public IReadOnlyList<object> Facts => Branch.FactsOf(Token);
}

/// <summary>An activation's place on the agenda when it was put there (its sort key may change later; the entry does not).</summary>
internal readonly struct AgendaEntry(Activation activation)
{
    public int Priority { get; } = activation.Rule.Definition.Priority;

    public int Rule { get; } = activation.Rule.Index;

    public int Branch { get; } = activation.Branch.Index;

    public long[] SortKey { get; } = activation.SortKey;

    public long Id { get; } = activation.Id;
}

/// <summary>
/// The agenda's order: higher priority first; then the rule given first; then the alternative stated first; then the
/// sort key (facts inserted first) element by element; the id only guards against equal keys.
/// </summary>
internal sealed class AgendaOrder : IComparer<AgendaEntry>
{
    public static AgendaOrder Instance { get; } = new();

    public int Compare(AgendaEntry x, AgendaEntry y)
    {
        int c = y.Priority.CompareTo(x.Priority);
        if (c != 0) return c;
        c = x.Rule.CompareTo(y.Rule);
        if (c != 0) return c;
        c = x.Branch.CompareTo(y.Branch);
        if (c != 0) return c;
        c = x.SortKey.AsSpan().SequenceCompareTo(y.SortKey);
        return c != 0 ? c : x.Id.CompareTo(y.Id);
    }
}

/// <summary>
/// A session over a <see cref="ReteNetwork"/>: working memory, the network's memories for this session, the agenda.
/// Every change (insert, update, retract, a batch of inserts or retracts) propagates through the network at once;
/// query results are recomputed when the change is complete; then the facts linked to activations that went away or
/// changed are retracted, which may cascade.
/// </summary>
internal sealed class ReteSession : ISession
{
    private readonly ReteSessionFactory _factory;
    private readonly ReteNetwork _network;
    private readonly Dictionary<object, FactHandle> _handles = new(ReferenceEqualityComparer.Instance);
    private readonly object?[] _nodeMemories;
    private readonly HashSet<FactHandle>?[] _alphaFacts;
    private readonly RightIndex.State?[] _indexStates;
    // A heap with lazy deletion: an activation that leaves the agenda or moves in it leaves a stale entry, skipped when
    // it comes to the top (its version no longer matches).
    private readonly PriorityQueue<(Activation Activation, int Version), AgendaEntry> _agenda = new(AgendaOrder.Instance);
    private readonly int[] _pending;
    private readonly int[] _fired;
    private readonly List<FactHandle> _pendingLinked = [];
    private readonly PriorityQueue<(AggregateNode Node, Token Left), (int Node, long Order)> _flushes = new();
    private readonly ErrorLog _errors = new();
    private FactHandle? _first;
    private FactHandle? _last;
    private long _nextSequence;
    private long _nextTokenId;
    private long _nextFlush;
    private bool _isFiring;
    private bool _isHalted;

    public ReteSession(ReteSessionFactory factory)
    {
        _factory = factory;
        _network = factory.Network;
        _nodeMemories = new object?[_network.BetaNodeCount];
        _alphaFacts = new HashSet<FactHandle>?[_network.AlphaMemoryCount];
        _indexStates = new RightIndex.State?[_network.IndexCount];
        _pending = new int[_network.Rules.Length];
        _fired = new int[_network.Rules.Length];
        DependencyResolver = factory.DependencyResolver;
        foreach (CompiledRule rule in _network.Rules)
        {
            foreach (CompiledBranch branch in rule.Branches) branch.Entry.LeftAssert(this, new Token(null, null, null, null, NextTokenId()));
        }
        Settle();
    }

    public IReadOnlyList<RuleError> Errors => _errors.Errors;

    public SessionEvents Events { get; } = new();

    public IServiceProvider? DependencyResolver { get; set; }

    internal bool TracesConditions => Events.TracesConditions;

    // ---- per-session memories of the shared network ----

    internal long NextTokenId() => _nextTokenId++;

    internal T NodeMemory<T>(int node) where T : class, new() => (T)(_nodeMemories[node] ??= new T());

    internal HashSet<FactHandle> AlphaFacts(int memory) => _alphaFacts[memory] ??= [];

    internal RightIndex.State IndexState(int index) => _indexStates[index] ??= new RightIndex.State();

    internal void ScheduleFlush(AggregateNode node, Token left) => _flushes.Enqueue((node, left), (node.Id, _nextFlush++));

    // ---- changes ----

    public void Insert(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        InsertCore(fact, null);
        Settle();
    }

    public void InsertAll(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        List<object> list = [.. facts];
        var seen = new HashSet<object>(list.Count, ReferenceEqualityComparer.Instance);
        _handles.EnsureCapacity(_handles.Count + list.Count);
        foreach (object fact in list)
        {
            if (fact is null) throw new ArgumentException("A fact is null.", nameof(facts));
            if (_handles.ContainsKey(fact) || !seen.Add(fact)) throw new ArgumentException("A fact is already in the session.", nameof(facts));
        }
        foreach (object fact in list) InsertCore(fact, null);
        Settle();
    }

    public void Update(object fact)
    {
        UpdateCore(Handle(fact, nameof(fact)));
        Settle();
    }

    public void UpdateAll(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        List<FactHandle> handles = [.. facts.Select(f => Handle(f, nameof(facts)))];
        foreach (FactHandle handle in handles)
        {
            if (!handle.IsAlive) continue;
            UpdateCore(handle);
            Settle();
        }
    }

    public void Retract(object fact)
    {
        RetractCore(Handle(fact, nameof(fact)));
        Settle();
    }

    public void RetractAll(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        List<FactHandle> handles = [.. facts.Select(f => Handle(f, nameof(facts))).Distinct()];
        foreach (FactHandle handle in handles) RetractCore(handle);
        Settle();
    }

    public IEnumerable<T> Query<T>()
    {
        var result = new List<T>();
        for (FactHandle? handle = _first; handle is not null; handle = handle.Next)
        {
            if (handle.Fact is T fact) result.Add(fact);
        }
        return result;
    }

    private FactHandle Handle(object fact, string parameter)
    {
        ArgumentNullException.ThrowIfNull(fact, parameter);
        return _handles.TryGetValue(fact, out FactHandle? handle)
            ? handle
            : throw new ArgumentException("The fact is not in the session.", parameter);
    }

    private void InsertCore(object fact, Activation? linkedTo)
    {
        var handle = new FactHandle(fact, _nextSequence) { LinkedTo = linkedTo, Previous = _last };
        if (!_handles.TryAdd(fact, handle)) throw new ArgumentException("The fact is already in the session.", nameof(fact));
        _nextSequence++;
        linkedTo?.Linked.Add(handle);
        if (_last is null) _first = handle;
        else _last.Next = handle;
        _last = handle;
        Events.OnFactInserted(this, fact);
        handle.Memories = _network.MemoriesOf(this, handle);
        foreach (AlphaMemory memory in handle.Memories) memory.Assert(this, handle);
    }

    private void UpdateCore(FactHandle handle)
    {
        Events.OnFactUpdated(this, handle.Fact);
        List<AlphaMemory> before = handle.Memories;
        List<AlphaMemory> after = _network.MemoriesOf(this, handle);
        handle.Memories = after;
        var kept = new HashSet<AlphaMemory>(after);
        foreach (AlphaMemory memory in before)
        {
            if (!kept.Contains(memory)) memory.Retract(this, handle);
        }
        var had = new HashSet<AlphaMemory>(before);
        foreach (AlphaMemory memory in after)
        {
            if (had.Contains(memory)) memory.Modify(this, handle);
        }
        foreach (AlphaMemory memory in after)
        {
            if (!had.Contains(memory)) memory.Assert(this, handle);
        }
    }

    private void RetractCore(FactHandle handle)
    {
        handle.IsAlive = false;
        handle.LinkedTo?.Linked.Remove(handle);
        foreach (AlphaMemory memory in handle.Memories) memory.Retract(this, handle);
        if (handle.Previous is null) _first = handle.Next;
        else handle.Previous.Next = handle.Next;
        if (handle.Next is null) _last = handle.Previous;
        else handle.Next.Previous = handle.Previous;
        _handles.Remove(handle.Fact);
        Events.OnFactRetracted(this, handle.Fact);
    }

    /// <summary>Completes a change: recomputes the query results it touched, then retracts linked facts until nothing more goes.</summary>
    private void Settle()
    {
        Flush();
        while (_pendingLinked.Count > 0)
        {
            FactHandle[] batch = [.. _pendingLinked];
            _pendingLinked.Clear();
            foreach (FactHandle handle in batch)
            {
                if (handle.IsAlive) RetractCore(handle);
            }
            Flush();
        }
    }

    private void Flush()
    {
        while (_flushes.TryDequeue(out (AggregateNode Node, Token Left) flush, out _)) flush.Node.Flush(this, flush.Left);
    }

    // ---- activations ----

    internal void ActivationCreated(Activation activation)
    {
        activation.SortKey = activation.Branch.SortKeyOf(activation.Token);
        Enqueue(activation);
        _pending[activation.Rule.Index]++;
        if (Events.TracesActivations) Events.OnActivationCreated(this, () => new ActivationEventArgs(activation.Rule.Definition, activation.Facts));
    }

    internal void ActivationDeleted(Activation activation)
    {
        activation.IsAlive = false;
        activation.IsOnAgenda = false;
        if (activation.IsFired) _fired[activation.Rule.Index]--;
        else _pending[activation.Rule.Index]--;
        DropLinked(activation);
        if (Events.TracesActivations) Events.OnActivationDeleted(this, () => new ActivationEventArgs(activation.Rule.Definition, activation.Facts));
    }

    internal void ActivationModified(Activation activation)
    {
        activation.SortKey = activation.Branch.SortKeyOf(activation.Token);
        if (activation.IsFired)
        {
            _fired[activation.Rule.Index]--;
            _pending[activation.Rule.Index]++;
        }
        activation.IsFired = false;
        Enqueue(activation);
        DropLinked(activation);
    }

    private void Enqueue(Activation activation)
    {
        activation.IsOnAgenda = true;
        activation.Version++;
        _agenda.Enqueue((activation, activation.Version), new AgendaEntry(activation));
    }

    /// <summary>The activation that fires next, or null; drops stale entries on the way.</summary>
    private Activation? Next()
    {
        while (_agenda.TryPeek(out (Activation Activation, int Version) top, out _))
        {
            if (top.Activation.IsOnAgenda && top.Activation.Version == top.Version) return top.Activation;
            _agenda.Dequeue();
        }
        return null;
    }

    private void DropLinked(Activation activation)
    {
        if (!activation.HasLinked) return;
        _pendingLinked.AddRange(activation.Linked);
        foreach (FactHandle handle in activation.Linked) handle.LinkedTo = null;
        activation.Linked.Clear();
    }

    // ---- firing ----

    public int Fire(CancellationToken cancellationToken = default)
    {
        if (_isFiring) throw new InvalidOperationException("Fire cannot be called while the session fires (from a rule's action).");
        _isFiring = true;
        _isHalted = false;
        var firedPerRule = new int[_network.Rules.Length];
        int firings = 0;
        try
        {
            while (Next() is { } next)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    AddError(RuleErrors.Cancelled(firings, FiredPerRule(firedPerRule)));
                    break;
                }
                if (firings >= _factory.Options.MaxFirings)
                {
                    AddError(RuleErrors.CycleLimit(_factory.Options.MaxFirings, FiredPerRule(firedPerRule)));
                    break;
                }
                _agenda.Dequeue();
                next.IsOnAgenda = false;
                next.IsFired = true;
                _pending[next.Rule.Index]--;
                _fired[next.Rule.Index]++;
                firings++;
                firedPerRule[next.Rule.Index]++;
                Execute(next);
                if (_isHalted) break;
            }
        }
        finally
        {
            _isFiring = false;
        }
        return firings;
    }

    private List<(string Rule, int Firings)> FiredPerRule(int[] counts) =>
        [.. _network.Rules.Select(r => (r.Name, counts[r.Index]))];

    private void Execute(Activation activation)
    {
        RuleDefinition rule = activation.Rule.Definition;
        IReadOnlyList<object> facts = activation.Facts;
        var context = new Context(this, activation, facts);
        if (Events.TracesFirings) Events.OnRuleFiring(this, () => new ActivationEventArgs(rule, facts));
        foreach (CompiledAction action in activation.Rule.Actions)
        {
            try
            {
                object?[] args = RuleLookup.ActionArguments(action.Element, context, rule, DependencyResolver,
                    d => activation.Branch.ValueOf(activation.Token, d));
                action.Run.Invoke(args);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                AddError(RuleErrors.Action(rule.Name, facts, ex));
            }
        }
        if (Events.TracesFirings) Events.OnRuleFired(this, () => new ActivationEventArgs(rule, facts));
    }

    // ---- errors and tracing ----

    private void AddError(RuleError error)
    {
        _errors.Add(error);
        Events.OnErrorRaised(this, error);
    }

    internal void ConditionError(IEnumerable<Owner> owners, object?[] facts, Exception exception)
    {
        foreach (Owner owner in owners)
        {
            if (_errors.AddCondition(owner.Rule.Name, owner.Expression, facts, exception) is { } error) Events.OnErrorRaised(this, error);
            if (TracesConditions) Events.OnConditionFailed(this, new ConditionFailedEventArgs(owner.Rule.Definition, owner.Expression, facts, RuleErrors.Unwrap(exception)));
        }
    }

    internal void ConditionFailed(IEnumerable<Owner> owners, object?[] facts, Exception? exception)
    {
        foreach (Owner owner in owners) Events.OnConditionFailed(this, new ConditionFailedEventArgs(owner.Rule.Definition, owner.Expression, facts, exception));
    }

    public WhyNotReport WhyNot(string ruleName)
    {
        int index = RuleLookup.IndexOf(_factory.Rules, ruleName);
        int pending = _pending[index];
        int fired = _fired[index];
        List<(object Fact, long Sequence)> facts = [];
        for (FactHandle? handle = _first; handle is not null; handle = handle.Next) facts.Add((handle.Fact, handle.Sequence));
        return Reference.NaiveMatcher.Explain(_factory.Naive.Rules[index], facts, pending, fired);
    }

    private sealed class Context(ReteSession session, Activation activation, IReadOnlyList<object> facts) : IContext
    {
        public RuleDefinition Rule => activation.Rule.Definition;

        public IReadOnlyList<object> Facts => facts;

        public void Halt() => session._isHalted = true;

        public void Insert(object fact) => session.Insert(fact);

        public void InsertAll(IEnumerable<object> facts) => session.InsertAll(facts);

        public void Update(object fact) => session.Update(fact);

        public void Retract(object fact) => session.Retract(fact);

        public void InsertLinked(object fact)
        {
            ArgumentNullException.ThrowIfNull(fact);
            if (!activation.IsAlive)
            {
                throw new InvalidOperationException($"Rule '{Rule.Name}' inserted a linked fact after its match went away.");
            }
            session.InsertCore(fact, activation);
            session.Settle();
        }
    }
}
