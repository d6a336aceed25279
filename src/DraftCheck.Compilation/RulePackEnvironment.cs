using System.Collections.Immutable;
using System.Reflection;

namespace DraftCheck.Compilation;

/// <summary>What a pack may see: the DraftCheck assemblies it compiles against and the namespaces imported in every file.</summary>
public sealed record RulePackEnvironment(ImmutableArray<Assembly> Assemblies, ImmutableArray<string> GlobalUsings)
{
    /// <summary>The parts of the base class library a rule may use; the compiled pack may reference no other.</summary>
    internal static readonly ImmutableArray<string> BaseLibrary =
    [
        "System.Private.CoreLib", "System.Runtime", "System.Collections", "System.Collections.Immutable", "System.Linq",
        "System.Linq.Expressions", "System.Text.RegularExpressions", "System.Memory", "System.Runtime.Extensions", "netstandard",
    ];

    /// <summary>
    /// Assemblies referenced only so that the sandbox can name what a rule reaches for ("System.Net.Http.HttpClient")
    /// instead of the compiler saying the type does not exist; the sandbox refuses every use of them, and a pack that
    /// still uses one is refused as a whole (<see cref="RulePackErrorCodes.ForbiddenAssembly"/>).
    /// </summary>
    internal static readonly ImmutableArray<string> NamedForTheSandbox =
    [
        "System.Console", "System.Diagnostics.Process", "System.ComponentModel.Primitives", "System.Net.Primitives",
        "System.Net.Http", "System.Net.Sockets",
    ];

    /// <summary>The given assemblies and the DraftCheck assemblies they reference, each once, in a stable order.</summary>
    internal ImmutableArray<Assembly> DraftCheckAssemblies() =>
    [
        .. Assemblies
            .SelectMany(a => new[] { a }.Concat(a.GetReferencedAssemblies()
                .Where(r => r.Name?.StartsWith("DraftCheck.", StringComparison.Ordinal) == true)
                .Select(Assembly.Load)))
            .Distinct()
            .OrderBy(a => a.GetName().Name, StringComparer.Ordinal),
    ];
}

/// <summary>How to compile and load packs.</summary>
public sealed record RulePackOptions
{
    /// <summary>
    /// The folder of compiled packs, reused while a pack's sources and DraftCheck stay the same; null compiles every time.
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>
    /// How long a rule's <c>Define()</c> may run while the pack loads; a longer one is stopped and reported
    /// (<see cref="RulePackErrorCodes.DefineTimeout"/>).
    /// </summary>
    public TimeSpan DefineBudget { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Compile every time; no cache.</summary>
    public static RulePackOptions NoCache { get; } = new();
}
