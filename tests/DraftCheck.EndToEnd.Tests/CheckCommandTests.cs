using DraftCheck.Cli;
using static DraftCheck.EndToEnd.Tests.InProcess;

namespace DraftCheck.EndToEnd.Tests;

/// <summary>The README's first command and its error paths, run in process.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "draftcheck-e2e-" + Guid.NewGuid().ToString("N"));

    public CheckCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Check_SampleA_ReportsIipa001AndIipa002AtArticle21AndExits1()
    {
        (int exitCode, string output, _) = Run("check", Samples.DraftA, "--rules", Samples.IipaPack);

        Assert.Equal(1, exitCode);
        Assert.Contains("  Article 21(1)\n    error IIPA001: Article 21(1) sets the term at life + 50 years after the author's death; IIPA recommends life + 70.\n      at \"the life of the author and fifty years after his death, expiring on December 31 of the fiftieth year after his death\"", output.Replace("\r\n", "\n"));
        Assert.Contains("error IIPA002: Article 21(2) sets a term of 50 years from publication", output);
        Assert.Contains("error IIPA002: Article 42(1) sets a term of 50 years from fixation of the recording", output);
        Assert.DoesNotContain("Article 36", output); // layout designs are out of scope
        Assert.EndsWith("17 errors, 13 warnings, 3 infos in 1 draft\n", output.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Check_SampleA_ExercisesEveryItemAndSatisfiesThePresumptionAndLinkingItems()
    {
        (_, string output, _) = Run("check", Samples.DraftA, "--rules", Samples.IipaPack, "--format", "json");

        var reported = Findings(output).Select(f => f.RuleId).ToHashSet();
        string[] all = ["IIPA001", "IIPA002", "IIPA010", "IIPA011", "IIPA012", "IIPA013", "IIPA014", "IIPA015", "IIPA016", "IIPA020", "IIPA021",
            "IIPA022", "IIPA023", "IIPA024", "IIPA030", "IIPA031", "IIPA040", "IIPA041", "IIPA050", "IIPA051", "IIPA052", "IIPA053", "IIPA054",
            "IIPA060", "IIPA061", "IIPA070", "IIPA071", "IIPA080"];
        // Article 11(4) presumes the person named on a work to be its author; Article 60 makes linking services disconnect links on notice.
        Assert.Equal(all.Except(["IIPA031", "IIPA053"]), all.Where(reported.Contains));
        Assert.Contains(("IIPA012", "art_61__para_1", "three days"), Findings(output));
        Assert.Contains(("IIPA011", "art_60__para_1", "after receiving the written notification"), Findings(output));
        Assert.Contains(("IIPA080", "art_8__para_3", "on behalf of all right holders"), Findings(output));
    }

    [Fact]
    public void Check_SampleB_HasNoTermFindings()
    {
        (int exitCode, string output, string error) = Run("check", Samples.DraftB, "--rules", Samples.IipaPack, "--format", "json");

        Assert.Equal(1, exitCode); // the items other than the term are left as in draft (a)
        Assert.DoesNotContain(Findings(output), f => f.RuleId is "IIPA001" or "IIPA002");
        Assert.Equal(string.Empty, error);
    }

    private static IEnumerable<(string RuleId, string ProvisionId, string Quote)> Findings(string json) =>
        System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("drafts")[0].GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("location").GetProperty("provisionId").GetString()!,
                f.GetProperty("location").GetProperty("quote").GetString()!))
            .ToList();

    [Fact]
    public void Check_SampleC_GivesTheSameTermFindingsAtTheChineseArticle21()
    {
        (int exitA, string outputA, _) = Run("check", Samples.DraftA, "--rules", Samples.IipaPack, "--format", "json");
        (int exitC, string outputC, _) = Run("check", Samples.DraftC, "--rules", Samples.IipaPack, "--format", "json");

        Assert.Equal((1, 1), (exitA, exitC));
        static IEnumerable<(string, string)> TermFindings(string json) =>
            Findings(json).Where(f => f.RuleId is "IIPA001" or "IIPA002").Select(f => (f.RuleId, f.ProvisionId));
        Assert.Equal(TermFindings(outputA), TermFindings(outputC));
        Assert.Contains("\"provision\": \"第二十一条第一款\"", outputC);
        Assert.Contains("\"quote\": \"保护期为作者终生及其死亡后五十年，截止于作者死亡后第五十年的12月31日\"", outputC);
    }

    [Fact]
    public void Check_RuleFileWithSyntaxError_PrintsMsBuildErrorAndExits2()
    {
        foreach (string file in Directory.GetFiles(Samples.IipaPack, "*.cs")) File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        string broken = Path.Combine(_folder, "IIPA001.cs");
        File.WriteAllText(broken, File.ReadAllText(broken).Replace("TermOfProtection term = null!;", "TermOfProtection term = null!", StringComparison.Ordinal));

        (int exitCode, string output, string error) = Run("check", Samples.DraftA, "--rules", _folder);

        Assert.Equal(2, exitCode);
        Assert.Matches(@"IIPA001\.cs\(\d+,\d+\): error CS1002: ; expected", error);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void Check_FileThatIsNotADocx_PrintsOneLineNamingTheFileAndStillChecksTheOthers()
    {
        string notADocx = Path.Combine(_folder, "notes.docx");
        File.WriteAllText(notADocx, "These are notes, not a Word file.");

        (int exitCode, string output, string error) = Run("check", notADocx, Samples.DraftB, "--rules", Samples.IipaPack);

        Assert.Equal(2, exitCode);
        Assert.Equal($"{notADocx}: error DC1002: not a Word file (.docx): the file is not a zip archive\n", error.Replace("\r\n", "\n"));
        Assert.Contains($"{Samples.DraftB}: 24 findings", output);
    }

    [Fact]
    public void Check_UnknownFormat_IsAUsageErrorWithExit2()
    {
        (int exitCode, _, string error) = Run("check", Samples.DraftA, "--format", "xml");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("draftcheck: error DC0001: Argument 'xml' not recognized.", error);
    }

    [Fact]
    public void Check_Json_IsByteForByteTheSameOnTwoRuns()
    {
        (_, string first, _) = Run("check", Samples.DraftA, Samples.DraftC, "--rules", Samples.IipaPack, "--format", "json");
        (_, string second, _) = Run("check", Samples.DraftA, Samples.DraftC, "--rules", Samples.IipaPack, "--format", "json");

        Assert.Equal(first, second);
    }
}
