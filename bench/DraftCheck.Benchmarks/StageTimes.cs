using System.Collections.Immutable;
using System.Diagnostics;
using DraftCheck.Checking;
using DraftCheck.Compilation;
using DraftCheck.Docx;
using DraftCheck.Engine;
using DraftCheck.Model;
using DraftCheck.Semantics;
using DraftCheck.Syntax;

namespace DraftCheck.Benchmarks;

/// <summary>
/// `stages &lt;pack-dir&gt;... -- &lt;files...&gt;`: a Stopwatch breakdown of a check in one process, stage by stage
/// (pack load, read, structure, semantics, engine, findings), summed over the files; what bench/run.sh's whole-process
/// figures are made of, in processor time of the process (wall time on a shared machine measures the neighbours too).
/// The first file is timed apart: it pays the JIT.
/// </summary>
internal static class StageTimes
{
    private static readonly string[] s_stages = ["read", "structure", "semantics", "engine", "findings"];

    public static int Run(IReadOnlyList<string> args)
    {
        int split = args.ToList().IndexOf("--");
        if (split < 1 || split == args.Count - 1)
        {
            Console.Error.WriteLine("usage: stages <pack-dir>... -- <files...>");
            return 2;
        }
        var total = Stopwatch.StartNew();
        var stopwatch = new CpuStopwatch();
        string cache = Path.Combine(Path.GetTempPath(), "draftcheck-stages-cache");
        ImmutableArray<RulePack> packs = [.. args.Take(split).Select(dir => RulePackCompiler.Compile(dir, DraftChecker.RuleEnvironment, new RulePackOptions { CacheDirectory = cache }).Pack!)];
        ISessionFactory sessions = SessionFactory.Create(packs.SelectMany(p => p.Definitions), EngineOptions.Default);
        Console.WriteLine($"packs loaded and network built: {stopwatch.ElapsedMilliseconds:F0} ms CPU");

        var first = new double[s_stages.Length];
        var rest = new double[s_stages.Length];
        int files = 0, facts = 0, findings = 0;
        foreach (string file in args.Skip(split + 1))
        {
            double[] into = files++ == 0 ? first : rest;
            stopwatch.Restart();
            DocxReadResult read = DocxReader.Read(file);
            into[0] += Lap(stopwatch);
            ProvisionTree tree = StructureBuilder.Build(read.Text!);
            into[1] += Lap(stopwatch);
            SemanticModel model = SemanticModel.Build(tree);
            into[2] += Lap(stopwatch);
            ISession session = sessions.CreateSession();
            session.InsertAll(model.Facts);
            session.Fire(CancellationToken.None);
            into[3] += Lap(stopwatch);
            ImmutableArray<Finding> found = [.. session.Query<Finding>().Select(f => f with { Location = f.Location with { Word = read.Text!.SourceMap.RangeOf(f.Location.Span) } })];
            into[4] += Lap(stopwatch);
            facts += model.Facts.Length;
            findings += found.Length;
        }
        Console.WriteLine($"{files} files, {facts} facts, {findings} findings, {total.Elapsed.TotalMilliseconds:F0} ms wall in all");
        Console.WriteLine($"{"CPU time",-10} {"first file",12} {"the others",12} {"per file",10}");
        for (int i = 0; i < s_stages.Length; i++)
        {
            double perFile = files > 1 ? rest[i] / (files - 1) : first[i];
            Console.WriteLine($"{s_stages[i],-10} {first[i],9:F1} ms {rest[i],9:F1} ms {perFile,7:F2} ms");
        }
        return 0;
    }

    private static double Lap(CpuStopwatch stopwatch)
    {
        double ms = stopwatch.ElapsedMilliseconds;
        stopwatch.Restart();
        return ms;
    }

    // The processor time of the whole process (all threads: JIT and GC included) since the last restart.
    private sealed class CpuStopwatch
    {
        private TimeSpan _start = Now;

        private static TimeSpan Now => Process.GetCurrentProcess().TotalProcessorTime;

        public double ElapsedMilliseconds => (Now - _start).TotalMilliseconds;

        public void Restart() => _start = Now;
    }
}
