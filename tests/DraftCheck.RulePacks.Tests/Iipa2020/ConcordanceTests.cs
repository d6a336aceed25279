using System.Collections.Immutable;
using DraftCheck.Checking;
using DraftCheck.Compilation;
using DraftCheck.Findings;
using DraftCheck.Model;
using DraftCheck.Semantics;
using DraftCheck.Text;
using Xunit.Abstractions;

namespace DraftCheck.RulePacks.Tests.Iipa2020;

/// <summary>Every item of the iipa-2020 checklist ends in an assessment: violated, satisfied (with the words) or not applicable (with the reason).</summary>
public sealed class ConcordanceTests(ITestOutputHelper output)
{
    private static readonly Lazy<RulePack> s_pack = new(() =>
    {
        RulePackResult result = RulePackCompiler.Compile(TestPaths.InRepository("rules", "iipa-2020"), DraftChecker.RuleEnvironment);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Pack!;
    });

    private static Concordance Table(DraftResult result) => Concordance.Of(result, s_pack.Value.Descriptors);

    private static Concordance Check(string text, DraftScope? scope = null) =>
        Table(new DraftChecker([s_pack.Value], CheckOptions.Default with { Scope = scope }).Check(TextLayer.FromText(text), "test"));

    private Concordance Law(string name)
    {
        Concordance table = Check(Laws.Read(name));
        foreach (Assessment a in table.Items) output.WriteLine($"{a.ItemId} {a.Outcome} {a.Provision} | {a.Words}");
        return table;
    }

    private static string Row(Assessment a) => $"{a.ItemId} {a.Outcome} {a.Provision}: {a.Words}";

    [Fact]
    public void Concordance_SampleA_EveryItemIsViolatedExceptThePresumptionAndLinkingWhichArticles11And60Satisfy()
    {
        Concordance table = Table(new DraftChecker([s_pack.Value]).Check(Samples.DraftA));

        Assert.Equal((28, 26, 2, 0, 0), (table.Items.Length, table.Count(AssessmentOutcome.Violated), table.Count(AssessmentOutcome.Satisfied),
            table.Count(AssessmentOutcome.NotApplicable), table.Count(AssessmentOutcome.NotAssessed)));
        Assert.Equal(
        [
            "IIPA031 Satisfied Article 60: linking",
            "IIPA053 Satisfied Article 11(4): The citizen, legal person or other organization whose name is mentioned in connection with a work shall, in the absence of proof to the contrary, be deemed to be the author of the work.",
        ], table.Items.Where(a => a.Outcome == AssessmentOutcome.Satisfied).Select(Row));
        Assert.StartsWith("copyright law, every topic (inferred: its title names a copyright law (\"Copyright Law\")", table.Scope);
        Assert.All(table.Items, a => Assert.Equal(table.Scope, a.Scope));
    }

    [SkippableFact]
    public void Concordance_NetworkRegulations2013_TermDamagesAndCriminalItemsAreOutOfScope()
    {
        Concordance table = Law(Laws.PrcNetworkRegulations2013);

        Assessment term = table.Items.Single(a => a.ItemId == "IIPA001");
        Assert.Equal(AssessmentOutcome.NotApplicable, term.Outcome);
        Assert.StartsWith("out of scope: the draft's scope does not cover term (its title names regulations on the right of communication through information networks (\"信息网络传播权保护条例\")", term.Reason);
        Assert.Equal("信息网络传播权保护条例", term.Conclusions[0].Location.Quote);
        Assert.Equal(AssessmentOutcome.NotApplicable, table.Items.Single(a => a.ItemId == "IIPA051").Outcome);
        Assert.Equal(AssessmentOutcome.Violated, table.Items.Single(a => a.ItemId == "IIPA014").Outcome);
        Assert.Equal(0, table.Count(AssessmentOutcome.NotAssessed));
    }

    [Fact]
    public void Concordance_Usc17Section302a_LifePlusSeventySatisfiesIipa001WithTheWords()
    {
        Concordance table = Check("§ 302. Duration of copyright: Works created on or after January 1, 1978\n(a) In General.—Copyright in a work created on or after January 1, 1978, subsists from its creation and, except as provided by the following subsections, endures for a term consisting of the life of the author and 70 years after the author’s death.");

        Assessment item = table.Items.Single(a => a.ItemId == "IIPA001");
        Assert.Equal("IIPA001 Satisfied § 302(a): the life of the author and 70 years after the author’s death", Row(item));
        Assert.Equal("§ 302(a) sets the term at life + 70 years after the author's death, as IIPA recommends (life + 70).", item.Reason);
    }

    [Fact]
    public void Concordance_ConfiguredCopyrightLawScope_MissingPunitiveDamagesIsViolatedAndSaysTheScopeWasConfigured()
    {
        DraftScope scope = DraftScope.Configured(ScopeKind.CopyrightLaw, ScopeTopic.All, "the test configures a copyright law");
        Concordance table = Check("第四十九条\n侵犯著作权或者与著作权有关的权利的，侵权人应当按照权利人的实际损失给予赔偿。", scope);

        Assert.Equal(AssessmentOutcome.Violated, table.Items.Single(a => a.ItemId == "IIPA051").Outcome);
        Assert.Equal("copyright law, every topic (configured: the test configures a copyright law)", table.Scope);
    }

    [Fact]
    public void Concordance_ConfiguredDamagesOnly_TermItemIsNotApplicableBecauseOfTheConfiguredScope()
    {
        DraftScope scope = DraftScope.Configured(ScopeKind.Partial, ScopeTopic.Damages, "--scope damages");
        Concordance table = Check("第四十九条\n侵犯著作权或者与著作权有关的权利的，侵权人应当按照权利人的实际损失给予赔偿。", scope);

        Assessment term = table.Items.Single(a => a.ItemId == "IIPA002");
        Assert.Equal((AssessmentOutcome.NotApplicable, "out of scope: the configured scope does not cover term (--scope damages)"), (term.Outcome, term.Reason));
        Assert.True(term.Conclusions[0].Location.IsNone);
    }

    [Fact]
    public void Concordance_SameDraftTwice_SameAssessmentsInTheSameOrder()
    {
        string text = File.ReadAllText(TestPaths.InRepository("samples", "source", "draft-a.en.txt"));

        Assert.Equal(Check(text).Items.Select(a => Row(a) + string.Join("|", a.Conclusions.Select(c => c.Reason))),
            Check(text).Items.Select(a => Row(a) + string.Join("|", a.Conclusions.Select(c => c.Reason))));
    }

    [SkippableTheory]
    [InlineData(Laws.PrcCopyright2010)]
    [InlineData(Laws.Usc17)]
    [InlineData(Laws.EuInfoSoc)]
    [InlineData(Laws.UkCdpa)]
    public void Concordance_CorpusLaw_EveryItemEndsInAnAssessment(string law)
    {
        Concordance table = Law(law);

        Assert.Equal(28, table.Items.Length);
        Assert.Empty(table.Items.Where(a => a.Outcome == AssessmentOutcome.NotAssessed).Select(Row));
    }
}
