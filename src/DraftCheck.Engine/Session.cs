using System.Collections.Immutable;
using DraftCheck.Rules.Model;

namespace DraftCheck.Engine;

/// <summary>How the engine turns conditions and actions (expression trees) into delegates.</summary>
public enum ExpressionCompilation
{
    /// <summary>
    /// Interpret each expression at first and compile it to IL on a background thread once it has run a few dozen
    /// times: large rule sets load fast, and the expressions that run often run compiled.
    /// </summary>
    Tiered,

    /// <summary>Compile every expression to IL when the session factory is created.</summary>
    Eager,

    /// <summary>Never compile: interpret every expression (the fastest start, the slowest matching).</summary>
    Interpreted,
}

/// <summary>Limits that stop a runaway rule set, and how expressions are compiled.</summary>
public sealed record EngineOptions
{
    /// <summary>
    /// The most rule firings one <see cref="ISession.Fire"/> call may make before it stops with a
    /// <see cref="RuleErrorKind.CycleLimit"/> error naming the rules that fired most.
    /// </summary>
    public int MaxFirings { get; init; } = 100_000;

    /// <summary>How conditions and actions are compiled; see <see cref="ExpressionCompilation"/>.</summary>
    public ExpressionCompilation Compilation { get; init; } = ExpressionCompilation.Tiered;

    /// <summary>The default options.</summary>
    public static EngineOptions Default { get; } = new();
}

/// <summary>What went wrong in a rule while the engine ran it.</summary>
public enum RuleErrorKind
{
    /// <summary>A condition (or a Let, Having or query expression) threw; the match was treated as failing.</summary>
    Condition,

    /// <summary>An action threw (or needed a dependency the host did not provide); the other actions and rules went on.</summary>
    Action,

    /// <summary>The rules fired more often than <see cref="EngineOptions.MaxFirings"/> allows: they probably re-trigger each other.</summary>
    CycleLimit,

    /// <summary>The run was cancelled (for example by a time budget).</summary>
    Cancelled,
}

/// <summary>
/// An error a rule caused while the engine ran it, naming the rule and the facts it was looking at: for a condition,
/// the values it reads (the pattern's own fact first); for an action, the activation's facts.
/// </summary>
public sealed record RuleError(string RuleName, RuleErrorKind Kind, string Message, ImmutableArray<object> Facts, Exception? Exception);

/// <summary>Rules compiled once into a matching network, from which sessions are created cheaply.</summary>
public interface ISessionFactory
{
    /// <summary>The rules, in the order they were given (the order that breaks ties between equal priorities).</summary>
    IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>The options the factory was created with.</summary>
    EngineOptions Options { get; }

    /// <summary>Provides the services rules name with <c>Dependency().Resolve(...)</c>; new sessions start with it.</summary>
    IServiceProvider? DependencyResolver { get; set; }

    /// <summary>Creates an empty session.</summary>
    ISession CreateSession();
}

/// <summary>
/// One run of the rules over one set of facts (one draft): insert facts, fire, query. Facts are matched by reference:
/// two equal records are two facts. A session is not thread-safe; the factory is.
/// </summary>
/// <remarks>
/// <para>Agenda order: the activation with the highest rule priority fires first; among equal priorities, the rule given
/// first to <see cref="SessionFactory.Create"/>; within a rule, the alternative of its Or groups stated first; then the
/// match whose facts were inserted first, compared fact by fact in the order of the rule's patterns (a query result
/// counts as its first fact; a collection or aggregate as none).</para>
/// <para>An activation fires once. It fires again only if it changes: a fact it matched (or that a query result it
/// matched was built from) is updated, or a query result it matched gains or loses facts. Facts inserted with
/// <see cref="Rules.IContext.InsertLinked"/> (findings, <c>Yield</c>) are retracted when their activation goes away or changes.</para>
/// <para><see cref="InsertAll"/> and <see cref="RetractAll"/> are one change each; <see cref="UpdateAll"/> updates one fact after another.</para>
/// </remarks>
public interface ISession
{
    /// <summary>Adds a fact.</summary>
    /// <exception cref="ArgumentException">The fact is already in the session.</exception>
    void Insert(object fact);

    /// <summary>Adds facts, as one change; none is added when one of them is already in the session.</summary>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Tells the session that a fact it holds has changed.</summary>
    /// <exception cref="ArgumentException">The fact is not in the session.</exception>
    void Update(object fact);

    /// <summary>Tells the session that facts it holds have changed, one after another.</summary>
    void UpdateAll(IEnumerable<object> facts);

    /// <summary>Removes a fact.</summary>
    /// <exception cref="ArgumentException">The fact is not in the session.</exception>
    void Retract(object fact);

    /// <summary>Removes facts, as one change; none is removed when one of them is not in the session.</summary>
    void RetractAll(IEnumerable<object> facts);

    /// <summary>Fires rules until no activation is left, a rule halts, or a limit stops it; returns the number of firings.</summary>
    int Fire(CancellationToken cancellationToken = default);

    /// <summary>The facts of type <typeparamref name="T"/> the session holds, in insertion order.</summary>
    IEnumerable<T> Query<T>();

    /// <summary>The errors rules caused so far, each condition error once per rule, condition and facts.</summary>
    IReadOnlyList<RuleError> Errors { get; }

    /// <summary>Events for tracing: facts inserted, updated and retracted, activations, rules fired, conditions failed, errors.</summary>
    SessionEvents Events { get; }

    /// <summary>Provides the services rules name with <c>Dependency().Resolve(...)</c>.</summary>
    IServiceProvider? DependencyResolver { get; set; }

    /// <summary>
    /// Explains, for the rule named <paramref name="ruleName"/>, how far the facts now in the session get through its
    /// conditions: which condition rejected which facts, and whether it has matches that fired or wait on the agenda.
    /// </summary>
    /// <exception cref="ArgumentException">No rule has that name.</exception>
    WhyNotReport WhyNot(string ruleName);
}

/// <summary>Creates session factories.</summary>
public static class SessionFactory
{
    /// <summary>Compiles <paramref name="rules"/> once into a matching network for many sessions.</summary>
    public static ISessionFactory Create(IEnumerable<RuleDefinition> rules, EngineOptions? options = null) =>
        new Rete.ReteSessionFactory([.. rules], options ?? EngineOptions.Default);
}
