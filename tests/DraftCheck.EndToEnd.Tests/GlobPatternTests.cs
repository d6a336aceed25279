using DraftCheck.Cli;

namespace DraftCheck.EndToEnd.Tests;

/// <summary>The glob patterns <c>check</c> accepts, matched as shells match them.</summary>
public sealed class GlobPatternTests
{
    [Theory]
    [InlineData("drafts/*.docx", "drafts", "a.docx", true)]
    [InlineData("drafts/*.docx", "drafts", "2020/a.docx", false)]
    [InlineData("drafts/**/*.docx", "drafts", "a.docx", true)]
    [InlineData("drafts/**/*.docx", "drafts", "2020/q1/a.docx", true)]
    [InlineData("drafts/**/*.docx", "drafts", ".git/a.docx", false)]
    [InlineData("drafts/**/*.docx", "drafts", "a.docm", false)]
    [InlineData("drafts/**", "drafts", "2020/a.docx", true)]
    [InlineData("drafts/*/law-?.docx", "drafts", "2020/law-1.docx", true)]
    [InlineData("drafts/*/law-?.docx", "drafts", "2020/law-12.docx", false)]
    [InlineData("law-[12].docx", "", "law-2.docx", true)]
    [InlineData("law-[12].docx", "", "law-3.docx", false)]
    [InlineData("law-[!12].docx", "", "law-3.docx", true)]
    [InlineData("law-[a-c].docx", "", "law-b.docx", true)]
    [InlineData("law-[a-c].docx", "", "law-d.docx", false)]
    [InlineData("*.docx", "", ".hidden.docx", false)]
    [InlineData(".*.docx", "", ".hidden.docx", true)]
    [InlineData("/srv/drafts/*.docx", "/srv/drafts", "a.docx", true)]
    [InlineData("C:\\drafts\\*.docx", "C:/drafts", "a.docx", true)]
    [InlineData("C:/*.docx", "C:/", "a.docx", true)]
    [InlineData("a+b (1)/*.docx", "a+b (1)", "x.docx", true)]
    [InlineData("*[.docx", "", "a[.docx", true)] // an unclosed '[' is a literal
    public void IsMatch_ShellSyntax_MatchesAsAShellWould(string pattern, string root, string relative, bool expected)
    {
        GlobPattern glob = GlobPattern.Parse(pattern, ignoreCase: false);

        Assert.Equal((root, expected), (glob.Root, glob.IsMatch(relative)));
    }

    [Fact]
    public void IsMatch_IgnoringCase_MatchesOtherCase()
    {
        Assert.True(GlobPattern.Parse("*.DOCX", ignoreCase: true).IsMatch("a.docx"));
        Assert.False(GlobPattern.Parse("*.DOCX", ignoreCase: false).IsMatch("a.docx"));
    }
}
