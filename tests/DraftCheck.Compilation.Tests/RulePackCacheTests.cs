using DraftCheck.Checking;

namespace DraftCheck.Compilation.Tests;

/// <summary>Compiled packs reused from disk while their sources and DraftCheck stay the same.</summary>
public sealed class RulePackCacheTests : IDisposable
{
    private readonly PackFolder _pack = new();
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "draftcheck-cache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _pack.Dispose();
        if (Directory.Exists(_cache)) Directory.Delete(_cache, recursive: true);
    }

    private RulePackOptions Cached => new() { CacheDirectory = _cache };

    private string[] CachedFiles() =>
        Directory.Exists(Path.Combine(_cache, "packs")) ? [.. Directory.GetFiles(Path.Combine(_cache, "packs")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!] : [];

    private void WriteIipaPack()
    {
        foreach (string file in Directory.GetFiles(Samples.IipaPack)) File.Copy(file, Path.Combine(_pack.Path, Path.GetFileName(file)));
    }

    [Fact]
    public void Compile_SecondTime_LoadsTheSameRulesFromTheCache()
    {
        WriteIipaPack();

        RulePackResult first = _pack.Compile(Cached);
        RulePackResult second = _pack.Compile(Cached);

        Assert.Equal((true, false, true, true), (first.Succeeded, first.FromCache, second.Succeeded, second.FromCache));
        Assert.Equal(first.Pack!.Descriptors.Select(d => (d.Id, d.Title, d.Source)), second.Pack!.Descriptors.Select(d => (d.Id, d.Title, d.Source)));
        Assert.Equal(("iipa-2020", "0.2.0"), (second.Pack.Name, second.Pack.Manifest.Version));
        Assert.Matches(@"^iipa-2020-[0-9a-f]{32}\.dll$", Assert.Single(CachedFiles()));
    }

    [Fact]
    public void Compile_CachedPack_FindsWhatTheCompiledPackFinds()
    {
        WriteIipaPack();
        RulePackResult compiled = _pack.Compile(Cached);
        RulePackResult cached = _pack.Compile(Cached);

        string Run(RulePack pack) => string.Join("\n", new DraftChecker([pack]).Check(Samples.DraftA).Findings.Select(f => $"{f.RuleId} {f.Location.Span} {f.Message}"));

        Assert.True(cached.FromCache);
        Assert.Equal(Run(compiled.Pack!), Run(cached.Pack!));
    }

    [Fact]
    public void Compile_SourceChanged_CompilesAgainUnderANewKey()
    {
        WriteIipaPack();
        _pack.Compile(Cached);
        string rule = Path.Combine(_pack.Path, "IIPA001.cs");
        File.WriteAllText(rule, File.ReadAllText(rule).Replace("IIPA recommends life + 70.", "IIPA recommends life plus 70.", StringComparison.Ordinal));

        RulePackResult changed = _pack.Compile(Cached);

        Assert.False(changed.FromCache);
        Assert.Equal(2, CachedFiles().Length);
    }

    [Fact]
    public void Compile_CachedPackWithAWarning_ShowsTheWarningAgain()
    {
        string path = _pack.Write("TEST001.cs", PackFolder.RuleWith("private static bool Helper(TermOfProtection t) => t.Years < 70;").Replace("[Fires(", "//[Fires(", StringComparison.Ordinal));
        RulePackResult compiled = _pack.Compile(Cached);

        RulePackResult cached = _pack.Compile(Cached);

        Assert.True(cached.FromCache);
        Assert.Equal(compiled.Diagnostics.ToArray(), cached.Diagnostics.ToArray());
        Assert.Equal($"{path}({_pack.LineOf("TEST001.cs", "class TestRule")},21): warning DC2213: rule TEST001 declares no [Fires(\"...\")] example for 'draftcheck rules test'", Assert.Single(cached.Diagnostics).ToString());
    }

    [Fact]
    public void Compile_DamagedCacheFile_IsCompiledAfreshAndReplaced()
    {
        WriteIipaPack();
        _pack.Compile(Cached);
        string file = Path.Combine(_cache, "packs", Assert.Single(CachedFiles()));
        File.WriteAllBytes(file, [0x4d, 0x5a, 0, 0, 1, 2, 3]);

        RulePackResult repaired = _pack.Compile(Cached);
        RulePackResult again = _pack.Compile(Cached);

        Assert.Equal((true, false, true), (repaired.Succeeded, repaired.FromCache, again.FromCache));
        Assert.True(new FileInfo(file).Length > 1000);
    }

    [Fact]
    public void Compile_ConcurrentRunsOnAnEmptyCache_AllSucceedAndLeaveOneWholeFile()
    {
        WriteIipaPack();

        RulePackResult[] results = new RulePackResult[4];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => results[i] = _pack.Compile(Cached));

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Single(CachedFiles()); // no temporary file left behind
        Assert.True(_pack.Compile(Cached).FromCache);
    }

    [Fact]
    public void Compile_PackThatDoesNotCompile_IsNotCached()
    {
        _pack.Write("Broken.cs", "public sealed class Broken : Rule {");

        RulePackResult result = _pack.Compile(Cached);

        Assert.False(result.Succeeded);
        Assert.Empty(CachedFiles());
    }

    [Fact]
    public void Compile_WithoutCache_WritesNothing()
    {
        WriteIipaPack();

        _pack.Compile(RulePackOptions.NoCache);

        Assert.False(Directory.Exists(_cache));
    }

    [Fact]
    public void TryWrite_MoreVersionsThanKept_DeletesTheOldest()
    {
        string folder = Path.Combine(_cache, "packs");
        for (int i = 0; i < RulePackCache.VersionsKeptPerPack + 2; i++)
        {
            string path = RulePackCache.PathOf(_cache, "tests", $"{i:D2}".PadRight(64, 'a'));
            RulePackCache.TryWrite(path, [(byte)i]);
            File.SetLastWriteTimeUtc(path, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i));
        }
        RulePackCache.TryWrite(RulePackCache.PathOf(_cache, "other", new string('b', 64)), [1]);

        string[] kept = CachedFiles();

        Assert.Equal(RulePackCache.VersionsKeptPerPack + 1, kept.Length);
        Assert.DoesNotContain(kept, f => f.StartsWith("tests-00", StringComparison.Ordinal));
        Assert.Contains("other-" + new string('b', 32) + ".dll", kept);
    }

    [Fact]
    public void KeyOf_DependsOnSourcesManifestAndEnvironment()
    {
        static PackSources Sources(string text, string? manifest) =>
            new("tests", "tests", [new PackSource("A.cs", "A.cs", text)], manifest, "pack.json");
        RulePackEnvironment environment = DraftChecker.RuleEnvironment;

        string key = RulePackCache.KeyOf(Sources("class A {}", null), environment);

        Assert.Equal(key, RulePackCache.KeyOf(Sources("class A {}", null), environment));
        Assert.NotEqual(key, RulePackCache.KeyOf(Sources("class A { }", null), environment));
        Assert.NotEqual(key, RulePackCache.KeyOf(Sources("class A {}", "{}"), environment));
        Assert.NotEqual(key, RulePackCache.KeyOf(Sources("class A {}", null), environment with { GlobalUsings = [.. environment.GlobalUsings, "System.Text"] }));
        Assert.Matches("^[0-9a-f]{64}$", key);
    }
}
