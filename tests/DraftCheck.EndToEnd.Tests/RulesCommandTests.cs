using System.Text.Json;
using DraftCheck.Cli;
using static DraftCheck.EndToEnd.Tests.InProcess;

namespace DraftCheck.EndToEnd.Tests;

/// <summary><c>draftcheck rules list|validate|test</c>, <c>explain</c> and <c>query</c>, run in process.</summary>
public sealed class RulesCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "draftcheck-rules-" + Guid.NewGuid().ToString("N"));

    public RulesCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string CopyOfIipaPack()
    {
        string pack = Path.Combine(_folder, "iipa-2020");
        Directory.CreateDirectory(pack);
        foreach (string file in Directory.GetFiles(Samples.IipaPack)) File.Copy(file, Path.Combine(pack, Path.GetFileName(file)));
        return pack;
    }

    [Fact]
    public void RulesList_IipaPack_PrintsIdSeverityCategoryAndTitle()
    {
        (int exitCode, string output, string error) = Run("rules", "list", Samples.IipaPack, "--no-cache");

        Assert.Equal((0, string.Empty), (exitCode, error));
        Assert.Equal($"""
            iipa-2020 0.2.0 ({Samples.IipaPack}): 28 rules
              IIPA001  error    Term                   Term for works of natural persons is below life + 70 years
              IIPA002  error    Term                   Term calculated from publication (or creation) is below 95 years / 75 years
              IIPA010  error    SafeHarbour            Safe harbour not limited to passive and neutral intermediaries
              IIPA011  error    SafeHarbour            Safe harbour is lost only on notice, not on other knowledge
              IIPA012  error    SafeHarbour            Takedown is not required to be expeditious
              IIPA013  warning  SafeHarbour            No obligation to keep infringing content down
              IIPA014  warning  SafeHarbour            No repeat-infringer policy
              IIPA015  warning  SafeHarbour            Content is restored on a bare counter-notice
              IIPA016  warning  SafeHarbour            No joint liability for services that encourage infringement
              IIPA020  error    TechnologicalMeasures  TPM definition does not cover access controls
              IIPA021  error    TechnologicalMeasures  Circumvention is unlawful only where it infringes
              IIPA022  error    TechnologicalMeasures  Trafficking in circumvention tools not fully covered
              IIPA023  error    TechnologicalMeasures  No criminal liability for circumvention or trafficking
              IIPA024  info     TechnologicalMeasures  Standing when the TPM was applied by a licensee
              IIPA030  error    MakingAvailable        Right of communication over information networks follows the server principle
              IIPA031  warning  MakingAvailable        No remedy against apps and linking services for remotely hosted content
              IIPA040  error    Broadcasting           Internet retransmission and live streaming not covered
              IIPA041  error    Broadcasting           No public performance and broadcasting rights for sound recording producers
              IIPA050  warning  Remedies               No injunctions against intermediaries, including access providers
              IIPA051  error    Remedies               No punitive damages
              IIPA052  warning  Remedies               Statutory damages ceiling not raised
              IIPA053  warning  Remedies               No presumption of ownership
              IIPA054  info     Remedies               No enhanced penalties for repeat infringers
              IIPA060  warning  Exceptions             Exceptions not confined by the three-step test
              IIPA061  warning  Exceptions             Open-ended exception
              IIPA070  error    Criminal               Criminal liability requires a profit motive
              IIPA071  warning  Criminal               Transfer to criminal authorities not on reasonable suspicion
              IIPA080  info     CollectiveManagement   Extended collective management

            """, output);
    }

    [Fact]
    public void RulesList_Json_GivesEveryRuleWithItsSource()
    {
        (int exitCode, string output, _) = Run("rules", "list", Samples.IipaPack, "--format", "json", "--no-cache");

        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement pack = json.RootElement.GetProperty("packs")[0];
        Assert.Equal(0, exitCode);
        Assert.Equal(("iipa-2020", "0.2.0"), (pack.GetProperty("name").GetString(), pack.GetProperty("version").GetString()));
        Assert.Equal(["IIPA001", "IIPA002", "IIPA010", "IIPA011", "IIPA012", "IIPA013", "IIPA014", "IIPA015", "IIPA016", "IIPA020", "IIPA021", "IIPA022", "IIPA023", "IIPA024", "IIPA030", "IIPA031", "IIPA040", "IIPA041", "IIPA050", "IIPA051", "IIPA052", "IIPA053", "IIPA054", "IIPA060", "IIPA061", "IIPA070", "IIPA071", "IIPA080"], pack.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.All(pack.GetProperty("rules").EnumerateArray(), r => Assert.StartsWith("IIPA 2020 Special 301 Report, China, ", r.GetProperty("source").GetString()));
    }

    [Fact]
    public void RulesValidate_IipaPack_IsValidAndExits0()
    {
        (int exitCode, string output, _) = Run("rules", "validate", Samples.IipaPack);

        Assert.Equal((0, $"{Samples.IipaPack}: valid: 71 rules, 0 errors, 0 warnings\n"), (exitCode, output));
    }

    [Fact]
    public void RulesValidate_PackUsingFiles_PrintsTheRefusalAndExits1()
    {
        string pack = CopyOfIipaPack();
        string rule = Path.Combine(pack, "IIPA001.cs");
        File.WriteAllText(rule, File.ReadAllText(rule).Replace("t => t.Years < 70)", "t => t.Years < 70, t => !System.IO.File.Exists(t.Text))", StringComparison.Ordinal));
        int line = Array.FindIndex(File.ReadAllLines(rule), l => l.Contains("System.IO.File", StringComparison.Ordinal)) + 1;
        int column = File.ReadAllLines(rule)[line - 1].IndexOf("System.IO.File", StringComparison.Ordinal) + 1;

        (int exitCode, string output, _) = Run("rules", "validate", pack);

        Assert.Equal(1, exitCode);
        Assert.Equal($"""
            {rule}({line},{column}): error DC2101: 'System.IO.File.Exists(string?)' is refused: rule packs may not use files and folders (System.IO)
            {pack}: invalid: 1 error, 0 warnings

            """, output);
    }

    [Fact]
    public void RulesValidate_WarningWithWarnAsError_Exits1()
    {
        string pack = CopyOfIipaPack();
        string rule = Path.Combine(pack, "IIPA002.cs");
        File.WriteAllText(rule, string.Join('\n', File.ReadAllLines(rule).Where(l => !l.StartsWith("[Fires(", StringComparison.Ordinal) && !l.StartsWith("    Note = \"中华", StringComparison.Ordinal) && !l.Contains("Article 21(3)", StringComparison.Ordinal))));

        (int lenient, _, _) = Run("rules", "validate", pack);
        (int strict, string output, _) = Run("rules", "validate", pack, "--warnaserror");

        Assert.Equal((0, 1), (lenient, strict));
        Assert.Contains("warning DC2213: rule IIPA002 declares no [Fires(\"...\")] example", output);
    }

    [Fact]
    public void Check_PackWithAWarning_KeepsTheWarningForTheAuthoringCommands()
    {
        string pack = CopyOfIipaPack();
        string rule = Path.Combine(pack, "IIPA002.cs");
        File.WriteAllText(rule, string.Join('\n', File.ReadAllLines(rule).Where(l => !l.StartsWith("[Fires(", StringComparison.Ordinal) && !l.StartsWith("    Note = \"中华", StringComparison.Ordinal) && !l.Contains("Article 21(3)", StringComparison.Ordinal))));

        (int checkExit, _, string checkError) = Run("check", Samples.DraftA, "--rules", pack, "--no-cache");
        (_, string testOutput, string testError) = Run("rules", "test", pack, "--no-cache");

        Assert.Equal((1, ""), (checkExit, checkError));
        Assert.Contains("warning DC2213: rule IIPA002 declares no [Fires(\"...\")] example", testOutput + testError);
    }

    [Fact]
    public void RulesValidate_FolderThatDoesNotExist_Exits2()
    {
        string missing = Path.Combine(_folder, "missing");

        (int exitCode, string output, _) = Run("rules", "validate", missing);

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"{missing}: error DC2001: rule pack folder not found\n", output);
    }

    [Fact]
    public void RulesValidate_Sarif_WritesOnlyTheSarifLog()
    {
        string pack = CopyOfIipaPack();
        File.AppendAllText(Path.Combine(pack, "IIPA001.cs"), "\nclass Broken {");

        (int exitCode, string output, _) = Run("rules", "validate", pack, "--format", "sarif");

        using JsonDocument sarif = JsonDocument.Parse(output);
        JsonElement result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal(1, exitCode);
        Assert.Equal(("CS1513", "error", "} expected"), (result.GetProperty("ruleId").GetString(), result.GetProperty("level").GetString(), result.GetProperty("message").GetProperty("text").GetString()));
    }

    [Fact]
    public void RulesValidate_Help_SaysWhatEachExitCodeMeans()
    {
        (int exitCode, string output, _) = Run("rules", "validate", "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("Exit codes: 0 every pack is valid (warnings allowed); 1 a pack has errors (or warnings, with --warnaserror); 2 usage error or a pack folder that does not exist.", output.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal));
    }

    [Fact]
    public void RulesTest_IipaPack_RunsEveryExampleAndExits0()
    {
        (int exitCode, string output, _) = Run("rules", "test", Samples.IipaPack, "--no-cache");

        Assert.Equal(0, exitCode);
        Assert.Contains("  pass  IIPA001 does not fire on \"Copyright expires at the end of the period of 70 years from the end of the calendar yea...\"\n", output);
        Assert.EndsWith("112 passed, 0 failed\n", output);
    }

    [Fact]
    public void RulesTest_ExampleThatNoLongerHolds_PrintsWhyAndExits1()
    {
        string pack = CopyOfIipaPack();
        string rule = Path.Combine(pack, "IIPA001.cs");
        File.WriteAllText(rule, File.ReadAllText(rule).Replace("t => t.Years < 70)", "t => t.Years < 50)", StringComparison.Ordinal));

        (int exitCode, string output, _) = Run("rules", "test", pack, "--no-cache");

        Assert.Equal(1, exitCode);
        Assert.Contains("  FAIL  IIPA001 fires on \"Article 21 The term of protection for the right of publication and the rights provided ...\"\n          expected a finding of IIPA001, got none\n", output);
        Assert.EndsWith("110 passed, 2 failed\n", output);
    }

    [Fact]
    public void Explain_Iipa002_ShowsMetadataDescriptionAndExamples()
    {
        (int exitCode, string output, _) = Run("explain", "IIPA002", "--rules", Samples.IipaPack, "--no-cache");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("""
            IIPA002: Term calculated from publication (or creation) is below 95 years / 75 years

              severity  error
              category  Term
              source    IIPA 2020 Special 301 Report, China, "Copyright Law Amendments Should Be Improved", fn. 45
            """, output);
        Assert.Contains("Fires on (the finding points at the words in [|...|]):\n  - 录音录像制作者", output);
        Assert.Contains("Does not fire on:\n  - In the case of an anonymous work", output);
        Assert.Contains("    (17 U.S.C. § 302(c): 95 years from publication meets the recommendation)\n", output);
    }

    [Fact]
    public void Explain_UnknownRule_IsAUsageError()
    {
        (int exitCode, _, string error) = Run("explain", "IIPA999", "--rules", Samples.IipaPack, "--no-cache");

        Assert.Equal((2, "draftcheck: error DC0001: no rule IIPA999 in iipa-2020; 'draftcheck rules list' shows the rules\n"), (exitCode, error));
    }

    [Fact]
    public void Query_SampleA_ListsTheTermsBelowSeventyYearsWithTheirWords()
    {
        (int exitCode, string output, _) = Run("query", Samples.DraftA, "Facts.OfType<TermOfProtection>().Where(t => t.Basis == TermBasis.AuthorsDeath)");

        Assert.Equal(0, exitCode);
        Assert.Equal("""
            Article 21(1) [13831..13947) TermOfProtection Basis=AuthorsDeath Years=50 IncludesLife=True Categories=NaturalPerson YearMentions=[fifty(50), fiftieth(50)] YearsSpan=[13858..13863) IsRenewal=False RenewalYears=0 RenewalMentions=[] TotalYears=50 "the life of the author and fifty years after his death, expiring on December 31 of the fiftieth year after his death"
            Article 21(1) [14008..14066) TermOfProtection Basis=AuthorsDeath Years=50 IncludesLife=False Categories=NaturalPerson, JointWork YearMentions=[fiftieth(50)] YearsSpan=[14037..14045) IsRenewal=False RenewalYears=0 RenewalMentions=[] TotalYears=50 "expire on December 31 of the fiftieth year after the death"
            (2 results)

            """, output);
    }

    [Fact]
    public void Query_PlainTextDraft_CountsProvisions()
    {
        string draft = Path.Combine(_folder, "draft.txt");
        File.WriteAllText(draft, "Article 1 The term of protection shall be fifty years.\nArticle 2 This Law shall enter into force on 1 June 2021.\n");

        (int exitCode, string output, _) = Run("query", draft, "Provisions.Count(p => p.Kind == ProvisionKind.Article)");

        Assert.Equal((0, "2\n"), (exitCode, output));
    }

    [Fact]
    public void Query_ExpressionThatDoesNotCompile_PrintsTheCompilerErrorAndExits2()
    {
        (int exitCode, string output, string error) = Run("query", Samples.DraftA, "Facts.Count(");

        Assert.Equal((2, string.Empty), (exitCode, output));
        Assert.StartsWith("query(1,13): error CS1026: ) expected", error);
    }

    [Fact]
    public void Check_WithACacheFolder_GivesTheSameReportTwiceAndCachesThePack()
    {
        string cache = Path.Combine(_folder, "cache");

        (int first, string firstOutput, _) = Run("check", Samples.DraftA, "--rules", Samples.IipaPack, "--cache-dir", cache, "--format", "json");
        (int second, string secondOutput, _) = Run("check", Samples.DraftA, "--rules", Samples.IipaPack, "--cache-dir", cache, "--format", "json");
        (int uncached, string uncachedOutput, _) = Run("check", Samples.DraftA, "--rules", Samples.IipaPack, "--no-cache", "--format", "json");

        Assert.Equal((1, 1, 1), (first, second, uncached));
        Assert.Equal(firstOutput, secondOutput);
        Assert.Equal(firstOutput, uncachedOutput);
        Assert.Single(Directory.GetFiles(Path.Combine(cache, "packs"), "iipa-2020-*.dll"));
    }
}
