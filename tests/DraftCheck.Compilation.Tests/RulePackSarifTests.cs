using System.Text.Json;
using NJsonSchema;

namespace DraftCheck.Compilation.Tests;

/// <summary>Rule pack diagnostics as SARIF 2.1.0, for code scanning in CI.</summary>
public sealed class RulePackSarifTests : IDisposable
{
    private readonly PackFolder _pack = new();

    public void Dispose() => _pack.Dispose();

    private string BrokenPackAsSarif()
    {
        _pack.Write("Rule.cs", PackFolder.RuleWith("""
                private static bool Helper(TermOfProtection t) => System.IO.File.Exists(t.Text)
            """, id: "bad1"));
        var output = new StringWriter();
        RulePackSarif.Write(_pack.Compile().Diagnostics, output);
        return output.ToString();
    }

    [SkippableFact]
    public async Task Write_CompileErrorsAndRefusals_IsValidSarif210()
    {
        string schemaPath = Path.Combine(TestPaths.Shared, "schemas", "sarif-2.1.0.json");
        Skip.IfNot(File.Exists(schemaPath), $"The SARIF schema {schemaPath} is absent; this test needs ../shared/schemas next to the repository.");
        JsonSchema schema = await JsonSchema.FromFileAsync(schemaPath);

        string sarif = BrokenPackAsSarif();

        Assert.Empty(schema.Validate(sarif));
        Assert.NotEmpty(schema.Validate(sarif.Replace("\"level\": \"error\"", "\"level\": \"fatal\"", StringComparison.Ordinal))); // the schema does judge
    }

    [Fact]
    public void Write_Diagnostics_GivesOneResultEachWithRuleLevelMessageAndRegion()
    {
        using JsonDocument sarif = JsonDocument.Parse(BrokenPackAsSarif());

        JsonElement run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        Assert.Equal("draftcheck", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        var results = run.GetProperty("results").EnumerateArray().Select(r => (
            Rule: r.GetProperty("ruleId").GetString(),
            Level: r.GetProperty("level").GetString(),
            Line: r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32())).ToList();
        int line = _pack.LineOf("Rule.cs", "System.IO.File");
        Assert.Equal(
        [
            ("DC2201", "error", _pack.LineOf("Rule.cs", "[Rule(")),
            ("DC2101", "error", line),
            ("CS1002", "error", line),
        ], results.Select(r => (r.Rule!, r.Level!, r.Line)));
        string uri = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        Assert.Equal(new Uri(Path.Combine(_pack.Path, "Rule.cs")).AbsoluteUri, uri);
    }

    [Fact]
    public void Write_SameDiagnostics_GivesTheSameBytes()
    {
        RulePackError[] diagnostics = [new("rules/x/X.cs", 3, 5, true, "CS1002", "; expected"), new("rules/x/pack.json", 0, 0, false, "DC2302", "pack.json property 'owner' is not known")];

        var first = new StringWriter();
        var second = new StringWriter();
        RulePackSarif.Write(diagnostics, first);
        RulePackSarif.Write(diagnostics, second);

        Assert.Equal(first.ToString(), second.ToString());
        Assert.Contains("\"uri\": \"rules/x/X.cs\"", first.ToString());
    }
}
