namespace DraftCheck.Engine.Rete;

/// <summary>
/// A fact in a session's working memory. Hashes by its insertion sequence, so that every hash set of handles iterates in
/// the same order in every run.
/// </summary>
internal sealed class FactHandle(object fact, long sequence) : IEquatable<FactHandle>
{
    public object Fact { get; } = fact;

    /// <summary>The insertion order: the first fact inserted has 0. An update keeps it.</summary>
    public long Sequence { get; } = sequence;

    /// <summary>The alpha memories the fact is in, in network order.</summary>
    public List<AlphaMemory> Memories { get; set; } = [];

    /// <summary>The activation the fact was inserted for with <c>InsertLinked</c>, if any.</summary>
    public Activation? LinkedTo { get; set; }

    public bool IsAlive { get; set; } = true;

    // Working memory order (a doubly-linked list, so that retraction is O(1)).
    public FactHandle? Previous { get; set; }

    public FactHandle? Next { get; set; }

    /// <summary>The first of the tokens whose right element this fact is (joins, and the links of Not, Exists, All and queries).</summary>
    public Token? FirstLink { get; set; }

    public void AddLink(Token link)
    {
        link.NextOfFact = FirstLink;
        if (FirstLink is not null) FirstLink.PreviousOfFact = link;
        FirstLink = link;
    }

    public void RemoveLink(Token link)
    {
        if (link.PreviousOfFact is null) FirstLink = link.NextOfFact;
        else link.PreviousOfFact.NextOfFact = link.NextOfFact;
        if (link.NextOfFact is not null) link.NextOfFact.PreviousOfFact = link.PreviousOfFact;
        link.NextOfFact = link.PreviousOfFact = null;
    }

    /// <summary>The links this fact has at <paramref name="node"/>, copied so that callers may change them.</summary>
    public List<Token> LinksAt(BetaNode node)
    {
        var links = new List<Token>();
        for (Token? link = FirstLink; link is not null; link = link.NextOfFact)
        {
            if (link.Node == node) links.Add(link);
        }
        return links;
    }

    public bool Equals(FactHandle? other) => ReferenceEquals(this, other);

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => Sequence.GetHashCode();

    public override string ToString() => $"#{Sequence} {RuleErrors.Describe(Fact)}";
}

/// <summary>
/// A partial match: the token of its parent plus one value (a fact, a query result, a Let value, or nothing for Not,
/// Exists, All and Having). Also used as the link between a left token and a fact that a Not, Exists, All or query
/// node counts (such links never travel down the network).
/// </summary>
internal sealed class Token(Token? parent, BetaNode? node, object? value, FactHandle? handle, long id) : IEquatable<Token>
{
    public Token? Parent { get; } = parent;

    /// <summary>The node that made the token; null for a branch's root token.</summary>
    public BetaNode? Node { get; } = node;

    public object? Value { get; set; } = value;

    /// <summary>The fact the token adds, for joins and links.</summary>
    public FactHandle? Handle { get; } = handle;

    public long Id { get; } = id;

    public int Level { get; } = parent is null ? 0 : parent.Level + 1;

    /// <summary>What the node consuming this token keeps about it.</summary>
    public object? State { get; set; }

    /// <summary>The sort key of a query result (see <see cref="QueryValue"/>); null for other tokens.</summary>
    public long[]? SortKey { get; set; }

    public Token? NextOfFact { get; set; }

    public Token? PreviousOfFact { get; set; }

    /// <summary>The value <paramref name="hops"/> levels above <paramref name="token"/>; compiled conditions call it to read earlier declarations.</summary>
    public static object? ValueAt(Token token, int hops)
    {
        while (hops-- > 0) token = token.Parent!;
        return token.Value;
    }

    public bool Equals(Token? other) => ReferenceEquals(this, other);

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => Id.GetHashCode();
}

/// <summary>The links of one left token at one node, by fact: a short list, or a dictionary once it grows.</summary>
internal sealed class LinkSet
{
    private const int ListLimit = 8;

    private Token? _single;
    private List<Token>? _list;
    private Dictionary<FactHandle, Token>? _byFact;

    public int Count => _byFact?.Count ?? _list?.Count ?? (_single is null ? 0 : 1);

    public void Add(Token link)
    {
        if (_byFact is not null)
        {
            _byFact.Add(link.Handle!, link);
            return;
        }
        if (_list is null && _single is null)
        {
            _single = link;
            return;
        }
        _list ??= [_single!];
        _single = null;
        _list.Add(link);
        if (_list.Count > ListLimit)
        {
            _byFact = _list.ToDictionary(t => t.Handle!);
            _list = null;
        }
    }

    public Token? Find(FactHandle handle)
    {
        if (_byFact is not null) return _byFact.GetValueOrDefault(handle);
        if (_list is null) return ReferenceEquals(_single?.Handle, handle) ? _single : null;
        foreach (Token link in _list)
        {
            if (ReferenceEquals(link.Handle, handle)) return link;
        }
        return null;
    }

    public bool Remove(Token link)
    {
        if (_byFact is not null) return _byFact.Remove(link.Handle!);
        if (_list is not null) return _list.Remove(link);
        if (!ReferenceEquals(_single, link)) return false;
        _single = null;
        return true;
    }

    /// <summary>A copy of the links, so that callers may change the set while they go through it.</summary>
    public Token[] ToArray() =>
        _byFact is not null ? [.. _byFact.Values] : _list is not null ? [.. _list] : _single is not null ? [_single] : [];
}

/// <summary>
/// The items of one hash bucket, or of a whole memory, without copying: most join keys (an article number) have one
/// fact, so a bucket holds a single item until a second one comes.
/// </summary>
internal readonly struct Items<T> : IEnumerable<T> where T : class
{
    private readonly T? _single;
    private readonly HashSet<T>? _set;

    public Items(T single) => _single = single;

    public Items(HashSet<T>? set) => _set = set;

    public int Count => _set?.Count ?? (_single is null ? 0 : 1);

    public T[] ToArray() => _set is not null ? [.. _set] : _single is not null ? [_single] : [];

    public Enumerator GetEnumerator() => new(_single, _set);

    IEnumerator<T> IEnumerable<T>.GetEnumerator()
    {
        foreach (T item in this) yield return item;
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    public struct Enumerator(T? single, HashSet<T>? set)
    {
        private HashSet<T>.Enumerator _items = set?.GetEnumerator() ?? default;
        private bool _started;

        public T Current { get; private set; } = null!;

        public bool MoveNext()
        {
            if (set is not null)
            {
                bool moved = _items.MoveNext();
                if (moved) Current = _items.Current;
                return moved;
            }
            if (_started || single is null) return false;
            _started = true;
            Current = single;
            return true;
        }
    }
}

/// <summary>A hash index from keys to items, storing a lone item without a set.</summary>
internal sealed class Buckets<T> where T : class
{
    private readonly Dictionary<object, object> _buckets = [];

    public Items<T> this[object key] => _buckets.TryGetValue(key, out object? bucket)
        ? bucket is HashSet<T> set ? new Items<T>(set) : new Items<T>((T)bucket)
        : default;

    public void Add(object key, T item)
    {
        if (!_buckets.TryGetValue(key, out object? bucket)) _buckets[key] = item;
        else if (bucket is HashSet<T> set) set.Add(item);
        else if (!ReferenceEquals(bucket, item)) _buckets[key] = new HashSet<T> { (T)bucket, item };
    }

    public void Remove(object key, T item)
    {
        if (!_buckets.TryGetValue(key, out object? bucket)) return;
        if (bucket is HashSet<T> set)
        {
            set.Remove(item);
            if (set.Count == 1) _buckets[key] = set.First();
        }
        else if (ReferenceEquals(bucket, item))
        {
            _buckets.Remove(key);
        }
    }
}
