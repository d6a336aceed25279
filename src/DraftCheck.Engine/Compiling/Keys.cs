using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using DraftCheck.Rules.Model;

namespace DraftCheck.Engine.Compiling;

/// <summary>Hash keys for equality joins, alpha dispatch and groups: null becomes a sentinel, reference equality a wrapper.</summary>
internal static class Keys
{
    /// <summary>The key of a value that could not be computed (its expression threw): it matches nothing.</summary>
    public static readonly object Unmatchable = new Sentinel("unmatchable");

    public static readonly object Null = new Sentinel("null");

    public static object Normalize(object? value, bool byReference) =>
        value is null ? Null : byReference ? new ReferenceKey(value) : value;

    public static object Composite(object[] parts) => parts.Length == 1 ? parts[0] : new CompositeKey(parts);

    private sealed class Sentinel(string name)
    {
        public override string ToString() => name;
    }

    private sealed class ReferenceKey(object value) : IEquatable<ReferenceKey>
    {
        private readonly object _value = value;

        public bool Equals(ReferenceKey? other) => other is not null && ReferenceEquals(_value, other._value);

        public override bool Equals(object? obj) => Equals(obj as ReferenceKey);

        public override int GetHashCode() => RuntimeHelpers.GetHashCode(_value);
    }

    private sealed class CompositeKey : IEquatable<CompositeKey>
    {
        private readonly object[] _parts;
        private readonly int _hash;

        public CompositeKey(object[] parts)
        {
            _parts = parts;
            var hash = new HashCode();
            foreach (object part in parts) hash.Add(part);
            _hash = hash.ToHashCode();
        }

        public bool Equals(CompositeKey? other) =>
            other is not null && other._hash == _hash && _parts.AsSpan().SequenceEqual(other._parts);

        public override bool Equals(object? obj) => Equals(obj as CompositeKey);

        public override int GetHashCode() => _hash;
    }
}

/// <summary>
/// Finds the conditions an engine may answer with a hash lookup instead of evaluating them: <c>a == b</c> where
/// <c>==</c> means the same as <see cref="object.Equals(object?)"/> with a consistent hash code (integers, enums,
/// booleans, characters, strings, decimals, dates, GUIDs, records) or is reference equality.
/// </summary>
internal static class EqualityTerms
{
    private static readonly HashSet<Type> ValueEqualityTypes =
    [
        typeof(bool), typeof(char), typeof(sbyte), typeof(byte), typeof(short), typeof(ushort), typeof(int), typeof(uint),
        typeof(long), typeof(ulong), typeof(nint), typeof(nuint), typeof(string), typeof(decimal), typeof(DateTime),
        typeof(DateTimeOffset), typeof(DateOnly), typeof(TimeOnly), typeof(TimeSpan), typeof(Guid),
    ];

    /// <summary>Whether <paramref name="equal"/> can be answered by hashing both sides, and whether by reference.</summary>
    public static bool IsHashable(BinaryExpression equal, out bool byReference)
    {
        byReference = false;
        if (equal.NodeType != ExpressionType.Equal || equal.Left.Type != equal.Right.Type) return false;
        Type type = equal.Left.Type;
        Type underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (equal.Method is null)
        {
            if (underlying.IsEnum || ValueEqualityTypes.Contains(underlying)) return true;
            byReference = !type.IsValueType;
            return byReference;
        }
        MethodInfo method = equal.Method;
        if (method.Name != "op_Equality") return false;
        if (ValueEqualityTypes.Contains(underlying) && method.DeclaringType == underlying) return true;
        // A record's == is its Equals, which the compiler pairs with a matching GetHashCode.
        return method.DeclaringType == underlying && IsRecord(underlying);
    }

    private static bool IsRecord(Type type) =>
        type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is { } contract
        && contract.GetMethod?.GetCustomAttribute<CompilerGeneratedAttribute>() is not null;

    /// <summary>
    /// Splits a join condition <c>own.X == other.Y</c> into the side over the pattern's own value and the side over
    /// earlier declarations. Null when the condition is not such an equality.
    /// </summary>
    public static (Expression Own, Expression Other, bool ByReference)? Join(LambdaExpression condition, ParameterExpression own)
    {
        if (condition.Body is not BinaryExpression { NodeType: ExpressionType.Equal } equal || !IsHashable(equal, out bool byReference)) return null;
        IReadOnlySet<ParameterExpression> left = ParameterFinder.In(equal.Left);
        IReadOnlySet<ParameterExpression> right = ParameterFinder.In(equal.Right);
        bool leftOwn = left.Contains(own), rightOwn = right.Contains(own);
        if (leftOwn && !rightOwn && right.Count > 0) return (equal.Left, equal.Right, byReference);
        if (rightOwn && !leftOwn && left.Count > 0) return (equal.Right, equal.Left, byReference);
        return null;
    }

    /// <summary>Splits an alpha condition <c>own.X == constant</c>; null when it is not one.</summary>
    public static (Expression Own, object Constant)? Constant(LambdaExpression condition)
    {
        if (condition.Body is not BinaryExpression { NodeType: ExpressionType.Equal } equal || !IsHashable(equal, out bool byReference) || byReference) return null;
        if (ConstantValue(equal.Right, out object? right) && ParameterFinder.In(equal.Left).Count > 0) return (equal.Left, Keys.Normalize(right, false));
        if (ConstantValue(equal.Left, out object? left) && ParameterFinder.In(equal.Right).Count > 0) return (equal.Right, Keys.Normalize(left, false));
        return null;
    }

    private static bool ConstantValue(Expression expression, out object? value)
    {
        switch (expression)
        {
            case ConstantExpression constant:
                value = constant.Value;
                return true;
            case UnaryExpression { NodeType: ExpressionType.Convert, Method: null } convert when ConstantValue(convert.Operand, out object? inner):
                // A constant converted to the other side's type, as C# writes enum and nullable comparisons.
                value = inner is null ? null : ConvertValue(inner, convert.Type);
                return value is not null || inner is null;
            default:
                value = null;
                return false;
        }
    }

    private static object? ConvertValue(object value, Type type)
    {
        Type target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsInstanceOfType(value)) return value;
        try
        {
            return target.IsEnum ? Enum.ToObject(target, value) : System.Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is InvalidCastException or OverflowException or FormatException)
        {
            return null;
        }
    }
}

/// <summary>The alternatives of a rule's left-hand side: Or groups expanded, And groups flattened.</summary>
internal static class Alternatives
{
    public static ImmutableArray<ImmutableArray<RuleElement>> Of(GroupElement leftHandSide) =>
        [.. Expand(leftHandSide).Select(elements => elements.ToImmutableArray())];

    private static List<List<RuleElement>> Expand(RuleElement element) => element switch
    {
        GroupElement { GroupType: GroupType.And } and => and.ChildElements.Aggregate(
            new List<List<RuleElement>> { new() },
            (prefixes, child) => [.. from prefix in prefixes from rest in Expand(child) select (List<RuleElement>)[.. prefix, .. rest]]),
        GroupElement or => [.. or.ChildElements.SelectMany(Expand)],
        _ => [[element]],
    };
}
