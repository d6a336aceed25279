using DraftCheck.Rules;
using static DraftCheck.Engine.Tests.DslTests;

namespace DraftCheck.Engine.Tests;

/// <summary>The why-not trace and the session events.</summary>
public class TracingTests
{
    private sealed class FilmTermBelow95 : Rule
    {
        public override void Define()
        {
            Term term = null!;
            Category category = null!;
            When()
                .Match(() => term, t => t.Basis == "publication", t => t.Years < 95)
                .Match(() => category, c => c.Article == term.Article, c => c.Name == "film")
                .Not<Flagged>(f => f.Term == term);
            Then().Do(ctx => ctx.Insert(new Seen("Film", term.Article)));
        }
    }

    [Fact]
    public void WhyNot_NoMatch_SaysWhichConditionRejectedWhichFacts()
    {
        ISession session = Session(new FilmTermBelow95());
        session.InsertAll([Life50, Publication50, new Category("22", "photo"), new Category("21", "film")]);

        WhyNotReport report = session.WhyNot("FilmTermBelow95");

        Assert.Equal(WhyNotOutcome.NoMatch, report.Outcome);
        Assert.Equal("""
            Rule 'FilmTermBelow95': no match.
                Match Term term: 1 -> 1
                  term => (term.Basis == "publication") rejected Term { Article = 21, Years = 50, Basis = death }
                Match Category category: 1 -> 0
                  category => (category.Name == "film") rejected Category { Article = 22, Name = photo }
                  (category, term) => (category.Article == term.Article) rejected Category { Article = 21, Name = film }, Term { Article = 22, Years = 50, Basis = publication }
                Not Flagged: 0 -> 0

            """, report.ToString());
    }

    [Fact]
    public void WhyNot_OneMatchFiredAndAnotherBlocked_CountsTheFiredMatchAndNamesTheBlockingFact()
    {
        ISession session = Session(new FilmTermBelow95());
        var film = new Term("22", 60, "publication");
        session.InsertAll([film, new Category("22", "film"), new Flagged(Publication50), Publication50]);
        session.Fire();

        WhyNotReport report = session.WhyNot("FilmTermBelow95");

        Assert.Equal((WhyNotOutcome.Fired, 1, 0), (report.Outcome, report.Fired, report.Pending));
        WhyNotStep not = report.Alternatives[0].Steps[2];
        Assert.Equal(("Not Flagged", 2, 1), (not.Element, not.MatchesBefore, not.MatchesAfter));
        Assert.Equal<object?>([Publication50, new Category("22", "film"), new Flagged(Publication50)], [.. Assert.Single(not.Rejections).Facts]);
    }

    [Fact]
    public void WhyNot_UnknownRule_Throws()
    {
        ISession session = Session(new FilmTermBelow95());

        var exception = Assert.Throws<ArgumentException>(() => session.WhyNot("IIPA999"));

        Assert.Equal("No rule is named 'IIPA999'. (Parameter 'ruleName')", exception.Message);
    }

    [Fact]
    public void Events_InsertFireAndFailedConditions_AreRaisedInOrder()
    {
        ISession session = Session(new FilmTermBelow95());
        var events = new List<string>();
        session.Events.FactInserted += (_, e) => events.Add($"inserted {RuleErrors.Describe(e.Fact)}");
        session.Events.ActivationCreated += (_, e) => events.Add($"matched {e.Rule.Name}");
        session.Events.RuleFired += (_, e) => events.Add($"fired {e.Rule.Name} on {e.Facts.Count} facts");
        session.Events.ConditionFailed += (_, e) => events.Add($"failed {e.Condition} on {string.Join(", ", e.Facts.Select(RuleErrors.Describe))}");

        session.Insert(Life50);
        session.Insert(Publication50);
        session.Insert(new Category("22", "film"));
        session.Fire();

        Assert.Equal(
        [
            "inserted Term { Article = 21, Years = 50, Basis = death }",
            "failed term => (term.Basis == \"publication\") on Term { Article = 21, Years = 50, Basis = death }",
            "inserted Term { Article = 22, Years = 50, Basis = publication }",
            "inserted Category { Article = 22, Name = film }",
            "matched FilmTermBelow95",
            "inserted Seen { Rule = Film, What = 22 }",
            "fired FilmTermBelow95 on 2 facts",
        ], events);
    }
}
