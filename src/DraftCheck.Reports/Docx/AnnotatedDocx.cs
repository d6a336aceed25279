using System.Collections.Immutable;
using DraftCheck.Findings;
using DraftCheck.Model;

namespace DraftCheck.Reports;

/// <summary>
/// Writes an annotated copy of a Word draft: one comment by "DraftCheck" per finding, anchored exactly at the matched
/// words, and every suggested amendment as a tracked change (deletion and insertion by "DraftCheck") that the lawyer
/// accepts or rejects in Word. The draft itself is never written; its own comments and revisions are kept. The same
/// draft and findings always give the same bytes.
/// </summary>
public static class AnnotatedDocx
{
    /// <summary>The author of the comments and tracked changes.</summary>
    public const string Author = "DraftCheck";

    /// <summary>The author's initials, shown in Word's comment balloons.</summary>
    public const string Initials = "DC";

    /// <summary>
    /// Writes the annotated copy of the draft at <paramref name="draftPath"/> to <paramref name="outputPath"/>.
    /// <paramref name="result"/> must come from checking that very file (its Word anchors point into it).
    /// </summary>
    /// <exception cref="ArgumentException">The output would overwrite the draft.</exception>
    public static AnnotationResult Write(string draftPath, DraftResult result, string outputPath)
    {
        if (IsSameFile(draftPath, outputPath))
        {
            throw new ArgumentException($"The annotated copy would overwrite the draft {draftPath}.", nameof(outputPath));
        }
        byte[] draft = File.ReadAllBytes(draftPath);
        (byte[] annotated, AnnotationResult outcome) = Annotate(draft, result);
        File.WriteAllBytes(outputPath, annotated);
        return outcome;
    }

    /// <summary>Whether the two paths name the same file (so that writing one would overwrite the other).</summary>
    public static bool IsSameFile(string path, string other) =>
        string.Equals(Path.GetFullPath(path), Path.GetFullPath(other), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Where <c>--annotate-dir</c> puts the copies of <paramref name="drafts"/>: the folder and each draft's file name;
    /// when names repeat, the second is <c>name-2.docx</c>, the third <c>name-3.docx</c>, in the order given.
    /// </summary>
    public static ImmutableArray<string> PathsIn(string directory, IEnumerable<string> drafts)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var paths = ImmutableArray.CreateBuilder<string>();
        foreach (string draft in drafts)
        {
            string name = Path.GetFileName(draft);
            string candidate = name;
            for (int n = 2; !taken.Add(candidate); n++)
            {
                candidate = $"{Path.GetFileNameWithoutExtension(name)}-{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}{Path.GetExtension(name)}";
            }
            paths.Add(Path.Combine(directory, candidate));
        }
        return paths.ToImmutable();
    }

    /// <summary>The annotated copy of the draft whose bytes are <paramref name="draft"/>, and what was written.</summary>
    public static (byte[] Annotated, AnnotationResult Result) Annotate(byte[] draft, DraftResult result)
    {
        using var package = new MemoryStream();
        package.Write(draft);
        package.Position = 0;
        AnnotationResult outcome = DocxAnnotator.Annotate(package, result);
        return (DeterministicZip.Normalize(package.ToArray()), outcome);
    }
}

/// <summary>What an annotated copy holds: how many comments and tracked changes were written, and what could not be.</summary>
/// <param name="Comments">The comments written, one per finding.</param>
/// <param name="TrackedChanges">The suggested edits written as tracked changes (a deletion and an insertion each count once).</param>
/// <param name="Notes">Findings or edits that could not be written as asked, with the reason; their comment says what they suggest.</param>
public sealed record AnnotationResult(int Comments, int TrackedChanges, ImmutableArray<AnnotationNote> Notes);

/// <summary>A finding that was not written exactly at its words, or an edit that could not become a tracked change.</summary>
/// <param name="Finding">The finding.</param>
/// <param name="Message">Why, in one sentence: "the suggested amendment overlaps the one of IIPA001 at Article 21(1); it is described in the comment only".</param>
public sealed record AnnotationNote(Finding Finding, string Message)
{
    /// <summary>"IIPA002 at Article 21(2): message".</summary>
    public override string ToString() => $"{Finding.RuleId} at {Finding.Location.Provision.Label}: {Message}";
}
