using System.Collections.Immutable;
using System.Runtime.Loader;
using DraftCheck.Model;
using DraftCheck.Rules;
using DraftCheck.Rules.Model;

namespace DraftCheck.Compilation;

/// <summary>A compiled rule pack: its rules, their definitions and descriptors, in id order.</summary>
public sealed class RulePack
{
    private readonly AssemblyLoadContext? _loadContext;

    internal RulePack(string name, string directory, PackManifest manifest, ImmutableArray<RuleDefinition> definitions, AssemblyLoadContext? loadContext)
    {
        Name = name;
        Directory = directory;
        Manifest = manifest;
        Definitions = definitions;
        _loadContext = loadContext;
    }

    /// <summary>The pack's name (its folder name unless the manifest says otherwise).</summary>
    public string Name { get; }

    /// <summary>The pack's manifest (<c>pack.json</c>), or one holding only the name when the pack has none.</summary>
    public PackManifest Manifest { get; }

    /// <summary>The folder the pack was compiled from, as given.</summary>
    public string Directory { get; }

    /// <summary>The rules' definitions, ordered by rule name.</summary>
    public ImmutableArray<RuleDefinition> Definitions { get; }

    /// <summary>The descriptors of the rules that report findings.</summary>
    public ImmutableArray<RuleDescriptor> Descriptors => [.. Definitions.Select(d => d.Descriptor).OfType<RuleDescriptor>()];

    /// <summary>Lets the runtime unload the pack's assembly once nothing refers to its rules any more.</summary>
    public void Unload() => _loadContext?.Unload();

    /// <summary>A pack made of rule objects already in memory: for tests and tools.</summary>
    public static RulePack FromRules(string name, IEnumerable<Rule> rules) =>
        new(name, string.Empty, PackManifest.For(name), [.. rules.Select(r => r.GetDefinition()).OrderBy(d => d.Name, StringComparer.Ordinal)], null);
}

/// <summary>The result of compiling a pack: the pack, or the errors that prevented it, and the warnings either way.</summary>
public sealed record RulePackResult(RulePack? Pack, ImmutableArray<RulePackError> Diagnostics)
{
    /// <summary>Whether the pack compiled and loaded.</summary>
    public bool Succeeded => Pack is not null && !Diagnostics.Any(d => d.IsError);

    /// <summary>Whether the pack was loaded from the cache of compiled packs rather than compiled.</summary>
    public bool FromCache { get; init; }

    /// <summary>The errors only.</summary>
    public IEnumerable<RulePackError> Errors => Diagnostics.Where(d => d.IsError);
}
