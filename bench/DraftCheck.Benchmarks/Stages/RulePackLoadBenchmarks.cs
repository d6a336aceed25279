using BenchmarkDotNet.Attributes;
using DraftCheck.Checking;
using DraftCheck.Compilation;

namespace DraftCheck.Benchmarks.Stages;

/// <summary>
/// Loading the IIPA pack: compiling it with Roslyn (what every run without a cache pays, plus the compiler's own start-up
/// in a fresh process) against loading the compiled pack from the disk cache. Target: the cached load under 10% of the
/// compile. Each iteration unloads the pack's collectible load context, as a finished process would free it.
/// </summary>
[MemoryDiagnoser]
public class RulePackLoadBenchmarks
{
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "draftcheck-bench-cache-" + Environment.ProcessId);
    private string _pack = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _pack = FindPack();
        RulePack warm = Load(new RulePackOptions { CacheDirectory = _cache }, fromCache: null);
        warm.Unload();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_cache)) Directory.Delete(_cache, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "compile (no cache)")]
    public int Compile()
    {
        RulePack pack = Load(RulePackOptions.NoCache, fromCache: false);
        pack.Unload();
        return pack.Definitions.Length;
    }

    [Benchmark(Description = "load from cache")]
    public int LoadCached()
    {
        RulePack pack = Load(new RulePackOptions { CacheDirectory = _cache }, fromCache: true);
        pack.Unload();
        return pack.Definitions.Length;
    }

    private RulePack Load(RulePackOptions options, bool? fromCache)
    {
        RulePackResult result = RulePackCompiler.Compile(_pack, DraftChecker.RuleEnvironment, options);
        // A benchmark of a wrong answer measures nothing: the pack must load, from the cache exactly when expected.
        if (!result.Succeeded || result.Pack!.Definitions.Length == 0 || (fromCache is { } expected && result.FromCache != expected))
        {
            throw new InvalidOperationException($"The IIPA pack did not load as expected: {string.Join("; ", result.Diagnostics)}");
        }
        return result.Pack;
    }

    private static string FindPack()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            string pack = Path.Combine(folder.FullName, "rules", "iipa-2020");
            if (File.Exists(Path.Combine(folder.FullName, "RulesEngine.sln")) && Directory.Exists(pack)) return pack;
        }
        throw new InvalidOperationException("rules/iipa-2020 not found above " + AppContext.BaseDirectory);
    }
}
