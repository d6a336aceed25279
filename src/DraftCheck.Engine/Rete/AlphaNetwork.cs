using DraftCheck.Engine.Compiling;

namespace DraftCheck.Engine.Rete;

/// <summary>
/// Who answers for an expression: the rule and the condition (or expression) as written, so that an error or a failed
/// condition names them. An expression shared by several rules has one owner per rule.
/// </summary>
internal sealed record Owner(CompiledRule Rule, string Expression);

/// <summary>A node of the alpha network: tests on one fact at a time, shared by every rule that states them.</summary>
internal abstract class AlphaNode
{
    /// <summary>Children reached by evaluating their test.</summary>
    public List<AlphaTestNode> Children { get; } = [];

    /// <summary>Children of the form <c>key(fact) == constant</c>, reached by one hash lookup.</summary>
    public List<ConstantDispatch> Dispatches { get; } = [];

    /// <summary>The memory of the facts that passed every test from the type node down to here, if a pattern ends here.</summary>
    public AlphaMemory? Memory { get; set; }

    public void Collect(ReteSession session, FactHandle fact, List<AlphaMemory> memories)
    {
        if (Memory is not null) memories.Add(Memory);
        foreach (AlphaTestNode child in Children)
        {
            if (child.Test(session, fact)) child.Collect(session, fact, memories);
        }
        foreach (ConstantDispatch dispatch in Dispatches) dispatch.Collect(session, fact, memories);
    }
}

/// <summary>The root of the tests on facts of one type (and its subtypes).</summary>
internal sealed class TypeNode(Type type) : AlphaNode
{
    public Type Type { get; } = type;
}

/// <summary>A condition on the fact alone, compiled once for every rule that states it.</summary>
internal sealed class AlphaTestNode(StructuralKey key, CompiledDelegate<Func<object, bool>> test) : AlphaNode
{
    public StructuralKey Key { get; } = key;

    public List<Owner> Owners { get; } = [];

    public bool Test(ReteSession session, FactHandle fact)
    {
        try
        {
            if (test.Invoke(fact.Fact)) return true;
            if (session.TracesConditions) session.ConditionFailed(Owners, [fact.Fact], null);
            return false;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            session.ConditionError(Owners, [fact.Fact], ex);
            return false;
        }
    }
}

/// <summary>
/// Several sibling tests <c>key(fact) == constant</c> with the same key expression: the key is computed once and the one
/// test that can hold is found by hash, instead of evaluating every test (as for a rule per article number).
/// </summary>
internal sealed class ConstantDispatch(CompiledDelegate<Func<object, object?>> key, Dictionary<object, AlphaTestNode> byConstant)
{
    public IReadOnlyDictionary<object, AlphaTestNode> ByConstant { get; } = byConstant;

    public void Collect(ReteSession session, FactHandle fact, List<AlphaMemory> memories)
    {
        object value;
        try
        {
            value = Keys.Normalize(key.Invoke(fact.Fact), byReference: false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            foreach (AlphaTestNode node in ByConstant.Values) session.ConditionError(node.Owners, [fact.Fact], ex);
            return;
        }
        AlphaTestNode? match = ByConstant.GetValueOrDefault(value);
        match?.Collect(session, fact, memories);
        if (session.TracesConditions)
        {
            foreach (AlphaTestNode node in ByConstant.Values.Where(n => n != match)) session.ConditionFailed(node.Owners, [fact.Fact], null);
        }
    }
}

/// <summary>The facts that passed one chain of alpha tests, with hash indexes for the joins that read them.</summary>
internal sealed class AlphaMemory(int id)
{
    public int Id { get; } = id;

    public List<RightIndex> Indexes { get; } = [];

    public List<IRightInput> Consumers { get; } = [];

    public HashSet<FactHandle> Facts(ReteSession session) => session.AlphaFacts(Id);

    public void Assert(ReteSession session, FactHandle fact)
    {
        Facts(session).Add(fact);
        foreach (RightIndex index in Indexes) index.Add(session, fact);
        foreach (IRightInput consumer in Consumers) consumer.RightAssert(session, fact);
    }

    public void Retract(ReteSession session, FactHandle fact)
    {
        // Gone from the memory before any node hears of it, so that tokens the retraction creates (a Not that opens)
        // cannot join it again; the nodes find their links to it through the fact.
        Facts(session).Remove(fact);
        foreach (RightIndex index in Indexes) index.Remove(session, fact);
        foreach (IRightInput consumer in Consumers) consumer.RightRetract(session, fact);
    }

    public void Modify(ReteSession session, FactHandle fact)
    {
        foreach (RightIndex index in Indexes) index.Rekey(session, fact);
        foreach (IRightInput consumer in Consumers) consumer.RightModify(session, fact);
    }
}

/// <summary>A node that receives the facts of an alpha memory as its right input.</summary>
internal interface IRightInput
{
    void RightAssert(ReteSession session, FactHandle fact);

    void RightRetract(ReteSession session, FactHandle fact);

    void RightModify(ReteSession session, FactHandle fact);
}

/// <summary>
/// A hash index of an alpha memory's facts by the value of the fact's side of equality joins (<c>c.Article</c> in
/// <c>c.Article == term.Article</c>), shared by the joins that use the same expression on the same memory.
/// </summary>
internal sealed class RightIndex(int id, KeyPart<Func<object, object?>>[] parts)
{
    public int Id { get; } = id;

    public KeyPart<Func<object, object?>>[] Parts { get; } = parts;

    public sealed class State
    {
        public Buckets<FactHandle> Buckets { get; } = new();

        public Dictionary<FactHandle, object> KeyOf { get; } = [];
    }

    public object KeyOf(ReteSession session, FactHandle fact) => session.IndexState(Id).KeyOf[fact];

    public Items<FactHandle> Bucket(ReteSession session, object key) => session.IndexState(Id).Buckets[key];

    public void Add(ReteSession session, FactHandle fact)
    {
        State state = session.IndexState(Id);
        object key = Compute(session, fact);
        state.KeyOf[fact] = key;
        AddToBucket(state, key, fact);
    }

    public void Remove(ReteSession session, FactHandle fact)
    {
        State state = session.IndexState(Id);
        if (state.KeyOf.Remove(fact, out object? key)) RemoveFromBucket(state, key, fact);
    }

    public void Rekey(ReteSession session, FactHandle fact)
    {
        State state = session.IndexState(Id);
        object key = Compute(session, fact);
        object old = state.KeyOf[fact];
        if (Equals(old, key)) return;
        RemoveFromBucket(state, old, fact);
        state.KeyOf[fact] = key;
        AddToBucket(state, key, fact);
    }

    private object Compute(ReteSession session, FactHandle fact)
    {
        if (Parts.Length == 1) return Part(session, Parts[0], fact);
        var values = new object[Parts.Length];
        for (int i = 0; i < Parts.Length; i++)
        {
            values[i] = Part(session, Parts[i], fact);
            if (ReferenceEquals(values[i], Keys.Unmatchable)) return Keys.Unmatchable;
        }
        return Keys.Composite(values);
    }

    private static object Part(ReteSession session, KeyPart<Func<object, object?>> part, FactHandle fact)
    {
        try
        {
            return Keys.Normalize(part.Delegate.Invoke(fact.Fact), part.ByReference);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            session.ConditionError(part.Owners, [fact.Fact], ex);
            return Keys.Unmatchable;
        }
    }

    private static void AddToBucket(State state, object key, FactHandle fact)
    {
        if (!ReferenceEquals(key, Keys.Unmatchable)) state.Buckets.Add(key, fact);
    }

    private static void RemoveFromBucket(State state, object key, FactHandle fact) => state.Buckets.Remove(key, fact);
}

/// <summary>One side of one equality of a hash join, compiled, with the rules that answer for it.</summary>
internal sealed class KeyPart<TDelegate>(CompiledDelegate<TDelegate> compiled, bool byReference) where TDelegate : Delegate
{
    public CompiledDelegate<TDelegate> Delegate { get; } = compiled;

    public bool ByReference { get; } = byReference;

    public List<Owner> Owners { get; } = [];
}
