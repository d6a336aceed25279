namespace DraftCheck.Syntax.Tests;

/// <summary>
/// Golden files under tests/DraftCheck.Syntax.Tests/: a test compares its output with the file; with DRAFTCHECK_ACCEPT=1
/// in the environment it rewrites the file instead, to be reviewed as a diff.
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string relativePath, string actual)
    {
        string path = TestPaths.InRepository("tests", "DraftCheck.Syntax.Tests", relativePath);
        if (Environment.GetEnvironmentVariable("DRAFTCHECK_ACCEPT") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"The golden file {path} is missing; run the tests with DRAFTCHECK_ACCEPT=1 to write it, then review it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
