using System.ComponentModel;

namespace DraftCheck.Rules;

/// <summary>
/// The time budget of rule code running on the current thread. A cancellation token checked between firings cannot stop
/// a rule that loops inside its own condition or action, so the rule pack compiler injects a call to
/// <see cref="Check(string)"/> at the entry of every method and lambda and at the top of every loop body of a pack's
/// code; once the budget is spent, the next check throws <see cref="RuleTimeoutException"/>, which the engine records as
/// an error of the rule that was running. The same check stops endless recursion with an
/// <see cref="InsufficientExecutionStackException"/> before it overflows the stack. Rule packs may not call this class
/// themselves (the sandbox refuses it).
/// </summary>
public static class RuleBudget
{
    [ThreadStatic]
    private static BudgetScope? t_current;

    /// <summary>
    /// Starts a budget of <paramref name="budget"/> for rule code on the current thread, until the scope is disposed. Pass
    /// <see cref="BudgetScope.Token"/> to the engine so that it also stops between firings.
    /// </summary>
    public static BudgetScope Start(TimeSpan budget)
    {
        var scope = new BudgetScope(budget, t_current);
        t_current = scope;
        return scope;
    }

    /// <summary>Throws <see cref="RuleTimeoutException"/> when the current thread's budget is spent. Injected; not for rule authors.</summary>
    /// <param name="site">Where the check sits in the pack's sources: <c>Looping.cs(12,13)</c>.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Check(string site)
    {
        BudgetScope? scope = t_current;
        if (scope is not null && scope.IsSpent) scope.Stop(site);
        // Endless recursion would end the process with a stack overflow before any budget ran out: fail the rule instead.
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
    }

    /// <summary>Checks the budget and returns <paramref name="value"/>: injected around query clauses, which have no body to hold a check.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static T Pass<T>(T value, string site)
        where T : allows ref struct
    {
        Check(site);
        return value;
    }

    internal static void End(BudgetScope scope)
    {
        if (ReferenceEquals(t_current, scope)) t_current = scope.Outer;
    }
}

/// <summary>A running time budget: dispose it to end it. Its <see cref="Token"/> is cancelled when the budget is spent.</summary>
public sealed class BudgetScope : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly long _deadline;

    internal BudgetScope(TimeSpan budget, BudgetScope? outer)
    {
        if (budget < TimeSpan.Zero && budget != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(budget), budget, "A time budget is positive, or Timeout.InfiniteTimeSpan.");
        }
        Budget = budget;
        Outer = outer;
        // CancellationTokenSource's timer takes at most int.MaxValue milliseconds (24.8 days): longer is no limit.
        bool unlimited = budget == Timeout.InfiniteTimeSpan || budget.TotalMilliseconds >= int.MaxValue;
        _source = unlimited ? new CancellationTokenSource() : new CancellationTokenSource(budget);
        _deadline = unlimited ? long.MaxValue : Environment.TickCount64 + (long)budget.TotalMilliseconds;
    }

    /// <summary>The budget the scope was started with.</summary>
    public TimeSpan Budget { get; }

    /// <summary>Cancelled when the budget is spent: give it to the engine, which checks it between firings.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>Whether the budget is spent.</summary>
    public bool IsSpent => _source.IsCancellationRequested || Environment.TickCount64 >= _deadline;

    internal BudgetScope? Outer { get; }

    internal void Stop(string site)
    {
        // Cancel first, so the engine stops at its next check instead of running the other rules past the budget.
        _source.Cancel();
        throw new RuleTimeoutException(Budget, site);
    }

    /// <summary>Ends the budget on this thread.</summary>
    public void Dispose()
    {
        RuleBudget.End(this);
        _source.Dispose();
    }
}

/// <summary>Rule code was running when its time budget ran out, and was stopped at <see cref="Site"/>.</summary>
public sealed class RuleTimeoutException : Exception
{
    /// <summary>Creates the exception for a budget of <paramref name="budget"/> spent at <paramref name="site"/>.</summary>
    public RuleTimeoutException(TimeSpan budget, string site)
        : base($"was stopped at {site} when the time budget of {Format(budget)} ran out")
    {
        Budget = budget;
        Site = site;
    }

    /// <summary>The budget that was spent.</summary>
    public TimeSpan Budget { get; }

    /// <summary>Where the rule was stopped, in the pack's sources: <c>Looping.cs(12,13)</c>.</summary>
    public string Site { get; }

    /// <summary>A duration as people read it: <c>500 ms</c>, <c>2 s</c>, <c>1.5 s</c>.</summary>
    public static string Format(TimeSpan duration) =>
        duration.TotalSeconds < 1
            ? $"{duration.TotalMilliseconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} ms"
            : $"{duration.TotalSeconds.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} s";
}
