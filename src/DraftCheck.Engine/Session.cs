using System.Collections.Immutable;
using DraftCheck.Rules.Model;

namespace DraftCheck.Engine;

/// <summary>Limits that stop a runaway rule set.</summary>
public sealed record EngineOptions
{
    /// <summary>The most rule firings one <see cref="ISession.Fire"/> call may make before it stops with an error naming the rule that fired most.</summary>
    public int MaxFirings { get; init; } = 100_000;

    /// <summary>The default options.</summary>
    public static EngineOptions Default { get; } = new();
}

/// <summary>What went wrong in a rule while the engine ran it.</summary>
public enum RuleErrorKind
{
    /// <summary>A condition threw; the match was treated as failing.</summary>
    Condition,

    /// <summary>An action threw; the other actions and rules went on.</summary>
    Action,

    /// <summary>The rules fired more often than <see cref="EngineOptions.MaxFirings"/> allows: they probably re-trigger each other.</summary>
    CycleLimit,

    /// <summary>The run was cancelled (for example by a time budget).</summary>
    Cancelled,
}

/// <summary>An error a rule caused while the engine ran it, naming the rule and the facts it was looking at.</summary>
public sealed record RuleError(string RuleName, RuleErrorKind Kind, string Message, ImmutableArray<object> Facts, Exception? Exception);

/// <summary>Rules compiled once, from which sessions are created cheaply.</summary>
public interface ISessionFactory
{
    /// <summary>The rules, in the order they were given.</summary>
    IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>Creates an empty session.</summary>
    ISession CreateSession();
}

/// <summary>One run of the rules over one set of facts (one draft): insert facts, fire, query.</summary>
public interface ISession
{
    /// <summary>Adds a fact.</summary>
    void Insert(object fact);

    /// <summary>Adds facts.</summary>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Tells the session that a fact it holds has changed.</summary>
    void Update(object fact);

    /// <summary>Removes a fact.</summary>
    void Retract(object fact);

    /// <summary>Fires rules until no activation is left (or a limit stops it); returns the number of firings.</summary>
    int Fire(CancellationToken cancellationToken = default);

    /// <summary>The facts of type <typeparamref name="T"/> the session holds, in insertion order.</summary>
    IEnumerable<T> Query<T>();

    /// <summary>The errors rules caused so far.</summary>
    IReadOnlyList<RuleError> Errors { get; }
}

/// <summary>Creates session factories.</summary>
public static class SessionFactory
{
    /// <summary>Compiles <paramref name="rules"/> once for many sessions.</summary>
    public static ISessionFactory Create(IEnumerable<RuleDefinition> rules, EngineOptions? options = null) =>
        new NaiveSessionFactory([.. rules], options ?? EngineOptions.Default);
}
