using System.Linq.Expressions;
using DraftCheck.Rules.Model;

namespace DraftCheck.Rules;

/// <summary>The start of a query in <c>When().Query(() => alias, q => q.Match&lt;T&gt;(...)...)</c>.</summary>
public interface IQuery
{
}

/// <summary>A query whose values so far are of type <typeparamref name="TSource"/>; continue it with <see cref="QueryExtensions"/>.</summary>
public interface IQuery<out TSource> : IQuery
{
}

/// <summary>
/// The stages of a query: <c>Match</c> (facts in working memory), then any of <c>Where</c>, <c>Select</c>,
/// <c>SelectMany</c>, <c>GroupBy</c>, <c>Collect</c> and the aggregates <c>Count</c>, <c>Sum</c>, <c>Min</c>, <c>Max</c>,
/// <c>Average</c>. Conditions and selectors may mention variables matched before the query.
/// </summary>
public static class QueryExtensions
{
    /// <summary>Starts the query with the facts of type <typeparamref name="T"/> satisfying every condition.</summary>
    public static IQuery<T> Match<T>(this IQuery query, params Expression<Func<T, bool>>[] conditions) =>
        QueryBuilder.Of(query).Add<T>(new QueryStage.Match(typeof(T), conditions));

    /// <summary>Keeps the values satisfying every condition.</summary>
    public static IQuery<TSource> Where<TSource>(this IQuery<TSource> query, params Expression<Func<TSource, bool>>[] conditions) =>
        QueryBuilder.Of(query).Add<TSource>(new QueryStage.Where(conditions));

    /// <summary>Maps each value.</summary>
    public static IQuery<TResult> Select<TSource, TResult>(this IQuery<TSource> query, Expression<Func<TSource, TResult>> selector) =>
        Aggregate<TResult>(query, AggregateKind.Select, selector);

    /// <summary>Maps each value to several, in the order the selector gives them.</summary>
    public static IQuery<TResult> SelectMany<TSource, TResult>(this IQuery<TSource> query, Expression<Func<TSource, IEnumerable<TResult>>> selector) =>
        Aggregate<TResult>(query, AggregateKind.SelectMany, selector);

    /// <summary>Groups the values by key: one result per key, its elements in fact order.</summary>
    public static IQuery<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IQuery<TSource> query, Expression<Func<TSource, TKey>> keySelector) =>
        Aggregate<IGrouping<TKey, TSource>>(query, AggregateKind.GroupBy, keySelector, Identity<TSource>());

    /// <summary>Groups the values by key, keeping <paramref name="elementSelector"/> of each: one result per key.</summary>
    public static IQuery<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IQuery<TSource> query,
        Expression<Func<TSource, TKey>> keySelector, Expression<Func<TSource, TElement>> elementSelector) =>
        Aggregate<IGrouping<TKey, TElement>>(query, AggregateKind.GroupBy, keySelector, elementSelector);

    /// <summary>One result: all values in fact order, possibly none.</summary>
    public static IQuery<IReadOnlyList<TSource>> Collect<TSource>(this IQuery<TSource> query) =>
        Aggregate<IReadOnlyList<TSource>>(query, AggregateKind.Collect);

    /// <summary>One result: the number of values.</summary>
    public static IQuery<int> Count<TSource>(this IQuery<TSource> query) =>
        Aggregate<int>(query, AggregateKind.Count);

    /// <summary>One result: the sum of <paramref name="selector"/>, 0 when there are no values.</summary>
    public static IQuery<int> Sum<TSource>(this IQuery<TSource> query, Expression<Func<TSource, int>> selector) =>
        Aggregate<int>(query, AggregateKind.Sum, selector);

    /// <summary>One result: the sum of <paramref name="selector"/>, 0 when there are no values.</summary>
    public static IQuery<long> Sum<TSource>(this IQuery<TSource> query, Expression<Func<TSource, long>> selector) =>
        Aggregate<long>(query, AggregateKind.Sum, selector);

    /// <summary>One result: the sum of <paramref name="selector"/>, 0 when there are no values.</summary>
    public static IQuery<double> Sum<TSource>(this IQuery<TSource> query, Expression<Func<TSource, double>> selector) =>
        Aggregate<double>(query, AggregateKind.Sum, selector);

    /// <summary>One result: the sum of <paramref name="selector"/>, 0 when there are no values.</summary>
    public static IQuery<decimal> Sum<TSource>(this IQuery<TSource> query, Expression<Func<TSource, decimal>> selector) =>
        Aggregate<decimal>(query, AggregateKind.Sum, selector);

    /// <summary>One result when there are values: the smallest <paramref name="selector"/> (by <see cref="Comparer{T}.Default"/>).</summary>
    public static IQuery<TKey> Min<TSource, TKey>(this IQuery<TSource> query, Expression<Func<TSource, TKey>> selector) =>
        Aggregate<TKey>(query, AggregateKind.Min, selector);

    /// <summary>One result when there are values: the largest <paramref name="selector"/> (by <see cref="Comparer{T}.Default"/>).</summary>
    public static IQuery<TKey> Max<TSource, TKey>(this IQuery<TSource> query, Expression<Func<TSource, TKey>> selector) =>
        Aggregate<TKey>(query, AggregateKind.Max, selector);

    /// <summary>One result when there are values: the mean of <paramref name="selector"/>.</summary>
    public static IQuery<double> Average<TSource>(this IQuery<TSource> query, Expression<Func<TSource, int>> selector) =>
        Aggregate<double>(query, AggregateKind.Average, selector);

    /// <summary>One result when there are values: the mean of <paramref name="selector"/>.</summary>
    public static IQuery<double> Average<TSource>(this IQuery<TSource> query, Expression<Func<TSource, long>> selector) =>
        Aggregate<double>(query, AggregateKind.Average, selector);

    /// <summary>One result when there are values: the mean of <paramref name="selector"/>.</summary>
    public static IQuery<double> Average<TSource>(this IQuery<TSource> query, Expression<Func<TSource, double>> selector) =>
        Aggregate<double>(query, AggregateKind.Average, selector);

    /// <summary>One result when there are values: the mean of <paramref name="selector"/>.</summary>
    public static IQuery<decimal> Average<TSource>(this IQuery<TSource> query, Expression<Func<TSource, decimal>> selector) =>
        Aggregate<decimal>(query, AggregateKind.Average, selector);

    private static IQuery<TResult> Aggregate<TResult>(IQuery query, AggregateKind kind, params LambdaExpression[] expressions) =>
        QueryBuilder.Of(query).Add<TResult>(new QueryStage.Aggregate(kind, typeof(TResult), expressions));

    private static Expression<Func<T, T>> Identity<T>()
    {
        ParameterExpression value = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda<Func<T, T>>(value, value);
    }
}

/// <summary>A stage of a query, as the author stated it; <see cref="Builders.RuleBuilder"/> turns the stages into rule elements.</summary>
internal abstract record QueryStage
{
    public sealed record Match(Type Type, IReadOnlyList<LambdaExpression> Conditions) : QueryStage;

    public sealed record Where(IReadOnlyList<LambdaExpression> Conditions) : QueryStage;

    public sealed record Aggregate(AggregateKind Kind, Type ResultType, IReadOnlyList<LambdaExpression> Expressions) : QueryStage;
}

/// <summary>Records the stages of one query while <c>Define()</c> runs.</summary>
internal sealed class QueryBuilder : IQuery
{
    public List<QueryStage> Stages { get; } = [];

    public static QueryBuilder Of(IQuery query) => query switch
    {
        QueryBuilder builder => builder,
        IStage stage => stage.Builder,
        null => throw new ArgumentNullException(nameof(query)),
        _ => throw new ArgumentException("Queries can only be continued from the IQuery that When().Query(...) passes.", nameof(query)),
    };

    public IQuery<T> Add<T>(QueryStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        Stages.Add(stage);
        return new Stage<T>(this);
    }

    private interface IStage
    {
        QueryBuilder Builder { get; }
    }

    private sealed class Stage<T>(QueryBuilder builder) : IQuery<T>, IStage
    {
        public QueryBuilder Builder { get; } = builder;
    }
}
