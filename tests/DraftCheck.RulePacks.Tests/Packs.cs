using DraftCheck.Testing;

namespace DraftCheck.RulePacks.Tests;

/// <summary>The repository's rule packs, each compiled once per test run.</summary>
public static class Packs
{
    /// <summary>The folders of rules/ that hold rules.</summary>
    public static IEnumerable<string> All =>
        Directory.GetDirectories(TestPaths.InRepository("rules")).Where(d => Directory.EnumerateFiles(d, "*.cs").Any()).Order(StringComparer.Ordinal);

    /// <summary>rules/iipa-2020.</summary>
    public static RuleVerifier Iipa2020 => RuleVerifier.ForPack(TestPaths.InRepository("rules", "iipa-2020"));
}
