using DraftCheck.Checking;
using DraftCheck.Findings;
using DraftCheck.Model;
using DraftCheck.Text;

namespace DraftCheck.Compilation.Tests;

/// <summary>
/// The time budget reaches inside rule code: the compiler injects checks into loops and method entries, so a rule that
/// never returns is stopped and named, instead of hanging the check.
/// </summary>
public sealed class RuleBudgetTests : IDisposable
{
    private const string Provision = "Article 1 The term of protection shall be fifty years after the first publication.";

    private readonly PackFolder _pack = new();

    public void Dispose() => _pack.Dispose();

    private DraftResult CheckWith(string members, string action = "ctx.Report(term, \"term found\")", int budgetMilliseconds = 300)
    {
        _pack.Write("Rule.cs", PackFolder.RuleWith(members, id: "LOOP001").Replace("ctx.Report(term, \"term found\")", action, StringComparison.Ordinal));
        RulePackResult result = _pack.Compile();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var checker = new DraftChecker([result.Pack!], new CheckOptions { RuleTimeBudget = TimeSpan.FromMilliseconds(budgetMilliseconds) });
        return checker.Check(TextLayer.FromText(Provision), "draft.docx");
    }

    private string Site(string marker) => $"Rule.cs({_pack.LineOf("Rule.cs", marker)},{_pack.ColumnOf("Rule.cs", marker)})";

    [Fact]
    public void Check_RuleLoopingInItsCondition_IsStoppedAndNamed()
    {
        DraftResult result = CheckWith("""
                private static bool Helper(TermOfProtection t)
                {
                    long sum = 0;
                    while (true) sum += t.Years;
                }
            """);

        DraftError error = Assert.Single(result.Errors);
        Assert.Equal($"draft.docx: error DC3002: rule LOOP001 was stopped at {Site("while (true)")} when the time budget of 300 ms ran out", error.ToString());
        Assert.Equal(ExitCodes.RuleFailure, error.ExitCode);
    }

    [Fact]
    public void Check_RuleLoopingInItsAction_IsStoppedAndNamed()
    {
        DraftResult result = CheckWith("""
                private static bool Helper(TermOfProtection t) => t.Years > 0;
                private static string Spin(int years)
                {
                    for (int i = 0; ; i = (i + years) % 7) { }
                }
            """, action: "ctx.Report(term, Spin(term.Years))");

        Assert.Equal($"rule LOOP001 was stopped at {Site("for (int i")} when the time budget of 300 ms ran out", Assert.Single(result.Errors).Message);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Check_RuleSwallowingTheBudgetsException_IsStoppedAnyway()
    {
        DraftResult result = CheckWith("""
                private static bool Helper(TermOfProtection t)
                {
                    while (true)
                    {
                        try { Spin(); }
                        catch (Exception) { }
                    }
                }
                private static void Spin() { do { } while (true); }
            """);

        DraftError error = Assert.Single(result.Errors);
        Assert.Equal(DraftErrorKind.RuleTimeout, error.Kind);
        Assert.StartsWith("rule LOOP001 was stopped at Rule.cs(", error.Message);
    }

    [Fact]
    public void Check_RuleLoopingWithGoto_IsStopped()
    {
        DraftResult result = CheckWith("""
                private static bool Helper(TermOfProtection t)
                {
                    int n = 0;
                again:
                    n++;
                    goto again;
                }
            """);

        Assert.Equal($"rule LOOP001 was stopped at {Site("goto again")} when the time budget of 300 ms ran out", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Check_RuleLoopingInAQueryExpression_IsStopped()
    {
        DraftResult result = CheckWith("""
                private static bool Helper(TermOfProtection t) =>
                    (from i in Enumerable.Range(0, int.MaxValue)
                     from j in Enumerable.Range(0, int.MaxValue)
                     where i + j < 0
                     select i).Any();
            """);

        DraftError error = Assert.Single(result.Errors);
        Assert.Equal(DraftErrorKind.RuleTimeout, error.Kind);
    }

    [Fact]
    public void Check_RuleLoopingInALambdaPassedToLinq_IsStopped()
    {
        DraftResult result = CheckWith("""
                private static bool Helper(TermOfProtection t) =>
                    Enumerable.Range(0, int.MaxValue).SelectMany(i => Enumerable.Range(0, int.MaxValue)).Any(j => j < 0);
            """);

        Assert.Equal(DraftErrorKind.RuleTimeout, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public void Check_RuleRecursingForever_FailsInsteadOfOverflowingTheStack()
    {
        DraftResult result = CheckWith("""
                private static bool Helper(TermOfProtection t) => Deeper(t.Years);
                private static bool Deeper(int n) => Deeper(n + 1) || n < 0;
            """, budgetMilliseconds: 60_000);

        DraftError error = Assert.Single(result.Errors);
        Assert.Equal(DraftErrorKind.RuleThrew, error.Kind);
        Assert.Contains("InsufficientExecutionStackException", error.Message);
    }

    [Fact]
    public void Compile_RuleLoopingInDefine_IsStoppedByTheLoadBudget()
    {
        string path = _pack.Write("Rule.cs", """
            namespace Tests;

            [Rule("LOOP001", Title = "Loops", Category = "Test", Severity = Severity.Error, Source = "Tests")]
            [Fires("fifty years")]
            public sealed class Looping : Rule
            {
                public override void Define()
                {
                    while (DateTime.Now.Year > 0) { }
                }
            }
            """);

        RulePackResult result = _pack.Compile(new RulePackOptions { DefineBudget = TimeSpan.FromMilliseconds(200) });

        RulePackError error = Assert.Single(result.Errors);
        Assert.Equal($"{path}(5,21): error DC2005: rule LOOP001 was stopped at Rule.cs(9,9) when the time budget of 200 ms ran out while the pack loaded", error.ToString());
    }

    [Fact]
    public void Compile_InstrumentedPack_LeavesConditionsAndActionsAsWritten()
    {
        RulePackResult result = RulePackCompiler.Compile(Samples.IipaPack, DraftChecker.RuleEnvironment);

        string shapes = string.Join("\n", result.Pack!.Definitions.SelectMany(d =>
            d.LeftHandSide.ChildElements.OfType<DraftCheck.Rules.Model.PatternElement>().SelectMany(p => p.Conditions).Select(c => c.ToString())
                .Concat(d.RightHandSide.Select(a => a.ToString()))));

        Assert.Contains("term => (Convert(term.Basis, Int32) == 1)", shapes);
        Assert.DoesNotContain("RuleBudget", shapes);
    }

    [Fact]
    public void Check_RuleUsingEveryKindOfBody_CompilesInstrumentedAndFindsTheTerm()
    {
        DraftResult result = CheckWith("""
                private static int Threshold => 70;
                private int this[int i] => i;
                private static int Twice(int n) => n * 2;
                private static void Nothing(List<int> sink) => sink.Add(1);
                private static bool Helper(TermOfProtection t)
                {
                    var sink = new List<int>();
                    Nothing(sink);
                    Action<int> add = n => sink.Add(n);
                    Func<int, int> half = n => n / 2;
                    Func<int> fail = () => throw new InvalidOperationException();
                    int Local(int n) => n + sink.Count;
                    foreach (int n in new[] { 1, 2 }) add(n);
                    int k = 0;
                    do { k++; } while (k < 3);
                    switch (k) { case 3: goto case 4; case 4: k = 5; break; }
                    int words = (from w in t.Text.Split(' ') where w.Length > 0 let n = w.Length orderby n select n).Count();
                    return t.Years < Threshold && half(Twice(t.Years)) == t.Years && Local(0) == 3 && k == 5 && words > 5 && new TestRule()[1] == 1;
                }
            """);

        Assert.Empty(result.Errors);
        Assert.Equal("term found", Assert.Single(result.Findings).Message);
    }
}
