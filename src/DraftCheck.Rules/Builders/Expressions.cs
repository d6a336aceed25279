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
}

/// <summary>The fluent right-hand side: <c>Then().Do(ctx => ...)</c>.</summary>
public interface IRightHandSideExpression
{
    /// <summary>Runs <paramref name="action"/> for each match; the action may mention every variable matched in <c>When()</c>.</summary>
    IRightHandSideExpression Do(Expression<Action<IContext>> action);
}
