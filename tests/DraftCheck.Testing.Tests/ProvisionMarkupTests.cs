using DraftCheck.Model;
using DraftCheck.Rules;

namespace DraftCheck.Testing.Tests;

public sealed class ProvisionMarkupTests
{
    [Fact]
    public void Parse_PlainAndNamedSpans_RemovesTheMarkupAndKeepsTheSpans()
    {
        MarkedText text = ProvisionMarkup.Parse("life and [|fifty|] years, expiring in the {|IIPA001:fiftieth|} year");

        Assert.Equal("life and fifty years, expiring in the fiftieth year", text.Text);
        Assert.Equal([new MarkedSpan(new Span(9, 5), null), new MarkedSpan(new Span(38, 8), "IIPA001")], text.Spans.ToArray());
    }

    [Fact]
    public void Parse_NestedAndEmptySpans_AreKept()
    {
        MarkedText text = ProvisionMarkup.Parse("[|保护期为{|IIPA001:五十|}年|][||]");

        Assert.Equal("保护期为五十年", text.Text);
        Assert.Equal([new MarkedSpan(new Span(0, 7), null), new MarkedSpan(new Span(4, 2), "IIPA001"), new MarkedSpan(new Span(7, 0), null)], text.Spans.ToArray());
    }

    [Theory]
    [InlineData("the [|fifty years", "markup at 4: '[|' is never closed")]
    [InlineData("fifty|] years", "markup at 5: '|]' closes no '[|'")]
    [InlineData("{|IIPA001:fifty|] years", "markup at 15: '|]' closes no '[|'")]
    [InlineData("{|iipa1:fifty|} years", "markup at 0: '{|' must be followed by a rule id and a colon, as in {|IIPA001:fifty|}")]
    public void TryParse_MalformedMarkup_SaysWhereAndWhy(string markup, string error)
    {
        Assert.False(ProvisionMarkup.TryParse(markup, out MarkedText? text, out string? message));
        Assert.Null(text);
        Assert.Equal(error, message);
    }

    [Theory]
    [InlineData("IIPA001", true)]
    [InlineData("DRAFT12", true)]
    [InlineData("iipa001", false)]
    [InlineData("IIPA", false)]
    [InlineData("001", false)]
    [InlineData("IIPA-001", false)]
    [InlineData("IIPA001A", false)]
    public void IsValid_RuleIds_AreCapitalLettersThenDigits(string id, bool valid) => Assert.Equal(valid, RuleIds.IsValid(id));
}
