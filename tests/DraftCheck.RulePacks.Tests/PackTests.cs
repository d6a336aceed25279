using DraftCheck.Checking;
using DraftCheck.Compilation;
using DraftCheck.Testing;

namespace DraftCheck.RulePacks.Tests;

/// <summary>Every pack of rules/ passes what 'draftcheck rules validate' checks, and its rules' examples hold.</summary>
public sealed class PackTests
{
    public static TheoryData<string> PackNames => [.. Packs.All.Select(p => Path.GetFileName(p))];

    [Theory]
    [MemberData(nameof(PackNames))]
    public void Compile_RepositoryPack_HasNoError(string pack)
    {
        RulePackResult result = RulePackCompiler.Compile(TestPaths.InRepository("rules", pack), DraftChecker.RuleEnvironment);

        Assert.Empty(result.Errors);
        Assert.True(result.Succeeded);
    }

    [Theory]
    [MemberData(nameof(PackNames))]
    public void Examples_RepositoryPack_BehaveAsEachRuleDeclares(string pack) =>
        RuleVerifier.ForPack(TestPaths.InRepository("rules", pack)).VerifyExamples();
}
