using System.Collections.Immutable;

namespace DraftCheck.Compilation;

/// <summary>One source file of a pack: its file name in the pack, the path shown to users, and its text.</summary>
internal sealed record PackSource(string Name, string DisplayPath, string Text);

/// <summary>What a pack is made of, read once: the sources in ordinal order of name and the manifest's text.</summary>
internal sealed record PackSources(string Name, string Directory, ImmutableArray<PackSource> Files, string? ManifestText, string ManifestDisplayPath)
{
    /// <summary>A path as users should see it: relative to the current folder when inside it, with forward slashes.</summary>
    public static string DisplayPath(string path)
    {
        string full = Path.GetFullPath(path);
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        string shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.Replace('\\', '/');
    }

    /// <summary>The display path of a file of the pack, for a diagnostic stored with its file name only.</summary>
    public string DisplayPathOf(string name) =>
        Files.FirstOrDefault(f => f.Name == name)?.DisplayPath ?? (name == PackManifest.FileName ? ManifestDisplayPath : name);
}
