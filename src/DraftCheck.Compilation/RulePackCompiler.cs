using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using DraftCheck.Rules;
using DraftCheck.Rules.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DraftCheck.Compilation;

/// <summary>What a pack may see: the DraftCheck assemblies it compiles against and the namespaces imported in every file.</summary>
public sealed record RulePackEnvironment(ImmutableArray<Assembly> Assemblies, ImmutableArray<string> GlobalUsings)
{
    /// <summary>The parts of the base class library a rule may use.</summary>
    internal static readonly ImmutableArray<string> BaseLibrary =
    [
        "System.Private.CoreLib", "System.Runtime", "System.Collections", "System.Collections.Immutable", "System.Linq",
        "System.Linq.Expressions", "System.Text.RegularExpressions", "System.Memory", "System.Runtime.Extensions", "netstandard",
    ];
}

/// <summary>Compiles a rule pack (a folder of <c>.cs</c> files) with Roslyn into an in-memory assembly and loads its rules.</summary>
public static class RulePackCompiler
{
    /// <summary>Compiles the <c>.cs</c> files of <paramref name="directory"/> (not recursive), as given, for error paths.</summary>
    public static RulePackResult Compile(string directory, RulePackEnvironment environment)
    {
        if (!Directory.Exists(directory))
        {
            return new RulePackResult(null, [new RulePackError(directory, 0, 0, true, "DC2001", "rule pack folder not found")]);
        }
        string[] files = Directory.GetFiles(directory, "*.cs", SearchOption.TopDirectoryOnly);
        Array.Sort(files, StringComparer.Ordinal);
        if (files.Length == 0)
        {
            return new RulePackResult(null, [new RulePackError(directory, 0, 0, true, "DC2002", "the rule pack holds no .cs file")]);
        }
        var sources = files.Select(f => (Path: DisplayPath(f), Text: File.ReadAllText(f))).ToList();
        return CompileSources(Path.GetFileName(Path.TrimEndingDirectorySeparator(directory)), directory, sources, environment);
    }

    /// <summary>Compiles rule sources given as (path, text) pairs.</summary>
    public static RulePackResult CompileSources(string name, string directory, IReadOnlyList<(string Path, string Text)> sources, RulePackEnvironment environment)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources
            .Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, System.Text.Encoding.UTF8), parseOptions, s.Path))
            .ToList();
        string globalUsings = string.Concat(environment.GlobalUsings.Select(u => $"global using {u};\n"));
        trees.Add(CSharpSyntaxTree.ParseText(globalUsings, parseOptions, "GlobalUsings.g.cs"));

        var compilation = CSharpCompilation.Create(
            "DraftCheck.RulePack." + SanitizedName(name),
            trees,
            References(environment),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true,
                concurrentBuild: false));

        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(image);
        ImmutableArray<RulePackError> diagnostics = [.. emitted.Diagnostics
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning && !d.IsSuppressed)
            .OrderBy(d => d.Location.SourceTree?.FilePath ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .Select(ToError)];
        if (!emitted.Success) return new RulePackResult(null, diagnostics);

        image.Position = 0;
        var loadContext = new AssemblyLoadContext("RulePack:" + name, isCollectible: true);
        Assembly assembly = loadContext.LoadFromStream(image);
        var definitions = new List<RuleDefinition>();
        var errors = new List<RulePackError>(diagnostics);
        foreach (Type type in assembly.GetTypes().Where(t => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            try
            {
                if (type.GetConstructor(Type.EmptyTypes) is null)
                {
                    errors.Add(ErrorAt(compilation, type, "DC2003", $"rule {type.Name} needs a public parameterless constructor"));
                    continue;
                }
                var rule = (Rule)Activator.CreateInstance(type)!;
                definitions.Add(rule.GetDefinition());
            }
            catch (Exception ex) when (ex is RuleDefinitionException or TargetInvocationException)
            {
                Exception cause = ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
                errors.Add(ErrorAt(compilation, type, "DC2004", cause.Message));
            }
        }
        if (errors.Any(e => e.IsError))
        {
            loadContext.Unload();
            return new RulePackResult(null, [.. errors]);
        }
        definitions.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return new RulePackResult(new RulePack(name, directory, [.. definitions], loadContext), [.. errors]);
    }

    private static IEnumerable<MetadataReference> References(RulePackEnvironment environment)
    {
        string trusted = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
        var baseLibrary = trusted.Split(Path.PathSeparator)
            .Where(p => RulePackEnvironment.BaseLibrary.Contains(Path.GetFileNameWithoutExtension(p), StringComparer.Ordinal));
        var draftCheck = environment.Assemblies
            .SelectMany(a => new[] { a }.Concat(a.GetReferencedAssemblies()
                .Where(r => r.Name?.StartsWith("DraftCheck.", StringComparison.Ordinal) == true)
                .Select(Assembly.Load)))
            .Distinct()
            .Select(a => a.Location);
        return baseLibrary.Concat(draftCheck).Distinct(StringComparer.Ordinal).Select(p => MetadataReference.CreateFromFile(p));
    }

    private static RulePackError ToError(Diagnostic diagnostic)
    {
        FileLinePositionSpan position = diagnostic.Location.GetLineSpan();
        bool hasPosition = diagnostic.Location.IsInSource;
        return new RulePackError(
            hasPosition ? position.Path : string.Empty,
            hasPosition ? position.StartLinePosition.Line + 1 : 0,
            hasPosition ? position.StartLinePosition.Character + 1 : 0,
            diagnostic.Severity == DiagnosticSeverity.Error,
            diagnostic.Id,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static RulePackError ErrorAt(CSharpCompilation compilation, Type type, string code, string message)
    {
        INamedTypeSymbol? symbol = compilation.GetTypeByMetadataName(type.FullName ?? type.Name);
        Location? location = symbol?.Locations.FirstOrDefault(l => l.IsInSource);
        if (location is null) return new RulePackError(type.Name, 0, 0, true, code, message);
        FileLinePositionSpan position = location.GetLineSpan();
        return new RulePackError(position.Path, position.StartLinePosition.Line + 1, position.StartLinePosition.Character + 1, true, code, message);
    }

    /// <summary>A path as users should see it: relative to the current folder when inside it.</summary>
    private static string DisplayPath(string path)
    {
        string full = Path.GetFullPath(path);
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        string shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.Replace('\\', '/');
    }

    private static string SanitizedName(string name) =>
        new(name.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
}
