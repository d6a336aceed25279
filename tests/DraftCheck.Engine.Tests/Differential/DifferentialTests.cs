using CsCheck;
using DraftCheck.Engine.Reference;
using DraftCheck.Rules;
using DraftCheck.Rules.Model;

namespace DraftCheck.Engine.Tests.Differential;

/// <summary>A change the host makes, by fact number (facts are numbered as the host creates them).</summary>
public abstract record Operation
{
    public sealed record Insert(Kind Kind, int X, int Y) : Operation;

    public sealed record InsertAll(Kind Kind, int Count, int X) : Operation;

    public sealed record Update(int Fact, int X, int Y) : Operation;

    public sealed record Retract(int Fact) : Operation;

    public sealed record RetractAll(int First, int Second) : Operation;

    public sealed record Fire : Operation;
}

public sealed record Case(RuleSpec[] Rules, Operation[] Operations, int MaxFirings)
{
    public override string ToString() =>
        $"rules:\n{string.Join("\n", Rules.Select((r, i) => $"  R{i}: {r}"))}\noperations: {string.Join("; ", Operations.AsEnumerable())}\nmax firings: {MaxFirings}";
}

/// <summary>
/// Differential tests: generated rule sets and changes must give the network exactly what the reference evaluator
/// gives: the same firings in the same order, the same final facts, the same action and cycle errors, and every
/// condition error the reference reports.
/// </summary>
public class DifferentialTests
{
    private static readonly Gen<Kind> GenKind = Gen.Int[0, 2].Select(i => (Kind)i);
    private static readonly Gen<Kind> GenHostKind = Gen.Int[0, 1].Select(i => (Kind)i);
    private static readonly Gen<Field> GenField = Gen.Int[0, 1].Select(i => (Field)i);
    private static readonly Gen<Comparison> GenComparison = Gen.Int[0, 3].Select(i => (Comparison)i);

    private static readonly Gen<ConditionSpec> GenCondition = Gen.Frequency(
        (4, Gen.Select(GenField, GenComparison, Gen.Int[0, 3], (f, c, v) => (ConditionSpec)new ConditionSpec.Constant(f, c, v))),
        (1, Gen.Const((ConditionSpec)new ConditionSpec.Throwing())),
        (4, Gen.Select(GenField, Gen.Frequency((3, Gen.Const(Comparison.Equal)), (1, GenComparison)), Gen.Int[0, 3], GenField,
            (f, c, v, o) => (ConditionSpec)new ConditionSpec.Join(f, c, v, o))));

    private static readonly Gen<ConditionSpec[]> GenConditions = GenCondition.Array[0, 2];

    private static readonly Gen<ElementSpec> GenElement = Gen.Frequency(
        (6, Gen.Select(GenKind, GenConditions, (k, c) => (ElementSpec)new ElementSpec.Match(k, c))),
        (2, Gen.Select(GenKind, GenConditions, (k, c) => (ElementSpec)new ElementSpec.Not(k, c))),
        (1, Gen.Select(GenKind, GenConditions, (k, c) => (ElementSpec)new ElementSpec.Exists(k, c))),
        (1, Gen.Select(GenKind, GenCondition, GenConditions, (k, b, c) => (ElementSpec)new ElementSpec.All(k, b, c))),
        (2, Gen.Select(GenConditions, Gen.Int[0, 6], (c, s) => (ElementSpec)new ElementSpec.Query(c, (QueryShape)s))),
        (1, Gen.Select(Gen.Int[0, 3], Gen.Int[0, 2], (v, o) => (ElementSpec)new ElementSpec.Let(v, o))),
        (1, Gen.Select(Gen.Int[0, 3], Gen.Int[0, 3], (v, n) => (ElementSpec)new ElementSpec.Having(v, n))),
        (1, Gen.Select(GenKind, GenConditions, GenConditions, (k, f, s) => (ElementSpec)new ElementSpec.Or(k, f, s))));

    // A rule that matches C facts does not insert them, so that derived facts cannot feed themselves without bound.
    private static readonly Gen<RuleSpec> GenRule = Gen.Select(GenElement.Array[1, 3], Gen.Int[0, 4], (elements, effect) =>
        new RuleSpec(OneLetAndQueryAtMost(elements),
            (Effect)effect is Effect.YieldC or Effect.InsertC && elements.Any(MatchesC) ? Effect.UpdateFirst : (Effect)effect));

    private static bool MatchesC(ElementSpec element) => element switch
    {
        ElementSpec.Match m => m.Kind == Kind.C,
        ElementSpec.Not n => n.Kind == Kind.C,
        ElementSpec.Exists e => e.Kind == Kind.C,
        ElementSpec.All a => a.Kind == Kind.C,
        ElementSpec.Or o => o.Kind == Kind.C,
        _ => false,
    };

    private static readonly Gen<Operation> GenOperation = Gen.Frequency(
        (7, Gen.Select(GenHostKind, Gen.Int[0, 3], Gen.Int[0, 3], (k, x, y) => (Operation)new Operation.Insert(k, x, y))),
        (2, Gen.Select(GenHostKind, Gen.Int[2, 4], Gen.Int[0, 3], (k, n, x) => (Operation)new Operation.InsertAll(k, n, x))),
        (3, Gen.Select(Gen.Int[0, 15], Gen.Int[0, 3], Gen.Int[0, 3], (f, x, y) => (Operation)new Operation.Update(f, x, y))),
        (2, Gen.Int[0, 15].Select(f => (Operation)new Operation.Retract(f))),
        (1, Gen.Select(Gen.Int[0, 15], Gen.Int[0, 15], (a, b) => (Operation)new Operation.RetractAll(a, b))),
        (2, Gen.Const((Operation)new Operation.Fire())));

    private static readonly Gen<Case> GenCase = Gen.Select(GenRule.Array[1, 4], GenOperation.Array[3, 16], Gen.Int[20, 60],
        (rules, operations, maxFirings) => new Case(rules, operations, maxFirings));

    private static ElementSpec[] OneLetAndQueryAtMost(ElementSpec[] elements)
    {
        bool let = false, query = false;
        return [.. elements.Where(e => e switch
        {
            ElementSpec.Let => !let && (let = true),
            ElementSpec.Query => !query && (query = true),
            _ => true,
        })];
    }

    /// <summary>1,000 cases, or more when the environment variable <c>CsCheck_Iter</c> asks for more (for a longer search).</summary>
    private static long Iterations =>
        long.TryParse(Environment.GetEnvironmentVariable("CsCheck_Iter"), out long asked) ? Math.Max(asked, 1_000) : 1_000;

    internal static Gen<Case> Cases => GenCase;

    [Fact]
    public void Fire_GeneratedRulesAndChanges_GiveTheReferenceEvaluatorsFiringsFactsAndErrors()
    {
        // At least 1,000 cases per run; CsCheck prints the seed (and the smallest failing case) when one differs.
        GenCase.Sample(c =>
        {
            List<string> expected = Run(c, reference: true);
            List<string> actual = Run(c, reference: false);
            if (!Agree(expected, actual))
            {
                int at = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
                throw new Xunit.Sdk.XunitException(
                    $"The network differs from the reference at line {at}:\n  reference: {expected.ElementAtOrDefault(at)}\n  network:   {actual.ElementAtOrDefault(at)}\n"
                    + $"reference transcript:\n{string.Join("\n", expected)}\nnetwork transcript:\n{string.Join("\n", actual)}");
            }
        }, iter: Iterations, print: c => c.ToString());
    }

    /// <summary>Runs a case on one evaluator and returns its transcript: firings, outcomes of changes, final facts, errors.</summary>
    internal static List<string> Run(Case c, bool reference)
    {
        RuleDefinition[] definitions = [.. c.Rules.Select((spec, i) => Instantiate(spec, i).GetDefinition())];
        var options = new EngineOptions { MaxFirings = c.MaxFirings, Compilation = ExpressionCompilation.Interpreted };
        ISessionFactory factory = reference ? ReferenceSession.Factory(definitions, options) : SessionFactory.Create(definitions, options);
        List<string> log = Recorder.Start();
        ISession session = factory.CreateSession();
        var hostFacts = new List<Item>();
        int nextId = 0;

        Item Make(Kind kind, int x, int y) => kind == Kind.A ? new A(nextId++, x, y) : new B(nextId++, x, y);

        foreach (Operation operation in c.Operations.Append(new Operation.Fire()))
        {
            try
            {
                switch (operation)
                {
                    case Operation.Insert insert:
                        hostFacts.Add(Make(insert.Kind, insert.X, insert.Y));
                        session.Insert(hostFacts[^1]);
                        break;
                    case Operation.InsertAll all:
                        List<Item> batch = [.. Enumerable.Range(0, all.Count).Select(i => Make(all.Kind, (all.X + i) % 4, i % 4))];
                        hostFacts.AddRange(batch);
                        session.InsertAll(batch);
                        break;
                    case Operation.Update update when hostFacts.Count > 0:
                        Item item = hostFacts[update.Fact % hostFacts.Count];
                        item.X = update.X;
                        item.Y = update.Y;
                        session.Update(item);
                        break;
                    case Operation.Retract retract when hostFacts.Count > 0:
                        session.Retract(hostFacts[retract.Fact % hostFacts.Count]);
                        break;
                    case Operation.RetractAll retractAll when hostFacts.Count > 0:
                        session.RetractAll([hostFacts[retractAll.First % hostFacts.Count], hostFacts[retractAll.Second % hostFacts.Count]]);
                        break;
                    case Operation.Fire:
                        log.Add($"fired {session.Fire()}");
                        break;
                }
            }
            catch (ArgumentException ex)
            {
                log.Add($"{operation}: {ex.Message}");
            }
        }
        log.Add($"facts: {string.Join(", ", session.Query<object>().Select(Recorder.Describe))}");
        log.AddRange(session.Errors.Select(e => $"error {e.RuleName} {e.Kind}: {e.Message}").Order(StringComparer.Ordinal));
        return log;
    }

    /// <summary>
    /// Whether the network's transcript agrees with the reference's: the same lines, except that the network may report
    /// more condition errors. It evaluates conditions in the states a change passes through (between two facts of one
    /// InsertAll, or before a Not closes), which the reference, matching only once a change is complete, never sees.
    /// </summary>
    internal static bool Agree(List<string> reference, List<string> network)
    {
        static bool IsConditionError(string line) => line.StartsWith("error ", StringComparison.Ordinal) && line.Contains(" Condition: ", StringComparison.Ordinal);
        return reference.Where(l => !IsConditionError(l)).SequenceEqual(network.Where(l => !IsConditionError(l)))
            && reference.Where(IsConditionError).All(network.Contains);
    }

    private static GeneratedRule Instantiate(RuleSpec spec, int index) => index switch
    {
        0 => new R0(spec),
        1 => new R1(spec),
        2 => new R2(spec),
        _ => new R3(spec),
    };
}
