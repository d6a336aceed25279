using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using DraftCheck.Rules;
using DraftCheck.Rules.Model;

namespace DraftCheck.Compilation;

/// <summary>
/// Loads a compiled pack image into a collectible load context and builds its rules' definitions. Used for fresh
/// compilations and cache hits alike, and free of Roslyn types so that a cache hit never loads the compiler.
/// </summary>
internal static class PackLoader
{
    /// <summary>The manifest resource holding the warnings found when the pack was compiled, so a cache hit shows them again.</summary>
    public const string WarningsResource = "DraftCheck.PackWarnings.json";

    /// <summary>Loads <paramref name="image"/>; the result holds the pack, or the errors that stopped it.</summary>
    /// <param name="image">The compiled assembly.</param>
    /// <param name="sources">The pack's sources, for names and paths.</param>
    /// <param name="manifest">The pack's manifest.</param>
    /// <param name="options">The load budget.</param>
    /// <param name="ruleLocations">Where each rule class is declared (by full type name), when the compiler is at hand.</param>
    public static RulePackResult Load(byte[] image, PackSources sources, PackManifest manifest, RulePackOptions options,
        IReadOnlyDictionary<string, RulePackError>? ruleLocations)
    {
        var loadContext = new AssemblyLoadContext("RulePack:" + sources.Name, isCollectible: true);
        var definitions = new List<RuleDefinition>();
        var diagnostics = new List<RulePackError>();
        try
        {
            Assembly assembly = loadContext.LoadFromStream(new MemoryStream(image, writable: false));
            diagnostics.AddRange(StoredWarnings(assembly, sources));
            using BudgetScope budget = RuleBudget.Start(options.DefineBudget);
            foreach (Type type in assembly.GetTypes().Where(t => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract).OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                RulePackError At(string code, string message) =>
                    ruleLocations is not null && ruleLocations.TryGetValue(type.FullName ?? type.Name, out RulePackError? at)
                        ? at with { Code = code, Message = message }
                        : new RulePackError(type.FullName ?? type.Name, 0, 0, true, code, message);
                if (type.GetConstructor(Type.EmptyTypes) is null)
                {
                    diagnostics.Add(At(RulePackErrorCodes.NoConstructor, $"rule {type.Name} needs a public parameterless constructor"));
                    continue;
                }
                try
                {
                    var rule = (Rule)Activator.CreateInstance(type)!;
                    definitions.Add(rule.GetDefinition());
                }
                catch (Exception ex) when (ex is RuleDefinitionException or TargetInvocationException)
                {
                    Exception cause = ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
                    RuleTimeoutException? timeout = cause as RuleTimeoutException ?? cause.InnerException as RuleTimeoutException;
                    diagnostics.Add(timeout is not null
                        ? At(RulePackErrorCodes.DefineTimeout, $"rule {Rule.AttributeOf(type)?.Id ?? type.Name} {timeout.Message} while the pack loaded")
                        : At(RulePackErrorCodes.DefineFailed, cause.Message));
                }
            }
        }
        catch (BadImageFormatException ex)
        {
            diagnostics.Add(new RulePackError(sources.Directory, 0, 0, true, RulePackErrorCodes.DefineFailed, $"the compiled pack could not be loaded: {ex.Message}"));
        }
        if (diagnostics.Any(d => d.IsError))
        {
            loadContext.Unload();
            return new RulePackResult(null, [.. diagnostics]);
        }
        definitions.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return new RulePackResult(new RulePack(sources.Name, sources.Directory, manifest, [.. definitions], loadContext), [.. diagnostics]);
    }

    /// <summary>The warnings stored in the image, with paths as users see them from the current folder.</summary>
    private static IEnumerable<RulePackError> StoredWarnings(Assembly assembly, PackSources sources)
    {
        using Stream? stream = assembly.GetManifestResourceStream(WarningsResource);
        if (stream is null) return [];
        StoredWarning[] stored = JsonSerializer.Deserialize<StoredWarning[]>(stream) ?? [];
        return stored.Select(w => new RulePackError(sources.DisplayPathOf(w.File), w.Line, w.Column, false, w.Code, w.Message));
    }

    /// <summary>The stored form of a warning, with the file named as in the pack (not as the user saw it at compile time).</summary>
    internal sealed record StoredWarning(string File, int Line, int Column, string Code, string Message);
}
