using System.Collections;
using System.Collections.Concurrent;
using System.Collections.ObjectModel;
using System.Reflection;
using DraftCheck.Rules.Model;

namespace DraftCheck.Engine.Compiling;

/// <summary>
/// The typed values query stages produce (collections, groups, sums, minima...) from untyped lists, so that a rule
/// receives exactly the type it declared. Shared by every evaluator: these are plain functions of their inputs.
/// </summary>
internal static class AggregateFunctions
{
    private static readonly ConcurrentDictionary<(string, Type, Type?), Delegate> Cache = new();

    /// <summary>A read-only list of <paramref name="elementType"/> holding <paramref name="values"/> in order.</summary>
    public static object Collect(Type elementType, IReadOnlyList<object?> values) =>
        ((Func<IReadOnlyList<object?>, object>)Get(nameof(CollectOf), elementType, null))(values);

    /// <summary>A grouping of <paramref name="key"/> and <paramref name="elements"/> with the types of <paramref name="groupingType"/> (<c>IGrouping&lt;K, E&gt;</c>).</summary>
    public static object Group(Type groupingType, object? key, IReadOnlyList<object?> elements)
    {
        Type[] arguments = groupingType.GetGenericArguments();
        return ((Func<object?, IReadOnlyList<object?>, object>)Get(nameof(GroupOf), arguments[0], arguments[1]))(key, elements);
    }

    /// <summary>
    /// The result of Sum, Min, Max or Average over the selected values; false (no result) for Min, Max and Average of
    /// nothing. Sum of nothing is 0.
    /// </summary>
    public static bool TryReduce(AggregateKind kind, Type resultType, Type selectedType, IReadOnlyList<object?> selected, out object? result)
    {
        result = null;
        if (kind != AggregateKind.Sum && selected.Count == 0) return false;
        result = kind switch
        {
            AggregateKind.Sum => ((Func<IReadOnlyList<object?>, object>)Get(nameof(SumOf), resultType, null))(selected),
            AggregateKind.Average => ((Func<IReadOnlyList<object?>, object>)Get(nameof(AverageOf), selectedType, resultType))(selected),
            AggregateKind.Min => ((Func<IReadOnlyList<object?>, int, object?>)Get(nameof(ExtremeOf), selectedType, null))(selected, -1),
            AggregateKind.Max => ((Func<IReadOnlyList<object?>, int, object?>)Get(nameof(ExtremeOf), selectedType, null))(selected, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not Sum, Min, Max or Average."),
        };
        return true;
    }

    /// <summary>Whether the stage reduces all values to at most one result.</summary>
    public static bool IsReducing(AggregateKind kind) => kind is AggregateKind.Collect or AggregateKind.Count or AggregateKind.Sum
        or AggregateKind.Min or AggregateKind.Max or AggregateKind.Average;

    private static Delegate Get(string method, Type first, Type? second) => Cache.GetOrAdd((method, first, second), static key =>
    {
        MethodInfo generic = typeof(AggregateFunctions).GetMethod(key.Item1, BindingFlags.NonPublic | BindingFlags.Static)!;
        MethodInfo closed = key.Item3 is null ? generic.MakeGenericMethod(key.Item2) : generic.MakeGenericMethod(key.Item2, key.Item3);
        return (Delegate)closed.Invoke(null, null)!;
    });

    private static Func<IReadOnlyList<object?>, object> CollectOf<T>() =>
        values => new ReadOnlyCollection<T>([.. values.Select(v => (T)v!)]);

    private static Func<object?, IReadOnlyList<object?>, object> GroupOf<TKey, TElement>() =>
        (key, elements) => new Grouping<TKey, TElement>((TKey)key!, [.. elements.Select(e => (TElement)e!)]);

    private static Func<IReadOnlyList<object?>, object> SumOf<T>() => typeof(T) switch
    {
        var t when t == typeof(int) => values => checked(values.Sum(v => (int)v!)),
        var t when t == typeof(long) => values => checked(values.Sum(v => (long)v!)),
        var t when t == typeof(double) => values => values.Sum(v => (double)v!),
        var t when t == typeof(decimal) => values => values.Sum(v => (decimal)v!),
        _ => throw new NotSupportedException($"Sum of {typeof(T).Name} is not supported."),
    };

    private static Func<IReadOnlyList<object?>, object> AverageOf<TSelected, TResult>() => typeof(TSelected) switch
    {
        var t when t == typeof(int) => values => values.Average(v => (int)v!),
        var t when t == typeof(long) => values => values.Average(v => (long)v!),
        var t when t == typeof(double) => values => values.Average(v => (double)v!),
        var t when t == typeof(decimal) => values => values.Average(v => (decimal)v!),
        _ => throw new NotSupportedException($"Average of {typeof(TSelected).Name} is not supported."),
    };

    /// <summary>The first smallest (sign -1) or largest (sign 1) value by <see cref="Comparer{T}.Default"/>.</summary>
    private static Func<IReadOnlyList<object?>, int, object?> ExtremeOf<T>() => (values, sign) =>
    {
        Comparer<T> comparer = Comparer<T>.Default;
        T best = (T)values[0]!;
        for (int i = 1; i < values.Count; i++)
        {
            T value = (T)values[i]!;
            if (Math.Sign(comparer.Compare(value, best)) == sign) best = value;
        }
        return best;
    };
}

/// <summary>A group of a query's <c>GroupBy</c>: the key and the elements in fact order.</summary>
internal sealed class Grouping<TKey, TElement>(TKey key, TElement[] elements) : IGrouping<TKey, TElement>, IReadOnlyList<TElement>
{
    public TKey Key { get; } = key;

    public int Count => elements.Length;

    public TElement this[int index] => elements[index];

    public IEnumerator<TElement> GetEnumerator() => ((IEnumerable<TElement>)elements).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{Key}: [{string.Join(", ", elements.Select(e => RuleErrors.Describe(e)))}]";
}
