using System.Collections.Immutable;
using DraftCheck.Checking;
using DraftCheck.Findings;
using DraftCheck.Model;

namespace DraftCheck.Cli;

/// <summary>
/// Checks a list of drafts with one <see cref="DraftChecker"/> (rules compiled once, a session per draft), on up to
/// <see cref="Parallelism"/> threads, and returns the results in the list's order whatever order they finish in.
/// </summary>
internal sealed class BatchRunner(DraftChecker checker, int parallelism)
{
    /// <summary>How many drafts are checked at once; 1 checks them one after the other on the calling thread.</summary>
    public int Parallelism { get; } = parallelism >= 1 ? parallelism : throw new ArgumentOutOfRangeException(nameof(parallelism), parallelism, "at least 1");

    /// <summary>
    /// Checks every draft. A draft that fails (unreadable, a rule that throws, even a fault of the checker itself)
    /// yields a result carrying its error; it never stops the others. <paramref name="checkedOne"/> is called once per
    /// draft as it finishes, from the thread that checked it.
    /// </summary>
    public ImmutableArray<DraftResult> Run(IReadOnlyList<string> drafts, Action? checkedOne = null)
    {
        var results = new DraftResult[drafts.Count];
        if (Parallelism == 1 || drafts.Count <= 1)
        {
            for (int i = 0; i < drafts.Count; i++)
            {
                results[i] = CheckOne(drafts[i]);
                checkedOne?.Invoke();
            }
        }
        else
        {
            Parallel.For(0, drafts.Count, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, i =>
            {
                results[i] = CheckOne(drafts[i]);
                checkedOne?.Invoke();
            });
        }
        return ImmutableArray.Create(results);
    }

    // The checker turns bad drafts and failing rules into errors itself; an exception here is a fault of DraftCheck
    // on this one draft, reported as an internal error for it (exit 70) while the batch goes on.
    private DraftResult CheckOne(string draft)
    {
        try
        {
            return checker.Check(draft);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return DraftResult.Failed(new DraftError(DraftErrorKind.Internal, draft, $"internal error while checking: {ex.GetType().Name}: {ex.Message}"));
        }
    }
}
