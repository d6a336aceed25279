using System.Collections.Immutable;
using DraftCheck.Model;
using DraftCheck.Semantics;
using DraftCheck.Testing;

namespace DraftCheck.RulePacks.Tests.Iipa2020;

/// <summary>
/// The rules of the iipa-2020 pack through the test kit (<see cref="RuleVerifier"/>, one compilation per test run), on
/// statute wording given as lines (one paragraph per line): under a copyright law's scope, for wording taken out of its
/// law, or with the scope inferred from the wording.
/// </summary>
internal static class IipaPack
{
    /// <summary>A scope covering every topic, as a copyright law's: for wording taken out of its law.</summary>
    public static DraftScope CopyrightLaw { get; } =
        DraftScope.Configured(ScopeKind.CopyrightLaw, ScopeTopic.All, "the test configures a copyright law, which covers every topic");

    /// <summary>The descriptors of the pack's rules.</summary>
    public static ImmutableArray<RuleDescriptor> Rules => Packs.Iipa2020.Descriptors;

    /// <summary>The findings of rule <paramref name="ruleId"/> on <paramref name="lines"/> under a copyright law's scope.</summary>
    public static ImmutableArray<Finding> Findings(string ruleId, params string[] lines) =>
        Packs.Iipa2020.Only(ruleId).WithScope(CopyrightLaw).Run(string.Join("\n", lines));

    /// <summary>The findings of rule <paramref name="ruleId"/> on <paramref name="lines"/>, with the scope inferred from them.</summary>
    public static ImmutableArray<Finding> FindingsInferred(string ruleId, params string[] lines) =>
        Packs.Iipa2020.Only(ruleId).Run(string.Join("\n", lines));

    /// <summary>The single finding of rule <paramref name="ruleId"/>, asserting there is exactly one.</summary>
    public static Finding Single(string ruleId, params string[] lines) => Assert.Single(Findings(ruleId, lines));
}
