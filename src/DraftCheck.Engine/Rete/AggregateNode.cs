using System.Collections;
using DraftCheck.Engine.Compiling;
using DraftCheck.Rules.Model;

namespace DraftCheck.Engine.Rete;

/// <summary>
/// A value flowing through a query's stages: the value, its sort key (the insertion sequence of the fact it came from,
/// then positions added by SelectMany; a group's is its first element's; a collection's or aggregate's is empty), its
/// identity (what makes two results "the same" result from one change to the next: the fact, the positions, the
/// group's key) and the facts it was built from.
/// </summary>
internal sealed record QueryValue(object? Value, long[] SortKey, object[] Identity, FactHandle[] Sources);

/// <summary>A query stage compiled: the aggregate, its selectors, and the Where conditions that follow it.</summary>
internal sealed record QueryStageProgram(AggregateElement Aggregate, Owner Owner, BetaExpression[] Selectors, BetaCondition[] Filters)
{
    public Type InputType => Aggregate.Source.ValueType;

    public Type SelectedType => Aggregate.Expressions.Length > 0 ? Aggregate.Expressions[0].Expression.ReturnType : typeof(object);
}

/// <summary>
/// A query: links each left token to the facts of its source pattern (as a join would) and, once the change being
/// made is complete, runs the stages over those facts and turns the results into tokens. Running the stages when the
/// change is complete, not per fact, keeps inserting n facts into one collection at O(n), and means a result is
/// seen to change once per change, not once per fact.
/// </summary>
internal sealed class AggregateNode(int id, CompiledBranch branch, int inputLevel, AlphaMemory right, RightIndex? index, LeftKey? leftKey,
    BetaCondition[] conditions, QueryStageProgram[] stages) : TwoInputNode(id, branch, inputLevel, right, index, leftKey, conditions)
{
    private sealed class QueryState(object key) : LeftState(key)
    {
        public bool IsAlive { get; set; } = true;

        public bool IsScheduled { get; set; }

        public bool LeftChanged { get; set; }

        public HashSet<FactHandle>? Updated { get; set; }

        public Dictionary<Identity, (Token Token, FactHandle[] Sources)> Results { get; } = [];
    }

    public override void LeftAssert(ReteSession session, Token left)
    {
        var state = new QueryState(Remember(session, left));
        left.State = state;
        foreach (FactHandle fact in RightCandidates(session, state.Key))
        {
            if (Matches(session, left, fact)) Link(session, left, fact, null);
        }
        Schedule(session, left, state);
    }

    public override void LeftRetract(ReteSession session, Token left)
    {
        var state = (QueryState)left.State!;
        Forget(session, left, state.Key);
        foreach (Token link in state.Links.ToArray()) Unlink(link);
        state.IsAlive = false;
        foreach ((Token token, _) in state.Results.Values) Child.LeftRetract(session, token);
        state.Results.Clear();
    }

    public override void LeftModify(ReteSession session, Token left)
    {
        var state = (QueryState)left.State!;
        Relink(session, left, kept: _ => { }, lost: _ => { }, gained: fact => Link(session, left, fact, null));
        state.LeftChanged = true;
        Schedule(session, left, state);
    }

    public override void RightAssert(ReteSession session, FactHandle fact)
    {
        foreach (Token left in LeftCandidates(session, fact))
        {
            if (!Matches(session, left, fact)) continue;
            Link(session, left, fact, null);
            Schedule(session, left, (QueryState)left.State!);
        }
    }

    public override void RightRetract(ReteSession session, FactHandle fact)
    {
        foreach (Token link in fact.LinksAt(this))
        {
            Unlink(link);
            Schedule(session, link.Parent!, (QueryState)link.Parent!.State!);
        }
    }

    public override void RightModify(ReteSession session, FactHandle fact) =>
        RelinkFact(session, fact,
            kept: link =>
            {
                var state = (QueryState)link.Parent!.State!;
                (state.Updated ??= []).Add(fact);
                Schedule(session, link.Parent!, state);
            },
            lost: link => Schedule(session, link.Parent!, (QueryState)link.Parent!.State!),
            gained: left =>
            {
                Link(session, left, fact, null);
                Schedule(session, left, (QueryState)left.State!);
            });

    private void Schedule(ReteSession session, Token left, QueryState state)
    {
        if (state.IsScheduled) return;
        state.IsScheduled = true;
        session.ScheduleFlush(this, left);
    }

    /// <summary>Runs the stages for <paramref name="left"/> and asserts, modifies or retracts its result tokens.</summary>
    public void Flush(ReteSession session, Token left)
    {
        var state = (QueryState)left.State!;
        state.IsScheduled = false;
        if (!state.IsAlive) return;

        Token[] links = state.Links.ToArray();
        var members = new FactHandle[links.Length];
        for (int i = 0; i < links.Length; i++) members[i] = links[i].Handle!;
        Array.Sort(members, static (a, b) => a.Sequence.CompareTo(b.Sequence));
        // A first stage that reduces (Collect, Count, Sum...) reads the facts directly; other stages need each fact as a value.
        List<QueryValue> values = AggregateFunctions.IsReducing(stages[0].Aggregate.Kind)
            ? Filter(session, left, stages[0], Reduce(session, left, stages[0], [.. members.Select(f => f.Fact)], members))
            : Run(session, left, stages[0], [.. members.Select(f => { FactHandle[] one = [f]; return new QueryValue(f.Fact, [f.Sequence], one, one); })]);
        for (int i = 1; i < stages.Length; i++) values = Run(session, left, stages[i], values);

        var previous = new Dictionary<Identity, (Token Token, FactHandle[] Sources)>(state.Results);
        state.Results.Clear();
        foreach (QueryValue value in values)
        {
            var identity = new Identity(value.Identity);
            if (previous.Remove(identity, out (Token Token, FactHandle[] Sources) old))
            {
                state.Results[identity] = (old.Token, value.Sources);
                bool changed = state.LeftChanged || !old.Sources.AsSpan().SequenceEqual(value.Sources)
                    || (state.Updated is { } updated && value.Sources.Any(updated.Contains));
                if (!changed) continue;
                old.Token.Value = value.Value;
                old.Token.SortKey = value.SortKey;
                Child.LeftModify(session, old.Token);
            }
            else
            {
                var token = new Token(left, this, value.Value, null, session.NextTokenId()) { SortKey = value.SortKey };
                state.Results[identity] = (token, value.Sources);
                Child.LeftAssert(session, token);
            }
        }
        foreach ((Token token, _) in previous.Values) Child.LeftRetract(session, token);
        state.LeftChanged = false;
        state.Updated = null;
    }

    private static List<QueryValue> Run(ReteSession session, Token left, QueryStageProgram stage, List<QueryValue> input)
    {
        List<QueryValue> output = stage.Aggregate.Kind switch
        {
            AggregateKind.Select => Select(session, left, stage, input),
            AggregateKind.SelectMany => SelectMany(session, left, stage, input),
            AggregateKind.GroupBy => GroupBy(session, left, stage, input),
            _ => Reduce(session, left, stage, [.. input.Select(v => v.Value)], [.. input.SelectMany(v => v.Sources)]),
        };
        return Filter(session, left, stage, output);
    }

    private static List<QueryValue> Filter(ReteSession session, Token left, QueryStageProgram stage, List<QueryValue> output)
    {
        if (stage.Filters.Length == 0) return output;
        output.RemoveAll(v => !stage.Filters.All(f => f.Test(session, left, v.Value)));
        return output;
    }

    private static List<QueryValue> Select(ReteSession session, Token left, QueryStageProgram stage, List<QueryValue> input)
    {
        var output = new List<QueryValue>(input.Count);
        foreach (QueryValue value in input)
        {
            if (stage.Selectors[0].TryEvaluate(session, left, value.Value, out object? selected)) output.Add(value with { Value = selected });
        }
        return output;
    }

    private static List<QueryValue> SelectMany(ReteSession session, Token left, QueryStageProgram stage, List<QueryValue> input)
    {
        var output = new List<QueryValue>();
        foreach (QueryValue value in input)
        {
            if (!stage.Selectors[0].TryEvaluate(session, left, value.Value, out object? selected) || selected is not IEnumerable items) continue;
            long position = 0;
            foreach (object? item in items)
            {
                output.Add(new QueryValue(item, [.. value.SortKey, position], [.. value.Identity, position], value.Sources));
                position++;
            }
        }
        return output;
    }

    private static List<QueryValue> GroupBy(ReteSession session, Token left, QueryStageProgram stage, List<QueryValue> input)
    {
        var groups = new Dictionary<object, (object? Key, long[] SortKey, List<object?> Elements, List<FactHandle> Sources)>();
        var order = new List<object>();
        foreach (QueryValue value in input)
        {
            if (!stage.Selectors[0].TryEvaluate(session, left, value.Value, out object? key)
                || !stage.Selectors[1].TryEvaluate(session, left, value.Value, out object? element)) continue;
            object normalized = Keys.Normalize(key, byReference: false);
            if (!groups.TryGetValue(normalized, out var group))
            {
                groups[normalized] = group = (key, value.SortKey, [], []);
                order.Add(normalized);
            }
            group.Elements.Add(element);
            group.Sources.AddRange(value.Sources);
        }
        return [.. order.Select(k => groups[k]).Select((g, i) => new QueryValue(
            AggregateFunctions.Group(stage.Aggregate.ResultType, g.Key, g.Elements), g.SortKey, [order[i]], [.. g.Sources]))];
    }

    /// <summary>Collect, Count, Sum, Min, Max or Average over all values: at most one result, built from all the sources.</summary>
    private static List<QueryValue> Reduce(ReteSession session, Token left, QueryStageProgram stage, List<object?> input, FactHandle[] sources)
    {
        switch (stage.Aggregate.Kind)
        {
            case AggregateKind.Collect:
                return [new QueryValue(AggregateFunctions.Collect(stage.InputType, input), [], [], sources)];
            case AggregateKind.Count:
                return [new QueryValue(input.Count, [], [], sources)];
        }
        var selected = new List<object?>(input.Count);
        foreach (object? value in input)
        {
            if (stage.Selectors[0].TryEvaluate(session, left, value, out object? item)) selected.Add(item);
        }
        try
        {
            return AggregateFunctions.TryReduce(stage.Aggregate.Kind, stage.Aggregate.ResultType, stage.SelectedType, selected, out object? result)
                ? [new QueryValue(result, [], [], sources)]
                : [];
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            session.ConditionError([stage.Owner], [.. input], ex);
            return [];
        }
    }

    /// <summary>A result's identity, compared part by part (facts by reference, positions and group keys by value).</summary>
    private readonly struct Identity(object[] parts) : IEquatable<Identity>
    {
        private readonly object[] _parts = parts;

        public bool Equals(Identity other) => _parts.AsSpan().SequenceEqual(other._parts);

        public override bool Equals(object? obj) => obj is Identity other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (object part in _parts) hash.Add(part);
            return hash.ToHashCode();
        }
    }
}
