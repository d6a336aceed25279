using BenchmarkDotNet.Attributes;
using DraftCheck.Engine;
using DraftCheck.Engine.Reference;

namespace DraftCheck.Benchmarks.Stages;

/// <summary>
/// The engine on the workload (100 rules x 10,000 facts: single patterns, two-way equality joins, Not,
/// Collect): a fresh session's insert + fire, and an update of 1% of the facts + fire on a session that has fired.
/// Targets: insert + fire under 200 ms; the 1% update under 10% of that; memory under 200 MB.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private ISessionFactory _factory = null!;
    private List<object> _facts = null!;
    private ISession _session = null!;
    private List<Item> _changed = null!;

    [Params(10_000)]
    public int Facts { get; set; }

    [GlobalSetup(Target = nameof(InsertAndFire))]
    public void SetupInsert()
    {
        _factory = SessionFactory.Create(EngineWorkload.Rules);
        _facts = EngineWorkload.Facts(Facts);
    }

    [Benchmark]
    public int InsertAndFire() => EngineWorkload.InsertAndFire(_factory.CreateSession(), _facts);

    [GlobalSetup(Target = nameof(UpdateOnePercent))]
    public void SetupUpdate()
    {
        _factory = SessionFactory.Create(EngineWorkload.Rules);
        _facts = EngineWorkload.Facts(Facts);
        long before = GC.GetTotalMemory(forceFullCollection: true);
        _session = _factory.CreateSession();
        int fired = EngineWorkload.InsertAndFire(_session, _facts);
        long after = GC.GetTotalMemory(forceFullCollection: true);
        _changed = EngineWorkload.UpdatedItems(_facts);
        Console.WriteLine($"// session after insert + fire: {fired} firings, {_session.Query<object>().Count()} facts, "
            + $"{(after - before) / (1024.0 * 1024.0):F1} MB retained; updating {_changed.Count} items");
    }

    /// <summary>Changes 1% of the facts (each time back and forth) and fires what the change re-activates.</summary>
    [Benchmark]
    public int UpdateOnePercent()
    {
        EngineWorkload.Change(_changed);
        _session.UpdateAll(_changed);
        return _session.Fire();
    }
}

/// <summary>
/// The reference evaluator (naive re-evaluation after every change) against the engine on the same workload, at sizes
/// the reference can finish: it re-matches every rule against every fact after every firing, so its cost grows with
/// firings x rules x facts² (joins), where the engine's grows with the facts a change touches.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ReferenceEvaluatorBenchmarks
{
    private ISessionFactory _reference = null!;
    private ISessionFactory _engine = null!;
    private List<object> _facts = null!;

    [Params(100, 400)]
    public int Facts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var options = new EngineOptions { Compilation = ExpressionCompilation.Eager };
        _reference = ReferenceSession.Factory(EngineWorkload.Rules, options);
        _engine = SessionFactory.Create(EngineWorkload.Rules, options);
        _facts = EngineWorkload.Facts(Facts);
        int expected = EngineWorkload.InsertAndFire(_reference.CreateSession(), _facts);
        int actual = EngineWorkload.InsertAndFire(_engine.CreateSession(), _facts);
        if (expected != actual) throw new InvalidOperationException($"The engine fired {actual} times, the reference {expected}.");
    }

    [Benchmark(Baseline = true)]
    public int Reference() => EngineWorkload.InsertAndFire(_reference.CreateSession(), _facts);

    [Benchmark]
    public int Engine() => EngineWorkload.InsertAndFire(_engine.CreateSession(), _facts);
}
