using System.Collections.Immutable;
using DraftCheck.Model;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

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
    public static bool IsPattern(string input) =>
        input.AsSpan().IndexOfAny('*', '?', '[') >= 0 && !File.Exists(input) && !Directory.Exists(input);

    /// <summary>Every draft under <paramref name="folder"/>, its subfolders included, in ordinal order of their paths.</summary>
    private static List<string> FolderDrafts(string folder)
    {
        var drafts = new List<string>();
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            string current = pending.Pop();
            drafts.AddRange(Directory.EnumerateFiles(current).Where(f => IsDraftFile(Path.GetFileName(f))));
            foreach (string sub in Directory.EnumerateDirectories(current))
            {
                // Links to folders are not followed: a link to an ancestor would make the walk endless.
                if (!IsHiddenName(Path.GetFileName(sub)) && !new DirectoryInfo(sub).Attributes.HasFlag(FileAttributes.Hidden)
                    && new DirectoryInfo(sub).LinkTarget is null)
                {
                    pending.Push(sub);
                }
            }
        }
        drafts.Sort(StringComparer.Ordinal);
        return drafts;
    }

    /// <summary>
    /// The drafts a pattern matches. The pattern's leading segments without wildcards name the folder it is matched
    /// under (<c>drafts/**/*.docx</c>: under <c>drafts</c>, <c>**/*.docx</c>); the drafts are named from that folder as
    /// the pattern spells it.
    /// </summary>
    private static List<string> MatchPattern(string pattern)
    {
        string[] segments = pattern.Replace('\\', '/').Split('/');
        int fixedCount = 0;
        while (fixedCount < segments.Length - 1 && segments[fixedCount].AsSpan().IndexOfAny('*', '?', '[') < 0) fixedCount++;
        string root = string.Join('/', segments, 0, fixedCount);
        if (fixedCount > 0 && root.Length == 0) root = "/"; // an absolute pattern: /drafts/*.docx
        string relative = string.Join('/', segments, fixedCount, segments.Length - fixedCount);

        string searchRoot = root.Length == 0 ? "." : root;
        if (!Directory.Exists(searchRoot)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(relative);
        PatternMatchingResult result = matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(searchRoot)));
        var drafts = new List<string>();
        foreach (FilePatternMatch match in result.Files)
        {
            string[] parts = match.Path.Split('/');
            if (!IsDraftFile(parts[^1]) || parts[..^1].Any(IsHiddenName)) continue;
            drafts.Add(root.Length == 0 ? match.Path : Path.Join(root, match.Path));
        }
        drafts.Sort(StringComparer.Ordinal);
        return drafts;
    }

    private static bool IsDraftFile(string name) =>
        name.EndsWith(DraftExtension, StringComparison.OrdinalIgnoreCase)
        && !name.StartsWith(LockFilePrefix, StringComparison.Ordinal)
        && !IsHiddenName(name);

    private static bool IsHiddenName(string name) => name.StartsWith('.') && name is not "." and not "..";

    private static StringComparer FullPathComparer =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
}
