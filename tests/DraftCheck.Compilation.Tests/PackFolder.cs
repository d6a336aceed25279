using DraftCheck.Checking;

namespace DraftCheck.Compilation.Tests;

/// <summary>A rule pack written to a fresh temporary folder, deleted with the test.</summary>
public sealed class PackFolder : IDisposable
{
    public PackFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "draftcheck-pack-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a file of the pack and returns its full path.</summary>
    public string Write(string name, string text)
    {
        string path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The 1-based line of the first line of <paramref name="file"/> holding <paramref name="marker"/>.</summary>
    public int LineOf(string file, string marker) =>
        Array.FindIndex(File.ReadAllLines(System.IO.Path.Combine(Path, file)), l => l.Contains(marker, StringComparison.Ordinal)) + 1;

    /// <summary>The 1-based column of <paramref name="marker"/> on its line.</summary>
    public int ColumnOf(string file, string marker) =>
        File.ReadAllLines(System.IO.Path.Combine(Path, file)).First(l => l.Contains(marker, StringComparison.Ordinal)).IndexOf(marker, StringComparison.Ordinal) + 1;

    public RulePackResult Compile(RulePackOptions? options = null) =>
        RulePackCompiler.Compile(Path, DraftChecker.RuleEnvironment, options ?? RulePackOptions.NoCache);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A collectible load context may still map a file on some systems; the temp folder is cleaned by the OS.
        }
    }

    /// <summary>
    /// A valid rule (IIPA001's shape, id <paramref name="id"/>) whose condition calls <c>Helper(t)</c>, followed by
    /// <paramref name="members"/>, which must declare <c>bool Helper(TermOfProtection t)</c> or be used by it.
    /// </summary>
    public static string RuleWith(string members, string id = "TEST001", string usings = "") => $$"""
        {{usings}}
        namespace Tests;

        [Rule("{{id}}", Title = "Test rule", Category = "Test", Severity = Severity.Warning, Source = "Tests")]
        [Fires("The term of protection shall be fifty years after the first publication.")]
        public sealed class TestRule : Rule
        {
            public override void Define()
            {
                TermOfProtection term = null!;
                When().Match(() => term, t => Helper(t));
                Then().Do(ctx => ctx.Report(term, "term found"));
            }

        {{members}}
        }
        """;
}
