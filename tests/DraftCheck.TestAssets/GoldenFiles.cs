using Xunit;

namespace DraftCheck.TestAssets;

/// <summary>
/// Golden files for whole outputs (Verify is not available here): a test compares its output with a file of the folder;
/// on a difference it writes <c>&lt;name&gt;.received</c> beside it and fails. To accept new output, run the tests with
/// <c>DRAFTCHECK_ACCEPT=1</c>, then review the diff of the folder before committing.
/// </summary>
/// <param name="folder">The folder of the golden files, as parts of a path under the repository root.</param>
public sealed class GoldenFiles(params string[] folder)
{
    /// <summary>Whether this run rewrites golden files instead of comparing.</summary>
    public static bool Accepting => Environment.GetEnvironmentVariable("DRAFTCHECK_ACCEPT") == "1";

    private string Folder => TestPaths.InRepository(folder);

    /// <summary>Asserts that <paramref name="actual"/> equals the golden file <paramref name="name"/> (line ends normalised to \n).</summary>
    public void Verify(string name, string actual)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        string path = Path.Combine(Folder, name);
        string received = path + ".received";
        if (Accepting)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
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
