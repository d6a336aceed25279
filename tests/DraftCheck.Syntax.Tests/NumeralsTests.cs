using DraftCheck.Syntax.Grammars;

namespace DraftCheck.Syntax.Tests;

public class NumeralsTests
{
    [Theory]
    [InlineData("fifty", 50, NumeralForm.EnglishWords)]
    [InlineData("Fifty", 50, NumeralForm.EnglishWords)]
    [InlineData("seventy-five", 75, NumeralForm.EnglishWords)]
    [InlineData("seventy five", 75, NumeralForm.EnglishWords)]
    [InlineData("ninety-five", 95, NumeralForm.EnglishWords)]
    [InlineData("seventeen", 17, NumeralForm.EnglishWords)]
    [InlineData("one hundred and twenty", 120, NumeralForm.EnglishWords)]
    [InlineData("one hundred twenty", 120, NumeralForm.EnglishWords)]
    [InlineData("five hundred thousand", 500_000, NumeralForm.EnglishWords)]
    [InlineData("50", 50, NumeralForm.Digits)]
    [InlineData("500,000", 500_000, NumeralForm.Digits)]
    [InlineData("５０", 50, NumeralForm.Digits)]
    [InlineData("50th", 50, NumeralForm.DigitsOrdinal)]
    [InlineData("五十", 50, NumeralForm.Chinese)]
    [InlineData("七十五", 75, NumeralForm.Chinese)]
    [InlineData("十", 10, NumeralForm.Chinese)]
    [InlineData("十五", 15, NumeralForm.Chinese)]
    [InlineData("一百二十", 120, NumeralForm.Chinese)]
    [InlineData("一百零五", 105, NumeralForm.Chinese)]
    [InlineData("五十万", 500_000, NumeralForm.Chinese)]
    [InlineData("二〇二〇", 2020, NumeralForm.Chinese)]
    public void Cardinal_StatuteNumber_ParsesValueAndForm(string text, long value, NumeralForm form)
    {
        Assert.True(Numerals.Cardinal.TryParseWhole(text, out Numeral numeral), text);
        Assert.Equal(value, numeral.Value);
        Assert.Equal(form, numeral.Form);
        Assert.Equal(text, numeral.Text);
    }

    [Theory]
    [InlineData("fiftieth", 50)]
    [InlineData("seventieth", 70)]
    [InlineData("ninety-fifth", 95)]
    [InlineData("first", 1)]
    [InlineData("twelfth", 12)]
    [InlineData("one hundred and twentieth", 120)]
    [InlineData("50th", 50)]
    public void Ordinal_StatuteOrdinal_ParsesValue(string text, long value)
    {
        Assert.True(Numerals.Ordinal.TryParseWhole(text, out Numeral numeral), text);
        Assert.Equal(value, numeral.Value);
    }

    [Theory]
    [InlineData("tenant")]
    [InlineData("often")]
    [InlineData("fiftyfold")]
    public void Cardinal_WordThatMerelyStartsWithANumber_Fails(string text)
    {
        Assert.False(Numerals.Cardinal.TryParseAt(text, 0, out _, out _));
    }

    [Theory]
    [InlineData(70, NumeralForm.EnglishWords, "seventy")]
    [InlineData(75, NumeralForm.EnglishWords, "seventy-five")]
    [InlineData(120, NumeralForm.EnglishWords, "one hundred and twenty")]
    [InlineData(70, NumeralForm.EnglishOrdinalWords, "seventieth")]
    [InlineData(95, NumeralForm.EnglishOrdinalWords, "ninety-fifth")]
    [InlineData(21, NumeralForm.DigitsOrdinal, "21st")]
    [InlineData(70, NumeralForm.Chinese, "七十")]
    [InlineData(95, NumeralForm.Chinese, "九十五")]
    [InlineData(10, NumeralForm.Chinese, "十")]
    [InlineData(105, NumeralForm.Chinese, "一百零五")]
    [InlineData(500_000, NumeralForm.Chinese, "五十万")]
    [InlineData(10_005, NumeralForm.Chinese, "一万零五")]
    public void Format_Value_WritesStatuteForm(long value, NumeralForm form, string expected)
    {
        Assert.Equal(expected, Numerals.Format(value, form));
    }

    [Fact]
    public void Rewrite_CapitalisedWords_KeepsCapital()
    {
        Assert.True(Numerals.Cardinal.TryParseWhole("Fifty", out Numeral numeral));
        Assert.Equal("Seventy", numeral.Rewrite(70));
    }

    [Fact]
    public void FormatThenParse_RoundTrips_ForEveryValueUpTo1000()
    {
        foreach (NumeralForm form in new[] { NumeralForm.EnglishWords, NumeralForm.Chinese, NumeralForm.Digits })
        {
            for (long value = 1; value <= 1000; value++)
            {
                string text = Numerals.Format(value, form);
                Assert.True(Numerals.Cardinal.TryParseWhole(text, out Numeral numeral), $"{form} {text}");
                Assert.Equal(value, numeral.Value);
            }
        }
        for (long value = 1; value <= 999; value++)
        {
            string text = Numerals.Format(value, NumeralForm.EnglishOrdinalWords);
            Assert.True(Numerals.Ordinal.TryParseWhole(text, out Numeral numeral), text);
            Assert.Equal(value, numeral.Value);
        }
    }
}
