using System.Collections.Immutable;
using DraftCheck.Checking;
using DraftCheck.Compilation;
using DraftCheck.Findings;
using DraftCheck.Model;
using DraftCheck.Semantics;
using DraftCheck.Text;

namespace DraftCheck.RulePacks.Tests.Iipa;

/// <summary>
/// Runs the bundled iipa-2020 pack on statute wording given as lines (one paragraph per line). The pack is compiled once
/// for all tests.
/// </summary>
internal static class IipaPack
{
    private static readonly Lazy<RulePack> s_pack = new(() =>
    {
        RulePackResult result = RulePackCompiler.Compile(TestPaths.InRepository("rules", "iipa-2020"), DraftChecker.RuleEnvironment);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Pack!;
    });

    private static readonly Lazy<DraftChecker> s_inferred = new(() => new DraftChecker([s_pack.Value]));

    /// <summary>A scope covering every topic, as a copyright law's: for wording taken out of its law.</summary>
    public static DraftScope CopyrightLaw { get; } =
        DraftScope.Configured(ScopeKind.CopyrightLaw, ScopeTopic.All, "the test configures a copyright law, which covers every topic");

    private static readonly Lazy<DraftChecker> s_copyrightLaw = new(() => new DraftChecker([s_pack.Value], CheckOptions.Default with { Scope = CopyrightLaw }));

    /// <summary>The descriptors of the pack's rules.</summary>
    public static ImmutableArray<RuleDescriptor> Rules => s_pack.Value.Descriptors;

    /// <summary>The findings on <paramref name="lines"/>, with the scope inferred from them.</summary>
    public static ImmutableArray<Finding> Check(params string[] lines) => Run(s_inferred.Value, lines);

    /// <summary>The findings on <paramref name="lines"/> under <paramref name="scope"/>.</summary>
    public static ImmutableArray<Finding> Check(DraftScope scope, params string[] lines) =>
        Run(ReferenceEquals(scope, CopyrightLaw) ? s_copyrightLaw.Value : new DraftChecker([s_pack.Value], CheckOptions.Default with { Scope = scope }), lines);

    /// <summary>The findings of rule <paramref name="ruleId"/> on <paramref name="lines"/> under a copyright law's scope.</summary>
    public static ImmutableArray<Finding> Findings(string ruleId, params string[] lines) =>
        [.. Check(CopyrightLaw, lines).Where(f => f.RuleId == ruleId)];

    /// <summary>The findings of rule <paramref name="ruleId"/> on <paramref name="lines"/>, with the scope inferred from them.</summary>
    public static ImmutableArray<Finding> FindingsInferred(string ruleId, params string[] lines) =>
        [.. Check(lines).Where(f => f.RuleId == ruleId)];

    /// <summary>The single finding of rule <paramref name="ruleId"/>, asserting there is exactly one.</summary>
    public static Finding Single(string ruleId, params string[] lines) => Assert.Single(Findings(ruleId, lines));

    private static ImmutableArray<Finding> Run(DraftChecker checker, string[] lines)
    {
        DraftResult result = checker.Check(TextLayer.FromLines(lines), "test");
        Assert.Empty(result.Errors);
        return result.Findings;
    }
}
