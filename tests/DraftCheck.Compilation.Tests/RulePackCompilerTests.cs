using DraftCheck.Checking;
using DraftCheck.Compilation;

namespace DraftCheck.Compilation.Tests;

public sealed class RulePackCompilerTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "draftcheck-pack-" + Guid.NewGuid().ToString("N"));

    public RulePackCompilerTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Compile_IipaPack_LoadsTheTwentyEightRulesWithTheirMetadata()
    {
        RulePackResult result = RulePackCompiler.Compile(Samples.IipaPack, DraftChecker.RuleEnvironment);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(28, result.Pack!.Descriptors.Length);
        Assert.Equal(["IIPA001", "IIPA002"], result.Pack.Descriptors.Where(d => d.Category == "Term").Select(d => d.Id));
        Assert.All(result.Pack.Descriptors.Where(d => d.Category == "Term"), d => Assert.Contains("fn. 45", d.Source));
    }

    [Fact]
    public void Compile_MissingSemicolon_ReportsFileLineAndColumnInMsBuildFormat()
    {
        // The first declaration only: the file also holds the item's satisfaction rule, which declares the same alias.
        string original = File.ReadAllText(Path.Combine(Samples.IipaPack, "IIPA001.cs"));
        int semicolon = original.IndexOf("TermOfProtection term = null!;", StringComparison.Ordinal) + "TermOfProtection term = null!".Length;
        string source = original.Remove(semicolon, 1);
        string path = Path.Combine(_folder, "IIPA001.cs");
        File.WriteAllText(path, source);
        int line = source.Split('\n').TakeWhile(l => !l.Contains("TermOfProtection term = null!", StringComparison.Ordinal)).Count() + 1;
        int column = source.Split('\n')[line - 1].IndexOf("null!", StringComparison.Ordinal) + "null!".Length + 1;

        RulePackResult result = RulePackCompiler.Compile(_folder, DraftChecker.RuleEnvironment);

        Assert.False(result.Succeeded);
        RulePackError error = Assert.Single(result.Errors);
        Assert.Equal($"{path}({line},{column}): error CS1002: ; expected", error.ToString());
    }

    [Fact]
    public void Compile_VariableUsedBeforeMatch_ReportsTheRuleClassLocation()
    {
        File.WriteAllText(Path.Combine(_folder, "Bad.cs"), """
            [Rule("BAD001", Title = "t", Category = "c", Severity = Severity.Error, Source = "s")]
            public sealed class Bad : Rule
            {
                public override void Define()
                {
                    TermOfProtection a = null!;
                    TermOfProtection b = null!;
                    When().Match(() => a, t => t.Years < b.Years).Match(() => b);
                    Then().Do(ctx => ctx.Report(a, "x"));
                }
            }
            """);

        RulePackResult result = RulePackCompiler.Compile(_folder, DraftChecker.RuleEnvironment);

        RulePackError error = Assert.Single(result.Errors);
        Assert.Equal((2, "DC2004"), (error.Line, error.Code));
        Assert.Contains("'b' is used before it is matched", error.Message);
    }

    [Fact]
    public void Compile_EmptyFolder_SaysThePackHoldsNoRule()
    {
        RulePackResult result = RulePackCompiler.Compile(_folder, DraftChecker.RuleEnvironment);

        Assert.Equal("DC2002", Assert.Single(result.Errors).Code);
    }
}
