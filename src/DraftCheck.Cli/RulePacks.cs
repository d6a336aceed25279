using System.Collections.Immutable;
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

    /// <summary>Compiles the packs; prints every diagnostic to <paramref name="error"/>; null when one of them fails.</summary>
    public static ImmutableArray<RulePack>? Compile(IReadOnlyList<string> directories, TextWriter error)
    {
        var packs = ImmutableArray.CreateBuilder<RulePack>();
        bool failed = false;
        foreach (string directory in directories)
        {
            RulePackResult result = RulePackCompiler.Compile(directory, DraftChecker.RuleEnvironment);
            foreach (RulePackError diagnostic in result.Diagnostics) error.WriteLine(diagnostic.ToString());
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
