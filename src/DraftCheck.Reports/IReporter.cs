using DraftCheck.Findings;

namespace DraftCheck.Reports;

/// <summary>Renders a check run in one format. Reporters never change, drop or re-sort findings.</summary>
public interface IReporter
{
    /// <summary>Writes the report of <paramref name="run"/> to <paramref name="output"/>.</summary>
    void Render(CheckRun run, TextWriter output);
}
