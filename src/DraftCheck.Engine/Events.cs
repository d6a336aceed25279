using DraftCheck.Rules.Model;

namespace DraftCheck.Engine;

/// <summary>
/// A session's events, raised synchronously while it works. Handlers must not change the session. Subscribing to
/// <see cref="ConditionFailed"/> costs time on every failed condition; the others cost nothing when nobody listens.
/// </summary>
public sealed class SessionEvents
{
    /// <summary>A fact was inserted (by the host or by a rule).</summary>
    public event EventHandler<FactEventArgs>? FactInserted;

    /// <summary>A fact was updated.</summary>
    public event EventHandler<FactEventArgs>? FactUpdated;

    /// <summary>A fact was retracted (by the host, by a rule, or because the activation it was linked to went away).</summary>
    public event EventHandler<FactEventArgs>? FactRetracted;

    /// <summary>A rule matched: an activation joined the agenda.</summary>
    public event EventHandler<ActivationEventArgs>? ActivationCreated;

    /// <summary>A match went away.</summary>
    public event EventHandler<ActivationEventArgs>? ActivationDeleted;

    /// <summary>A rule is about to fire.</summary>
    public event EventHandler<ActivationEventArgs>? RuleFiring;

    /// <summary>A rule fired (its actions ran, whether or not they threw).</summary>
    public event EventHandler<ActivationEventArgs>? RuleFired;

    /// <summary>A condition was false, or threw, for the facts it was given.</summary>
    public event EventHandler<ConditionFailedEventArgs>? ConditionFailed;

    /// <summary>A rule caused an error (also added to <see cref="ISession.Errors"/>).</summary>
    public event EventHandler<RuleErrorEventArgs>? ErrorRaised;

    internal bool TracesConditions => ConditionFailed is not null;

    internal bool TracesActivations => ActivationCreated is not null || ActivationDeleted is not null;

    internal bool TracesFirings => RuleFiring is not null || RuleFired is not null;

    internal void OnFactInserted(object sender, object fact) => FactInserted?.Invoke(sender, new FactEventArgs(fact));

    internal void OnFactUpdated(object sender, object fact) => FactUpdated?.Invoke(sender, new FactEventArgs(fact));

    internal void OnFactRetracted(object sender, object fact) => FactRetracted?.Invoke(sender, new FactEventArgs(fact));

    internal void OnActivationCreated(object sender, Func<ActivationEventArgs> args) => ActivationCreated?.Invoke(sender, args());

    internal void OnActivationDeleted(object sender, Func<ActivationEventArgs> args) => ActivationDeleted?.Invoke(sender, args());

    internal void OnRuleFiring(object sender, Func<ActivationEventArgs> args) => RuleFiring?.Invoke(sender, args());

    internal void OnRuleFired(object sender, Func<ActivationEventArgs> args) => RuleFired?.Invoke(sender, args());

    internal void OnConditionFailed(object sender, ConditionFailedEventArgs args) => ConditionFailed?.Invoke(sender, args);

    internal void OnErrorRaised(object sender, RuleError error) => ErrorRaised?.Invoke(sender, new RuleErrorEventArgs(error));
}

/// <summary>A fact the session inserted, updated or retracted.</summary>
public sealed class FactEventArgs(object fact) : EventArgs
{
    /// <summary>The fact.</summary>
    public object Fact { get; } = fact;
}

/// <summary>An activation: a rule and the values it matched.</summary>
public sealed class ActivationEventArgs(RuleDefinition rule, IReadOnlyList<object> facts) : EventArgs
{
    /// <summary>The rule.</summary>
    public RuleDefinition Rule { get; } = rule;

    /// <summary>The values matched, in the order of the rule's patterns (facts and query results).</summary>
    public IReadOnlyList<object> Facts { get; } = facts;
}

/// <summary>A condition that was false, or threw, for the values it was given.</summary>
public sealed class ConditionFailedEventArgs(RuleDefinition rule, string condition, IReadOnlyList<object?> facts, Exception? exception) : EventArgs
{
    /// <summary>The rule the condition belongs to (a condition shared by several rules is reported for each).</summary>
    public RuleDefinition Rule { get; } = rule;

    /// <summary>The condition as written.</summary>
    public string Condition { get; } = condition;

    /// <summary>The values the condition read: the pattern's fact first, then the variables it mentions.</summary>
    public IReadOnlyList<object?> Facts { get; } = facts;

    /// <summary>What the condition threw, or null when it was false.</summary>
    public Exception? Exception { get; } = exception;
}

/// <summary>An error a rule caused.</summary>
public sealed class RuleErrorEventArgs(RuleError error) : EventArgs
{
    /// <summary>The error.</summary>
    public RuleError Error { get; } = error;
}
