using DraftCheck.Model;
using DraftCheck.Rules;

namespace DraftCheck.Engine.Tests;

/// <summary>A derived fact that records what a rule saw.</summary>
public sealed record Seen(string Rule, string What);

/// <summary>Each DSL element of the authoring surface, run through the engine.</summary>
public class DslTests
{
    internal static ISession Session(params Rule[] rules) =>
        SessionFactory.Create(rules.Select(r => r.GetDefinition()), new EngineOptions { MaxFirings = 200 }).CreateSession();

    internal static List<string> SeenBy(ISession session) => [.. session.Query<Seen>().Select(s => $"{s.Rule}: {s.What}")];

    // Article 21 (life + 50) and Article 22 (50 years from publication) of a draft, and a film provision.
    internal static readonly Term Life50 = new("21", 50, "death");
    internal static readonly Term Publication50 = new("22", 50, "publication");
    internal static readonly Term Life70 = new("23", 70, "death");

    private sealed class AllDeathTermsAtLeast70 : Rule
    {
        public override void Define()
        {
            When().All<Term>(t => t.Basis == "death", t => t.Years >= 70);
            Then().Do(ctx => ctx.Insert(new Seen("All", "every term counted from death is at least 70 years")));
        }
    }

    [Fact]
    public void All_EveryBaseFactSatisfiesTheConditions_FiresOnceAndStopsHoldingWhenOneDoesNot()
    {
        ISession session = Session(new AllDeathTermsAtLeast70());
        session.InsertAll([Life70, Publication50]);
        session.Fire();
        Assert.Equal(["All: every term counted from death is at least 70 years"], SeenBy(session));

        ISession failing = Session(new AllDeathTermsAtLeast70());
        failing.InsertAll([Life70, Life50]);
        Assert.Equal(0, failing.Fire());
    }

    private sealed class DeathOrShortTerm : Rule
    {
        public override void Define()
        {
            Term term = null!;
            When().Or(x => x
                .Match(() => term, t => t.Basis == "death")
                .Match(() => term, t => t.Years < 60));
            Then().Do(ctx => ctx.Insert(new Seen("Or", $"{term.Article}")));
        }
    }

    [Fact]
    public void Or_TwoAlternativesBindingTheSameVariable_EachAlternativeFiresForItsOwnMatches()
    {
        ISession session = Session(new DeathOrShortTerm());
        session.InsertAll([Life50, Publication50, Life70]);

        session.Fire();

        // Article 21 satisfies both alternatives, so it fires twice; alternatives fire in the order they are stated.
        Assert.Equal(["Or: 21", "Or: 23", "Or: 21", "Or: 22"], SeenBy(session));
    }

    private sealed class FilmOrDeathAndCategory : Rule
    {
        public override void Define()
        {
            Term term = null!;
            Category category = null!;
            When()
                .Match(() => term)
                .Or(x => x
                    .Match(() => category, c => c.Article == term.Article && c.Name == "film")
                    .And(y => y.Match(() => category, c => c.Article == term.Article).Having(() => term.Basis == "death")));
            Then().Do(ctx => ctx.Insert(new Seen("And", $"{term.Article} {category.Name}")));
        }
    }

    [Fact]
    public void And_GroupInsideOr_MustHoldAsAWhole()
    {
        ISession session = Session(new FilmOrDeathAndCategory());
        session.InsertAll([Life50, Publication50, new Category("21", "photo"), new Category("22", "film")]);

        session.Fire();

        Assert.Equal(["And: 22 film", "And: 21 photo"], SeenBy(session));
    }

    private sealed class MissingYearsToSeventy : Rule
    {
        public override void Define()
        {
            Term term = null!;
            int missing = 0;
            When()
                .Match(() => term, t => t.Basis == "death")
                .Let(() => missing, () => 70 - term.Years)
                .Having(() => missing > 0);
            Then().Do(ctx => ctx.Insert(new Seen("Let", $"{term.Article} misses {missing} years")));
        }
    }

    [Fact]
    public void LetAndHaving_ComputedValueFiltersTheMatches_AndFollowsUpdates()
    {
        var term = new MutableTerm("21", 50);
        ISession session = Session(new MissingYearsRule());
        session.Insert(term);
        session.Fire();
        term.Years = 60;
        session.Update(term);
        session.Fire();
        term.Years = 70;
        session.Update(term);
        session.Fire();

        Assert.Equal(["Let: 21 misses 20 years", "Let: 21 misses 10 years"], SeenBy(session));
        Assert.Equal(["Let: 21 misses 20 years"], SeenBy(RunMissingYears(Life50, Life70)));
    }

    private static ISession RunMissingYears(params Term[] terms)
    {
        ISession session = Session(new MissingYearsToSeventy());
        session.InsertAll(terms);
        session.Fire();
        return session;
    }

    public sealed class MutableTerm(string article, int years)
    {
        public string Article { get; } = article;

        public int Years { get; set; } = years;
    }

    private sealed class MissingYearsRule : Rule
    {
        public override void Define()
        {
            MutableTerm term = null!;
            int missing = 0;
            When()
                .Match(() => term)
                .Let(() => missing, () => 70 - term.Years)
                .Having(() => missing > 0);
            Then().Do(ctx => ctx.Insert(new Seen("Let", $"{term.Article} misses {missing} years")));
        }
    }

    private sealed class TermsBelowSeventy : Rule
    {
        public override void Define()
        {
            IReadOnlyList<Term> terms = null!;
            When().Query(() => terms, q => q.Match<Term>(t => t.Years < 70).Collect().Where(c => c.Count >= 2));
            Then().Do(ctx => ctx.Insert(new Seen("Collect", string.Join(",", terms.Select(t => t.Article)))));
        }
    }

    [Fact]
    public void QueryCollectWhere_EnoughFacts_FiresWithTheCollectionInInsertionOrderAndAgainWhenItChanges()
    {
        ISession session = Session(new TermsBelowSeventy());
        session.Insert(Publication50);
        Assert.Equal(0, session.Fire());

        session.Insert(Life50);
        session.Fire();
        session.Insert(new Term("24", 25, "publication"));
        session.Fire();

        Assert.Equal(["Collect: 22,21", "Collect: 22,21,24"], SeenBy(session));
    }

    private sealed class TermsPerBasis : Rule
    {
        public override void Define()
        {
            IGrouping<string, int> group = null!;
            When().Query(() => group, q => q.Match<Term>().GroupBy(t => t.Basis, t => t.Years));
            Then().Do(ctx => ctx.Insert(new Seen("GroupBy", $"{group.Key}: {string.Join(",", group)}")));
        }
    }

    [Fact]
    public void QueryGroupBy_OneActivationPerKey_InTheOrderOfEachGroupsFirstFact()
    {
        ISession session = Session(new TermsPerBasis());
        session.InsertAll([Publication50, Life50, Life70]);

        session.Fire();

        Assert.Equal(["GroupBy: publication: 50", "GroupBy: death: 50,70"], SeenBy(session));
    }

    private sealed class Aggregates : Rule
    {
        public override void Define()
        {
            int count = 0;
            int total = 0;
            int shortest = 0;
            double average = 0;
            When()
                .Query(() => count, q => q.Match<Term>().Count())
                .Query(() => total, q => q.Match<Term>().Sum(t => t.Years))
                .Query(() => shortest, q => q.Match<Term>().Min(t => t.Years))
                .Query(() => average, q => q.Match<Term>().Average(t => t.Years));
            Then().Do(ctx => ctx.Insert(new Seen("Aggregates", $"count {count}, total {total}, shortest {shortest}, average {average}")));
        }
    }

    [Fact]
    public void QueryAggregates_CountSumMinAverage_AreComputedOverTheMatchingFacts()
    {
        ISession session = Session(new Aggregates());
        session.InsertAll([Life50, Publication50, Life70]);

        session.Fire();

        Assert.Equal(["Aggregates: count 3, total 170, shortest 50, average 56.666666666666664"], SeenBy(session));
    }

    [Fact]
    public void QueryMin_NoFacts_GivesNoResultSoTheRuleDoesNotFire()
    {
        ISession session = Session(new Aggregates());

        Assert.Equal(0, session.Fire());
    }

    private sealed class ArticlesOfShortTerms : Rule
    {
        public override void Define()
        {
            IReadOnlyList<string> articles = null!;
            When().Query(() => articles, q => q.Match<Term>(t => t.Years < 70).Select(t => t.Article).SelectMany(a => a.Split('.')).Collect());
            Then().Do(ctx => ctx.Insert(new Seen("Select", string.Join("|", articles))));
        }
    }

    [Fact]
    public void QuerySelectAndSelectMany_MapAndFlattenInFactOrder()
    {
        ISession session = Session(new ArticlesOfShortTerms());
        session.InsertAll([new Term("48.6", 50, "publication"), Life50]);

        session.Fire();

        Assert.Equal(["Select: 48|6|21"], SeenBy(session));
    }

    private sealed class CategoriesPerTerm : Rule
    {
        public override void Define()
        {
            Term term = null!;
            IReadOnlyList<Category> categories = null!;
            When()
                .Match(() => term)
                .Query(() => categories, q => q.Match<Category>(c => c.Article == term.Article).Collect());
            Then().Do(ctx => ctx.Insert(new Seen("Join", $"{term.Article}: {categories.Count}")));
        }
    }

    [Fact]
    public void QueryJoinedToAnEarlierMatch_CollectsPerMatchIncludingEmptyCollections()
    {
        ISession session = Session(new CategoriesPerTerm());
        session.InsertAll([Life50, Publication50, new Category("22", "film"), new Category("22", "photo")]);

        session.Fire();

        Assert.Equal(["Join: 21: 0", "Join: 22: 2"], SeenBy(session));
    }

    [Rule("T100", Title = "Short term", Category = "Term", Severity = Severity.Warning, Source = "test")]
    private sealed class YieldFlag : Rule
    {
        public override void Define()
        {
            Term term = null!;
            When().Match(() => term, t => t.Years < 70);
            Then().Yield(ctx => new Flagged(term));
        }
    }

    [Fact]
    public void Yield_TheMatchGoesAway_TheYieldedFactIsRetracted()
    {
        ISession session = Session(new YieldFlag());
        session.InsertAll([Life50, Publication50]);
        session.Fire();
        Assert.Equal(2, session.Query<Flagged>().Count());

        session.Retract(Life50);

        Assert.Equal(Publication50, Assert.Single(session.Query<Flagged>()).Term);
    }

    public interface IRecommendation
    {
        int MinimumYears(string basis);
    }

    private sealed class Iipa2020 : IRecommendation
    {
        public int MinimumYears(string basis) => basis == "death" ? 70 : 95;
    }

    private sealed class BelowRecommendation : Rule
    {
        public override void Define()
        {
            IRecommendation recommendation = null!;
            Term term = null!;
            Dependency().Resolve(() => recommendation);
            When().Match(() => term);
            Then().Do(ctx => ctx.Insert(new Seen("Dependency", $"{term.Article}: {term.Years} of {recommendation.MinimumYears(term.Basis)}")));
        }
    }

    private sealed class Services(object service) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType.IsInstanceOfType(service) ? service : null;
    }

    [Fact]
    public void Dependency_ResolvedFromTheHost_IsGivenToTheAction()
    {
        ISessionFactory factory = SessionFactory.Create([new BelowRecommendation().GetDefinition()]);
        factory.DependencyResolver = new Services(new Iipa2020());
        ISession session = factory.CreateSession();
        session.InsertAll([Life50, Publication50]);

        session.Fire();

        Assert.Equal(["Dependency: 21: 50 of 70", "Dependency: 22: 50 of 95"], SeenBy(session));
    }

    [Fact]
    public void Dependency_HostProvidesNone_IsAnActionErrorNamingTheRuleAndTheService()
    {
        ISession session = Session(new BelowRecommendation());
        session.Insert(Life50);

        session.Fire();

        RuleError error = Assert.Single(session.Errors);
        Assert.Equal(RuleErrorKind.Action, error.Kind);
        Assert.Equal("Rule 'BelowRecommendation' threw InvalidOperationException in its action on Term { Article = 21, Years = 50, Basis = death }: "
            + "Rule 'BelowRecommendation' depends on IRecommendation 'recommendation', which the host did not provide (set the session's DependencyResolver).",
            error.Message);
    }

    [Rule("T200", Title = "Tagged", Category = "Term", Severity = Severity.Info, Source = "test")]
    [Name("TaggedRule")]
    [Description("Flags every term.")]
    [Tag("term")]
    [Tag("iipa")]
    [Priority(5)]
    private sealed class Metadata : Rule
    {
        public override void Define()
        {
            When().Match<Term>();
            Then().Do(ctx => ctx.Halt());
        }
    }

    [Fact]
    public void Metadata_Attributes_AreOnTheDefinition()
    {
        var definition = new Metadata().GetDefinition();

        Assert.Equal(("TaggedRule", "Flags every term.", 5, "iipa,term", "T200"),
            (definition.Name, definition.Description, definition.Priority, string.Join(",", definition.Tags.Order(StringComparer.Ordinal)), definition.Descriptor!.Id));
    }

    private sealed class MatchedTwice : Rule
    {
        public override void Define()
        {
            Term term = null!;
            When().Match(() => term).Match(() => term);
            Then().Do(ctx => ctx.Halt());
        }
    }

    private sealed class UsedAfterPartialOr : Rule
    {
        public override void Define()
        {
            Term term = null!;
            Category category = null!;
            When()
                .Or(x => x.Match(() => term).Match(() => category))
                .Having(() => term.Years > 0);
            Then().Do(ctx => ctx.Halt());
        }
    }

    private sealed class DependencyInCondition : Rule
    {
        public override void Define()
        {
            IRecommendation recommendation = null!;
            Dependency().Resolve(() => recommendation);
            When().Match<Term>(t => t.Years < recommendation.MinimumYears(t.Basis));
            Then().Do(ctx => ctx.Halt());
        }
    }

    private sealed class QueryWithoutAggregate : Rule
    {
        public override void Define()
        {
            Term term = null!;
            When().Query(() => term, q => q.Match<Term>().Where(t => t.Years < 70));
            Then().Do(ctx => ctx.Halt());
        }
    }

    [Theory]
    [InlineData(typeof(MatchedTwice), "Rule 'MatchedTwice': the variable 'term' is matched twice.")]
    [InlineData(typeof(UsedAfterPartialOr), "Rule 'UsedAfterPartialOr': 'term' is not matched in every alternative of Or(); match it in each alternative or after the group.")]
    [InlineData(typeof(DependencyInCondition), "Rule 'DependencyInCondition': 'recommendation' is a dependency; dependencies can only be used in Then().")]
    [InlineData(typeof(QueryWithoutAggregate), "Rule 'QueryWithoutAggregate': the query bound to 'term' has no Select, SelectMany, GroupBy, Collect or aggregate; use Match() to bind facts.")]
    public void GetDefinition_MalformedRule_ThrowsNamingTheRuleAndTheProblem(Type ruleType, string message)
    {
        var rule = (Rule)Activator.CreateInstance(ruleType)!;

        var exception = Assert.Throws<RuleDefinitionException>(rule.GetDefinition);

        Assert.Equal(message, exception.Message);
    }
}
