namespace DraftCheck.Compilation.Tests;

/// <summary>The sandbox judges symbols, so every spelling of a refused API is refused, named, and located.</summary>
public sealed class SandboxTests : IDisposable
{
    private readonly PackFolder _pack = new();

    public void Dispose() => _pack.Dispose();

    /// <summary>Compiles the rule and returns its only error, after checking it stands at <paramref name="marker"/>.</summary>
    private RulePackError SingleErrorAt(string source, string marker)
    {
        string path = _pack.Write("Rule.cs", source);
        RulePackResult result = _pack.Compile();
        Assert.False(result.Succeeded);
        RulePackError error = Assert.Single(result.Errors);
        Assert.Equal((path, _pack.LineOf("Rule.cs", marker), _pack.ColumnOf("Rule.cs", marker)), (error.Path, error.Line, error.Column));
        return error;
    }

    [Fact]
    public void Compile_FileReadAllText_IsRefusedNamingTheApiAndLocation()
    {
        string path = _pack.Write("Rule.cs", PackFolder.RuleWith("""
                private static bool Helper(TermOfProtection t) => System.IO.File.ReadAllText(t.Text).Length > 0;
            """));

        RulePackError error = Assert.Single(_pack.Compile().Errors);

        int line = _pack.LineOf("Rule.cs", "System.IO.File"), column = _pack.ColumnOf("Rule.cs", "System.IO.File");
        Assert.Equal($"{path}({line},{column}): error DC2101: 'System.IO.File.ReadAllText(string)' is refused: rule packs may not use files and folders (System.IO)",
            error.ToString());
    }

    [Fact]
    public void Compile_FileThroughAnAlias_IsRefusedAtTheAliasAndAtTheCall()
    {
        _pack.Write("Rule.cs", PackFolder.RuleWith("""
                private static bool Helper(TermOfProtection t) => Disk.Exists(t.Text);
            """, usings: "using Disk = System.IO.File;"));

        RulePackResult result = _pack.Compile();

        Assert.Equal(
        [
            (_pack.LineOf("Rule.cs", "using Disk"), "DC2101", "'System.IO.File' is refused: rule packs may not use files and folders (System.IO)"),
            (_pack.LineOf("Rule.cs", "Disk.Exists"), "DC2101", "'System.IO.File.Exists(string?)' is refused: rule packs may not use files and folders (System.IO)"),
        ], result.Errors.Select(e => (e.Line, e.Code, e.Message)));
    }

    [Fact]
    public void Compile_FileThroughGlobalQualifier_IsRefused()
    {
        RulePackError error = SingleErrorAt(PackFolder.RuleWith("""
                private static bool Helper(TermOfProtection t) => global::System.IO.File.Exists(t.Text);
            """), "global::System.IO.File");

        Assert.Equal("'System.IO.File.Exists(string?)' is refused: rule packs may not use files and folders (System.IO)", error.Message);
    }

    [Fact]
    public void Compile_MethodGroupInAVar_IsRefusedWhereTheGroupIsNamed()
    {
        RulePackError error = SingleErrorAt(PackFolder.RuleWith("""
                private static bool Helper(TermOfProtection t)
                {
                    var exists = System.IO.Directory.Exists;
                    return exists(t.Text);
                }
            """), "System.IO.Directory.Exists");

        Assert.Equal("'System.IO.Directory.Exists(string?)' is refused: rule packs may not use files and folders (System.IO)", error.Message);
    }

    [Fact]
    public void Compile_MethodGroupAsAFunc_IsRefusedWhereTheGroupIsNamed()
    {
        RulePackError error = SingleErrorAt(PackFolder.RuleWith("""
                private static bool Helper(TermOfProtection t)
                {
                    Func<string, string> read = System.IO.File.ReadAllText;
                    return read(t.Text).Length > 0;
                }
            """), "System.IO.File.ReadAllText");

        Assert.Equal("'System.IO.File.ReadAllText(string)' is refused: rule packs may not use files and folders (System.IO)", error.Message);
    }

    [Fact]
    public void Compile_Dynamic_IsRefusedBecauseItEscapesTheChecks()
    {
        string path = _pack.Write("Rule.cs", PackFolder.RuleWith("""
                private static bool Helper(TermOfProtection t)
                {
                    dynamic text = t.Text;
                    return text.Length > 0;
                }
            """));

        RulePackResult result = _pack.Compile();

        Assert.All(result.Errors, e => Assert.Equal("DC2110", e.Code));
        Assert.Equal($"{path}({_pack.LineOf("Rule.cs", "dynamic text")},{_pack.ColumnOf("Rule.cs", "dynamic text")}): error DC2110: 'dynamic' is refused: rule packs may not bind dynamically, which escapes these checks",
            result.Errors.First().ToString());
    }

    [Fact]
    public void Compile_TypeofAssembly_IsRefusedAsReflection()
    {
        RulePackError error = SingleErrorAt(PackFolder.RuleWith("""
                private static bool Helper(TermOfProtection t) => typeof(string).Assembly.FullName != t.Text;
            """), "typeof(string).Assembly");

        Assert.Equal("'System.Type.Assembly' is refused: rule packs may not use reflection, emit code or load assemblies", error.Message);
    }

    [Fact]
    public void Compile_TypeGetTypeByName_IsRefusedAsReflection()
    {
        RulePackError error = SingleErrorAt(PackFolder.RuleWith("""
                private static bool Helper(TermOfProtection t) => Type.GetType("System.IO.File") is not null;
            """), "Type.GetType");

        Assert.Equal("'System.Type.GetType(string)' is refused: rule packs may not use reflection, emit code or load assemblies", error.Message);
    }

    [Fact]
    public void Compile_ObjectGetTypeName_IsAllowed()
    {
        _pack.Write("Rule.cs", PackFolder.RuleWith("""
                private static bool Helper(TermOfProtection t) => t.GetType().Name == nameof(TermOfProtection) && nameof(System.IO.File).Length > 0;
            """));

        Assert.Empty(_pack.Compile().Errors);
    }

    [Theory]
    [InlineData("System.Diagnostics.Process.Start(t.Text) is null", "System.Diagnostics.Process.Start(string)", "DC2103", "start or inspect processes (System.Diagnostics.Process)")]
    [InlineData("new System.Net.Http.HttpClient().Timeout.Ticks > 0", "System.Net.Http.HttpClient.HttpClient()", "DC2102", "use the network (System.Net)")]
    [InlineData("Environment.GetEnvironmentVariable(t.Text) is null", "System.Environment.GetEnvironmentVariable(string)", "DC2108", "read or change the process's environment")]
    [InlineData("Console.ReadLine() == t.Text", "System.Console.ReadLine()", "DC2108", "read or change the process's environment")]
    [InlineData("Activator.CreateInstance(t.GetType()) is null", "System.Activator.CreateInstance(System.Type)", "DC2104", "use reflection, emit code or load assemblies")]
    [InlineData("System.Threading.Tasks.Task.Run(() => 1).Result > 0", "System.Threading.Tasks.Task.Run<int>(System.Func<int>)", "DC2107", "create threads or tasks")]
    [InlineData("new System.Threading.Thread(() => { }).IsAlive", "System.Threading.Thread.Thread(System.Threading.ThreadStart)", "DC2107", "create threads or tasks")]
    [InlineData("System.Runtime.InteropServices.Marshal.SizeOf<int>() > 0", "System.Runtime.InteropServices.Marshal.SizeOf<int>()", "DC2105", "call native code or bypass type safety (interop, P/Invoke)")]
    [InlineData("System.Linq.Expressions.Expression.Constant(t) is null", "System.Linq.Expressions.Expression.Constant(object?)", "DC2104", "use reflection, emit code or load assemblies")]
    [InlineData("new Exception().TargetSite is null", "System.Exception.TargetSite", "DC2104", "use reflection, emit code or load assemblies")]
    [InlineData("AppDomain.CurrentDomain.FriendlyName == t.Text", "System.AppDomain.CurrentDomain", "DC2108", "read or change the process's environment")]
    public void Compile_RefusedApi_IsNamedWithItsReason(string expression, string api, string code, string clause)
    {
        // The error stands where the refused expression starts: the start of the condition here.
        RulePackError error = SingleErrorAt(PackFolder.RuleWith($$"""
                private static bool Helper(TermOfProtection t) => {{expression}};
            """), expression);

        Assert.Equal((code, $"'{api}' is refused: rule packs may not {clause}"), (error.Code, error.Message));
    }

    [Fact]
    public void Compile_SettingAStaticOfThePlatform_IsRefusedAsProcessState()
    {
        RulePackError error = SingleErrorAt(PackFolder.RuleWith("""
                private static bool Helper(TermOfProtection t)
                {
                    System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
                    return t.Years > 0;
                }
            """), "System.Globalization.CultureInfo.DefaultThreadCurrentCulture =");

        Assert.Equal("'System.Globalization.CultureInfo.DefaultThreadCurrentCulture' is refused: rule packs may not read or change the process's environment (it sets state shared by the whole process)", error.Message);
    }

    [Fact]
    public void Compile_DllImport_IsRefusedAsInterop()
    {
        _pack.Write("Rule.cs", PackFolder.RuleWith("""
                [System.Runtime.InteropServices.DllImport("libc")]
                private static extern int getpid();
                private static bool Helper(TermOfProtection t) => getpid() > 0;
            """));

        RulePackResult result = _pack.Compile();

        Assert.Equal(
        [
            ("DC2105", "'System.Runtime.InteropServices.DllImportAttribute.DllImportAttribute(string)' is refused: rule packs may not call native code or bypass type safety (interop, P/Invoke)"),
            ("DC2105", "'extern' is refused: rule packs may not call native code or bypass type safety (interop, P/Invoke) (extern methods are native code or reach private members)"),
        ], result.Errors.Select(e => (e.Code, e.Message)));
    }

    [Fact]
    public void Compile_UnsafeBlock_IsRefused()
    {
        RulePackResult result;
        _pack.Write("Rule.cs", PackFolder.RuleWith("""
                private static bool Helper(TermOfProtection t)
                {
                    unsafe { int x = 1; int* p = &x; return *p == t.Years; }
                }
            """));

        result = _pack.Compile();

        Assert.Contains(result.Errors, e => e.Code == "DC2106" && e.Message == "'unsafe' is refused: rule packs may not use unsafe code");
        Assert.Contains(result.Errors, e => e.Code == "DC2106" && e.Message == "'int*' is refused: rule packs may not use unsafe code");
    }

    [Fact]
    public void Compile_AsyncMethod_IsRefusedBecauseItRunsOnTasks()
    {
        _pack.Write("Rule.cs", PackFolder.RuleWith("""
                private static bool Helper(TermOfProtection t) => t.Years > 0;
                private static async void Later() => await System.Threading.Tasks.Task.Yield();
            """));

        RulePackResult result = _pack.Compile();

        Assert.Contains(result.Errors, e => e.Code == "DC2107" && e.Message == "'async' is refused: rule packs may not create threads or tasks (async code runs on tasks)");
    }

    [Fact]
    public void Compile_Finalizer_IsRefusedBecauseItRunsOutsideTheBudget()
    {
        RulePackError error = SingleErrorAt(PackFolder.RuleWith("""
                private static bool Helper(TermOfProtection t) => t.Years > 0;
                ~TestRule() { }
            """), "~TestRule");

        Assert.Equal("'~TestRule()' is refused: rule packs may not create threads or tasks (finalizers run on the finalizer thread, outside the time budget)", error.Message);
    }

    [Fact]
    public void Compile_RuleBudget_IsRefusedBecauseDraftCheckInsertsItItself()
    {
        _pack.Write("Rule.cs", PackFolder.RuleWith("""
                private static bool Helper(TermOfProtection t)
                {
                    using var more = DraftCheck.Rules.RuleBudget.Start(TimeSpan.FromDays(1));
                    return t.Years > 0;
                }
            """));

        RulePackResult result = _pack.Compile();

        Assert.All(result.Errors, e => Assert.Equal("DC2111", e.Code));
        Assert.Contains(result.Errors, e => e.Message == "'DraftCheck.Rules.RuleBudget.Start(System.TimeSpan)' is refused: rule packs may not use DraftCheck's time-budget machinery, which DraftCheck adds itself");
    }

    [Fact]
    public void Compile_StaticMutableField_IsRefused()
    {
        RulePackError error = SingleErrorAt(PackFolder.RuleWith("""
                private static int s_seen;
                private static bool Helper(TermOfProtection t) => ++s_seen > 0;
            """), "s_seen;");

        Assert.Equal("DC2109", error.Code);
        Assert.Equal("static field 'Tests.TestRule.s_seen' can change between drafts; make it const or static readonly of an immutable type, or a local", error.Message);
    }

    [Fact]
    public void Compile_StaticReadonlyList_IsRefusedAsMutableState()
    {
        RulePackError error = SingleErrorAt(PackFolder.RuleWith("""
                private static readonly List<string> s_seen = [];
                private static bool Helper(TermOfProtection t) => s_seen.Count >= 0;
            """), "s_seen =");

        Assert.Equal("static readonly field 'Tests.TestRule.s_seen' holds a System.Collections.Generic.List<string>, which can change between drafts; use an immutable type such as ImmutableArray<T> or FrozenSet<T>",
            error.Message);
    }

    [Fact]
    public void Compile_StaticAutoPropertyWithSetter_IsRefused()
    {
        RulePackError error = SingleErrorAt(PackFolder.RuleWith("""
                private static int Seen { get; set; }
                private static bool Helper(TermOfProtection t) => Seen >= 0;
            """), "Seen {");

        Assert.Equal("static property 'Tests.TestRule.Seen' has a setter, so it can change between drafts; make it get-only", error.Message);
    }

    [Fact]
    public void Compile_ImmutableStaticState_IsAllowed()
    {
        _pack.Write("Rule.cs", PackFolder.RuleWith("""
                private const int Minimum = 70;
                private static readonly System.Collections.Immutable.ImmutableArray<string> s_words = ["term", "protection"];
                private static readonly System.Text.RegularExpressions.Regex s_years = new(@"\d+");
                private static readonly Threshold s_threshold = new(Minimum);
                private static string Name { get; } = "test";
                private sealed record Threshold(int Years);
                private static bool Helper(TermOfProtection t) => t.Years < s_threshold.Years && s_words.Length > 0 && !s_years.IsMatch(Name);
            """));

        Assert.Empty(_pack.Compile().Errors);
    }
}
