using System.Collections.Immutable;
using DraftCheck.Model;

namespace DraftCheck.Cli;

/// <summary>The drafts a batch checks, and the inputs that named none.</summary>
/// <param name="Drafts">The draft paths, each once, in the order described by <see cref="DraftInputs.Expand"/>.</param>
/// <param name="Errors">One error per folder or pattern that matched no draft, in input order.</param>
internal sealed record DraftSelection(ImmutableArray<string> Drafts, ImmutableArray<DraftError> Errors);

/// <summary>
/// Turns the <c>check</c> command's inputs (files, folders and glob patterns) into the list of drafts to check.
/// </summary>
/// <remarks>
/// Inputs keep their command-line order; a folder or a pattern contributes its drafts in ordinal order of their paths,
/// so the list (and so the report) is the same on every run and every machine. A draft named twice (same full path)
/// is checked once, where it first appears. A file named explicitly is taken as it is (any extension, even a missing
/// file: the checker reports why it cannot be read); folders and patterns only yield <c>.docx</c> files, never Word's
/// lock files (<c>~$name.docx</c>) and nothing inside hidden folders.
/// </remarks>
internal static class DraftInputs
{
    private const string DraftExtension = ".docx";

    // Word's owner file, created beside an open document and left behind when Word crashes.
    private const string LockFilePrefix = "~$";

    /// <summary>Expands <paramref name="inputs"/> into drafts; see the remarks on <see cref="DraftInputs"/>.</summary>
    public static DraftSelection Expand(IEnumerable<string> inputs)
    {
        var drafts = ImmutableArray.CreateBuilder<string>();
        var errors = ImmutableArray.CreateBuilder<DraftError>();
        var seen = new HashSet<string>(FullPathComparer);
        foreach (string input in inputs)
        {
            IReadOnlyList<string> found;
            if (IsPattern(input))
            {
                found = MatchPattern(input);
                if (found.Count == 0) errors.Add(new DraftError(DraftErrorKind.FileNotFound, input, "no Word draft (.docx) matches this pattern"));
            }
            else if (Directory.Exists(input))
            {
                found = FolderDrafts(input);
                if (found.Count == 0) errors.Add(new DraftError(DraftErrorKind.FileNotFound, input, "the folder holds no Word draft (.docx)"));
            }
            else
            {
                found = [input];
            }
            foreach (string draft in found)
            {
                if (seen.Add(Path.GetFullPath(draft))) drafts.Add(draft);
            }
        }
        return new DraftSelection(drafts.ToImmutable(), errors.ToImmutable());
    }

    /// <summary>Whether <paramref name="input"/> is a glob pattern rather than a path: it holds <c>*</c>, <c>?</c> or <c>[</c> and names no existing file.</summary>
    public static bool IsPattern(string input) => GlobPattern.HasWildcard(input) && !File.Exists(input) && !Directory.Exists(input);

    /// <summary>Every draft under <paramref name="folder"/>, its subfolders included (<c>folder/**/*</c>), in ordinal order of their paths.</summary>
    private static List<string> FolderDrafts(string folder) =>
        [.. GlobPattern.Everything(folder, ignoreCase: !IsCaseSensitiveFileSystem).Files().Where(path => IsDraftFile(Path.GetFileName(path)))];

    /// <summary>
    /// The drafts a pattern matches (see <see cref="GlobPattern"/>), named from the pattern's folder as the pattern
    /// spells it: <c>drafts/**/*.docx</c> gives <c>drafts/2020/a.docx</c>.
    /// </summary>
    private static List<string> MatchPattern(string pattern) =>
        [.. GlobPattern.Parse(pattern, ignoreCase: !IsCaseSensitiveFileSystem).Files().Where(path => IsDraftFile(Path.GetFileName(path)))];

    private static bool IsDraftFile(string name) =>
        name.EndsWith(DraftExtension, StringComparison.OrdinalIgnoreCase) && !name.StartsWith(LockFilePrefix, StringComparison.Ordinal);

    // Windows and macOS file systems ignore case by default; the others do not.
    private static bool IsCaseSensitiveFileSystem => !OperatingSystem.IsWindows() && !OperatingSystem.IsMacOS();

    private static StringComparer FullPathComparer => IsCaseSensitiveFileSystem ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
}
