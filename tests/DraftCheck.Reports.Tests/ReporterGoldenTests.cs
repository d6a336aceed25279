using DraftCheck.Findings;

namespace DraftCheck.Reports.Tests;

/// <summary>Whole reports of one hand-made run (English, Chinese, unreadable) against golden files, in every format.</summary>
public sealed class ReporterGoldenTests
{
    private static readonly GoldenFiles s_golden = new("tests", "DraftCheck.Reports.Tests", "Golden");

    private static string Render(IReporter reporter, CheckRun run)
    {
        var output = new StringWriter { NewLine = "\n" };
        reporter.Render(run, output);
        return output.ToString();
    }

    [Fact]
    public void Text_ThreeDrafts_MatchesGolden() => s_golden.Verify("run.txt", Render(new TextReporter(), Fixtures.Run()));

    [Fact]
    public void Text_InColour_MatchesGoldenAndHasTheSameWordsAsPlain()
    {
        string colour = Render(new TextReporter { UseColor = true }, Fixtures.Run());

        s_golden.Verify("run.ansi.txt", colour);
        Assert.Contains("\u001b[1;31merror\u001b[0m", colour);
        Assert.Equal(Render(new TextReporter(), Fixtures.Run()), System.Text.RegularExpressions.Regex.Replace(colour, "\u001b\\[[0-9;]*m", ""));
    }

    [Fact]
    public void Text_SummaryLine_CountsFindingsBySeverityAndDraftsThenListsTheFailedDrafts()
    {
        string text = Render(new TextReporter(), Fixtures.Run());

        Assert.EndsWith(
            "3 errors, 1 warning, 2 infos in 3 drafts (1 could not be read)\n" +
            "2 drafts failed:\n" +
            "  drafts/著作权法.docx: error DC3001: rule IIPA002 threw NullReferenceException: Object reference not set to an instance of an object.\n" +
            "  drafts/notes.docx: error DC1002: not a Word file (.docx): the file is not a zip archive\n",
            text.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_ThreeDrafts_MatchesGolden() => s_golden.Verify("run.json", Render(new JsonReporter(), Fixtures.Run()));

    [Fact]
    public void Sarif_ThreeDrafts_MatchesGolden() => s_golden.Verify("run.sarif", Render(new SarifReporter(), Fixtures.Run()));

    [Fact]
    public void Html_ThreeDrafts_MatchesGolden() => s_golden.Verify("run.html", Render(new HtmlReporter(), Fixtures.Run()));

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("html")]
    public void Render_SameRunTwice_GivesTheSameBytes(string format)
    {
        IReporter Reporter() => format switch
        {
            "json" => new JsonReporter(),
            "sarif" => new SarifReporter(),
            "html" => new HtmlReporter(),
            _ => new TextReporter(),
        };

        Assert.Equal(Render(Reporter(), Fixtures.Run()), Render(Reporter(), Fixtures.Run()));
    }
}
