using DraftCheck.Syntax.Grammars;

namespace DraftCheck.Syntax.Tests;

public class LabelsTests
{
    [Theory]
    [InlineData("(1)", "1", NumberStyle.Arabic, 1, LabelEnclosure.Parentheses)]
    [InlineData("(9A)", "9A", NumberStyle.Arabic, 9, LabelEnclosure.Parentheses)]
    [InlineData("(c)", "c", NumberStyle.LowerLetter, 3, LabelEnclosure.Parentheses)]
    [InlineData("(iv)", "iv", NumberStyle.LowerRoman, 4, LabelEnclosure.Parentheses)]
    [InlineData("(B)", "B", NumberStyle.UpperLetter, 2, LabelEnclosure.Parentheses)]
    [InlineData("(II)", "II", NumberStyle.UpperRoman, 2, LabelEnclosure.Parentheses)]
    [InlineData("（十七）", "十七", NumberStyle.Chinese, 17, LabelEnclosure.Parentheses)]
    [InlineData("(一)", "一", NumberStyle.Chinese, 1, LabelEnclosure.Parentheses)]
    [InlineData("1.", "1", NumberStyle.Arabic, 1, LabelEnclosure.Dot)]
    [InlineData("１．", "１", NumberStyle.Arabic, 1, LabelEnclosure.Dot)]
    [InlineData("a)", "a", NumberStyle.LowerLetter, 1, LabelEnclosure.ClosingParenthesis)]
    [InlineData("一、", "一", NumberStyle.Chinese, 1, LabelEnclosure.Comma)]
    public void List_StatuteLabel_ParsesNumberStyleValueAndEnclosure(string text, string number, NumberStyle style, long value, LabelEnclosure enclosure)
    {
        Assert.True(Labels.List.TryParseWhole(text, out ListLabel label));

        Assert.Equal((number, style, value, enclosure), (label.Number.Text, label.Number.Style, label.Number.Value, label.Enclosure));
    }

    [Theory]
    [InlineData("(i)", true)]
    [InlineData("(v)", true)]
    [InlineData("(x)", true)]
    [InlineData("(a)", false)]
    [InlineData("(ii)", false)]
    public void List_SingleLetterThatIsAlsoARomanNumeral_LeavesTheChoiceToContext(string text, bool mayBeRoman)
    {
        Assert.True(Labels.List.TryParseWhole(text, out ListLabel label));

        Assert.Equal(mayBeRoman, label.Number.MayBeRoman);
    }

    [Theory]
    [InlineData("(Pub. L. 94–553)")]
    [InlineData("(ab)")]
    [InlineData("(where it is established)")]
    public void List_NotALabel_Fails(string text)
    {
        Assert.False(Labels.List.TryParseAt(text, 0, out _, out _));
    }

    [Theory]
    [InlineData("第二十一条", ArticleForm.Chinese, "21")]
    [InlineData("第21条", ArticleForm.Chinese, "21")]
    [InlineData("Article 48", ArticleForm.Article, "48")]
    [InlineData("Art. 5a", ArticleForm.Article, "5a")]
    [InlineData("§ 1201", ArticleForm.SectionSign, "1201")]
    [InlineData("Section 12", ArticleForm.SectionWord, "12")]
    [InlineData("296ZEA. Remedy", ArticleForm.Numbered, "296ZEA")]
    [InlineData("97A Injunctions", ArticleForm.Numbered, "97A")]
    public void ArticleOf_ArticleLabel_ParsesItsNumber(string text, ArticleForm form, string key)
    {
        Assert.True(Labels.ArticleOf(form).TryParseAt(text, 0, out LabelMatch label, out _));

        Assert.Equal(key, label.Number.Key);
    }

    [Fact]
    public void NumberedSection_YearFollowedByLowerCase_IsNotASection()
    {
        Assert.False(Labels.NumberedSection.TryParseAt("1988 c. 48", 0, out _, out _));
    }

    [Theory]
    [InlineData("PART VII", "VII", 7)]
    [InlineData("CHAPTER I", "I", 1)]
    [InlineData("第二章", "二", 2)]
    public void Divisions_Label_ParsesNumberAndValue(string text, string number, long value)
    {
        Sprache.Parser<LabelMatch> parser = text.Contains("PART") ? Labels.Part : Labels.Chapter;
        Assert.True(parser.TryParseAt(text, 0, out LabelMatch label, out _));

        Assert.Equal((number, value), (label.Number.Text, label.Number.Value));
    }

    [Theory]
    [InlineData(3, NumberStyle.LowerLetter, "c")]
    [InlineData(27, NumberStyle.LowerLetter, "aa")]
    [InlineData(4, NumberStyle.LowerRoman, "iv")]
    [InlineData(17, NumberStyle.Chinese, "十七")]
    [InlineData(12, NumberStyle.Arabic, "12")]
    public void Format_Value_WritesItInTheStyle(long value, NumberStyle style, string text)
    {
        Assert.Equal(text, Labels.Format(value, style));
    }
}
