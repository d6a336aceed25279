using DraftCheck.Engine.Compiling;

namespace DraftCheck.Engine.Rete;

/// <summary>A compiled condition over a left token and a value (the fact or query value the node is testing).</summary>
internal sealed class BetaCondition(Owner owner, CompiledDelegate<Func<Token, object?, bool>> test, int[] hops)
{
    public Owner Owner { get; } = owner;

    public bool Test(ReteSession session, Token left, object? value)
    {
        try
        {
            if (test.Invoke(left, value)) return true;
            if (session.TracesConditions) session.ConditionFailed([Owner], Facts(left, value), null);
            return false;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            session.ConditionError([Owner], Facts(left, value), ex);
            return false;
        }
    }

    /// <summary>The values the condition read, in the order of its references (a negative hop stands for the tested value).</summary>
    public object?[] Facts(Token left, object? value) => [.. hops.Select(h => h < 0 ? value : Token.ValueAt(left, h))];
}

/// <summary>A compiled value expression (Let, a query selector) over a left token and a value.</summary>
internal sealed class BetaExpression(Owner owner, CompiledDelegate<Func<Token, object?, object?>> compute, int[] hops)
{
    public bool TryEvaluate(ReteSession session, Token left, object? value, out object? result)
    {
        try
        {
            result = compute.Invoke(left, value);
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            session.ConditionError([owner], [.. hops.Select(h => h < 0 ? value : Token.ValueAt(left, h))], ex);
            result = null;
            return false;
        }
    }
}

/// <summary>The side of a hash join's equalities computed from the left token (<c>term.Article</c> in <c>c.Article == term.Article</c>).</summary>
internal sealed class LeftKey(KeyPart<Func<Token, object?, object?>>[] parts, int[][] hops)
{
    public object Compute(ReteSession session, Token left)
    {
        if (parts.Length == 1) return Part(session, 0, left);
        var values = new object[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            values[i] = Part(session, i, left);
            if (ReferenceEquals(values[i], Keys.Unmatchable)) return Keys.Unmatchable;
        }
        return Keys.Composite(values);
    }

    private object Part(ReteSession session, int i, Token left)
    {
        try
        {
            return Keys.Normalize(parts[i].Delegate.Invoke(left, null), parts[i].ByReference);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            session.ConditionError(parts[i].Owners, [.. hops[i].Select(h => Token.ValueAt(left, h))], ex);
            return Keys.Unmatchable;
        }
    }
}

/// <summary>A node of a rule alternative's chain: it receives partial matches (tokens) from the node before it.</summary>
internal abstract class BetaNode(int id, CompiledBranch branch, int inputLevel)
{
    public int Id { get; } = id;

    public CompiledBranch Branch { get; } = branch;

    /// <summary>The level of the tokens this node receives (the number of elements before it).</summary>
    public int InputLevel { get; } = inputLevel;

    public BetaNode Child { get; set; } = null!;

    public abstract void LeftAssert(ReteSession session, Token left);

    public abstract void LeftRetract(ReteSession session, Token left);

    public abstract void LeftModify(ReteSession session, Token left);
}

/// <summary>What a two-input node keeps about one left token: its join key and its links to facts.</summary>
internal class LeftState(object key)
{
    public object Key { get; set; } = key;

    public LinkSet Links { get; } = new();
}

/// <summary>
/// A node joining left tokens with the facts of an alpha memory. Equalities between the two sides go through hash
/// indexes on both sides (so a join costs the matching pairs, not left x right); the other join conditions are
/// evaluated in order on the pairs the indexes give.
/// </summary>
internal abstract class TwoInputNode(int id, CompiledBranch branch, int inputLevel, AlphaMemory right, RightIndex? index, LeftKey? leftKey,
    BetaCondition[] conditions) : BetaNode(id, branch, inputLevel), IRightInput
{
    private static readonly object NoKey = new();

    public AlphaMemory Right { get; } = right;

    private sealed class LeftMemory
    {
        public HashSet<Token> All { get; } = [];

        public Buckets<Token> Buckets { get; } = new();
    }

    public abstract void RightAssert(ReteSession session, FactHandle fact);

    public abstract void RightRetract(ReteSession session, FactHandle fact);

    public abstract void RightModify(ReteSession session, FactHandle fact);

    private LeftMemory Memory(ReteSession session) => session.NodeMemory<LeftMemory>(Id);

    protected object Remember(ReteSession session, Token left)
    {
        object key = leftKey?.Compute(session, left) ?? NoKey;
        Store(Memory(session), left, key);
        return key;
    }

    protected void Forget(ReteSession session, Token left, object key) => Drop(Memory(session), left, key);

    protected object Rekey(ReteSession session, Token left, object oldKey)
    {
        object key = leftKey?.Compute(session, left) ?? NoKey;
        if (Equals(key, oldKey)) return oldKey;
        LeftMemory memory = Memory(session);
        Drop(memory, left, oldKey);
        Store(memory, left, key);
        return key;
    }

    private void Store(LeftMemory memory, Token left, object key)
    {
        if (index is null)
        {
            memory.All.Add(left);
        }
        else if (!ReferenceEquals(key, Keys.Unmatchable))
        {
            memory.Buckets.Add(key, left);
        }
    }

    private void Drop(LeftMemory memory, Token left, object key)
    {
        if (index is null)
        {
            memory.All.Remove(left);
        }
        else
        {
            memory.Buckets.Remove(key, left);
        }
    }

    /// <summary>The facts that may join <paramref name="key"/>: its index bucket, or every fact of the memory.</summary>
    protected Items<FactHandle> RightCandidates(ReteSession session, object key) =>
        index is null ? new Items<FactHandle>(Right.Facts(session)) : ReferenceEquals(key, Keys.Unmatchable) ? default : index.Bucket(session, key);

    /// <summary>
    /// The left tokens that may join <paramref name="fact"/>. Callers may go through them while they propagate: what a
    /// node sends down never changes its own left memory.
    /// </summary>
    protected Items<Token> LeftCandidates(ReteSession session, FactHandle fact)
    {
        LeftMemory memory = Memory(session);
        if (index is null) return new Items<Token>(memory.All);
        object key = index.KeyOf(session, fact);
        return ReferenceEquals(key, Keys.Unmatchable) ? default : memory.Buckets[key];
    }

    /// <summary>Whether the join conditions that the indexes do not answer hold, in order.</summary>
    protected bool Matches(ReteSession session, Token left, FactHandle fact)
    {
        foreach (BetaCondition condition in conditions)
        {
            if (!condition.Test(session, left, fact.Fact)) return false;
        }
        return true;
    }

    protected Token Link(ReteSession session, Token left, FactHandle fact, object? value)
    {
        var link = new Token(left, this, value, fact, session.NextTokenId());
        fact.AddLink(link);
        ((LeftState)left.State!).Links.Add(link);
        return link;
    }

    protected static void Unlink(Token link)
    {
        link.Handle!.RemoveLink(link);
        ((LeftState)link.Parent!.State!).Links.Remove(link);
    }

    /// <summary>
    /// Recomputes which facts <paramref name="left"/> links to after it changed: calls <paramref name="kept"/> for links
    /// that still hold, <paramref name="lost"/> (after unlinking) for those that no longer do, and links new ones with
    /// <paramref name="gained"/>.
    /// </summary>
    protected void Relink(ReteSession session, Token left, Action<Token> kept, Action<Token> lost, Action<FactHandle> gained)
    {
        var state = (LeftState)left.State!;
        state.Key = Rekey(session, left, state.Key);
        var matching = new HashSet<FactHandle>(RightCandidates(session, state.Key).Where(f => Matches(session, left, f)));
        foreach (Token link in state.Links.ToArray())
        {
            if (matching.Remove(link.Handle!))
            {
                kept(link);
            }
            else
            {
                Unlink(link);
                lost(link);
            }
        }
        foreach (FactHandle fact in matching) gained(fact);
    }

    /// <summary>
    /// Recomputes which left tokens <paramref name="fact"/> links to after it changed, with the same callbacks as
    /// <see cref="Relink"/> but from the fact's side.
    /// </summary>
    protected void RelinkFact(ReteSession session, FactHandle fact, Action<Token> kept, Action<Token> lost, Action<Token> gained)
    {
        var old = fact.LinksAt(this).ToDictionary(l => l.Parent!);
        foreach (Token left in LeftCandidates(session, fact))
        {
            if (!Matches(session, left, fact)) continue;
            if (old.Remove(left, out Token? link)) kept(link);
            else gained(left);
        }
        foreach (Token link in old.Values)
        {
            Unlink(link);
            lost(link);
        }
    }
}

/// <summary>A positive pattern: one output token per (left token, matching fact).</summary>
internal sealed class JoinNode(int id, CompiledBranch branch, int inputLevel, AlphaMemory right, RightIndex? index, LeftKey? leftKey,
    BetaCondition[] conditions) : TwoInputNode(id, branch, inputLevel, right, index, leftKey, conditions)
{
    public override void LeftAssert(ReteSession session, Token left)
    {
        var state = new LeftState(Remember(session, left));
        left.State = state;
        foreach (FactHandle fact in RightCandidates(session, state.Key))
        {
            if (Matches(session, left, fact)) Emit(session, left, fact);
        }
    }

    public override void LeftRetract(ReteSession session, Token left)
    {
        var state = (LeftState)left.State!;
        Forget(session, left, state.Key);
        foreach (Token link in state.Links.ToArray())
        {
            Unlink(link);
            Child.LeftRetract(session, link);
        }
    }

    public override void LeftModify(ReteSession session, Token left) =>
        Relink(session, left, kept: link => Child.LeftModify(session, link), lost: link => Child.LeftRetract(session, link),
            gained: fact => Emit(session, left, fact));

    public override void RightAssert(ReteSession session, FactHandle fact)
    {
        foreach (Token left in LeftCandidates(session, fact))
        {
            if (Matches(session, left, fact)) Emit(session, left, fact);
        }
    }

    public override void RightRetract(ReteSession session, FactHandle fact)
    {
        foreach (Token link in fact.LinksAt(this))
        {
            Unlink(link);
            Child.LeftRetract(session, link);
        }
    }

    public override void RightModify(ReteSession session, FactHandle fact) =>
        RelinkFact(session, fact, kept: link => Child.LeftModify(session, link), lost: link => Child.LeftRetract(session, link),
            gained: left => Emit(session, left, fact));

    private void Emit(ReteSession session, Token left, FactHandle fact) => Child.LeftAssert(session, Link(session, left, fact, fact.Fact));
}

/// <summary>How a <see cref="GateNode"/> decides from the facts it links a left token to.</summary>
internal enum GateKind
{
    /// <summary>Passes when no fact matches.</summary>
    Not,

    /// <summary>Passes when a fact matches.</summary>
    Exists,

    /// <summary>Passes when no fact of the base pattern fails a condition (no counterexample).</summary>
    ForAll,
}

/// <summary>
/// Not, Exists and All: counts, for each left token, the facts that match (or, for All, that contradict) and lets the
/// token through, without a value, when the count says so. Changes to the counted facts never travel further unless
/// they open or close the gate.
/// </summary>
internal sealed class GateNode(int id, CompiledBranch branch, int inputLevel, AlphaMemory right, RightIndex? index, LeftKey? leftKey,
    BetaCondition[] conditions, GateKind kind, BetaCondition[] universal) : TwoInputNode(id, branch, inputLevel, right, index, leftKey, conditions)
{
    private sealed class GateState(object key) : LeftState(key)
    {
        public Token? Output { get; set; }
    }

    private bool Counts(ReteSession session, Token left, FactHandle fact)
    {
        if (!Matches(session, left, fact)) return false;
        if (kind != GateKind.ForAll) return true;
        foreach (BetaCondition condition in universal)
        {
            if (!condition.Test(session, left, fact.Fact)) return true;
        }
        return false;
    }

    private bool Passes(GateState state) => kind == GateKind.Exists ? state.Links.Count > 0 : state.Links.Count == 0;

    public override void LeftAssert(ReteSession session, Token left)
    {
        var state = new GateState(Remember(session, left));
        left.State = state;
        foreach (FactHandle fact in RightCandidates(session, state.Key))
        {
            if (Counts(session, left, fact)) Link(session, left, fact, null);
        }
        if (Passes(state)) Open(session, left, state);
    }

    public override void LeftRetract(ReteSession session, Token left)
    {
        var state = (GateState)left.State!;
        Forget(session, left, state.Key);
        foreach (Token link in state.Links.ToArray()) Unlink(link);
        if (state.Output is not null) Close(session, state);
    }

    public override void LeftModify(ReteSession session, Token left)
    {
        var state = (GateState)left.State!;
        state.Key = Rekey(session, left, state.Key);
        var counted = new HashSet<FactHandle>(RightCandidates(session, state.Key).Where(f => Counts(session, left, f)));
        foreach (Token link in state.Links.ToArray())
        {
            if (!counted.Remove(link.Handle!)) Unlink(link);
        }
        foreach (FactHandle fact in counted) Link(session, left, fact, null);
        bool passes = Passes(state);
        if (state.Output is not null && passes) Child.LeftModify(session, state.Output);
        else if (state.Output is not null) Close(session, state);
        else if (passes) Open(session, left, state);
    }

    public override void RightAssert(ReteSession session, FactHandle fact)
    {
        foreach (Token left in LeftCandidates(session, fact))
        {
            if (!Counts(session, left, fact)) continue;
            var state = (GateState)left.State!;
            Link(session, left, fact, null);
            Update(session, left, state);
        }
    }

    public override void RightRetract(ReteSession session, FactHandle fact)
    {
        foreach (Token link in fact.LinksAt(this))
        {
            Unlink(link);
            Update(session, link.Parent!, (GateState)link.Parent!.State!);
        }
    }

    public override void RightModify(ReteSession session, FactHandle fact)
    {
        var touched = new List<Token>();
        var old = fact.LinksAt(this).ToDictionary(l => l.Parent!);
        foreach (Token left in LeftCandidates(session, fact))
        {
            if (!Counts(session, left, fact)) continue;
            if (!old.Remove(left))
            {
                Link(session, left, fact, null);
                touched.Add(left);
            }
        }
        foreach (Token link in old.Values)
        {
            Unlink(link);
            touched.Add(link.Parent!);
        }
        foreach (Token left in touched) Update(session, left, (GateState)left.State!);
    }

    private void Update(ReteSession session, Token left, GateState state)
    {
        bool passes = Passes(state);
        if (passes && state.Output is null) Open(session, left, state);
        else if (!passes && state.Output is not null) Close(session, state);
    }

    private void Open(ReteSession session, Token left, GateState state)
    {
        state.Output = new Token(left, this, null, null, session.NextTokenId());
        Child.LeftAssert(session, state.Output);
    }

    private void Close(ReteSession session, GateState state)
    {
        Token output = state.Output!;
        state.Output = null;
        Child.LeftRetract(session, output);
    }
}

/// <summary>Let: adds the value of an expression over the token.</summary>
internal sealed class BindingNode(int id, CompiledBranch branch, int inputLevel, BetaExpression expression) : BetaNode(id, branch, inputLevel)
{
    public override void LeftAssert(ReteSession session, Token left)
    {
        if (expression.TryEvaluate(session, left, null, out object? value)) Open(session, left, value);
    }

    public override void LeftRetract(ReteSession session, Token left)
    {
        if (left.State is Token output) Child.LeftRetract(session, output);
    }

    public override void LeftModify(ReteSession session, Token left)
    {
        bool ok = expression.TryEvaluate(session, left, null, out object? value);
        if (left.State is Token output)
        {
            if (ok)
            {
                output.Value = value;
                Child.LeftModify(session, output);
            }
            else
            {
                left.State = null;
                Child.LeftRetract(session, output);
            }
        }
        else if (ok)
        {
            Open(session, left, value);
        }
    }

    private void Open(ReteSession session, Token left, object? value)
    {
        var output = new Token(left, this, value, null, session.NextTokenId());
        left.State = output;
        Child.LeftAssert(session, output);
    }
}

/// <summary>Having: lets a token through when every condition holds.</summary>
internal sealed class FilterNode(int id, CompiledBranch branch, int inputLevel, BetaCondition[] conditions) : BetaNode(id, branch, inputLevel)
{
    private bool Holds(ReteSession session, Token left) => conditions.All(c => c.Test(session, left, null));

    public override void LeftAssert(ReteSession session, Token left)
    {
        if (Holds(session, left)) Open(session, left);
    }

    public override void LeftRetract(ReteSession session, Token left)
    {
        if (left.State is Token output) Child.LeftRetract(session, output);
    }

    public override void LeftModify(ReteSession session, Token left)
    {
        bool holds = Holds(session, left);
        if (left.State is Token output)
        {
            if (holds)
            {
                Child.LeftModify(session, output);
            }
            else
            {
                left.State = null;
                Child.LeftRetract(session, output);
            }
        }
        else if (holds)
        {
            Open(session, left);
        }
    }

    private void Open(ReteSession session, Token left)
    {
        var output = new Token(left, this, null, null, session.NextTokenId());
        left.State = output;
        Child.LeftAssert(session, output);
    }
}

/// <summary>The end of a rule alternative: each token that reaches it is an activation.</summary>
internal sealed class TerminalNode(int id, CompiledBranch branch, int inputLevel) : BetaNode(id, branch, inputLevel)
{
    public override void LeftAssert(ReteSession session, Token left)
    {
        var activation = new Activation(Branch, left, session.NextTokenId());
        left.State = activation;
        session.ActivationCreated(activation);
    }

    public override void LeftRetract(ReteSession session, Token left) => session.ActivationDeleted((Activation)left.State!);

    public override void LeftModify(ReteSession session, Token left) => session.ActivationModified((Activation)left.State!);
}
