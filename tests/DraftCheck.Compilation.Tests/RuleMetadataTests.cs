namespace DraftCheck.Compilation.Tests;

/// <summary>What each rule declares about itself, checked from the compiler's symbols before any rule code runs.</summary>
public sealed class RuleMetadataTests : IDisposable
{
    private readonly PackFolder _pack = new();

    public void Dispose() => _pack.Dispose();

    private static string Rule(string attribute, string className = "Checked", string message = "\"term found\"", string examples = "[Fires(\"The term of protection shall be fifty years after the first publication.\")]") => $$"""
        namespace Tests;

        {{attribute}}
        {{examples}}
        public sealed class {{className}} : Rule
        {
            public override void Define()
            {
                TermOfProtection term = null!;
                When().Match(() => term, t => t.Years < 70);
                Then().Do(ctx => ctx.Report(term, {{message}}));
            }
        }
        """;

    private const string Complete = """[Rule("TEST001", Title = "Short term", Category = "Term", Severity = Severity.Error, Source = "Tests")]""";

    [Fact]
    public void Compile_CompleteMetadata_HasNoDiagnostics()
    {
        _pack.Write("TEST001.cs", Rule(Complete));

        RulePackResult result = _pack.Compile();

        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Compile_DuplicateId_NamesTheFirstRuleAndWhereItIs()
    {
        string first = _pack.Write("A.cs", Rule(Complete, "First"));
        string second = _pack.Write("B.cs", Rule(Complete, "Second"));

        RulePackError error = Assert.Single(_pack.Compile().Errors);

        Assert.Equal($"{second}(3,2): error DC2202: rule id 'TEST001' of Second is already the id of First ({first}(3,2))", error.ToString());
    }

    [Fact]
    public void Compile_MissingTitleCategorySeverityAndSource_ReportsEach()
    {
        string path = _pack.Write("TEST001.cs", Rule("""[Rule("TEST001", Title = " ")]"""));

        RulePackResult result = _pack.Compile();

        Assert.Equal(
        [
            $"{path}(3,2): error DC2205: rule TEST001 has no Category: give the grouping used in reports, such as Term",
            $"{path}(3,2): error DC2206: rule TEST001 has no Severity: state its default, such as Severity = Severity.Error",
            $"{path}(3,2): error DC2207: rule TEST001 has no Source: cite the authority the rule encodes (document, section, footnote)",
            $"{path}(3,18): error DC2204: rule TEST001 has no Title: say in one line what the rule detects",
        ], result.Errors.Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("test001")]
    [InlineData("TEST")]
    [InlineData("001")]
    [InlineData("TEST-001")]
    public void Compile_MalformedId_SaysIdsAreLettersThenDigits(string id)
    {
        _pack.Write("Rule.cs", Rule(Complete.Replace("TEST001", id, StringComparison.Ordinal)));

        RulePackError error = Assert.Single(_pack.Compile().Errors);

        Assert.Equal(("DC2201", $"rule id '{id}' of Checked must be capital letters then digits, such as IIPA001"), (error.Code, error.Message));
    }

    [Fact]
    public void Compile_RetiredId_IsNeverReused()
    {
        string manifest = _pack.Write("pack.json", """{ "name": "tests", "prefix": "TEST", "retiredIds": ["TEST001"] }""");
        _pack.Write("TEST001.cs", Rule(Complete));

        RulePackError error = Assert.Single(_pack.Compile().Errors);

        Assert.Equal($"rule id 'TEST001' of Checked was retired ({manifest} retiredIds) and is never used again; choose a new id", error.Message);
        Assert.Equal("DC2203", error.Code);
    }

    [Fact]
    public void Compile_IdWithAnotherPrefix_ReportsThePacksPrefix()
    {
        _pack.Write("pack.json", """{ "name": "tests", "prefix": "IIPA" }""");
        _pack.Write("TEST001.cs", Rule(Complete));

        RulePackError error = Assert.Single(_pack.Compile().Errors);

        Assert.Equal("DC2210", error.Code);
        Assert.StartsWith("rule id 'TEST001' of Checked must start with the pack's prefix 'IIPA'", error.Message);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("$\"\"")]
    public void Compile_EmptyMessage_IsAnError(string message)
    {
        string path = _pack.Write("TEST001.cs", Rule(Complete, message: message));

        RulePackError error = Assert.Single(_pack.Compile().Errors);

        Assert.Equal($"{path}(11,43): error DC2208: a finding's message is empty: say what is wrong, naming the provision", error.ToString());
    }

    [Fact]
    public void Compile_RuleReportingWithoutRuleAttribute_IsAnError()
    {
        _pack.Write("Rule.cs", Rule(string.Empty, examples: string.Empty));

        RulePackError error = Assert.Single(_pack.Compile().Errors);

        Assert.Equal(("DC2209", "rule Checked reports findings but has no [Rule(...)] attribute: give it an id, a title, a category, a severity and a source"),
            (error.Code, error.Message));
    }

    [Fact]
    public void Compile_RuleWithoutExamples_IsAWarningOnly()
    {
        string path = _pack.Write("TEST001.cs", Rule(Complete, examples: string.Empty));

        RulePackResult result = _pack.Compile();

        Assert.True(result.Succeeded);
        Assert.Equal($"{path}(5,21): warning DC2213: rule TEST001 declares no [Fires(\"...\")] example for 'draftcheck rules test'",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Theory]
    [InlineData("[Fires(\"The term is [|fifty years\")]", "a [Fires] example of rule TEST001 has malformed markup at 12: '[|' is never closed")]
    [InlineData("[Fires(\" \")]", "a [Fires] example of rule TEST001 is empty")]
    [InlineData("[Fires(\"{|IIPA001:fifty years|} after publication\")]", "a [Fires] example of rule TEST001 marks a finding of IIPA001; an example speaks for its own rule only")]
    [InlineData("[Fires(\"fifty years\")][DoesNotFire(\"[|seventy|] years\")]", "a [DoesNotFire] example of rule TEST001 marks words, but it expects no finding; remove the markup")]
    public void Compile_BadExample_IsAnError(string examples, string message)
    {
        _pack.Write("TEST001.cs", Rule(Complete, examples: examples));

        RulePackError error = Assert.Single(_pack.Compile().Errors);

        Assert.Equal(("DC2211", message), (error.Code, error.Message));
    }

    [Fact]
    public void Compile_MalformedManifest_ReportsLineAndColumnOfPackJson()
    {
        string manifest = _pack.Write("pack.json", "{\n  \"name\": \"tests\",\n  \"prefix\": TEST\n}");
        _pack.Write("TEST001.cs", Rule(Complete));

        RulePackError error = Assert.Single(_pack.Compile().Errors);

        Assert.Equal($"{manifest}(3,13): error DC2301: pack.json is not valid JSON: 'T' is an invalid start of a value.", error.ToString());
    }

    [Fact]
    public void Compile_ManifestWithUnknownPropertyAndBadRetiredId_WarnsAndErrs()
    {
        string manifest = _pack.Write("pack.json", """{ "name": "tests", "owner": "someone", "retiredIds": ["gone"] }""");
        _pack.Write("TEST001.cs", Rule(Complete));

        RulePackResult result = _pack.Compile();

        Assert.Equal(
        [
            $"{manifest}: error DC2301: pack.json retiredIds holds \"gone\", which is not a rule id (capital letters then digits)",
            $"{manifest}: warning DC2302: pack.json property 'owner' is not known to this DraftCheck and is ignored",
        ], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Compile_Manifest_GivesThePackItsNameAndVersion()
    {
        _pack.Write("pack.json", """{ "name": "tests", "prefix": "TEST", "version": "1.2.0", "description": "Test rules." }""");
        _pack.Write("TEST001.cs", Rule(Complete));

        RulePack pack = _pack.Compile().Pack!;

        Assert.Equal(("tests", "1.2.0", "TEST", "Test rules."), (pack.Name, pack.Manifest.Version, pack.Manifest.Prefix, pack.Manifest.Description));
    }
}
