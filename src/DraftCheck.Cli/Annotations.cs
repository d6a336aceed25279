using DraftCheck.Findings;
using DraftCheck.Model;
using DraftCheck.Reports;

namespace DraftCheck.Cli;

/// <summary><c>check --annotate</c> and <c>--annotate-dir</c>: annotated copies of the drafts that could be read.</summary>
internal static class Annotations
{
    /// <summary>Writes the copies asked for; prints a line per copy that could not be written, and per note. False when a copy failed.</summary>
    public static bool Write(IReadOnlyList<DraftResult> results, string? annotate, string? annotateDir, TextWriter error)
    {
        IReadOnlyList<string> targets;
        if (annotate is not null) targets = [annotate];
        else if (annotateDir is not null)
        {
            try
            {
                Directory.CreateDirectory(annotateDir);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine(new DraftError(DraftErrorKind.Usage, annotateDir, $"cannot create the folder for annotated copies ({ex.Message})").ToString());
                return false;
            }
            targets = AnnotatedDocx.PathsIn(annotateDir, results.Select(r => r.Draft));
        }
        else return true;

        bool succeeded = true;
        for (int i = 0; i < results.Count; i++)
        {
            DraftResult result = results[i];
            if (result.IsUnreadable) continue; // its error is already printed
            string target = targets[i];
            if (AnnotatedDocx.IsSameFile(result.Draft, target))
            {
                error.WriteLine(new DraftError(DraftErrorKind.Usage, result.Draft, $"the annotated copy {target} would overwrite the draft; write it elsewhere").ToString());
                succeeded = false;
                continue;
            }
            try
            {
                AnnotationResult written = AnnotatedDocx.Write(result.Draft, result, target);
                foreach (AnnotationNote note in written.Notes) error.WriteLine($"{target}: note: {note}");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                error.WriteLine(new DraftError(DraftErrorKind.Usage, target, $"cannot write the annotated copy ({ex.Message})").ToString());
                succeeded = false;
            }
        }
        return succeeded;
    }
}
