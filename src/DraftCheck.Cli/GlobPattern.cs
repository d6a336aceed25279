using System.Text;
using System.Text.RegularExpressions;

namespace DraftCheck.Cli;

/// <summary>
/// A glob pattern over file paths, as shells spell them: <c>*</c> any characters within a name, <c>?</c> one
/// character, <c>[abc]</c>, <c>[a-z]</c> and <c>[!abc]</c> one character of (or not of) a set, and <c>**</c> as a whole
/// segment any number of folders, none included. As in shells, a wildcard never matches a name's leading dot: hidden
/// files and folders are matched only by a segment that starts with a dot itself.
/// </summary>
internal sealed class GlobPattern
{
    private readonly string[] _segments;
    private readonly Regex?[] _names; // null for a "**" segment
    private readonly StringComparison _comparison;

    private GlobPattern(string root, string[] segments, bool ignoreCase)
    {
        Root = root;
        _segments = segments;
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        _names = [.. segments.Select(s => s == "**" ? null : NameRegex(s, ignoreCase))];
    }

    /// <summary>The folder the pattern is matched under, as the pattern spells it: its leading segments without wildcards; empty for the current folder.</summary>
    public string Root { get; }

    /// <summary>Whether <paramref name="text"/> holds a wildcard (<c>*</c>, <c>?</c> or <c>[</c>).</summary>
    public static bool HasWildcard(string text) => text.AsSpan().IndexOfAny('*', '?', '[') >= 0;

    /// <summary>Parses <paramref name="pattern"/> (<c>/</c> or <c>\</c> between segments); names compare ignoring case where the file system does.</summary>
    public static GlobPattern Parse(string pattern, bool ignoreCase)
    {
        string[] segments = pattern.Replace('\\', '/').Split('/');
        int fixedCount = 0;
        while (fixedCount < segments.Length - 1 && !HasWildcard(segments[fixedCount])) fixedCount++;
        string root = string.Join('/', segments, 0, fixedCount);
        if (fixedCount > 0 && root.Length == 0) root = "/"; // an absolute pattern: /drafts/*.docx
        else if (root.Length == 2 && root[1] == ':') root += "/"; // a drive's root, C:/*.docx, not the drive's current folder
        string[] rest = [.. segments.Skip(fixedCount).Where(s => s.Length > 0 && s != ".")];
        if (rest is [.., "**"]) rest = [.. rest, "*"]; // drafts/** : every file at any depth
        return new GlobPattern(root, rest, ignoreCase);
    }

    /// <summary>The pattern <c>root/**/*</c>: every file under <paramref name="root"/> at any depth, outside hidden folders.</summary>
    public static GlobPattern Everything(string root, bool ignoreCase) => new(root, ["**", "*"], ignoreCase);

    /// <summary>Whether the path <paramref name="relative"/> (segments separated by <c>/</c>, from <see cref="Root"/>) matches the pattern.</summary>
    public bool IsMatch(string relative) => Matches(relative.Split('/'), 0, 0);

    /// <summary>The files under <see cref="Root"/> that match, named from the root as the pattern spells it, in ordinal order. Links to folders are not followed.</summary>
    public List<string> Files()
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        string start = Root.Length == 0 ? "." : Root;
        if (_segments.Length > 0 && Directory.Exists(start)) Walk(start, Root, 0, found);
        return [.. found];
    }

    private void Walk(string directory, string named, int segment, SortedSet<string> found)
    {
        if (_names[segment] is null)
        {
            // "**": zero folders here, or one more folder and "**" again.
            if (segment + 1 < _segments.Length) Walk(directory, named, segment + 1, found);
            foreach (string sub in Subdirectories(directory).Where(d => !IsHidden(Path.GetFileName(d))))
            {
                Walk(sub, Path.Join(named, Path.GetFileName(sub)), segment, found);
            }
            return;
        }
        bool last = segment == _segments.Length - 1;
        IEnumerable<string> entries = last ? Files(directory) : Subdirectories(directory);
        foreach (string entry in entries)
        {
            string name = Path.GetFileName(entry);
            if (!NameMatches(segment, name)) continue;
            string entryNamed = named.Length == 0 ? name : Path.Join(named, name);
            if (last) found.Add(entryNamed);
            else Walk(entry, entryNamed, segment + 1, found);
        }
    }

    private bool Matches(string[] parts, int part, int segment)
    {
        if (segment == _segments.Length) return part == parts.Length;
        if (_names[segment] is null)
        {
            if (Matches(parts, part, segment + 1)) return true;
            return part < parts.Length && !IsHidden(parts[part]) && Matches(parts, part + 1, segment);
        }
        return part < parts.Length && NameMatches(segment, parts[part]) && Matches(parts, part + 1, segment + 1);
    }

    private bool NameMatches(int segment, string name) =>
        (!IsHidden(name) || _segments[segment].StartsWith('.')) && (HasWildcard(_segments[segment])
            ? _names[segment]!.IsMatch(name)
            : string.Equals(_segments[segment], name, _comparison));

    private static bool IsHidden(string name) => name.StartsWith('.');

    private static readonly EnumerationOptions s_enumeration = new() { IgnoreInaccessible = true, AttributesToSkip = 0 };

    private static IEnumerable<string> Files(string directory) => Directory.EnumerateFiles(directory, "*", s_enumeration);

    private static IEnumerable<string> Subdirectories(string directory) =>
        Directory.EnumerateDirectories(directory, "*", s_enumeration).Where(d => new DirectoryInfo(d).LinkTarget is null);

    // One name segment as an anchored regular expression: * and ? stay within the name; [...] is one character of a set.
    private static Regex NameRegex(string segment, bool ignoreCase)
    {
        var regex = new StringBuilder("^");
        for (int i = 0; i < segment.Length; i++)
        {
            char c = segment[i];
            int close = c == '[' ? ClassEnd(segment, i) : -1;
            if (c == '*') regex.Append(".*");
            else if (c == '?') regex.Append('.');
            else if (close > 0)
            {
                string members = segment[(i + 1)..close];
                bool negated = members.StartsWith('!') || members.StartsWith('^');
                if (negated) members = members[1..];
                regex.Append(negated ? "[^" : "[").Append(Regex.Escape(members).Replace("\\-", "-", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal)).Append(']');
                i = close;
            }
            else regex.Append(Regex.Escape(c.ToString()));
        }
        RegexOptions options = RegexOptions.CultureInvariant | RegexOptions.Singleline | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        return new Regex(regex.Append('$').ToString(), options);
    }

    // Where the set opened at `open` closes; a ']' right after '[' (or '[!') is a member. -1 when unclosed: a literal '['.
    private static int ClassEnd(string segment, int open)
    {
        int i = open + 1;
        if (i < segment.Length && segment[i] is '!' or '^') i++;
        if (i < segment.Length && segment[i] == ']') i++;
        int close = segment.IndexOf(']', i);
        return close > open + 1 ? close : -1;
    }
}
