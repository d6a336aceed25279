using System.Text.Json;
using DraftCheck.Cli;
using static DraftCheck.EndToEnd.Tests.InProcess;

namespace DraftCheck.EndToEnd.Tests;

/// <summary><c>draftcheck check</c> over folders, patterns and many drafts at once, run in process.</summary>
public sealed class BatchCheckTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "draftcheck-batch-" + Guid.NewGuid().ToString("N"));

    public BatchCheckTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // The lines of the error stream about the drafts and inputs of this test (not about the rule packs it loads).
    private IEnumerable<string> ErrorLinesAbout(string error, params string[] names) =>
        error.Split('\n').Where(line => line.StartsWith(_folder, StringComparison.Ordinal) || names.Any(n => line.StartsWith(n, StringComparison.Ordinal)));

    private string Copy(string sample, params string[] relative)
    {
        string path = Path.Combine([_folder, .. relative]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(sample, path);
        return path;
    }

    private string WriteNotADocx(params string[] relative)
    {
        string path = Path.Combine([_folder, .. relative]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "These are notes, not a Word file.");
        return path;
    }

    private static string[] ReportedDrafts(string json) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("drafts").EnumerateArray().Select(d => d.GetProperty("path").GetString()!)];

    [Fact]
    public void Check_Folder_ChecksEveryDocxInSubfoldersInPathOrderButNotLockFilesHiddenFoldersOrOtherFiles()
    {
        Copy(Samples.DraftB, "zeta.docx");
        Copy(Samples.DraftA, "chapters", "b.docx");
        Copy(Samples.DraftC, "chapters", "A.DOCX");
        Copy(Samples.DraftA, "chapters", "~$b.docx"); // Word's lock file beside an open draft
        Copy(Samples.DraftA, ".history", "old.docx");
        Copy(Samples.DraftA, "chapters", "b.docm"); // folders yield .docx only
        File.WriteAllText(Path.Combine(_folder, "chapters", "readme.txt"), "not a draft");

        (int exitCode, string output, _) = Run("check", _folder, "--rules", Samples.IipaPack, "--format", "json");

        Assert.Equal(1, exitCode);
        Assert.Equal(
            [Path.Combine(_folder, "chapters", "A.DOCX"), Path.Combine(_folder, "chapters", "b.docx"), Path.Combine(_folder, "zeta.docx")],
            ReportedDrafts(output));
    }

    [Fact]
    public void Check_GlobPattern_ChecksTheMatchingDraftsUnderItsFolderInPathOrder()
    {
        Copy(Samples.DraftB, "drafts", "2020", "second.docx");
        Copy(Samples.DraftA, "drafts", "2019", "first.docx");
        Copy(Samples.DraftA, "drafts", "top.docx");
        Copy(Samples.DraftA, "other", "elsewhere.docx");

        (int exitCode, string output, _) = Run("check", Path.Combine(_folder, "drafts", "*", "*.docx"), "--rules", Samples.IipaPack, "--format", "json");

        Assert.Equal(1, exitCode);
        Assert.Equal([Path.Combine(_folder, "drafts", "2019", "first.docx"), Path.Combine(_folder, "drafts", "2020", "second.docx")], ReportedDrafts(output));
    }

    [Fact]
    public void Check_RecursiveGlobPattern_MatchesAtEveryDepthButNotInHiddenFolders()
    {
        Copy(Samples.DraftA, "drafts", "top.docx");
        Copy(Samples.DraftB, "drafts", "2020", "deep", "second.docx");
        Copy(Samples.DraftB, "drafts", ".git", "copy.docx");

        (_, string output, _) = Run("check", Path.Combine(_folder, "drafts", "**", "*.docx"), "--rules", Samples.IipaPack, "--format", "json");

        Assert.Equal([Path.Combine(_folder, "drafts", "2020", "deep", "second.docx"), Path.Combine(_folder, "drafts", "top.docx")], ReportedDrafts(output));
    }

    [Fact]
    public void Check_PatternWithQuestionMarkAndSet_ChecksTheDraftsItMatches()
    {
        Copy(Samples.DraftA, "law-1.docx");
        Copy(Samples.DraftB, "law-2.docx");
        Copy(Samples.DraftC, "law-3.docx");
        Copy(Samples.DraftC, "law-10.docx");

        (_, string single, _) = Run("check", Path.Combine(_folder, "law-?.docx"), "--rules", Samples.IipaPack, "--format", "json");
        (_, string set, _) = Run("check", Path.Combine(_folder, "law-[!2].docx"), "--rules", Samples.IipaPack, "--format", "json");

        Assert.Equal([Path.Combine(_folder, "law-1.docx"), Path.Combine(_folder, "law-2.docx"), Path.Combine(_folder, "law-3.docx")], ReportedDrafts(single));
        Assert.Equal([Path.Combine(_folder, "law-1.docx"), Path.Combine(_folder, "law-3.docx")], ReportedDrafts(set));
    }

    [Fact]
    public void Check_PatternAndFolderMatchingNothing_PrintOneLineEachExit2AndStillCheckTheOthers()
    {
        string draft = Copy(Samples.DraftB, "b.docx");
        string empty = Path.Combine(_folder, "empty");
        Directory.CreateDirectory(empty);
        string pattern = Path.Combine(_folder, "nowhere", "*.docx");

        (int exitCode, string output, string error) = Run("check", pattern, draft, empty, "--rules", Samples.IipaPack);

        Assert.Equal(2, exitCode);
        Assert.Equal(
            [$"{pattern}: error DC1001: no Word draft (.docx) matches this pattern", $"{empty}: error DC1001: the folder holds no Word draft (.docx)"],
            ErrorLinesAbout(error));
        Assert.StartsWith($"{draft}: 24 findings\n", output);
        Assert.EndsWith("8 errors, 13 warnings, 3 infos in 1 draft\n", output);
    }

    [Fact]
    public void Check_OnlyInputsMatchingNothing_Exits2WithoutAReport()
    {
        string pattern = Path.Combine(_folder, "*.docx");

        (int exitCode, string output, string error) = Run("check", pattern, "--rules", Samples.IipaPack);

        Assert.Equal(2, exitCode);
        Assert.Equal($"{pattern}: error DC1001: no Word draft (.docx) matches this pattern\n", error);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void Check_SameDraftThroughAFileAFolderAndAPattern_IsCheckedOnceWhereItFirstAppears()
    {
        string draft = Copy(Samples.DraftA, "a.docx");
        string other = Copy(Samples.DraftB, "b.docx");

        (_, string output, _) = Run("check", other, _folder, Path.Combine(_folder, "*.docx"), Path.Combine(_folder, ".", "a.docx"),
            "--rules", Samples.IipaPack, "--format", "json");

        Assert.Equal([other, draft], ReportedDrafts(output));
    }

    [Fact]
    public void Check_GoodAndBrokenDrafts_ExitsWithTheWorstOutcomeReportsTheGoodOnesAndListsTheFailedOnes()
    {
        string good = Copy(Samples.DraftB, "1-good.docx");
        string broken = WriteNotADocx("2-notes.docx");
        string missing = Path.Combine(_folder, "3-missing.docx");

        (int exitCode, string output, string error) = Run("check", good, broken, missing, "--rules", Samples.IipaPack);

        Assert.Equal(2, exitCode);
        Assert.Equal(
            [$"{broken}: error DC1002: not a Word file (.docx): the file is not a zip archive", $"{missing}: error DC1001: file not found"],
            ErrorLinesAbout(error));
        Assert.StartsWith($"{good}: 24 findings\n", output);
        Assert.Contains($"\n{broken}: not checked (DC1002)\n", output);
        Assert.EndsWith(
            "8 errors, 13 warnings, 3 infos in 3 drafts (2 could not be read)\n" +
            "2 drafts failed:\n" +
            $"  {broken}: error DC1002: not a Word file (.docx): the file is not a zip archive\n" +
            $"  {missing}: error DC1001: file not found\n",
            output);
    }

    [Fact]
    public void Check_RuleThrowingOnOneDraft_Exits3ReportsTheOtherDraftAndNamesTheRule()
    {
        string pack = WriteThrowingPack();
        string english = Copy(Samples.DraftA, "a.docx");
        string chinese = Copy(Samples.DraftC, "c.docx");

        (int exitCode, string output, string error) = Run("check", english, chinese, "--rules", pack, "--parallel", "2");

        Assert.Equal(3, exitCode);
        Assert.StartsWith($"{english}: 2 findings\n", output);
        // Article 21(1) and 21(2) of draft (c) both count from the author's death: the rule threw on each.
        string[] aboutDrafts = [.. error.Split('\n').Where(line => line.StartsWith(english, StringComparison.Ordinal) || line.StartsWith(chinese, StringComparison.Ordinal))];
        Assert.Equal(2, aboutDrafts.Length);
        Assert.All(aboutDrafts, line => Assert.StartsWith($"{chinese}: error DC3001: Rule 'TERM001' threw InvalidOperationException in its action on TermOfProtection", line));
        Assert.Contains($"\n1 draft failed:\n  {chinese}: error DC3001: Rule 'TERM001' threw InvalidOperationException in its action", output);
        Assert.EndsWith(": a Chinese term (and 1 more)\n", output);
    }

    // One rule that reports each term counted from the author's death, and throws on the Chinese wording of one.
    private string WriteThrowingPack()
    {
        string pack = Path.Combine(_folder, "pack");
        Directory.CreateDirectory(pack);
        File.WriteAllText(Path.Combine(pack, "pack.json"), """
            { "name": "throwing", "prefix": "TERM", "version": "1.0.0", "description": "Throws on Chinese terms.", "source": "tests", "retiredIds": [] }
            """);
        File.WriteAllText(Path.Combine(pack, "TERM001.cs"), """
            namespace DraftCheck.Packs.Throwing;

            [Rule("TERM001", Title = "Term after death", Category = "Term", Severity = Severity.Warning, Source = "tests",
                Description = "Reports each term counted from the author's death.")]
            public sealed class TermAfterDeath : Rule
            {
                public override void Define()
                {
                    TermOfProtection term = null!;

                    When()
                        .Match(() => term, t => t.Basis == TermBasis.AuthorsDeath);

                    Then()
                        .Do(ctx => ctx.Report(term, Message(term)));
                }

                private static string Message(TermOfProtection term) =>
                    term.Text.Contains("死亡") ? throw new InvalidOperationException("a Chinese term") : $"{term.Provision.Label} counts the term from the author's death.";
            }
            """);
        return pack;
    }

    [Fact]
    public void Check_Parallel1And4_WriteTheSameBytesInEveryFormat()
    {
        Copy(Samples.DraftC, "d", "c1.docx");
        Copy(Samples.DraftA, "d", "a1.docx");
        WriteNotADocx("d", "broken.docx");
        Copy(Samples.DraftB, "d", "b1.docx");
        Copy(Samples.DraftA, "d", "sub", "a2.docx");
        Copy(Samples.DraftC, "d", "c2.docx");
        string folder = Path.Combine(_folder, "d");

        foreach (string format in new[] { "text", "json", "sarif" })
        {
            (int sequentialExit, string sequential, string sequentialError) = Run("check", folder, "--rules", Samples.IipaPack, "--format", format, "--parallel", "1");
            (int parallelExit, string parallel, string parallelError) = Run("check", folder, "--rules", Samples.IipaPack, "--format", format, "--parallel", "4");

            Assert.Equal((2, sequential, sequentialError), (parallelExit, parallel, parallelError));
            Assert.Equal(2, sequentialExit);
        }
    }

    [Fact]
    public void Check_ManyDraftsWithStreamsRedirected_WritesNoEscapeCodes()
    {
        for (int i = 0; i < 6; i++) Copy(Samples.DraftA, $"a{i}.docx");

        (int exitCode, string output, string error) = Run("check", _folder, "--rules", Samples.IipaPack, "--parallel", "2");

        Assert.Equal(1, exitCode);
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u001b', error);
        Assert.EndsWith("102 errors, 78 warnings, 18 infos in 6 drafts\n", output);
    }

    [Fact]
    public void Check_ParallelZero_IsAUsageError()
    {
        (int exitCode, _, string error) = Run("check", Samples.DraftA, "--parallel", "0");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("draftcheck: error DC0001: --parallel must be at least 1.\n", error);
    }

    [Fact]
    public void Check_AnnotateWithAFolderOfTwoDrafts_IsAUsageErrorBeforeAnyCheck()
    {
        Copy(Samples.DraftA, "a.docx");
        Copy(Samples.DraftB, "b.docx");

        (int exitCode, string output, string error) = Run("check", _folder, "--annotate", Path.Combine(_folder, "out.docx"), "--rules", Samples.IipaPack);

        Assert.Equal(2, exitCode);
        Assert.Equal("draftcheck: error DC0001: --annotate takes one draft, and the inputs name 2; use --annotate-dir <dir> to annotate several.\n", error);
        Assert.Equal(string.Empty, output);
    }
}
