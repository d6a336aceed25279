using DraftCheck.Engine;
using DraftCheck.Model;
using DraftCheck.Rules;

namespace DraftCheck.Engine.Tests;

public sealed record Term(string Article, int Years, string Basis);

public sealed record Category(string Article, string Name);

public sealed record Flagged(Term Term);

[Rule("T001", Title = "Short term", Category = "Test", Severity = Severity.Error, Source = "test")]
public sealed class ShortTermRule : Rule
{
    public override void Define()
    {
        Term term = null!;
        When().Match(() => term, t => t.Basis == "death", t => t.Years < 70);
        Then().Do(ctx => ctx.Insert(new Flagged(term)));
    }
}

public sealed class JoinRule : Rule
{
    public override void Define()
    {
        Term term = null!;
        Category category = null!;
        When()
            .Match(() => term, t => t.Years < 95)
            .Match(() => category, c => c.Article == term.Article, c => c.Name == "film");
        Then().Do(ctx => ctx.Insert(new Flagged(term)));
    }
}

public sealed class NotRule : Rule
{
    public override void Define()
    {
        Term term = null!;
        When()
            .Match(() => term)
            .Not<Category>(c => c.Article == term.Article);
        Then().Do(ctx => ctx.Insert(new Flagged(term)));
    }
}

public sealed class ExistsRule : Rule
{
    public override void Define()
    {
        Term term = null!;
        When()
            .Match(() => term)
            .Exists<Category>(c => c.Article == term.Article);
        Then().Do(ctx => ctx.Insert(new Flagged(term)));
    }
}

/// <summary>Fires on what <see cref="ShortTermRule"/> derived: forward chaining.</summary>
public sealed class ChainedRule : Rule
{
    public override void Define()
    {
        Flagged flagged = null!;
        When().Match(() => flagged);
        Then().Do(ctx => ctx.Insert(new Category(flagged.Term.Article, "flagged")));
    }
}

public sealed class ThrowingRule : Rule
{
    public override void Define()
    {
        Term term = null!;
        When().Match(() => term, t => 100 / (t.Years - t.Years) > 0);
        Then().Do(ctx => ctx.Insert(new Flagged(term)));
    }
}

/// <summary>Each firing inserts a new fact that matches again: the cycle bound must stop it.</summary>
public sealed class RunawayRule : Rule
{
    public override void Define()
    {
        Term term = null!;
        When().Match(() => term);
        Then().Do(ctx => ctx.Insert(new Term(term.Article, term.Years + 1, term.Basis)));
    }
}

public class SessionTests
{
    private static ISession Session(params Rule[] rules) =>
        SessionFactory.Create(rules.Select(r => r.GetDefinition()), new EngineOptions { MaxFirings = 50 }).CreateSession();

    [Fact]
    public void Fire_SinglePatternWithTwoConditions_FiresOncePerMatchingFact()
    {
        ISession session = Session(new ShortTermRule());
        session.InsertAll([new Term("21", 50, "death"), new Term("22", 70, "death"), new Term("23", 50, "publication")]);

        int fired = session.Fire();

        Assert.Equal(1, fired);
        Assert.Equal("21", Assert.Single(session.Query<Flagged>()).Term.Article);
    }

    [Fact]
    public void Fire_JoinOnEarlierVariable_MatchesOnlyTheJoinedFacts()
    {
        ISession session = Session(new JoinRule());
        session.InsertAll([new Term("21", 50, "publication"), new Term("22", 50, "publication"), new Category("22", "film"), new Category("21", "photo")]);

        session.Fire();

        Assert.Equal("22", Assert.Single(session.Query<Flagged>()).Term.Article);
    }

    [Fact]
    public void Fire_NotAndExists_SplitTheTermsByWhetherACategoryExists()
    {
        ISession withNot = Session(new NotRule());
        ISession withExists = Session(new ExistsRule());
        object[] facts = [new Term("21", 50, "death"), new Term("22", 50, "death"), new Category("22", "film")];
        withNot.InsertAll(facts);
        withExists.InsertAll(facts);

        withNot.Fire();
        withExists.Fire();

        Assert.Equal("21", Assert.Single(withNot.Query<Flagged>()).Term.Article);
        Assert.Equal("22", Assert.Single(withExists.Query<Flagged>()).Term.Article);
    }

    [Fact]
    public void Fire_RuleMatchingADerivedFact_ChainsForward()
    {
        ISession session = Session(new ShortTermRule(), new ChainedRule());
        session.Insert(new Term("21", 50, "death"));

        session.Fire();

        Assert.Equal("flagged", Assert.Single(session.Query<Category>()).Name);
    }

    [Fact]
    public void Fire_ConditionThrows_RecordsAnErrorNamingTheRuleAndOtherRulesStillFire()
    {
        ISession session = Session(new ThrowingRule(), new ShortTermRule());
        session.Insert(new Term("21", 50, "death"));

        session.Fire();

        RuleError error = Assert.Single(session.Errors);
        Assert.Equal((nameof(ThrowingRule), RuleErrorKind.Condition), (error.RuleName, error.Kind));
        Assert.Contains("DivideByZeroException", error.Message);
        Assert.Single(session.Query<Flagged>());
    }

    [Fact]
    public void Fire_RulesRetriggeringForever_StopAtTheCycleBoundNamingTheRule()
    {
        ISession session = Session(new RunawayRule());
        session.Insert(new Term("21", 50, "death"));

        int fired = session.Fire();

        Assert.Equal(50, fired);
        RuleError error = Assert.Single(session.Errors);
        Assert.Equal((nameof(RunawayRule), RuleErrorKind.CycleLimit), (error.RuleName, error.Kind));
    }

    [Fact]
    public void GetDefinition_VariableUsedBeforeItIsMatched_ThrowsNamingTheVariable()
    {
        var exception = Assert.Throws<RuleDefinitionException>(() => new UseBeforeMatchRule().GetDefinition());

        Assert.Equal("Rule 'UseBeforeMatchRule': 'category' is used before it is matched; match it earlier in When().", exception.Message);
    }

    private sealed class UseBeforeMatchRule : Rule
    {
        public override void Define()
        {
            Term term = null!;
            Category category = null!;
            When()
                .Match(() => term, t => t.Article == category.Article)
                .Match(() => category);
            Then().Do(ctx => ctx.Insert(new Flagged(term)));
        }
    }
}
