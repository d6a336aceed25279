using System.Collections.Immutable;
using System.CommandLine;
using DraftCheck.Checking;
using DraftCheck.Compilation;

namespace DraftCheck.Cli;

/// <summary>Finds and compiles the rule packs a command runs.</summary>
internal static class RulePacks
{
    /// <summary>The folder of packs shipped with the program.</summary>
    public static string BundledRoot => Path.Combine(AppContext.BaseDirectory, "rules");

    /// <summary>The pack folders to use: the ones given, else every pack shipped with the program.</summary>
    public static ImmutableArray<string> Resolve(IReadOnlyList<string>? given)
    {
        if (given is { Count: > 0 }) return [.. given];
        if (!Directory.Exists(BundledRoot)) return [];
        return [.. Directory.GetDirectories(BundledRoot).Where(d => Directory.EnumerateFiles(d, "*.cs").Any()).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Compiles the packs (or loads them from the cache); prints the errors to <paramref name="error"/>, and the warnings
    /// too when <paramref name="withWarnings"/> (authoring commands); null when one of them fails.
    /// </summary>
    /// <remarks>
    /// A pack's warnings (an example missing, say) are for its authors, whom <c>rules validate</c> and <c>rules test</c>
    /// tell; a lawyer checking a draft cannot act on them, and CI gates packs with <c>rules validate</c>.
    /// </remarks>
    public static ImmutableArray<RulePack>? Compile(IReadOnlyList<string> directories, TextWriter error, RulePackOptions? options = null, bool withWarnings = false)
    {
        var packs = ImmutableArray.CreateBuilder<RulePack>();
        bool failed = false;
        // Packs compile independently: on a cold cache the compiler is most of a run, so use every core.
        RulePackResult[] results = [.. directories.AsParallel().AsOrdered()
            .Select(directory => RulePackCompiler.Compile(directory, DraftChecker.RuleEnvironment, options ?? RulePackOptions.NoCache))];
        foreach (RulePackResult result in results)
        {
            foreach (RulePackError diagnostic in result.Diagnostics.Where(d => d.IsError || withWarnings)) error.WriteLine(diagnostic.ToString());
            if (result.Succeeded) packs.Add(result.Pack!);
            else failed = true;
        }
        if (directories.Count == 0)
        {
            error.WriteLine("draftcheck: error DC2002: no rule pack found; give one with --rules <dir>");
            return null;
        }
        return failed ? null : packs.ToImmutable();
    }
}

/// <summary>The <c>--no-cache</c> and <c>--cache-dir</c> options of the commands that load rule packs.</summary>
internal sealed class CacheOptions
{
    public Option<bool> NoCache { get; } = new("--no-cache")
    {
        Description = "Compile the rule packs even when a compiled copy is cached, and cache nothing.",
    };

    public Option<string> CacheDirectory { get; } = new("--cache-dir")
    {
        Description = "Where compiled rule packs are cached, keyed by their sources and the DraftCheck version (default: the user's cache folder, ~/.cache/draftcheck).",
        HelpName = "dir",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(NoCache);
        command.Options.Add(CacheDirectory);
    }

    public RulePackOptions Resolve(ParseResult parsed) =>
        parsed.GetValue(NoCache)
            ? RulePackOptions.NoCache
            : new RulePackOptions { CacheDirectory = parsed.GetValue(CacheDirectory) ?? RulePackCache.DefaultDirectory };
}
