using Xunit;

namespace DraftCheck.TestAssets;

/// <summary>Where the repository and the shared corpus are, found from the test binaries' folder.</summary>
public static class TestPaths
{
    private static readonly Lazy<string> s_repository = new(FindRepository);

    /// <summary>The repository root (the folder holding RulesEngine.sln).</summary>
    public static string Repository => s_repository.Value;

    /// <summary>A path under the repository root.</summary>
    public static string InRepository(params string[] parts) => Path.Combine([Repository, .. parts]);

    /// <summary>The shared folder next to the repository (../shared), which may be absent outside the development machine.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Repository, "..", "shared"));

    /// <summary>The shared corpus folder (../shared/corpus).</summary>
    public static string Corpus => Path.Combine(Shared, "corpus");

    /// <summary>
    /// A file of the shared corpus, read in place. Skips the calling test, with a message naming the file, when the corpus
    /// is absent; call it from a <c>[SkippableFact]</c> or <c>[SkippableTheory]</c>.
    /// </summary>
    public static string CorpusFile(params string[] parts)
    {
        string path = Path.Combine([Corpus, .. parts]);
        Skip.IfNot(File.Exists(path), $"The shared corpus file {path} is absent; this test needs ../shared/corpus next to the repository.");
        return path;
    }

    /// <summary>A statute of ../shared/corpus/laws.</summary>
    public static string Law(string name) => CorpusFile("laws", name);

    private static string FindRepository()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RulesEngine.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"RulesEngine.sln not found above {AppContext.BaseDirectory}.");
    }
}

/// <summary>The statutes of ../shared/corpus/laws.</summary>
public static class Laws
{
    /// <summary>中华人民共和国著作权法 (2010), Chinese original.</summary>
    public const string PrcCopyright2010 = "cn-copyright-2010.zh.txt";

    /// <summary>信息网络传播权保护条例 (2013), Chinese original.</summary>
    public const string PrcNetworkRegulations2013 = "cn-network-regs-2013.zh.txt";

    /// <summary>17 U.S.C. §§ 106, 302-304, 512, 1201, 1204.</summary>
    public const string Usc17 = "us-17usc-selected.txt";

    /// <summary>Directive 2001/29/EC, Articles 1-8.</summary>
    public const string EuInfoSoc = "eu-infosoc-2001-29.txt";

    /// <summary>Copyright, Designs and Patents Act 1988, selected sections.</summary>
    public const string UkCdpa = "uk-cdpa-1988-selected.txt";

    /// <summary>Every statute.</summary>
    public static IReadOnlyList<string> All { get; } = [PrcCopyright2010, PrcNetworkRegulations2013, Usc17, EuInfoSoc, UkCdpa];

    /// <summary>The text of a statute (skips the test when the corpus is absent).</summary>
    public static string Read(string name) => File.ReadAllText(TestPaths.Law(name));
}

/// <summary>The sample drafts of samples/.</summary>
public static class Samples
{
    /// <summary>(a) the English draft at life + 50 and 50 years from publication.</summary>
    public static string DraftA => TestPaths.InRepository("samples", "draft-a.docx");

    /// <summary>(b) the same draft amended to life + 70 and 95 years.</summary>
    public static string DraftB => TestPaths.InRepository("samples", "draft-b.docx");

    /// <summary>(c) the Chinese draft made from the 2010 law.</summary>
    public static string DraftC => TestPaths.InRepository("samples", "draft-c.docx");

    /// <summary>The bundled IIPA 2020 rule pack.</summary>
    public static string IipaPack => TestPaths.InRepository("rules", "iipa-2020");
}
