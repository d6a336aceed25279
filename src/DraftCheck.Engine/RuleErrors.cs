using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace DraftCheck.Engine;

/// <summary>The wording of rule errors, in one place, so every evaluator says the same thing.</summary>
internal static class RuleErrors
{
    private const int MaxFactText = 120;

    public static RuleError Condition(string rule, string condition, IReadOnlyList<object?> facts, Exception exception)
    {
        Exception cause = Unwrap(exception);
        return new RuleError(rule, RuleErrorKind.Condition,
            $"Rule '{rule}' threw {cause.GetType().Name} in condition {condition} on {DescribeAll(facts)}: {cause.Message}",
            [.. facts.OfType<object>()], cause);
    }

    public static RuleError Action(string rule, IReadOnlyList<object> facts, Exception exception)
    {
        Exception cause = Unwrap(exception);
        return new RuleError(rule, RuleErrorKind.Action,
            $"Rule '{rule}' threw {cause.GetType().Name} in its action on {DescribeAll(facts)}: {cause.Message}",
            [.. facts], cause);
    }

    /// <summary>The firing bound was reached: names the rules that fired most, which are the likely cycle.</summary>
    public static RuleError CycleLimit(int maxFirings, IReadOnlyList<(string Rule, int Firings)> firedPerRule)
    {
        var top = firedPerRule.Where(r => r.Firings > 0).OrderByDescending(r => r.Firings).Take(3).ToList();
        string others = top.Count > 1 ? $" (then {string.Join(", ", top.Skip(1).Select(r => $"'{r.Rule}' {r.Firings} times"))})" : "";
        return new RuleError(top[0].Rule, RuleErrorKind.CycleLimit,
            $"Rule '{top[0].Rule}' fired {top[0].Firings} times{others}; the rules stopped after {maxFirings} firings (do rules re-trigger each other?).",
            [], null);
    }

    /// <summary>The run was cancelled: names the rule that fired most, if any rule fired.</summary>
    public static RuleError Cancelled(int firings, IReadOnlyList<(string Rule, int Firings)> firedPerRule)
    {
        var top = firedPerRule.Where(r => r.Firings > 0).OrderByDescending(r => r.Firings).FirstOrDefault();
        return top.Rule is null
            ? new RuleError(string.Empty, RuleErrorKind.Cancelled, "The run was cancelled before any rule fired.", [], null)
            : new RuleError(top.Rule, RuleErrorKind.Cancelled,
                $"The run was cancelled after {firings} firings; rule '{top.Rule}' fired most ({top.Firings} times).", [], null);
    }

    public static Exception Unwrap(Exception exception) =>
        exception is TargetInvocationException { InnerException: { } inner } ? inner : exception;

    public static string DescribeAll(IEnumerable<object?> facts)
    {
        string text = string.Join(", ", facts.Select(Describe));
        return text.Length == 0 ? "no facts" : text;
    }

    /// <summary>A fact as one short line: its <c>ToString()</c>, cut to a readable length.</summary>
    public static string Describe(object? fact)
    {
        string text;
        try
        {
            text = fact switch
            {
                null => "null",
                string s => $"\"{s}\"",
                _ => fact.ToString() ?? fact.GetType().Name,
            };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            text = fact!.GetType().Name;
        }
        text = text.ReplaceLineEndings(" ");
        return text.Length <= MaxFactText ? text : text[..(MaxFactText - 1)] + "…";
    }
}

/// <summary>The errors of one session, each condition error once per rule, condition and facts.</summary>
internal sealed class ErrorLog
{
    private readonly List<RuleError> _errors = [];
    private readonly HashSet<(string Rule, string Condition, FactList Facts)> _seen = [];

    public IReadOnlyList<RuleError> Errors => _errors;

    /// <summary>Records a condition error unless the same rule, condition and facts already failed; returns the new error.</summary>
    public RuleError? AddCondition(string rule, string condition, IReadOnlyList<object?> facts, Exception exception)
    {
        if (!_seen.Add((rule, condition, new FactList([.. facts])))) return null;
        RuleError error = RuleErrors.Condition(rule, condition, facts, exception);
        _errors.Add(error);
        return error;
    }

    public void Add(RuleError error) => _errors.Add(error);

    /// <summary>Facts compared by reference, so that two equal records are two facts; plain values (numbers, strings) by value.</summary>
    private readonly struct FactList(ImmutableArray<object?> facts) : IEquatable<FactList>
    {
        private readonly ImmutableArray<object?> _facts = facts;

        public bool Equals(FactList other) =>
            _facts.Length == other._facts.Length && _facts.Zip(other._facts).All(p => Same(p.First, p.Second));

        public override bool Equals(object? obj) => obj is FactList other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (object? fact in _facts) hash.Add(IsPlain(fact) ? fact!.GetHashCode() : fact is null ? 0 : RuntimeHelpers.GetHashCode(fact));
            return hash.ToHashCode();
        }

        private static bool IsPlain(object? value) => value is ValueType or string;

        private static bool Same(object? a, object? b) => IsPlain(a) ? a!.Equals(b) : ReferenceEquals(a, b);
    }
}
