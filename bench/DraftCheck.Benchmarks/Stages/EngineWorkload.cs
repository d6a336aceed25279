using DraftCheck.Engine;
using DraftCheck.Rules;
using DraftCheck.Rules.Model;

namespace DraftCheck.Benchmarks.Stages;

/// <summary>A fact of the engine workload: a provision-like item in one of 100 groups, keyed to one of 2,000 tags.</summary>
public sealed class Item(int id, int group, int key, int value)
{
    public int Id { get; } = id;

    public int Group { get; } = group;

    public int Key { get; } = key;

    public int Value { get; set; } = value;
}

/// <summary>A fact the items join: one per key, of one of 10 kinds.</summary>
public sealed class Tag(int key, int kind)
{
    public int Key { get; } = key;

    public int Kind { get; } = kind;
}

/// <summary>What the rules report, linked to their match (as findings are).</summary>
public sealed record Hit(int Rule, object Fact);

/// <summary>
/// The workload of the issue: 100 rules (40 single patterns, 30 two-way equality joins, 20 with Not, 10 with a
/// collecting query) over facts of which 80% are items and 20% tags. Every rule reports a linked fact per match.
/// </summary>
public static class EngineWorkload
{
    public static IReadOnlyList<RuleDefinition> Rules { get; } = RuleSet(100);

    /// <summary><paramref name="count"/> rules of the four shapes, in proportion, each with its own constants.</summary>
    public static IReadOnlyList<RuleDefinition> RuleSet(int count) =>
        [.. Enumerable.Range(0, count).Select(n => Rule(n % 100, n)).Select(r => r.GetDefinition())];

    private static Rule Rule(int shape, int number) => shape switch
    {
        < 40 => new SinglePattern(number),
        < 70 => new EqualityJoin(number),
        < 90 => new NotJoined(number),
        _ => new CollectPerTag(number, shape - 90),
    };

    /// <summary><paramref name="count"/> facts: items then tags, each item's key matching one tag.</summary>
    public static List<object> Facts(int count)
    {
        int tags = count / 5;
        int items = count - tags;
        var facts = new List<object>(count);
        for (int i = 0; i < items; i++) facts.Add(new Item(i, i % 100, i % tags, i * 7 % 100));
        for (int k = 0; k < tags; k++) facts.Add(new Tag(k, k % 10));
        return facts;
    }

    /// <summary>The 1% of the facts that an update changes: items spread over every group.</summary>
    public static List<Item> UpdatedItems(List<object> facts)
    {
        List<Item> items = [.. facts.OfType<Item>()];
        int step = Math.Max(1, items.Count / Math.Max(1, facts.Count / 100));
        return [.. items.Where((_, i) => i % step == step / 2).Take(Math.Max(1, facts.Count / 100))];
    }

    /// <summary>Changes each item's value to one that changes what matches it.</summary>
    public static void Change(List<Item> items)
    {
        foreach (Item item in items) item.Value = (item.Value + 50) % 100;
    }

    /// <summary>Inserts, fires, and returns the number of firings.</summary>
    public static int InsertAndFire(ISession session, List<object> facts)
    {
        session.InsertAll(facts);
        return session.Fire();
    }

    private sealed class SinglePattern(int number) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Group == number, i => i.Value >= 50);
            Then().Do(ctx => ctx.InsertLinked(new Hit(number, item)));
        }
    }

    private sealed class EqualityJoin(int number) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            Tag tag = null!;
            When()
                .Match(() => item, i => i.Group == number)
                .Match(() => tag, t => t.Key == item.Key, t => t.Kind != 3);
            Then().Do(ctx => ctx.InsertLinked(new Hit(number, tag)));
        }
    }

    private sealed class NotJoined(int number) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When()
                .Match(() => item, i => i.Group == number)
                .Not<Tag>(t => t.Key == item.Key, t => t.Kind == item.Value % 10);
            Then().Do(ctx => ctx.InsertLinked(new Hit(number, item)));
        }
    }

    private sealed class CollectPerTag(int number, int kind) : Rule
    {
        public override void Define()
        {
            Tag tag = null!;
            IReadOnlyList<Item> items = null!;
            When()
                .Match(() => tag, t => t.Kind == kind)
                .Query(() => items, q => q.Match<Item>(i => i.Key == tag.Key, i => i.Value < 90).Collect().Where(c => c.Count > 0));
            Then().Do(ctx => ctx.InsertLinked(new Hit(number, items)));
        }
    }
}
