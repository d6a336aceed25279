using DraftCheck.Checking;
using DraftCheck.Compilation;
using DraftCheck.Findings;
using DraftCheck.Model;
using DraftCheck.Text;

namespace DraftCheck.RulePacks.Tests.Drafting;

/// <summary>
/// The drafting pack compiled once from rules/drafting with the same compiler and environment as the CLI, and a checker
/// over plain-text drafts. A local stand-in for the DraftCheck.Testing kit until it lands.
/// </summary>
internal static class DraftingPack
{
    private static readonly Lazy<DraftChecker> s_checker = new(() =>
    {
        RulePackResult result = RulePackCompiler.Compile(Directory, DraftChecker.RuleEnvironment);
        if (!result.Succeeded) throw new InvalidOperationException("rules/drafting does not compile:\n" + string.Join("\n", result.Diagnostics));
        return new DraftChecker([result.Pack!]);
    });

    /// <summary>rules/drafting in the repository.</summary>
    public static string Directory => TestPaths.InRepository("rules", "drafting");

    /// <summary>The checker running the pack.</summary>
    public static DraftChecker Checker => s_checker.Value;

    /// <summary>Checks a draft given as lines, one paragraph per line.</summary>
    public static DraftResult Check(params string[] lines) => Check(TextLayer.FromLines(lines));

    /// <summary>Checks a text layer.</summary>
    public static DraftResult Check(TextLayer text)
    {
        DraftResult result = Checker.Check(text, "draft");
        Assert.Empty(result.Errors);
        return result;
    }

    /// <summary>Checks a statute of the shared corpus (skips when the corpus is absent).</summary>
    public static DraftResult CheckLaw(string name) => Check(TextLayer.FromText(Laws.Read(name)));

    /// <summary>The findings as "RULE provision: message" lines, in report order.</summary>
    public static IEnumerable<string> Lines(DraftResult result) =>
        result.Findings.Select(f => $"{f.RuleId} {f.Location.Provision.Id}: {f.Message}");

    /// <summary>The findings of one rule.</summary>
    public static IEnumerable<Finding> Of(DraftResult result, string ruleId) => result.Findings.Where(f => f.RuleId == ruleId);
}
