using BenchmarkDotNet.Running;
using DraftCheck.Benchmarks;

// `sdk-read <files...>`: the bare Open XML SDK baseline timed by bench/run.sh as a whole process.
if (args.Length > 0 && args[0] == "sdk-read") return SdkRead.Run(args[1..]);
// `stages <pack-dir>... -- <files...>`: a Stopwatch breakdown of a check per stage.
if (args.Length > 0 && args[0] == "stages") return StageTimes.Run(args[1..]);

// Every benchmark class of this assembly; pick with --filter, e.g. --filter '*Engine*'.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
