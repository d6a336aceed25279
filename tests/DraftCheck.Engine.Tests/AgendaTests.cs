using DraftCheck.Model;
using DraftCheck.Rules;
using static DraftCheck.Engine.Tests.DslTests;

namespace DraftCheck.Engine.Tests;

/// <summary>Agenda order, refraction, forward chaining, linked facts and halting.</summary>
public class AgendaTests
{
    private sealed class Low : Rule
    {
        public override void Define()
        {
            Term term = null!;
            When().Match(() => term);
            Then().Do(ctx => ctx.Insert(new Seen("Low", term.Article)));
        }
    }

    [Priority(10)]
    private sealed class High : Rule
    {
        public override void Define()
        {
            Term term = null!;
            When().Match(() => term);
            Then().Do(ctx => ctx.Insert(new Seen("High", term.Article)));
        }
    }

    private sealed class AlsoLow : Rule
    {
        public override void Define()
        {
            Term term = null!;
            When().Match(() => term);
            Then().Do(ctx => ctx.Insert(new Seen("AlsoLow", term.Article)));
        }
    }

    [Fact]
    public void Fire_PrioritiesAndTies_HigherPriorityFirstThenRuleOrderThenInsertionOrder()
    {
        ISession session = Session(new Low(), new High(), new AlsoLow());
        session.InsertAll([Publication50, Life50]);

        session.Fire();

        Assert.Equal(["High: 22", "High: 21", "Low: 22", "Low: 21", "AlsoLow: 22", "AlsoLow: 21"], SeenBy(session));
    }

    public sealed class Counter
    {
        public int Value { get; set; }
    }

    private sealed class CountOnce : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter);
            Then().Do(ctx => ctx.Insert(new Seen("Count", $"{counter.Value}")));
        }
    }

    [Fact]
    public void Fire_Refraction_AnActivationFiresOnceAndAgainOnlyWhenItsFactIsUpdated()
    {
        var counter = new Counter { Value = 1 };
        ISession session = Session(new CountOnce());
        session.Insert(counter);

        int first = session.Fire();
        int again = session.Fire();
        counter.Value = 2;
        session.Update(counter);
        int afterUpdate = session.Fire();

        Assert.Equal((1, 0, 1), (first, again, afterUpdate));
        Assert.Equal(["Count: 1", "Count: 2"], SeenBy(session));
    }

    [Rule("T300", Title = "Term below 70", Category = "Term", Severity = Severity.Error, Source = "test")]
    private sealed class ReportShortTerm : Rule
    {
        public override void Define()
        {
            MutableTerm term = null!;
            When().Match(() => term, t => t.Years < 70);
            Then().Do(ctx => ctx.InsertLinked(new Seen("Report", $"{term.Article} at {term.Years}")));
        }
    }

    [Fact]
    public void InsertLinked_MatchChangesOrGoesAway_TheLinkedFactIsRetractedAndRebuilt()
    {
        var term = new MutableTerm("21", 50);
        ISession session = Session(new ReportShortTerm());
        session.Insert(term);
        session.Fire();
        Assert.Equal(["Report: 21 at 50"], SeenBy(session));

        term.Years = 60;
        session.Update(term);
        Assert.Empty(SeenBy(session));
        session.Fire();
        Assert.Equal(["Report: 21 at 60"], SeenBy(session));

        term.Years = 70;
        session.Update(term);
        session.Fire();
        Assert.Empty(SeenBy(session));
    }

    private sealed class FlagShortTerms : Rule
    {
        public override void Define()
        {
            Term term = null!;
            When().Match(() => term, t => t.Years < 70);
            Then().Yield(ctx => new Flagged(term));
        }
    }

    private sealed class CountFlags : Rule
    {
        public override void Define()
        {
            int count = 0;
            When().Query(() => count, q => q.Match<Flagged>().Count());
            Then().Do(ctx => ctx.InsertLinked(new Seen("Flags", $"{count}")));
        }
    }

    [Fact]
    public void Fire_RulesMatchingDerivedFacts_ChainForwardToQuiescence()
    {
        ISession session = Session(new FlagShortTerms(), new CountFlags());
        session.InsertAll([Life50, Publication50, Life70]);

        int fired = session.Fire();

        // Both flags fire first (the flagging rule comes first); the count, changed by each, then fires once.
        Assert.Equal(["Flags: 2"], SeenBy(session));
        Assert.Equal(3, fired);
    }

    private sealed class HaltOnFirst : Rule
    {
        public override void Define()
        {
            Term term = null!;
            When().Match(() => term);
            Then().Do(ctx => ctx.Insert(new Seen("Halt", term.Article))).Do(ctx => ctx.Halt());
        }
    }

    [Fact]
    public void Halt_InAnAction_StopsFiringAfterThatActivationAndTheNextFireGoesOn()
    {
        ISession session = Session(new HaltOnFirst());
        session.InsertAll([Life50, Publication50]);

        int first = session.Fire();
        int second = session.Fire();

        Assert.Equal((1, 1), (first, second));
        Assert.Equal(["Halt: 21", "Halt: 22"], SeenBy(session));
    }

    [Theory]
    [InlineData(ExpressionCompilation.Tiered)]
    [InlineData(ExpressionCompilation.Eager)]
    [InlineData(ExpressionCompilation.Interpreted)]
    public void Fire_EveryCompilationMode_GivesTheSameFirings(ExpressionCompilation compilation)
    {
        ISession session = SessionFactory.Create([new Low().GetDefinition(), new High().GetDefinition()], new EngineOptions { Compilation = compilation })
            .CreateSession();
        // More facts than the tiered threshold, so that the tiered delegates are compiled while matching goes on.
        session.InsertAll([.. Enumerable.Range(0, 100).Select(i => new Term($"{i}", 50, "death"))]);

        Assert.Equal(200, session.Fire());
        Assert.Equal("High: 0", SeenBy(session)[0]);
        Assert.Equal("Low: 99", SeenBy(session)[^1]);
    }
}
