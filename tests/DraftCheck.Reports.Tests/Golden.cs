namespace DraftCheck.Reports.Tests;

/// <summary>
/// Golden files for whole reports (Verify is not available here). A test compares its output with
/// <c>Golden/&lt;name&gt;</c>; on a difference it writes <c>&lt;name&gt;.received</c> beside it and fails. To accept
/// new output, run the tests with <c>DRAFTCHECK_ACCEPT=1</c>, then review the diff of Golden/ before committing.
/// </summary>
internal static class Golden
{
    /// <summary>Whether this run rewrites golden files instead of comparing.</summary>
    public static bool Accepting => Environment.GetEnvironmentVariable("DRAFTCHECK_ACCEPT") == "1";

    private static string Folder => TestPaths.InRepository("tests", "DraftCheck.Reports.Tests", "Golden");

    /// <summary>Asserts that <paramref name="actual"/> equals the golden file <paramref name="name"/> (line ends normalised to \n).</summary>
    public static void Verify(string name, string actual)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        string path = Path.Combine(Folder, name);
        string received = path + ".received";
        if (Accepting)
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, actual);
            File.Delete(received);
            return;
        }
        string? expected = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No golden file {path}. The output is in {received}; run with DRAFTCHECK_ACCEPT=1 to accept it."
            : $"The output differs from {path} (first difference at character {FirstDifference(expected, actual)}). " +
              $"See {received}; run with DRAFTCHECK_ACCEPT=1 to accept it, then review the diff.");
    }

    private static int FirstDifference(string a, string b)
    {
        int length = Math.Min(a.Length, b.Length);
        for (int i = 0; i < length; i++)
        {
            if (a[i] != b[i]) return i;
        }
        return length;
    }
}
