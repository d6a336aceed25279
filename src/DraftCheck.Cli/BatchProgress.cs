using System.Collections.Immutable;
using DraftCheck.Findings;
using Spectre.Console;

namespace DraftCheck.Cli;

/// <summary>What the program knows of where a stream goes: a person at a terminal, or a file, a pipe or a test.</summary>
internal interface ITerminal
{
    /// <summary>Whether <paramref name="writer"/> writes to an interactive terminal that can redraw a progress bar.</summary>
    bool IsInteractive(TextWriter writer);
}

/// <summary>The process's own console: only its standard error, when not redirected, is a terminal to draw on.</summary>
internal sealed class ConsoleTerminal : ITerminal
{
    /// <summary>The one instance.</summary>
    public static ConsoleTerminal Instance { get; } = new();

    private ConsoleTerminal()
    {
    }

    /// <inheritdoc/>
    public bool IsInteractive(TextWriter writer) =>
        ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected
        && Environment.GetEnvironmentVariable("TERM") != "dumb"
        // CI logs are files even when the runner gives the process a pseudo-terminal.
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
}

/// <summary>
/// Runs a batch with a progress bar (Spectre.Console) on the error stream when a person is watching: the stream is an
/// interactive terminal and the batch has at least <see cref="MinimumDrafts"/> drafts. Otherwise it writes nothing, so
/// redirected output and logs never hold escape codes. The bar is cleared when the batch ends; the report is unchanged.
/// </summary>
internal static class BatchProgress
{
    /// <summary>The fewest drafts worth a progress bar; fewer finish before a bar would be read.</summary>
    public const int MinimumDrafts = 4;

    /// <summary>Runs <paramref name="runner"/> over <paramref name="drafts"/>, showing progress on <paramref name="error"/> when <paramref name="terminal"/> says it is interactive.</summary>
    public static ImmutableArray<DraftResult> Run(BatchRunner runner, IReadOnlyList<string> drafts, TextWriter error, ITerminal terminal)
    {
        if (drafts.Count < MinimumDrafts || !terminal.IsInteractive(error)) return runner.Run(drafts);
        return RunWithBar(runner, drafts, error);
    }

    // Apart, and never inlined, so that a run without a bar does not load Spectre.Console at all.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static ImmutableArray<DraftResult> RunWithBar(BatchRunner runner, IReadOnlyList<string> drafts, TextWriter error)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(error),
        });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask($"Checking {drafts.Count} drafts", autoStart: true, maxValue: drafts.Count);
                // ProgressTask is thread-safe: the runner's threads advance it as each draft finishes.
                return runner.Run(drafts, () => task.Increment(1));
            });
    }
}
