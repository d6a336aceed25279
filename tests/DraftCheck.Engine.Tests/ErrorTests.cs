using DraftCheck.Rules;
using static DraftCheck.Engine.Tests.DslTests;

namespace DraftCheck.Engine.Tests;

/// <summary>Errors name the rule and the facts; the other rules go on; runaway rules are stopped and named.</summary>
public class ErrorTests
{
    private sealed class ThrowsInCondition : Rule
    {
        public override void Define()
        {
            Term term = null!;
            When().Match(() => term, t => int.Parse(t.Article) > 21);
            Then().Do(ctx => ctx.Insert(new Seen("Condition", term.Article)));
        }
    }

    private sealed class ThrowsInAction : Rule
    {
        public override void Define()
        {
            Term term = null!;
            When().Match(() => term);
            Then()
                .Do(ctx => ctx.Insert(new Seen("Action", term.Article)))
                .Do(ctx => ctx.Insert(new Flagged(new[] { term }[int.Parse(term.Article)])))
                .Do(ctx => ctx.Insert(new Seen("After", term.Article)));
        }
    }

    private sealed class Fine : Rule
    {
        public override void Define()
        {
            Term term = null!;
            When().Match(() => term);
            Then().Do(ctx => ctx.Insert(new Seen("Fine", term.Article)));
        }
    }

    [Fact]
    public void Fire_ConditionThrows_ErrorNamesRuleConditionAndFactAndOtherRulesFire()
    {
        ISession session = Session(new ThrowsInCondition(), new Fine());
        session.InsertAll([new Term("48(6)", 50, "publication"), Life70]);

        session.Fire();

        RuleError error = Assert.Single(session.Errors);
        Assert.Equal(("ThrowsInCondition", RuleErrorKind.Condition), (error.RuleName, error.Kind));
        Assert.Equal("Rule 'ThrowsInCondition' threw FormatException in condition term => (Parse(term.Article) > 21) on "
            + "Term { Article = 48(6), Years = 50, Basis = publication }: The input string '48(6)' was not in a correct format.", error.Message);
        Assert.Equal(["Condition: 23", "Fine: 48(6)", "Fine: 23"], SeenBy(session));
    }

    [Fact]
    public void Fire_ActionThrows_ErrorNamesRuleAndFactsAndTheOtherActionsAndRulesGoOn()
    {
        ISession session = Session(new ThrowsInAction(), new Fine());
        session.Insert(Life50);

        session.Fire();

        RuleError error = Assert.Single(session.Errors);
        Assert.Equal("Rule 'ThrowsInAction' threw IndexOutOfRangeException in its action on Term { Article = 21, Years = 50, Basis = death }: "
            + "Index was outside the bounds of the array.", error.Message);
        Assert.Equal<object>([Life50], [.. error.Facts]);
        Assert.Equal(["Action: 21", "After: 21", "Fine: 21"], SeenBy(session));
    }

    public sealed class Counter
    {
        public int Value { get; set; }
    }

    private sealed class Increments : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter);
            Then().Do(ctx => Increment(ctx, counter));
        }

        private static void Increment(IContext context, Counter counter)
        {
            counter.Value++;
            context.Update(counter);
        }
    }

    private sealed class Echo : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter, c => c.Value % 2 == 0);
            Then().Do(ctx => ctx.InsertLinked(new Seen("Echo", "even")));
        }
    }

    [Fact]
    public void Fire_RuleUpdatingItsOwnFactForever_StopsAtTheCycleBoundNamingTheRules()
    {
        ISession session = SessionFactory.Create([new Increments().GetDefinition(), new Echo().GetDefinition()], new EngineOptions { MaxFirings = 1000 })
            .CreateSession();
        session.Insert(new Counter());

        int fired = session.Fire();

        Assert.Equal(1000, fired);
        RuleError error = Assert.Single(session.Errors);
        Assert.Equal(("Increments", RuleErrorKind.CycleLimit), (error.RuleName, error.Kind));
        Assert.Equal("Rule 'Increments' fired 1000 times; the rules stopped after 1000 firings (do rules re-trigger each other?).", error.Message);
    }

    private sealed class NotYetFlagged : Rule
    {
        public override void Define()
        {
            Term term = null!;
            When().Match(() => term).Not<Flagged>(f => f.Term == term);
            Then().Do(ctx => ctx.Insert(new Flagged(term)));
        }
    }

    private sealed class Unflag : Rule
    {
        public override void Define()
        {
            Flagged flagged = null!;
            When().Match(() => flagged);
            Then().Do(ctx => ctx.Retract(flagged));
        }
    }

    [Fact]
    public void Fire_TwoRulesUndoingEachOther_StopAtTheCycleBoundNamingBoth()
    {
        ISession session = SessionFactory.Create([new NotYetFlagged().GetDefinition(), new Unflag().GetDefinition()], new EngineOptions { MaxFirings = 101 })
            .CreateSession();
        session.Insert(Life50);

        session.Fire();

        RuleError error = Assert.Single(session.Errors);
        Assert.Equal("Rule 'NotYetFlagged' fired 51 times (then 'Unflag' 50 times); the rules stopped after 101 firings (do rules re-trigger each other?).", error.Message);
    }

    [Fact]
    public void Fire_Cancelled_StopsWithAnErrorNamingTheRuleThatFiredMost()
    {
        using var cancellation = new CancellationTokenSource();
        ISession session = Session(new Increments());
        session.Insert(new Counter());
        session.Events.RuleFired += (_, _) =>
        {
            if (session.Query<Counter>().Single().Value == 25) cancellation.Cancel();
        };

        int fired = session.Fire(cancellation.Token);

        Assert.Equal(25, fired);
        RuleError error = Assert.Single(session.Errors);
        Assert.Equal(("Increments", RuleErrorKind.Cancelled), (error.RuleName, error.Kind));
        Assert.Equal("The run was cancelled after 25 firings; rule 'Increments' fired most (25 times).", error.Message);
    }

    [Fact]
    public void Insert_FactAlreadyInTheSession_Throws()
    {
        ISession session = Session(new Fine());
        session.Insert(Life50);

        var exception = Assert.Throws<ArgumentException>(() => session.Insert(Life50));

        Assert.Equal("The fact is already in the session. (Parameter 'fact')", exception.Message);
    }
}
