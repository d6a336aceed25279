using System.Collections.Immutable;
using DraftCheck.Model;

namespace DraftCheck.Findings;

/// <summary>What checking one draft produced: its findings (sorted), what the reader tolerated, and the errors, if any.</summary>
public sealed record DraftResult
{
    /// <summary>Creates the result for <paramref name="draft"/>, sorting the findings.</summary>
    public DraftResult(string draft, IEnumerable<Finding> findings, IEnumerable<ReadWarning> warnings, IEnumerable<DraftError> errors)
    {
        Draft = draft;
        Findings = FindingOrder.Sort(findings);
        Warnings = [.. warnings];
        Errors = [.. errors];
    }

    /// <summary>The draft's path as given.</summary>
    public string Draft { get; }

    /// <summary>The findings in the one deterministic order.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>What the reader tolerated.</summary>
    public ImmutableArray<ReadWarning> Warnings { get; }

    /// <summary>Why the draft could not be read, or which rules failed on it.</summary>
    public ImmutableArray<DraftError> Errors { get; }

    /// <summary>
    /// What the rules stated about checklist items other than findings (satisfied, not applicable), in document order,
    /// then by item; a table of concordance is built from them and the findings (<see cref="Concordance"/>).
    /// </summary>
    public ImmutableArray<Conclusion> Conclusions { get; init; } = [];

    /// <summary>The draft's scope in words ("copyright law (inferred: ...)"); empty when the draft could not be read.</summary>
    public string Scope { get; init; } = string.Empty;

    /// <summary>How many tracked changes the draft holds; 0 when unknown.</summary>
    public int RevisionCount { get; init; }

    /// <summary>The draft's provisions in document order, the draft itself first; empty when the draft could not be read.</summary>
    public ImmutableArray<DraftProvision> Outline { get; init; } = [];

    /// <summary>
    /// The draft's words, for reports that show findings in context; null when the draft could not be read or the
    /// checker was not asked to keep them (they cost memory in a batch of many drafts).
    /// </summary>
    public DraftText? Text { get; init; }

    /// <summary>Whether the draft could not be read at all.</summary>
    public bool IsUnreadable => Errors.Any(e => e.ExitCode == ExitCodes.InvalidInput);

    /// <summary>A result for a draft that could not be read.</summary>
    public static DraftResult Failed(DraftError error) => new(error.Draft, [], [], [error]);
}

/// <summary>One check run over several drafts with one set of rules.</summary>
public sealed record CheckRun(ImmutableArray<DraftResult> Drafts, ImmutableArray<RuleDescriptor> Rules)
{
    /// <summary>Counts of findings by severity, and of drafts.</summary>
    public CheckSummary Summary => CheckSummary.Of(this);

    /// <summary>The exit code for this run given the failure threshold: the worst outcome wins.</summary>
    public int ExitCode(Severity failOn)
    {
        int code = ExitCodes.Success;
        foreach (DraftResult draft in Drafts)
        {
            foreach (DraftError error in draft.Errors) code = Worst(code, error.ExitCode);
            if (draft.Findings.Any(f => f.Severity >= failOn && f.Severity != Severity.Hidden)) code = Worst(code, ExitCodes.Findings);
        }
        return code;
    }

    // Internal errors outrank input errors, which outrank rule failures, which outrank findings.
    private static int Worst(int a, int b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(int code) => code switch
    {
        ExitCodes.Internal => 4,
        ExitCodes.InvalidInput => 3,
        ExitCodes.RuleFailure => 2,
        ExitCodes.Findings => 1,
        _ => 0,
    };
}

/// <summary>Counts for the summary line: "3 errors, 2 warnings in 1 draft".</summary>
public sealed record CheckSummary(int Drafts, int Errors, int Warnings, int Infos, int FailedDrafts)
{
    /// <summary>Counts the findings of <paramref name="run"/>.</summary>
    public static CheckSummary Of(CheckRun run)
    {
        IEnumerable<Finding> all = run.Drafts.SelectMany(d => d.Findings);
        return new CheckSummary(
            run.Drafts.Length,
            all.Count(f => f.Severity == Severity.Error),
            all.Count(f => f.Severity == Severity.Warning),
            all.Count(f => f.Severity == Severity.Info),
            run.Drafts.Count(d => d.IsUnreadable));
    }

    /// <summary>"3 errors, 2 warnings, 1 info in 1 draft (1 could not be read)".</summary>
    public override string ToString()
    {
        string counts = $"{Plural(Errors, "error")}, {Plural(Warnings, "warning")}, {Plural(Infos, "info", "infos")} in {Plural(Drafts, "draft")}";
        return FailedDrafts > 0 ? $"{counts} ({FailedDrafts} could not be read)" : counts;
    }

    private static string Plural(int count, string one, string? many = null) =>
        count == 1 ? $"1 {one}" : $"{count} {many ?? one + "s"}";
}
