using BenchmarkDotNet.Attributes;
using DraftCheck.Benchmarks.Stages;
using DraftCheck.Engine;
using DraftCheck.Rules.Model;

namespace DraftCheck.Benchmarks.Micro;

/// <summary>
/// Compiling a large rule set: creating the session factory for 1,000 rules and checking one small draft's worth of
/// facts (1,000) with it, with every expression compiled to IL up front (as NRules does) or tiered (interpreted first,
/// compiled in the background once hot).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class RuleSetCompileBenchmarks
{
    private IReadOnlyList<RuleDefinition> _rules = null!;
    private List<object> _facts = null!;

    [Params(1_000)]
    public int Rules { get; set; }

    [Params(ExpressionCompilation.Tiered, ExpressionCompilation.Eager)]
    public ExpressionCompilation Compilation { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _rules = EngineWorkload.RuleSet(Rules);
        _facts = EngineWorkload.Facts(1_000);
    }

    [Benchmark]
    public int CreateFactoryAndCheckOneDraft()
    {
        ISessionFactory factory = SessionFactory.Create(_rules, new EngineOptions { Compilation = Compilation });
        return EngineWorkload.InsertAndFire(factory.CreateSession(), _facts);
    }
}
