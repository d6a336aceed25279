using DraftCheck.Model;
using DraftCheck.Syntax.Grammars;

namespace DraftCheck.Syntax.Tests;

public class NumberRestatementsTests
{
    [Theory]
    [InlineData("the term shall be fifty (60) years after", "fifty (60)", 50, 60)]
    [InlineData("within sixty (60) days", "sixty (60)", 60, 60)]
    [InlineData("a term of 70 (seventy) years", "70 (seventy)", 70, 70)]
    [InlineData("保护期为五十（70）年", "五十（70）", 50, 70)]
    public void FindAll_NumberInWordsAndDigits_ReadsBoth(string text, string words, long inWords, long inDigits)
    {
        NumberRestatement found = Assert.Single(NumberRestatements.FindAll(text, new Span(0, text.Length)));

        Assert.Equal((words, inWords, inDigits), (text.Substring(found.Span.Start, found.Span.Length), found.Words.Value, found.Digits.Value));
    }

    [Theory]
    [InlineData("not violate section 2 (a)(2).")]
    [InlineData("the Electronic Commerce (EC Directive) Regulations 2002 (SI 2002/2013)")]
    [InlineData("in subsection (2) of section 1")]
    public void FindAll_ParenthesesAfterANumber_AreNotARestatement(string text)
    {
        Assert.Empty(NumberRestatements.FindAll(text, new Span(0, text.Length)));
    }
}
