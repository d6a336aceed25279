using System.Text.Json;
using DraftCheck.Findings;
using NJsonSchema;
using NJsonSchema.Validation;

namespace DraftCheck.Reports.Tests;

/// <summary>SARIF against the official 2.1.0 schema, JSON against the schema in docs/, and the SARIF fields CI tools read.</summary>
public sealed class SchemaTests
{
    private static string Render(IReporter reporter, CheckRun run)
    {
        var output = new StringWriter { NewLine = "\n" };
        reporter.Render(run, output);
        return output.ToString();
    }

    private static async Task<ICollection<ValidationError>> ValidateAsync(string schemaPath, string json)
    {
        JsonSchema schema = await JsonSchema.FromFileAsync(schemaPath);
        return schema.Validate(json);
    }

    // The official schema, read in place from ../shared/schemas (skips visibly when the shared folder is absent).
    private static string SarifSchema()
    {
        string path = Path.Combine(TestPaths.Shared, "schemas", "sarif-2.1.0.json");
        Skip.IfNot(File.Exists(path), $"The SARIF 2.1.0 schema {path} is absent; this test needs ../shared/schemas next to the repository.");
        return path;
    }

    [SkippableFact]
    public async Task Sarif_ThreeDrafts_IsValidAgainstTheOfficialSchema()
    {
        ICollection<ValidationError> errors = await ValidateAsync(SarifSchema(), Render(new SarifReporter(), Fixtures.Run()));

        Assert.Empty(errors.Select(e => e.ToString()));
    }

    [SkippableFact]
    public async Task Sarif_NoDrafts_IsValidAgainstTheOfficialSchema()
    {
        ICollection<ValidationError> errors = await ValidateAsync(SarifSchema(), Render(new SarifReporter(), new CheckRun([], [])));

        Assert.Empty(errors.Select(e => e.ToString()));
    }

    [SkippableFact]
    public async Task Sarif_MissingRequiredProperty_IsCaughtByTheSchema()
    {
        // The validation above means something only if the schema rejects a broken log.
        string broken = Render(new SarifReporter(), Fixtures.Run()).Replace("\"version\": \"2.1.0\",", "", StringComparison.Ordinal);

        ICollection<ValidationError> errors = await ValidateAsync(SarifSchema(), broken);

        Assert.NotEmpty(errors);
    }

    [Fact]
    public async Task Json_ThreeDrafts_IsValidAgainstTheDocumentedSchema()
    {
        ICollection<ValidationError> errors = await ValidateAsync(TestPaths.InRepository("docs", "json-report.schema.json"), Render(new JsonReporter(), Fixtures.Run()));

        Assert.Empty(errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task Json_UnknownField_IsRejectedByTheDocumentedSchema()
    {
        string extended = Render(new JsonReporter(), Fixtures.Run()).Replace("\"ruleId\":", "\"undocumented\": 1, \"ruleId\":", StringComparison.Ordinal);

        ICollection<ValidationError> errors = await ValidateAsync(TestPaths.InRepository("docs", "json-report.schema.json"), extended);

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Sarif_Result_HasRuleIndexLevelLocationsFingerprintAndFix()
    {
        using JsonDocument sarif = JsonDocument.Parse(Render(new SarifReporter(), Fixtures.Run()));
        JsonElement run = sarif.RootElement.GetProperty("runs")[0];
        JsonElement rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        JsonElement result = run.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "IIPA001");

        Assert.Equal("IIPA001", rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        JsonElement location = result.GetProperty("locations")[0];
        JsonElement region = location.GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal("drafts/copyright-en.docx", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(Fixtures.English.Marks[1].Start, region.GetProperty("charOffset").GetInt32());
        Assert.Equal(Fixtures.English.Marks[1].Length, region.GetProperty("charLength").GetInt32());
        Assert.StartsWith("the life of the author and fifty", region.GetProperty("snippet").GetProperty("text").GetString());
        JsonElement logical = location.GetProperty("logicalLocations")[0];
        Assert.Equal(("Article 21(1)", "paragraph"), (logical.GetProperty("fullyQualifiedName").GetString(), logical.GetProperty("kind").GetString()));
        JsonElement paragraph = run.GetProperty("logicalLocations")[logical.GetProperty("index").GetInt32()];
        JsonElement article = run.GetProperty("logicalLocations")[paragraph.GetProperty("parentIndex").GetInt32()];
        Assert.Equal(("Article 21", "article"), (article.GetProperty("fullyQualifiedName").GetString(), article.GetProperty("kind").GetString()));
        Assert.Matches("^[0-9a-f]{32}:1$", result.GetProperty("partialFingerprints").GetProperty(SarifReporter.FingerprintKey).GetString());
        JsonElement replacement = result.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        Assert.Equal(Fixtures.English.Edits[0].Start, replacement.GetProperty("deletedRegion").GetProperty("charOffset").GetInt32());
        Assert.Equal("seventy", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
    }

    [Fact]
    public void Sarif_Rule_HasDescriptionsHelpUriLevelAndCategoryTag()
    {
        using JsonDocument sarif = JsonDocument.Parse(Render(new SarifReporter(), Fixtures.Run()));
        JsonElement rule = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];

        Assert.Equal("DRAFT101", rule.GetProperty("id").GetString());
        Assert.Equal("Cross-reference by number to another article", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.StartsWith("A reference by number breaks", rule.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.Equal("https://example.org/draftcheck/rules/DRAFT101", rule.GetProperty("helpUri").GetString());
        Assert.Equal("warning", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal(["CrossReferences", "drafting"], rule.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void Sarif_UnreadableDraftAndRuleFailure_AreToolExecutionNotifications()
    {
        using JsonDocument sarif = JsonDocument.Parse(Render(new SarifReporter(), Fixtures.Run()));
        JsonElement invocation = sarif.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];

        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal(["DC3001", "DW0101", "DC1002"],
            invocation.GetProperty("toolExecutionNotifications").EnumerateArray().Select(n => n.GetProperty("descriptor").GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("samples/draft-a.docx", "samples/draft-a.docx")]
    [InlineData("drafts/著作权法 草案.docx", "drafts/%E8%91%97%E4%BD%9C%E6%9D%83%E6%B3%95%20%E8%8D%89%E6%A1%88.docx")]
    [InlineData("/work/drafts/draft a.docx", "file:///work/drafts/draft%20a.docx")]
    public void ArtifactUri_Path_IsAnEscapedUriReference(string path, string uri) => Assert.Equal(uri, SarifReporter.ArtifactUri(path));
}
