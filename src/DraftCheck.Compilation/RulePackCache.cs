using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace DraftCheck.Compilation;

/// <summary>
/// Compiled packs on disk, one file per pack version: <c>&lt;cache&gt;/packs/&lt;name&gt;-&lt;key&gt;.dll</c>. The key
/// hashes everything the compiled bytes depend on: the sources and manifest, the DraftCheck build (version and the exact
/// assemblies a pack compiles against) and the environment's imports. Writers write a temporary file and rename it into
/// place, so a reader sees a whole file or none, and concurrent runs compiling the same pack write the same bytes.
/// </summary>
public static class RulePackCache
{
    // Bump when the cached file's layout or what the compiler injects changes without DraftCheck's version changing.
    private const string Format = "draftcheck-pack-cache/1";

    /// <summary>How many compiled versions of one pack the cache keeps; older ones are deleted.</summary>
    public const int VersionsKeptPerPack = 8;

    /// <summary>
    /// The user's cache folder for DraftCheck: <c>$XDG_CACHE_HOME/draftcheck</c> or <c>~/.cache/draftcheck</c> on Linux
    /// and macOS, <c>%LOCALAPPDATA%\DraftCheck\Cache</c> on Windows.
    /// </summary>
    public static string DefaultDirectory
    {
        get
        {
            if (OperatingSystem.IsWindows())
            {
                return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "DraftCheck", "Cache");
            }
            string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            string root = !string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg)
                ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            return Path.Combine(root, "draftcheck");
        }
    }

    /// <summary>The cache key of a pack: hex SHA-256 of everything its compiled bytes depend on.</summary>
    internal static string KeyOf(PackSources sources, RulePackEnvironment environment)
    {
        var text = new StringBuilder();
        text.Append(Format).Append('\n');
        text.Append(typeof(RulePackCache).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion).Append('\n');
        // The compiler and injected code are part of the output too: their assembly's identity covers them.
        foreach (Assembly assembly in environment.DraftCheckAssemblies().Append(typeof(RulePackCache).Assembly))
        {
            text.Append(assembly.GetName().Name).Append(' ').Append(assembly.ManifestModule.ModuleVersionId.ToString("N")).Append('\n');
        }
        foreach (string import in environment.GlobalUsings) text.Append("using ").Append(import).Append('\n');
        text.Append("pack ").Append(sources.Name).Append('\n');
        AppendFile(text, PackManifest.FileName, sources.ManifestText);
        foreach (PackSource file in sources.Files) AppendFile(text, file.Name, file.Text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void AppendFile(StringBuilder text, string name, string? content)
    {
        // Length-prefixed so that no choice of names and contents can make two packs hash alike.
        text.Append("file ").Append(name).Append(' ').Append(content?.Length ?? -1).Append('\n').Append(content).Append('\n');
    }

    /// <summary>Where the compiled pack with <paramref name="key"/> lives.</summary>
    internal static string PathOf(string cacheDirectory, string packName, string key) =>
        Path.Combine(cacheDirectory, "packs", $"{SafeName(packName)}-{key[..32]}.dll");

    /// <summary>The cached image, or null when absent or unreadable.</summary>
    internal static byte[]? TryRead(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Stores <paramref name="image"/>: write a file of its own, then rename it into place, so that a concurrent reader
    /// never sees half a file. A cache that cannot be written is no error: the next run compiles again.
    /// </summary>
    internal static void TryWrite(string path, byte[] image)
    {
        string folder = Path.GetDirectoryName(path)!;
        string temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(temporary, image);
            File.Move(temporary, path, overwrite: true);
            Prune(folder, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    /// <summary>Deletes a cached image that failed to load, so the next run compiles afresh.</summary>
    internal static void Evict(string path) => TryDelete(path);

    private static void Prune(string folder, string written)
    {
        string name = Path.GetFileName(written);
        string pack = name[..(name.LastIndexOf('-') + 1)];
        var versions = new DirectoryInfo(folder).GetFiles(pack + "*.dll")
            .Where(f => f.Name.Length == name.Length)
            .OrderByDescending(f => f.LastWriteTimeUtc)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .Skip(VersionsKeptPerPack);
        foreach (FileInfo old in versions) TryDelete(old.FullName);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another run may hold it open; it is only a cache.
        }
    }

    private static string SafeName(string name) => new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
}
