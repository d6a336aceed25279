using System.Linq.Expressions;
using System.Reflection;
using DraftCheck.Rules;
using DraftCheck.Rules.Builders;

namespace DraftCheck.Engine.Tests.Differential;

// Facts of the generated cases: mutable, so that updates change what matches; named by kind and id.
public abstract class Item(int id, int x, int y)
{
    public int Id { get; } = id;

    public int X { get; set; } = x;

    public int Y { get; set; } = y;

    public override string ToString() => $"{GetType().Name}{Id}({X},{Y})";
}

public sealed class A(int id, int x, int y) : Item(id, x, y);

public sealed class B(int id, int x, int y) : Item(id, x, y);

/// <summary>Derived facts, inserted by rules.</summary>
public sealed class C(int id, int x, int y) : Item(id, x, y);

public enum Kind { A, B, C }

public enum Field { X, Y }

public enum Comparison { Equal, NotEqual, Less, Greater }

/// <summary>A condition of a generated pattern, resolved against the variables bound before it when the rule is defined.</summary>
public abstract record ConditionSpec
{
    /// <summary><c>f.X op 2</c>.</summary>
    public sealed record Constant(Field Field, Comparison Comparison, int Value) : ConditionSpec
    {
        public override string ToString() => $"f.{Field} {Symbol(Comparison)} {Value}";
    }

    /// <summary><c>100 / (f.X - 3) > 0</c>: throws when X is 3.</summary>
    public sealed record Throwing : ConditionSpec
    {
        public override string ToString() => "100 / (f.X - 3) > 0";
    }

    /// <summary><c>f.X op v.Y</c> with v the <c>Variable</c>-th variable bound so far (modulo their number); a constant test when none is.</summary>
    public sealed record Join(Field Field, Comparison Comparison, int Variable, Field Other) : ConditionSpec
    {
        public override string ToString() => $"f.{Field} {Symbol(Comparison)} v{Variable}.{Other}";
    }

    public static string Symbol(Comparison comparison) => comparison switch
    {
        Comparison.Equal => "==",
        Comparison.NotEqual => "!=",
        Comparison.Less => "<",
        _ => ">",
    };
}

public enum QueryShape { Collect, CollectAtLeastTwo, Count, SumX, GroupByXParity, MaxY, SelectManyCollect }

public abstract record ElementSpec
{
    public sealed record Match(Kind Kind, ConditionSpec[] Conditions) : ElementSpec
    {
        public override string ToString() => $"Match<{Kind}>({string.Join(", ", Conditions.AsEnumerable())})";
    }

    public sealed record Not(Kind Kind, ConditionSpec[] Conditions) : ElementSpec
    {
        public override string ToString() => $"Not<{Kind}>({string.Join(", ", Conditions.AsEnumerable())})";
    }

    public sealed record Exists(Kind Kind, ConditionSpec[] Conditions) : ElementSpec
    {
        public override string ToString() => $"Exists<{Kind}>({string.Join(", ", Conditions.AsEnumerable())})";
    }

    public sealed record All(Kind Kind, ConditionSpec Base, ConditionSpec[] Conditions) : ElementSpec
    {
        public override string ToString() => $"All<{Kind}>({Base}; {string.Join(", ", Conditions.AsEnumerable())})";
    }

    /// <summary>A query over B facts.</summary>
    public sealed record Query(ConditionSpec[] Conditions, QueryShape Shape) : ElementSpec
    {
        public override string ToString() => $"Query<B>({string.Join(", ", Conditions.AsEnumerable())}).{Shape}";
    }

    /// <summary><c>Let(n = v.X + Offset)</c>.</summary>
    public sealed record Let(int Variable, int Offset) : ElementSpec
    {
        public override string ToString() => $"Let(n = v{Variable}.X + {Offset})";
    }

    /// <summary><c>Having(v.Y >= Value)</c>.</summary>
    public sealed record Having(int Variable, int Value) : ElementSpec
    {
        public override string ToString() => $"Having(v{Variable}.Y >= {Value})";
    }

    /// <summary>Two alternatives, each matching the same new variable of one kind with its own conditions.</summary>
    public sealed record Or(Kind Kind, ConditionSpec[] First, ConditionSpec[] Second) : ElementSpec
    {
        public override string ToString() =>
            $"Or(Match<{Kind}>({string.Join(", ", First.AsEnumerable())}) | Match<{Kind}>({string.Join(", ", Second.AsEnumerable())}))";
    }
}

public enum Effect { None, YieldC, InsertC, UpdateFirst, RetractFirst }

public sealed record RuleSpec(ElementSpec[] Elements, Effect Effect)
{
    public override string ToString() => $"When {string.Join(" . ", Elements.AsEnumerable())} Then Record{(Effect == Effect.None ? "" : $" + {Effect}")}";
}

/// <summary>The variables a generated rule binds: closure-like fields that aliases name.</summary>
public sealed class Variables
{
    public A? a0, a1, a2, a3;
    public B? b0, b1, b2, b3;
    public C? c0, c1, c2, c3;
    public int n0;
    public IReadOnlyList<B>? list0;
    public int count0;
    public IGrouping<int, B>? group0;
    public IReadOnlyList<int>? ints0;
}

/// <summary>What generated rules do when they fire: record the firing in the log of the session that runs now.</summary>
public static class Recorder
{
    [ThreadStatic] private static List<string>? t_log;
    [ThreadStatic] private static int t_nextId;

    public static List<string> Start()
    {
        t_nextId = 1000;
        return t_log = [];
    }

    public static void Record(IContext context, object?[] values) =>
        t_log!.Add($"fire {context.Rule.Name} [{string.Join(", ", values.Select(Describe))}] facts [{string.Join(", ", context.Facts.Select(Describe))}]");

    public static int NextId() => t_nextId++;

    public static void Bump(IContext context, Item item)
    {
        item.Y = (item.Y + 1) % 4;
        context.Update(item);
    }

    public static string Describe(object? value) => value switch
    {
        null => "null",
        IGrouping<int, B> group => $"{group.Key}:[{string.Join(",", group.Select(Describe))}]",
        System.Collections.IEnumerable items and not string => $"[{string.Join(",", items.Cast<object?>().Select(Describe))}]",
        _ => value.ToString()!,
    };
}

/// <summary>A rule defined from a <see cref="RuleSpec"/> through the authoring surface, with expression trees built at run time.</summary>
public abstract class GeneratedRule(RuleSpec spec) : Rule
{
    private static readonly MethodInfo RecordMethod = typeof(Recorder).GetMethod(nameof(Recorder.Record))!;
    private static readonly MethodInfo BumpMethod = typeof(Recorder).GetMethod(nameof(Recorder.Bump))!;
    private static readonly MethodInfo NextIdMethod = typeof(Recorder).GetMethod(nameof(Recorder.NextId))!;

    public RuleSpec Spec { get; } = spec;

    public override void Define()
    {
        var variables = new Variables();
        var bound = new List<(Kind Kind, MemberExpression Variable)>();
        var used = new Dictionary<Kind, int>();
        var values = new List<Expression>();
        ILeftHandSideExpression when = When();

        MemberExpression NewVariable(Kind kind)
        {
            int n = used.GetValueOrDefault(kind);
            used[kind] = n + 1;
            return Expression.Field(Expression.Constant(variables), $"{kind.ToString().ToLowerInvariant()}{n}");
        }

        foreach (ElementSpec element in Spec.Elements)
        {
            switch (element)
            {
                case ElementSpec.Match match:
                {
                    MemberExpression variable = NewVariable(match.Kind);
                    Dispatch(match.Kind, new MatchCall(when, variable, match.Conditions, bound));
                    bound.Add((match.Kind, variable));
                    values.Add(variable);
                    break;
                }
                case ElementSpec.Or or:
                {
                    MemberExpression variable = NewVariable(or.Kind);
                    when.Or(x =>
                    {
                        Dispatch(or.Kind, new MatchCall(x, variable, or.First, bound));
                        Dispatch(or.Kind, new MatchCall(x, variable, or.Second, bound));
                    });
                    bound.Add((or.Kind, variable));
                    values.Add(variable);
                    break;
                }
                case ElementSpec.Not not:
                    Dispatch(not.Kind, new QuantifierCall(when, "Not", null, not.Conditions, bound));
                    break;
                case ElementSpec.Exists exists:
                    Dispatch(exists.Kind, new QuantifierCall(when, "Exists", null, exists.Conditions, bound));
                    break;
                case ElementSpec.All all:
                    Dispatch(all.Kind, new QuantifierCall(when, "All", all.Base, all.Conditions, bound));
                    break;
                case ElementSpec.Query query:
                    values.Add(DefineQuery(when, variables, query, bound));
                    break;
                case ElementSpec.Let let:
                {
                    MemberExpression n = Expression.Field(Expression.Constant(variables), nameof(Variables.n0));
                    Expression value = bound.Count == 0
                        ? Expression.Constant(let.Offset)
                        : Expression.Add(Expression.Property(bound[let.Variable % bound.Count].Variable, nameof(Item.X)), Expression.Constant(let.Offset));
                    when.Let(Expression.Lambda<Func<int>>(n), Expression.Lambda<Func<int>>(value));
                    values.Add(n);
                    break;
                }
                case ElementSpec.Having having:
                {
                    Expression test = bound.Count == 0
                        ? Expression.Constant(having.Value < 2)
                        : Expression.GreaterThanOrEqual(Expression.Property(bound[having.Variable % bound.Count].Variable, nameof(Item.Y)), Expression.Constant(having.Value));
                    when.Having(Expression.Lambda<Func<bool>>(test));
                    break;
                }
            }
        }

        ParameterExpression context = Expression.Parameter(typeof(IContext), "ctx");
        Expression record = Expression.Call(RecordMethod, context,
            Expression.NewArrayInit(typeof(object), values.Select(v => Expression.Convert(v, typeof(object)))));
        IRightHandSideExpression then = Then().Do(Expression.Lambda<Action<IContext>>(record, context));
        MemberExpression? first = bound.Count > 0 ? bound[0].Variable : null;
        switch (Spec.Effect)
        {
            case Effect.YieldC when first is not null:
                then.Yield(Expression.Lambda<Func<IContext, C>>(NewC(first), context));
                break;
            case Effect.InsertC when first is not null:
                then.Do(Expression.Lambda<Action<IContext>>(
                    Expression.Call(context, typeof(IContext).GetMethod(nameof(IContext.Insert))!, NewC(first)), context));
                break;
            case Effect.UpdateFirst when first is not null:
                then.Do(Expression.Lambda<Action<IContext>>(Expression.Call(BumpMethod, context, first), context));
                break;
            case Effect.RetractFirst when first is not null:
                then.Do(Expression.Lambda<Action<IContext>>(
                    Expression.Call(context, typeof(IContext).GetMethod(nameof(IContext.Retract))!, first), context));
                break;
        }
    }

    private static NewExpression NewC(MemberExpression from) =>
        Expression.New(typeof(C).GetConstructors()[0], Expression.Call(NextIdMethod),
            Expression.Property(from, nameof(Item.X)), Expression.Property(from, nameof(Item.Y)));

    private static Expression DefineQuery(ILeftHandSideExpression when, Variables variables, ElementSpec.Query query,
        List<(Kind Kind, MemberExpression Variable)> bound)
    {
        Expression<Func<B, bool>>[] conditions = [.. query.Conditions.Select(c => Condition<B>(c, bound))];
        MemberExpression Alias(string name) => Expression.Field(Expression.Constant(variables), name);
        switch (query.Shape)
        {
            case QueryShape.Collect:
                when.Query(Expression.Lambda<Func<IReadOnlyList<B>>>(Alias(nameof(Variables.list0))), q => q.Match(conditions).Collect());
                return Alias(nameof(Variables.list0));
            case QueryShape.CollectAtLeastTwo:
                when.Query(Expression.Lambda<Func<IReadOnlyList<B>>>(Alias(nameof(Variables.list0))), q => q.Match(conditions).Collect().Where(c => c.Count >= 2));
                return Alias(nameof(Variables.list0));
            case QueryShape.Count:
                when.Query(Expression.Lambda<Func<int>>(Alias(nameof(Variables.count0))), q => q.Match(conditions).Count());
                return Alias(nameof(Variables.count0));
            case QueryShape.SumX:
                when.Query(Expression.Lambda<Func<int>>(Alias(nameof(Variables.count0))), q => q.Match(conditions).Sum(b => b.X));
                return Alias(nameof(Variables.count0));
            case QueryShape.MaxY:
                when.Query(Expression.Lambda<Func<int>>(Alias(nameof(Variables.count0))), q => q.Match(conditions).Max(b => b.Y));
                return Alias(nameof(Variables.count0));
            case QueryShape.GroupByXParity:
                when.Query(Expression.Lambda<Func<IGrouping<int, B>>>(Alias(nameof(Variables.group0))), q => q.Match(conditions).GroupBy(b => b.X % 2));
                return Alias(nameof(Variables.group0));
            default:
                when.Query(Expression.Lambda<Func<IReadOnlyList<int>>>(Alias(nameof(Variables.ints0))),
                    q => q.Match(conditions).SelectMany(b => new[] { b.X, b.Y }).Collect());
                return Alias(nameof(Variables.ints0));
        }
    }

    /// <summary>Builds <c>f => ...</c> for one condition; a join refers to a variable bound earlier.</summary>
    internal static Expression<Func<T, bool>> Condition<T>(ConditionSpec spec, List<(Kind Kind, MemberExpression Variable)> bound) where T : Item
    {
        ParameterExpression fact = Expression.Parameter(typeof(T), "f");
        Expression body = spec switch
        {
            ConditionSpec.Constant c => Compare(Expression.Property(fact, c.Field.ToString()), c.Comparison, Expression.Constant(c.Value)),
            ConditionSpec.Join j when bound.Count > 0 => Compare(Expression.Property(fact, j.Field.ToString()), j.Comparison,
                Expression.Property(bound[j.Variable % bound.Count].Variable, j.Other.ToString())),
            ConditionSpec.Join j => Compare(Expression.Property(fact, j.Field.ToString()), j.Comparison, Expression.Constant(j.Variable % 4)),
            _ => Expression.GreaterThan(Expression.Divide(Expression.Constant(100), Expression.Subtract(Expression.Property(fact, nameof(Item.X)), Expression.Constant(3))), Expression.Constant(0)),
        };
        return Expression.Lambda<Func<T, bool>>(body, fact);
    }

    private static BinaryExpression Compare(Expression left, Comparison comparison, Expression right) => comparison switch
    {
        Comparison.Equal => Expression.Equal(left, right),
        Comparison.NotEqual => Expression.NotEqual(left, right),
        Comparison.Less => Expression.LessThan(left, right),
        _ => Expression.GreaterThan(left, right),
    };

    private static void Dispatch(Kind kind, IGenericCall call)
    {
        switch (kind)
        {
            case Kind.A: call.Run<A>(); break;
            case Kind.B: call.Run<B>(); break;
            default: call.Run<C>(); break;
        }
    }

    private interface IGenericCall
    {
        void Run<T>() where T : Item;
    }

    private sealed class MatchCall(ILeftHandSideExpression when, MemberExpression variable, ConditionSpec[] conditions,
        List<(Kind Kind, MemberExpression Variable)> bound) : IGenericCall
    {
        public void Run<T>() where T : Item =>
            when.Match(Expression.Lambda<Func<T>>(variable), [.. conditions.Select(c => Condition<T>(c, bound))]);
    }

    private sealed class QuantifierCall(ILeftHandSideExpression when, string quantifier, ConditionSpec? baseCondition, ConditionSpec[] conditions,
        List<(Kind Kind, MemberExpression Variable)> bound) : IGenericCall
    {
        public void Run<T>() where T : Item
        {
            Expression<Func<T, bool>>[] built = [.. conditions.Select(c => Condition<T>(c, bound))];
            switch (quantifier)
            {
                case "Not": when.Not(built); break;
                case "Exists": when.Exists(built); break;
                default: when.All(Condition<T>(baseCondition!, bound), built.Length > 0 ? built : [Condition<T>(new ConditionSpec.Constant(Field.X, Comparison.Less, 3), bound)]); break;
            }
        }
    }
}

// Four rule classes, so that generated rules have distinct names and a spread of priorities.
[Priority(0)]
public sealed class R0(RuleSpec spec) : GeneratedRule(spec);

[Priority(1)]
public sealed class R1(RuleSpec spec) : GeneratedRule(spec);

[Priority(0)]
public sealed class R2(RuleSpec spec) : GeneratedRule(spec);

[Priority(-1)]
public sealed class R3(RuleSpec spec) : GeneratedRule(spec);
