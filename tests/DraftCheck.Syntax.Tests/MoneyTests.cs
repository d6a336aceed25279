using DraftCheck.Model;
using DraftCheck.Syntax.Grammars;

namespace DraftCheck.Syntax.Tests;

/// <summary>Money amounts in real statute wording.</summary>
public class MoneyTests
{
    private static IReadOnlyList<MoneyAmount> Find(string text) => Money.FindAll(text, new Span(0, text.Length));

    [Fact]
    public void FindAll_PrcArticle49_FiftyWanYuanInChineseNumerals()
    {
        // 中华人民共和国著作权法 (2010) 第四十九条第二款
        const string text = "权利人的实际损失或者侵权人的违法所得不能确定的，由人民法院根据侵权行为的情节，判决给予五十万元以下的赔偿。";

        MoneyAmount amount = Assert.Single(Find(text));

        Assert.Equal((500_000m, "CNY", "五十万元"), (amount.Value, amount.Currency, amount.Text));
        Assert.Equal(text.IndexOf("五十万元", StringComparison.Ordinal), amount.Span.Start);
    }

    [Fact]
    public void FindAll_Prc2020Article54_FiveHundredYuanToFiveMillionYuan()
    {
        const string text = "由人民法院根据侵权行为的情节，判决给予五百元以上五百万元以下的赔偿。";

        Assert.Equal([(500m, "五百元"), (5_000_000m, "五百万元")], Find(text).Select(a => (a.Value, a.Text)));
    }

    [Fact]
    public void FindAll_NetworkRegsArticle18_DigitsWithWan()
    {
        const string text = "非法经营额5万元以上的，可处非法经营额1倍以上5倍以下的罚款；没有非法经营额或者非法经营额5万元以下的，根据情节轻重，可处25万元以下的罚款";

        Assert.Equal([50_000m, 50_000m, 250_000m], Find(text).Select(a => a.Value));
    }

    [Fact]
    public void FindAll_Usc504c_DollarAmounts()
    {
        const string text = "in a sum of not less than $750 or more than $30,000 as the court considers just.";

        Assert.Equal([(750m, "USD", "$750"), (30_000m, "USD", "$30,000")], Find(text).Select(a => (a.Value, a.Currency, a.Text)));
    }

    [Fact]
    public void FindAll_EnglishRenderingOfArticle49_YuanAfterTheNumber()
    {
        const string text = "the people's court shall, according to the circumstances of the infringement, award compensation of not more than 500,000 yuan.";

        MoneyAmount amount = Assert.Single(Find(text));

        Assert.Equal((500_000m, "CNY", "500,000 yuan"), (amount.Value, amount.Currency, amount.Text));
    }

    [Theory]
    [InlineData("nearly US$250,000", 250_000, "USD")]
    [InlineData("a fine of RMB 30,000", 30_000, "CNY")]
    [InlineData("€65,000", 65_000, "EUR")]
    [InlineData("£55,000", 55_000, "GBP")]
    [InlineData("S$100,000", 100_000, "SGD")]
    [InlineData("6,000,000 rupees", 6_000_000, "INR")]
    [InlineData("RMB 5 million", 5_000_000, "CNY")]
    [InlineData("five hundred thousand yuan", 500_000, "CNY")]
    public void FindAll_CurrencyForms_ValueAndCurrency(string text, long value, string currency)
    {
        MoneyAmount amount = Assert.Single(Find(text));

        Assert.Equal((value, currency), ((long)amount.Value, amount.Currency));
    }

    [Fact]
    public void FindAll_DatesAndSectionNumbers_AreNotMoney()
    {
        Assert.Empty(Find("本法自1991年6月1日起施行。"));
        Assert.Empty(Find("Subject to sections 107 through 122, the owner of copyright under this title"));
    }
}
