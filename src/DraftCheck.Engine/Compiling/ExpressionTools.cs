using System.Linq.Expressions;
using System.Reflection;

namespace DraftCheck.Engine.Compiling;

/// <summary>
/// Replaces values a lambda captured (fields of closure objects, the rule's own fields, static readonly fields) by
/// constants. Two conditions written in two rules with the same captured values then compare equal, and the compiled
/// delegate no longer reads the closure.
/// </summary>
internal sealed class ClosureInliner : ExpressionVisitor
{
    private static readonly ClosureInliner Instance = new();

    public static LambdaExpression Inline(LambdaExpression lambda) => (LambdaExpression)Instance.Visit(lambda);

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Member is FieldInfo field && TryCapturedValue(node, out object? value))
        {
            return Expression.Constant(value, field.FieldType);
        }
        return base.VisitMember(node);
    }

    private static bool TryCapturedValue(Expression? expression, out object? value)
    {
        value = null;
        switch (expression)
        {
            case ConstantExpression constant:
                value = constant.Value;
                return true;
            case MemberExpression { Member: FieldInfo { IsStatic: true } field } when field.IsInitOnly || field.IsLiteral:
                value = field.GetValue(null);
                return true;
            case MemberExpression { Member: FieldInfo { IsStatic: false } field } member
                when TryCapturedValue(member.Expression, out object? owner) && owner is not null:
                value = field.GetValue(owner);
                return true;
            default:
                return false;
        }
    }
}

/// <summary>Replaces parameters by expressions.</summary>
internal sealed class ParameterReplacer(IReadOnlyDictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
{
    public static Expression Replace(Expression body, IReadOnlyDictionary<ParameterExpression, Expression> replacements) =>
        new ParameterReplacer(replacements).Visit(body);

    protected override Expression VisitParameter(ParameterExpression node) =>
        replacements.TryGetValue(node, out Expression? replacement) ? replacement : node;
}

/// <summary>The parameters an expression reads.</summary>
internal sealed class ParameterFinder : ExpressionVisitor
{
    private readonly HashSet<ParameterExpression> _found = [];

    public static IReadOnlySet<ParameterExpression> In(Expression expression)
    {
        var finder = new ParameterFinder();
        finder.Visit(expression);
        return finder._found;
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        _found.Add(node);
        return node;
    }
}

/// <summary>
/// Structural equality of lambdas: same node types, types, members, methods and constant values (by
/// <see cref="object.Equals(object?, object?)"/>), with parameters compared by position. Used to share the alpha tests
/// and hash indexes of rules that state the same condition.
/// </summary>
internal sealed class StructuralKey : IEquatable<StructuralKey>
{
    private readonly int _hash;

    public StructuralKey(LambdaExpression lambda)
    {
        Lambda = lambda;
        _hash = new Hasher(lambda).Hash;
    }

    public LambdaExpression Lambda { get; }

    public bool Equals(StructuralKey? other) =>
        other is not null && other._hash == _hash && new Comparer().Equal(Lambda, other.Lambda);

    public override bool Equals(object? obj) => Equals(obj as StructuralKey);

    public override int GetHashCode() => _hash;

    private sealed class Comparer
    {
        private readonly Dictionary<ParameterExpression, int> _left = [];
        private readonly Dictionary<ParameterExpression, int> _right = [];
        private int _next;

        public bool Equal(Expression? x, Expression? y)
        {
            if (ReferenceEquals(x, y)) return true;
            if (x is null || y is null || x.NodeType != y.NodeType || x.Type != y.Type) return false;
            return (x, y) switch
            {
                (LambdaExpression a, LambdaExpression b) => Lambdas(a, b),
                (ParameterExpression a, ParameterExpression b) => Parameters(a, b),
                (ConstantExpression a, ConstantExpression b) => Equals(a.Value, b.Value),
                (BinaryExpression a, BinaryExpression b) => a.Method == b.Method && a.IsLiftedToNull == b.IsLiftedToNull
                    && Equal(a.Left, b.Left) && Equal(a.Right, b.Right) && Equal(a.Conversion, b.Conversion),
                (UnaryExpression a, UnaryExpression b) => a.Method == b.Method && Equal(a.Operand, b.Operand),
                (MemberExpression a, MemberExpression b) => a.Member == b.Member && Equal(a.Expression, b.Expression),
                (MethodCallExpression a, MethodCallExpression b) => a.Method == b.Method && Equal(a.Object, b.Object) && All(a.Arguments, b.Arguments),
                (ConditionalExpression a, ConditionalExpression b) => Equal(a.Test, b.Test) && Equal(a.IfTrue, b.IfTrue) && Equal(a.IfFalse, b.IfFalse),
                (NewExpression a, NewExpression b) => a.Constructor == b.Constructor && All(a.Arguments, b.Arguments)
                    && (a.Members ?? []).SequenceEqual(b.Members ?? []),
                (NewArrayExpression a, NewArrayExpression b) => All(a.Expressions, b.Expressions),
                (TypeBinaryExpression a, TypeBinaryExpression b) => a.TypeOperand == b.TypeOperand && Equal(a.Expression, b.Expression),
                (InvocationExpression a, InvocationExpression b) => Equal(a.Expression, b.Expression) && All(a.Arguments, b.Arguments),
                (IndexExpression a, IndexExpression b) => a.Indexer == b.Indexer && Equal(a.Object, b.Object) && All(a.Arguments, b.Arguments),
                (DefaultExpression, DefaultExpression) => true,
                _ => false,
            };
        }

        private bool Lambdas(LambdaExpression a, LambdaExpression b)
        {
            if (a.Parameters.Count != b.Parameters.Count) return false;
            for (int i = 0; i < a.Parameters.Count; i++)
            {
                if (a.Parameters[i].Type != b.Parameters[i].Type) return false;
                _left[a.Parameters[i]] = _next;
                _right[b.Parameters[i]] = _next++;
            }
            return Equal(a.Body, b.Body);
        }

        private bool Parameters(ParameterExpression a, ParameterExpression b) =>
            _left.TryGetValue(a, out int i) && _right.TryGetValue(b, out int j) ? i == j : ReferenceEquals(a, b);

        private bool All(IReadOnlyList<Expression> a, IReadOnlyList<Expression> b)
        {
            if (a.Count != b.Count) return false;
            for (int i = 0; i < a.Count; i++)
            {
                if (!Equal(a[i], b[i])) return false;
            }
            return true;
        }
    }

    private sealed class Hasher : ExpressionVisitor
    {
        private readonly Dictionary<ParameterExpression, int> _parameters = [];
        private HashCode _hash;

        public Hasher(LambdaExpression lambda) => Visit(lambda);

        public int Hash => _hash.ToHashCode();

        public override Expression? Visit(Expression? node)
        {
            if (node is null) return null;
            _hash.Add(node.NodeType);
            _hash.Add(node.Type);
            switch (node)
            {
                case LambdaExpression lambda:
                    foreach (ParameterExpression parameter in lambda.Parameters) _parameters[parameter] = _parameters.Count;
                    break;
                case ParameterExpression parameter:
                    _hash.Add(_parameters.TryGetValue(parameter, out int index) ? index : -1);
                    break;
                case ConstantExpression constant:
                    _hash.Add(constant.Value);
                    break;
                case MemberExpression member:
                    _hash.Add(member.Member);
                    break;
                case MethodCallExpression call:
                    _hash.Add(call.Method);
                    break;
                case BinaryExpression binary:
                    _hash.Add(binary.Method);
                    break;
            }
            return base.Visit(node);
        }
    }
}
