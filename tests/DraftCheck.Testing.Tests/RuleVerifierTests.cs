using System.Collections.Immutable;
using DraftCheck.Checking;
using DraftCheck.Model;

namespace DraftCheck.Testing.Tests;

/// <summary>The test kit on rules compiled with the tests, and its failure messages word for word.</summary>
public sealed class RuleVerifierTests
{
    private static readonly RuleVerifier s_kit001 = RuleVerifier.ForRules(new TermBelowLifePlus70(), new TermFromPublication()).Only("KIT001");
    private static readonly RuleVerifier s_both = RuleVerifier.ForRules(new TermBelowLifePlus70(), new TermFromPublication());

    [Fact]
    public void Verify_MarkedTerm_PassesAndGivesSpansInTheProvisionText()
    {
        ImmutableArray<Finding> findings = s_kit001.Verify("Article 21 The term shall be [|the life of the author and fifty years after his death|].");

        Finding finding = Assert.Single(findings);
        Assert.Equal((new Span(29, 54), "Article 21 sets life + 50 years."), (finding.Location.Span, finding.Message));
    }

    [Fact]
    public void Verify_TextWithoutArticleLabel_IsCheckedAsArticle1()
    {
        Finding finding = Assert.Single(s_kit001.Verify("The term shall be [|the life of the author and fifty years after his death|]."));

        Assert.Equal("Article 1 sets life + 50 years.", finding.Message);
        Assert.Equal(new Span(18, 54), finding.Location.Span);
    }

    [Fact]
    public void Verify_ChineseWithoutArticleLabel_IsCheckedAsDiYiTiao()
    {
        Finding finding = Assert.Single(s_kit001.Verify("公民的作品，其发表权的[|保护期为作者终生及其死亡后五十年，截止于作者死亡后第五十年的12月31日|]。"));

        Assert.Equal("第一条 sets life + 50 years.", finding.Message);
    }

    [Fact]
    public void Verify_MarkWithoutFinding_FailsSayingWhatWasExpected()
    {
        var failure = Assert.Throws<RuleAssertionException>(() =>
            s_kit001.Verify("The term shall be the life of the author and [|seventy years after his death|]."));

        Assert.Equal("""
            KIT001 on "The term shall be the life of the author and seventy years after his death.": 1 problem
              expected a finding at [45..74) "seventy years after his death", got none there
            No findings.
            """.ReplaceLineEndings(), failure.Message);
    }

    [Fact]
    public void Verify_FindingWithoutMark_FailsListingTheFinding()
    {
        var failure = Assert.Throws<RuleAssertionException>(() =>
            s_kit001.Verify("The term shall be the life of the author and fifty years after his death."));

        Assert.Equal("""
            KIT001 on "The term shall be the life of the author and fifty years after his death.": 1 problem
              unexpected finding KIT001 at [18..72) "the life of the author and fifty years after his death": Article 1 sets life + 50 years.
            Findings:
              KIT001 error [18..72) "the life of the author and fifty years after his death": Article 1 sets life + 50 years.
            """.ReplaceLineEndings(), failure.Message);
    }

    [Fact]
    public void Verify_MarkOnTheWrongWords_FailsWithBothSides()
    {
        var failure = Assert.Throws<RuleAssertionException>(() =>
            s_kit001.Verify("The term shall be the life of the author and [|fifty years|] after his death."));

        Assert.Contains("expected a finding at [45..56) \"fifty years\", got none there", failure.Message);
        Assert.Contains("unexpected finding KIT001 at [18..72)", failure.Message);
    }

    [Fact]
    public void Verify_NamedMarks_MatchOnlyTheRuleTheyName()
    {
        const string Provision = "Article 2 Copyright endures for {|KIT001:the life of the author and fifty years after his death|}; "
            + "for works of legal persons, the term is {|KIT002:fifty years after the first publication|}.";

        ImmutableArray<Finding> findings = s_both.Verify(Provision);

        Assert.Equal(["KIT001", "KIT002"], findings.Select(f => f.RuleId));
        Assert.Throws<RuleAssertionException>(() => s_both.Verify(Provision.Replace("{|KIT002:", "{|KIT001:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Only_UnknownRule_ThrowsNamingTheRulesThereAre()
    {
        var error = Assert.Throws<ArgumentException>(() => s_both.Only("KIT009"));

        Assert.StartsWith("No rule KIT009 in rules; the rules are KIT001, KIT002.", error.Message);
    }

    [Fact]
    public void VerifyFix_AmendsEveryMentionOfTheYears()
    {
        Finding finding = s_kit001.VerifyFix(
            "The term shall be [|the life of the author and fifty years after his death, expiring on December 31 of the fiftieth year after his death|].",
            "The term shall be the life of the author and seventy years after his death, expiring on December 31 of the seventieth year after his death.");

        Assert.Equal("Extend the term to 70 years", finding.Fix!.Title);
    }

    [Fact]
    public void VerifyFix_OtherWording_FailsShowingBothAndWhereTheyDiffer()
    {
        var failure = Assert.Throws<RuleAssertionException>(() => s_kit001.VerifyFix(
            "The term shall be [|the life of the author and fifty years after his death|].",
            "The term shall be the life of the author and 70 years after his death."));

        Assert.Equal("""
            The fix "Extend the term to 70 years" of KIT001 gives different wording.
              expected: The term shall be the life of the author and 70 years after his death.
              actual:   The term shall be the life of the author and seventy years after his death.
              first difference at 45: expected "70 years after his death.", actual "seventy years after his death."
            """.ReplaceLineEndings().TrimEnd(), failure.Message);
    }

    [Fact]
    public void VerifyNoFindings_TermThatMeetsTheRecommendation_Passes() =>
        s_kit001.VerifyNoFindings("The term shall be the life of the author and seventy years after his death.");

    [Fact]
    public void VerifyNoFindings_TextWithMarkup_IsAMistakeOfTheTest() =>
        Assert.Throws<ArgumentException>(() => s_kit001.VerifyNoFindings("[|fifty|] years"));

    [Fact]
    public void VerifyExamples_DeclaredExamplesThatHold_ReturnsTheOutcomes()
    {
        ImmutableArray<ExampleOutcome> outcomes = s_kit001.VerifyExamples();

        Assert.Equal([(true, true), (false, true)], outcomes.Select(o => (o.Example.Fires, o.Passed)));
    }

    [Fact]
    public void VerifyExamples_ExampleThatDoesNotHold_FailsListingIt()
    {
        var failure = Assert.Throws<RuleAssertionException>(() => s_both.Only("KIT002").VerifyExamples());

        Assert.Equal("""
            1 of 2 examples failed:
              KIT002 does not fire on "The term of protection shall be fifty years after the first publication."
                expected no finding of KIT002, got one at [32..71) "fifty years after the first publication": Article 1 counts the term from publication.
            """.ReplaceLineEndings().TrimEnd(), failure.Message);
    }

    [Fact]
    public void Run_RuleThatThrows_FailsWithTheRuleError()
    {
        RuleVerifier verifier = RuleVerifier.ForRules(new Throwing());

        var failure = Assert.Throws<RuleAssertionException>(() => verifier.Run("The term shall be fifty years after the first publication."));

        Assert.Contains("DC3001: Rule 'KIT003' threw ArgumentOutOfRangeException in its action", failure.Message);
    }

    [Fact]
    public void ForPack_PackThatDoesNotCompile_ThrowsListingItsErrors()
    {
        string folder = Path.Combine(Path.GetTempPath(), "draftcheck-kit-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "Broken.cs"), "public sealed class Broken : Rule {");

            var failure = Assert.Throws<RuleAssertionException>(() => RuleVerifier.ForPack(folder));

            Assert.StartsWith($"The rule pack {folder} does not compile:", failure.Message);
            Assert.Contains("error CS1513: } expected", failure.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
