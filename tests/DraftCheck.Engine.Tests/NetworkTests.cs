using DraftCheck.Engine.Rete;
using DraftCheck.Rules;
using static DraftCheck.Engine.Tests.DslTests;

namespace DraftCheck.Engine.Tests;

/// <summary>What the network shares and indexes, seen from its structure and from the conditions it evaluates.</summary>
public class NetworkTests
{
    private sealed class DeathTerms(string basis, string name) : Rule
    {
        public override void Define()
        {
            Term term = null!;
            When().Match(() => term, t => t.Basis == basis, t => t.Years < 70);
            Then().Do(ctx => ctx.Insert(new Seen(name, term.Article)));
        }
    }

    [Fact]
    public void Build_RulesStatingTheSameConditionWithTheSameCapturedValue_ShareOneAlphaTest()
    {
        var factory = (ReteSessionFactory)SessionFactory.Create(
            [new DeathTerms("death", "first").GetDefinition(), new DeathTerms("death", "second").GetDefinition(), new DeathTerms("publication", "third").GetDefinition()]);

        // Captured values are compared by value: one test for "death" (two rules), one for "publication", reached by a
        // hash of t.Basis; "Years < 70" once under each.
        ConstantDispatch byBasis = Assert.Single(Assert.Single(factory.Network.TypeNodes).Dispatches);
        Assert.Equal(2, byBasis.ByConstant.Count);
        AlphaTestNode death = byBasis.ByConstant["death"];
        Assert.Equal(2, death.Owners.Count);
        Assert.Equal(2, Assert.Single(death.Children).Owners.Count);
    }

    private sealed class ArticleRule(string article) : Rule
    {
        public override void Define()
        {
            Term term = null!;
            When().Match(() => term, t => t.Article == article);
            Then().Do(ctx => ctx.Insert(new Seen(article, term.Basis)));
        }
    }

    [Fact]
    public void Build_ManyRulesTestingOneFieldAgainstConstants_DispatchOnAHashOfTheField()
    {
        var factory = (ReteSessionFactory)SessionFactory.Create([.. Enumerable.Range(1, 50).Select(i => new ArticleRule($"{i}").GetDefinition())]);
        ISession session = factory.CreateSession();
        session.InsertAll([Life50, Publication50]);

        session.Fire();

        ConstantDispatch dispatch = Assert.Single(Assert.Single(factory.Network.TypeNodes).Dispatches);
        Assert.Equal(50, dispatch.ByConstant.Count);
        Assert.Equal(["21: death", "22: publication"], SeenBy(session));
    }

    private sealed class FilmTerms : Rule
    {
        public override void Define()
        {
            Term term = null!;
            Category category = null!;
            When().Match(() => term).Match(() => category, c => c.Article == term.Article, c => c.Name != term.Basis);
            Then().Do(ctx => ctx.Insert(new Seen("Join", term.Article)));
        }
    }

    [Fact]
    public void Fire_EqualityJoinOfTwoThousandFacts_EvaluatesTheOtherConditionOnlyOnPairsWithEqualKeys()
    {
        ISession session = SessionFactory.Create([new FilmTerms().GetDefinition()]).CreateSession();
        int evaluatedAndFailed = 0;
        session.Events.ConditionFailed += (_, _) => evaluatedAndFailed++;
        session.InsertAll([.. Enumerable.Range(0, 1000).Select(i => new Term($"{i}", 50, i % 2 == 0 ? "film" : "death"))]);
        session.InsertAll([.. Enumerable.Range(0, 1000).Select(i => new Category($"{i}", "film"))]);

        int fired = session.Fire();

        // A nested-loop join would evaluate c.Article == term.Article on 1,000,000 pairs; the hash join looks at 1,000,
        // and "c.Name != term.Basis" fails on the 500 of them whose term is a film.
        Assert.Equal((500, 500), (fired, evaluatedAndFailed));
    }
}
