using System.Reflection;
using System.Runtime.Loader;
using DraftCheck.Checking;
using DraftCheck.Cli;
using DraftCheck.Compilation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DraftCheck.Testing.Tests;

/// <summary>
/// <c>draftcheck rules new</c> writes a rule that passes <c>rules validate</c> and <c>rules test</c>, and a test that
/// compiles against this kit and passes: both are exercised here as a rule author would.
/// </summary>
public sealed class RuleTemplateTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "draftcheck-new-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = Program.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void RulesNew_WritesARuleThatValidatesAndATestThatPasses()
    {
        string pack = Path.Combine(_root, "demo-pack");
        Directory.CreateDirectory(pack);
        File.WriteAllText(Path.Combine(pack, "pack.json"), """{ "name": "demo-pack", "prefix": "DEMO", "version": "0.1.0" }""");

        (int created, string written, _) = Run("rules", "new", "DEMO001", "--pack", pack);
        (int validated, string validation, _) = Run("rules", "validate", pack);
        (int tested, string tests, _) = Run("rules", "test", pack, "--no-cache");

        Assert.Equal((0, 0, 0), (created, validated, tested));
        Assert.Equal($"wrote {pack}/DEMO001.cs\nwrote {pack}/tests/DEMO001Tests.cs\n", written.ReplaceLineEndings("\n"));
        Assert.EndsWith(": valid: 1 rule, 0 errors, 0 warnings\n", validation.ReplaceLineEndings("\n"));
        Assert.EndsWith("2 passed, 0 failed\n", tests.ReplaceLineEndings("\n"));
        Assert.Contains("namespace DraftCheck.Packs.DemoPack;", File.ReadAllText(Path.Combine(pack, "DEMO001.cs")));

        RunFacts(CompileTest(Path.Combine(pack, "tests", "DEMO001Tests.cs")));
    }

    [Theory]
    [InlineData("demo001", "'demo001' is not a rule id: capital letters then digits, such as IIPA029")]
    [InlineData("IIPA001", "rule id 'IIPA001' must start with the pack's prefix 'DEMO' (pack.json)")]
    [InlineData("DEMO007", "rule id 'DEMO007' was retired (pack.json retiredIds) and is never used again")]
    public void RulesNew_IdThePackCannotTake_IsAUsageError(string id, string message)
    {
        string pack = Path.Combine(_root, "demo");
        Directory.CreateDirectory(pack);
        File.WriteAllText(Path.Combine(pack, "pack.json"), """{ "prefix": "DEMO", "retiredIds": ["DEMO007"] }""");

        (int exitCode, string output, string error) = Run("rules", "new", id, "--pack", pack);

        Assert.Equal((2, string.Empty), (exitCode, output));
        Assert.Equal($"draftcheck: error DC0001: {message}\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void RulesNew_ExistingRule_IsNotOverwritten()
    {
        string pack = Path.Combine(_root, "demo");
        Run("rules", "new", "DEMO001", "--pack", pack);
        File.WriteAllText(Path.Combine(pack, "DEMO001.cs"), "// mine");

        (int exitCode, _, string error) = Run("rules", "new", "DEMO001", "--pack", pack);

        Assert.Equal(2, exitCode);
        Assert.Contains("DEMO001.cs exists; choose another id or remove the file", error);
        Assert.Equal("// mine", File.ReadAllText(Path.Combine(pack, "DEMO001.cs")));
    }

    /// <summary>Compiles the generated test as the author's test project would: against this kit and xunit.</summary>
    private static Assembly CompileTest(string path)
    {
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        IEnumerable<string> references = trusted.Split(Path.PathSeparator)
            .Concat([typeof(RuleVerifier).Assembly.Location, typeof(FactAttribute).Assembly.Location, typeof(Assert).Assembly.Location])
            .Concat(typeof(RuleVerifier).Assembly.GetReferencedAssemblies().Select(a => Assembly.Load(a).Location))
            .Concat(typeof(DraftChecker).Assembly.GetReferencedAssemblies().Select(a => Assembly.Load(a).Location))
            .Distinct(StringComparer.Ordinal);
        SyntaxTree tree = CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Latest), path);
        CSharpCompilation compilation = CSharpCompilation.Create("TemplateTests", [tree],
            references.Select(r => MetadataReference.CreateFromFile(r)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        Assert.DoesNotContain(emitted.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        image.Position = 0;
        return new AssemblyLoadContext("TemplateTests", isCollectible: true).LoadFromStream(image);
    }

    /// <summary>Runs every [Fact] of the assembly; a failing one throws.</summary>
    private static void RunFacts(Assembly tests)
    {
        MethodInfo[] facts = [.. tests.GetTypes().SelectMany(t => t.GetMethods()).Where(m => m.GetCustomAttribute<FactAttribute>() is not null)];
        Assert.Equal(4, facts.Length);
        foreach (MethodInfo fact in facts)
        {
            object instance = Activator.CreateInstance(fact.DeclaringType!)!;
            try
            {
                fact.Invoke(instance, null);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                throw new Xunit.Sdk.XunitException($"{fact.Name} failed: {ex.InnerException.Message}");
            }
        }
    }
}
