using System.Collections.Immutable;
using DraftCheck.Compilation.Roslyn;

namespace DraftCheck.Compilation;

/// <summary>
/// Compiles a rule pack (a folder of <c>.cs</c> files and an optional <c>pack.json</c>) with Roslyn into an in-memory
/// assembly, after the sandbox and the metadata rules have passed, and loads its rules into a collectible load context.
/// With a cache folder, a pack compiled before with the same sources and the same DraftCheck is loaded from disk
/// without starting the compiler.
/// </summary>
public static class RulePackCompiler
{
    /// <summary>Compiles the pack in <paramref name="directory"/> without a cache.</summary>
    public static RulePackResult Compile(string directory, RulePackEnvironment environment) =>
        Compile(directory, environment, RulePackOptions.NoCache);

    /// <summary>Compiles (or loads from the cache) the pack in <paramref name="directory"/>; its <c>.cs</c> files only, not recursive.</summary>
    public static RulePackResult Compile(string directory, RulePackEnvironment environment, RulePackOptions options)
    {
        string shown = PackSources.DisplayPath(directory);
        if (!Directory.Exists(directory))
        {
            return new RulePackResult(null, [new RulePackError(shown, 0, 0, true, RulePackErrorCodes.FolderNotFound, "rule pack folder not found")]);
        }
        string[] files = Directory.GetFiles(directory, "*.cs", SearchOption.TopDirectoryOnly);
        Array.Sort(files, StringComparer.Ordinal);
        if (files.Length == 0)
        {
            return new RulePackResult(null, [new RulePackError(shown, 0, 0, true, RulePackErrorCodes.NoSources, "the rule pack holds no .cs file")]);
        }
        string manifestPath = Path.Combine(directory, PackManifest.FileName);
        var sources = new PackSources(
            Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory))),
            directory,
            [.. files.Select(f => new PackSource(Path.GetFileName(f), PackSources.DisplayPath(f), File.ReadAllText(f)))],
            File.Exists(manifestPath) ? File.ReadAllText(manifestPath) : null,
            PackSources.DisplayPath(manifestPath));
        return Compile(sources, environment, options);
    }

    /// <summary>Compiles rule sources given as (path, text) pairs, without a manifest or a cache: for tools and tests.</summary>
    public static RulePackResult CompileSources(string name, string directory, IReadOnlyList<(string Path, string Text)> sources, RulePackEnvironment environment) =>
        Compile(new PackSources(name, directory, [.. sources.Select(s => new PackSource(Path.GetFileName(s.Path), s.Path, s.Text))], null, PackManifest.FileName),
            environment, RulePackOptions.NoCache);

    /// <summary>A path as DraftCheck shows it in diagnostics: relative to the current folder when inside it, with forward slashes.</summary>
    public static string DisplayPath(string path) => PackSources.DisplayPath(path);

    private static RulePackResult Compile(PackSources sources, RulePackEnvironment environment, RulePackOptions options)
    {
        var manifestDiagnostics = new List<RulePackError>();
        PackManifest manifest = sources.ManifestText is null
            ? PackManifest.For(sources.Name)
            : PackManifest.Parse(sources.ManifestText, sources.ManifestDisplayPath, sources.Name, manifestDiagnostics);
        sources = sources with { Name = manifest.Name };

        string? cached = null;
        if (options.CacheDirectory is not null && !manifestDiagnostics.Any(d => d.IsError))
        {
            cached = RulePackCache.PathOf(options.CacheDirectory, sources.Name, RulePackCache.KeyOf(sources, environment));
            if (RulePackCache.TryRead(cached) is { } image)
            {
                RulePackResult hit = PackLoader.Load(image, sources, manifest, options, ruleLocations: null);
                if (hit.Succeeded) return WithDiagnostics(hit, manifestDiagnostics) with { FromCache = true };
                // A damaged or stale file: drop it and compile afresh.
                RulePackCache.Evict(cached);
            }
        }

        CompileOutput compiled = CompileWithRoslyn(sources, manifest, environment);
        if (compiled.Image is null || manifestDiagnostics.Any(d => d.IsError))
        {
            return new RulePackResult(null, Sorted(manifestDiagnostics.Concat(compiled.Diagnostics)));
        }
        RulePackResult loaded = PackLoader.Load(compiled.Image, sources, manifest, options, compiled.RuleLocations);
        if (loaded.Succeeded && cached is not null) RulePackCache.TryWrite(cached, compiled.Image);
        return WithDiagnostics(loaded, manifestDiagnostics);
    }

    // Kept apart so that the JIT loads the Roslyn assemblies only when a pack is really compiled, not on a cache hit.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static CompileOutput CompileWithRoslyn(PackSources sources, PackManifest manifest, RulePackEnvironment environment) =>
        RoslynPackCompiler.Compile(sources, manifest, environment);

    private static RulePackResult WithDiagnostics(RulePackResult result, IEnumerable<RulePackError> more) =>
        result with { Diagnostics = Sorted(result.Diagnostics.Concat(more)) };

    private static ImmutableArray<RulePackError> Sorted(IEnumerable<RulePackError> diagnostics) =>
    [
        .. diagnostics
            .Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal),
    ];
}
