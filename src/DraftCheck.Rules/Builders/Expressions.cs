using System.Linq.Expressions;

namespace DraftCheck.Rules.Builders;

/// <summary>The fluent left-hand side: <c>When().Match(...).Not(...).Exists(...)</c>.</summary>
public interface ILeftHandSideExpression
{
    /// <summary>Matches facts of type <typeparamref name="T"/> satisfying every condition and binds each to <paramref name="alias"/>.</summary>
    /// <param name="alias">The variable that names the match: <c>() => term</c>.</param>
    /// <param name="conditions">Conditions on the fact, which may mention variables matched earlier.</param>
    ILeftHandSideExpression Match<T>(Expression<Func<T>> alias, params Expression<Func<T, bool>>[] conditions);

    /// <summary>Matches facts of type <typeparamref name="T"/> satisfying every condition, without naming them.</summary>
    ILeftHandSideExpression Match<T>(params Expression<Func<T, bool>>[] conditions);

    /// <summary>Holds when no fact of type <typeparamref name="T"/> satisfies the conditions.</summary>
    ILeftHandSideExpression Not<T>(params Expression<Func<T, bool>>[] conditions);

    /// <summary>Holds when at least one fact of type <typeparamref name="T"/> satisfies the conditions; binds nothing.</summary>
    ILeftHandSideExpression Exists<T>(params Expression<Func<T, bool>>[] conditions);

    /// <summary>
    /// Holds when every fact of type <typeparamref name="T"/> satisfying <paramref name="baseCondition"/> also satisfies
    /// all <paramref name="conditions"/> (and when there is no such fact); binds nothing.
    /// </summary>
    ILeftHandSideExpression All<T>(Expression<Func<T, bool>> baseCondition, params Expression<Func<T, bool>>[] conditions);

    /// <summary>Holds when every fact of type <typeparamref name="T"/> satisfies <paramref name="condition"/>; binds nothing.</summary>
    ILeftHandSideExpression All<T>(Expression<Func<T, bool>> condition);

    /// <summary>
    /// Binds the results of a query over the facts to <paramref name="alias"/>, one activation per result:
    /// <c>Query(() => terms, q => q.Match&lt;Term&gt;(t => t.Years &lt; 70).Collect().Where(c => c.Count > 1))</c>.
    /// </summary>
    ILeftHandSideExpression Query<TResult>(Expression<Func<TResult>> alias, Func<IQuery, IQuery<TResult>> query);

    /// <summary>Binds the value of <paramref name="expression"/>, which may mention variables matched earlier, to <paramref name="alias"/>.</summary>
    ILeftHandSideExpression Let<TResult>(Expression<Func<TResult>> alias, Expression<Func<TResult>> expression);

    /// <summary>Keeps only the matches for which every condition over the variables matched so far holds.</summary>
    ILeftHandSideExpression Having(params Expression<Func<bool>>[] conditions);

    /// <summary>A group whose elements must all hold; useful as one alternative of <see cref="Or"/>.</summary>
    ILeftHandSideExpression And(Action<ILeftHandSideExpression> group);

    /// <summary>
    /// A group of alternatives: each element stated inside (a pattern, or an <see cref="And"/> group) is one alternative,
    /// and each alternative that holds gives its own activations. Variables used after the group must be matched in
    /// every alternative (the same variable may be matched in each).
    /// </summary>
    ILeftHandSideExpression Or(Action<ILeftHandSideExpression> group);
}

/// <summary>The fluent right-hand side: <c>Then().Do(ctx => ...)</c>.</summary>
public interface IRightHandSideExpression
{
    /// <summary>Runs <paramref name="action"/> for each match; the action may mention every variable matched in <c>When()</c>.</summary>
    IRightHandSideExpression Do(Expression<Action<IContext>> action);

    /// <summary>
    /// Inserts the fact <paramref name="fact"/> builds, linked to the match: it is retracted when the match goes away
    /// or changes (and built again when the rule fires again).
    /// </summary>
    IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> fact) where TFact : notnull;
}

/// <summary>The services a rule's actions use: <c>Dependency().Resolve(() => clock)</c>.</summary>
public interface IDependencyExpression
{
    /// <summary>Names a service of type <typeparamref name="TService"/> the host provides; actions may mention <paramref name="service"/>.</summary>
    IDependencyExpression Resolve<TService>(Expression<Func<TService>> service);
}
