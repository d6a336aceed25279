using DraftCheck.Checking;
using DraftCheck.Cli;
using DraftCheck.Findings;

namespace DraftCheck.EndToEnd.Tests;

/// <summary>The progress bar of a batch: drawn only for a person at a terminal, and never changing the results.</summary>
public sealed class BatchProgressTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "draftcheck-progress-" + Guid.NewGuid().ToString("N"));

    public BatchProgressTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed class FixedTerminal(bool interactive) : ITerminal
    {
        public bool IsInteractive(TextWriter writer) => interactive;
    }

    // Files the reader refuses at once: the batch is fast and every draft still yields a result.
    private string[] NotesFiles(int count) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            string path = Path.Combine(_folder, $"notes{i}.docx");
            File.WriteAllText(path, "These are notes, not a Word file.");
            return path;
        })];

    private static BatchRunner Runner(int parallelism) => new(new DraftChecker([]), parallelism);

    [Fact]
    public void Run_InteractiveTerminalAndFourDrafts_DrawsABarOnTheErrorStreamAndReturnsResultsInInputOrder()
    {
        string[] drafts = NotesFiles(4);
        var error = new StringWriter();

        IReadOnlyList<DraftResult> results = BatchProgress.Run(Runner(2), drafts, error, new FixedTerminal(interactive: true));

        Assert.Equal(drafts, results.Select(r => r.Draft));
        Assert.Contains("\u001b[", error.ToString());
        Assert.Contains("Checking 4 drafts", error.ToString());
    }

    [Fact]
    public void Run_InteractiveTerminalAndThreeDrafts_WritesNothing()
    {
        var error = new StringWriter();

        BatchProgress.Run(Runner(2), NotesFiles(3), error, new FixedTerminal(interactive: true));

        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public void Run_RedirectedErrorStream_WritesNothing()
    {
        var error = new StringWriter();

        BatchProgress.Run(Runner(2), NotesFiles(8), error, new FixedTerminal(interactive: false));

        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public void ConsoleTerminal_WriterOtherThanTheConsoleErrorStream_IsNotInteractive()
    {
        Assert.False(ConsoleTerminal.Instance.IsInteractive(new StringWriter()));
        Assert.False(ConsoleTerminal.Instance.IsInteractive(Console.Out));
    }

    [Fact]
    public void Run_EightDraftsOnFourThreads_ReturnsOneResultPerDraftInInputOrder()
    {
        string[] drafts = NotesFiles(8);

        IReadOnlyList<DraftResult> results = Runner(4).Run(drafts);

        Assert.Equal(drafts, results.Select(r => r.Draft));
        Assert.All(results, r => Assert.Equal("DC1002", Assert.Single(r.Errors).Code));
    }
}
