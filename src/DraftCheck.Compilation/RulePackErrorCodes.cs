using System.Collections.Immutable;

namespace DraftCheck.Compilation;

/// <summary>
/// The codes of <see cref="RulePackError"/>s DraftCheck itself reports (the C# compiler's are <c>CSxxxx</c>):
/// DC20xx reading and loading, DC21xx the sandbox, DC22xx rule metadata, DC23xx the manifest.
/// </summary>
public static class RulePackErrorCodes
{
    /// <summary>The rule pack folder does not exist.</summary>
    public const string FolderNotFound = "DC2001";

    /// <summary>The rule pack holds no .cs file.</summary>
    public const string NoSources = "DC2002";

    /// <summary>A rule class has no public parameterless constructor.</summary>
    public const string NoConstructor = "DC2003";

    /// <summary>A rule's <c>Define()</c> is malformed or threw.</summary>
    public const string DefineFailed = "DC2004";

    /// <summary>A rule's <c>Define()</c> ran past the load budget.</summary>
    public const string DefineTimeout = "DC2005";

    /// <summary>DraftCheck failed to instrument the pack: a bug in DraftCheck.</summary>
    public const string InstrumentationFailed = "DC2099";

    /// <summary>The pack uses an assembly rule packs may not use.</summary>
    public const string ForbiddenAssembly = "DC2100";

    /// <summary>Files and folders (System.IO).</summary>
    public const string FileSystem = "DC2101";

    /// <summary>The network (System.Net).</summary>
    public const string Network = "DC2102";

    /// <summary>Processes (System.Diagnostics.Process).</summary>
    public const string Process = "DC2103";

    /// <summary>Reflection, emit, loading code, building expression trees by hand.</summary>
    public const string Reflection = "DC2104";

    /// <summary>Interop and P/Invoke (extern, DllImport, Marshal, Unsafe).</summary>
    public const string Interop = "DC2105";

    /// <summary>Unsafe code (pointers, fixed, unsafe blocks).</summary>
    public const string UnsafeCode = "DC2106";

    /// <summary>Threads, tasks, timers, async code and finalizers.</summary>
    public const string Threads = "DC2107";

    /// <summary>The process's environment (Environment, AppContext, AppDomain, Console).</summary>
    public const string Environment = "DC2108";

    /// <summary>Static state that can change between drafts.</summary>
    public const string StaticMutableState = "DC2109";

    /// <summary>Dynamic binding (<c>dynamic</c>).</summary>
    public const string Dynamic = "DC2110";

    /// <summary>DraftCheck's own machinery (the time budget).</summary>
    public const string Internals = "DC2111";

    /// <summary>A rule id is not capital letters then digits.</summary>
    public const string InvalidId = "DC2201";

    /// <summary>Two rules have the same id.</summary>
    public const string DuplicateId = "DC2202";

    /// <summary>A rule uses a retired id.</summary>
    public const string RetiredId = "DC2203";

    /// <summary>A rule has no title.</summary>
    public const string MissingTitle = "DC2204";

    /// <summary>A rule has no category.</summary>
    public const string MissingCategory = "DC2205";

    /// <summary>A rule states no default severity.</summary>
    public const string MissingSeverity = "DC2206";

    /// <summary>A rule cites no source.</summary>
    public const string MissingSource = "DC2207";

    /// <summary>A rule reports a finding with an empty message.</summary>
    public const string EmptyMessage = "DC2208";

    /// <summary>A rule reports findings but has no <c>[Rule]</c> attribute.</summary>
    public const string ReportsWithoutRuleAttribute = "DC2209";

    /// <summary>A rule id does not start with the pack's prefix.</summary>
    public const string WrongPrefix = "DC2210";

    /// <summary>A rule's example is empty or its markup is malformed.</summary>
    public const string InvalidExample = "DC2211";

    /// <summary>A rule never reports a finding (warning).</summary>
    public const string NeverReports = "DC2212";

    /// <summary>A rule declares no example (warning).</summary>
    public const string NoExamples = "DC2213";

    /// <summary><c>pack.json</c> is malformed.</summary>
    public const string ManifestInvalid = "DC2301";

    /// <summary><c>pack.json</c> has a property this DraftCheck does not know (warning).</summary>
    public const string ManifestUnknownProperty = "DC2302";

    /// <summary>One line per code, for help texts and SARIF rule descriptions.</summary>
    public static ImmutableDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>
    {
        [FolderNotFound] = "The rule pack folder does not exist.",
        [NoSources] = "The rule pack holds no .cs file.",
        [NoConstructor] = "A rule class needs a public parameterless constructor.",
        [DefineFailed] = "A rule's Define() is malformed or threw.",
        [DefineTimeout] = "A rule's Define() ran past the load budget.",
        [InstrumentationFailed] = "DraftCheck failed to instrument the pack (a bug in DraftCheck).",
        [ForbiddenAssembly] = "The pack uses an assembly rule packs may not use.",
        [FileSystem] = "Rule packs may not use files and folders (System.IO).",
        [Network] = "Rule packs may not use the network (System.Net).",
        [Process] = "Rule packs may not start or inspect processes (System.Diagnostics.Process).",
        [Reflection] = "Rule packs may not use reflection, emit or load code.",
        [Interop] = "Rule packs may not use interop or P/Invoke.",
        [UnsafeCode] = "Rule packs may not use unsafe code.",
        [Threads] = "Rule packs may not create threads or tasks, run async code or declare finalizers.",
        [Environment] = "Rule packs may not read or change the process's environment.",
        [StaticMutableState] = "Rule packs may not keep static state that can change between drafts.",
        [Dynamic] = "Rule packs may not use dynamic binding.",
        [Internals] = "Rule packs may not use DraftCheck's time-budget machinery.",
        [InvalidId] = "A rule id is capital letters then digits, such as IIPA001.",
        [DuplicateId] = "Two rules of a pack may not share an id.",
        [RetiredId] = "A retired rule id is never used again.",
        [MissingTitle] = "A rule needs a title.",
        [MissingCategory] = "A rule needs a category.",
        [MissingSeverity] = "A rule needs a default severity.",
        [MissingSource] = "A rule needs a source citation.",
        [EmptyMessage] = "A finding's message may not be empty.",
        [ReportsWithoutRuleAttribute] = "A rule that reports findings needs a [Rule(...)] attribute.",
        [WrongPrefix] = "A rule id starts with its pack's prefix.",
        [InvalidExample] = "A rule's example must be non-empty, well-formed provision text.",
        [NeverReports] = "A rule with an id never reports a finding.",
        [NoExamples] = "A rule declares no [Fires] example.",
        [ManifestInvalid] = "pack.json is malformed.",
        [ManifestUnknownProperty] = "pack.json has a property this DraftCheck does not know.",
    }.ToImmutableDictionary(StringComparer.Ordinal);
}
