using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace DraftCheck.Compilation.Roslyn;

/// <summary>What compiling a pack gave: the image (null when an error stopped it), every diagnostic, and where each rule class is.</summary>
internal sealed record CompileOutput(byte[]? Image, ImmutableArray<RulePackError> Diagnostics, IReadOnlyDictionary<string, RulePackError> RuleLocations);

/// <summary>
/// Compiles a pack with Roslyn: compiler diagnostics, then the sandbox and the metadata rules on the same semantic
/// models, then (only when all pass) the time-budget instrumentation and the emit. Every Roslyn type stays in this
/// folder, so that loading a cached pack never loads the compiler.
/// </summary>
internal static class RoslynPackCompiler
{
    private const string GlobalUsingsFile = "GlobalUsings.g.cs";

    // Reading an assembly's metadata costs more than compiling a small pack: read each once per process and share it
    // (a reference is immutable, and the assemblies of a running DraftCheck do not change under it).
    private static readonly ConcurrentDictionary<string, MetadataReference> s_references = new(StringComparer.Ordinal);

    public static CompileOutput Compile(PackSources sources, PackManifest manifest, RulePackEnvironment environment)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        List<SyntaxTree> trees = [.. sources.Files.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, Encoding.UTF8), parseOptions, f.DisplayPath))];
        string globalUsings = string.Concat(environment.GlobalUsings.Select(u => $"global using {u};\n"));
        SyntaxTree usingsTree = CSharpSyntaxTree.ParseText(globalUsings, parseOptions, GlobalUsingsFile);

        CSharpCompilation compilation = CSharpCompilation.Create(
            "DraftCheck.RulePack." + SanitizedName(sources.Name),
            [.. trees, usingsTree],
            References(environment),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true,
                concurrentBuild: true));

        var diagnostics = new List<RulePackError>(compilation.GetDiagnostics()
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning && !d.IsSuppressed)
            .Select(ToError));
        var sandbox = new List<RulePackError>();
        foreach (SyntaxTree tree in trees) sandbox.AddRange(Sandbox.Analyze(compilation.GetSemanticModel(tree)));
        if (sandbox.Count == 0 && !diagnostics.Any(d => d.IsError)) sandbox.AddRange(Sandbox.CheckAssemblies(compilation, sources.Directory));
        diagnostics.AddRange(sandbox);
        RuleMetadata.Result metadata = RuleMetadata.Validate(compilation, trees, manifest, sources.ManifestDisplayPath);
        diagnostics.AddRange(metadata.Diagnostics);

        if (diagnostics.Any(d => d.IsError)) return new CompileOutput(null, [.. diagnostics], metadata.RuleLocations);

        CSharpCompilation instrumented = compilation;
        foreach (SyntaxTree tree in trees)
        {
            SyntaxTree rewritten = BudgetInstrumenter.Instrument(tree, compilation.GetSemanticModel(tree), Path.GetFileName(tree.FilePath));
            instrumented = instrumented.ReplaceSyntaxTree(tree, rewritten);
        }

        byte[] warnings = JsonSerializer.SerializeToUtf8Bytes(diagnostics
            .Select(d => new PackLoader.StoredWarning(sources.Files.FirstOrDefault(f => f.DisplayPath == d.Path)?.Name ?? d.Path, d.Line, d.Column, d.Code, d.Message))
            .ToArray());
        using var image = new MemoryStream();
        EmitResult emitted = instrumented.Emit(image,
            manifestResources: [new ResourceDescription(PackLoader.WarningsResource, () => new MemoryStream(warnings), isPublic: true)]);
        if (!emitted.Success)
        {
            // The sources compiled, so this is a bug in the instrumentation: say so, with the compiler's words.
            diagnostics.AddRange(emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => ToError(d) with
            {
                Code = RulePackErrorCodes.InstrumentationFailed,
                Message = $"DraftCheck could not instrument the pack (a bug in DraftCheck; please report it): {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}",
            }));
            return new CompileOutput(null, [.. diagnostics], metadata.RuleLocations);
        }
        return new CompileOutput(image.ToArray(), [.. diagnostics], metadata.RuleLocations);
    }

    private static IEnumerable<MetadataReference> References(RulePackEnvironment environment)
    {
        string trusted = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
        var baseLibrary = trusted.Split(Path.PathSeparator)
            .Where(p => RulePackEnvironment.BaseLibrary.Contains(Path.GetFileNameWithoutExtension(p), StringComparer.Ordinal)
                || RulePackEnvironment.NamedForTheSandbox.Contains(Path.GetFileNameWithoutExtension(p), StringComparer.Ordinal))
            .Order(StringComparer.Ordinal);
        var draftCheck = environment.DraftCheckAssemblies().Select(a => a.Location);
        return baseLibrary.Concat(draftCheck).Distinct(StringComparer.Ordinal).Select(p => s_references.GetOrAdd(p, path => MetadataReference.CreateFromFile(path)));
    }

    /// <summary>A compiler diagnostic as MSBuild prints it; line and column count from 1.</summary>
    internal static RulePackError ToError(Diagnostic diagnostic) =>
        At(diagnostic.Location, diagnostic.Severity == DiagnosticSeverity.Error, diagnostic.Id,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A diagnostic at <paramref name="location"/>.</summary>
    internal static RulePackError At(Location location, bool isError, string code, string message)
    {
        if (!location.IsInSource) return new RulePackError(string.Empty, 0, 0, isError, code, message);
        FileLinePositionSpan position = location.GetLineSpan();
        return new RulePackError(position.Path, position.StartLinePosition.Line + 1, position.StartLinePosition.Character + 1, isError, code, message);
    }

    private static string SanitizedName(string name) => new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
}
