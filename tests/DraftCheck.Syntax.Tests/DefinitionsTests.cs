using DraftCheck.Model;
using DraftCheck.Syntax.Grammars;

namespace DraftCheck.Syntax.Tests;

public class DefinitionsTests
{
    private static (string Term, bool IsDefinition)[] Find(string text) =>
        [.. Definitions.FindAll(text, new Span(0, text.Length)).Select(t => (t.Term, t.IsDefinition))];

    [Theory]
    [InlineData("As used in this section, the term “monetary relief” means damages, costs, attorneys’ fees.", "monetary relief")]
    [InlineData("the expression 'technological measures' means any technology, device or component", "technological measures")]
    [InlineData("Technological measures shall be deemed 'effective' where the use of a protected work", "effective")]
    [InlineData("a technological measure “effectively controls access to a work” if the measure, in the ordinary course", "effectively controls access to a work")]
    [InlineData("In sections 296ZA to 296ZE, “technological measures” are any technology, device or component", "technological measures")]
    [InlineData("In this section “service provider” has the meaning given to it by regulation 2", "service provider")]
    [InlineData("For the purposes of this Law, the term \"works\" includes works of literature", "works")]
    [InlineData("本法所称的作品，包括以下列形式创作的文学、艺术和自然科学作品", "作品")]
    [InlineData("本法所称的著作权即版权。", "著作权")]
    [InlineData("本法第二条所称的出版，指作品的复制、发行。", "出版")]
    [InlineData("信息网络传播权，是指以有线或者无线方式向公众提供作品的权利。", "信息网络传播权")]
    [InlineData("为保护著作权人、表演者、录音录像制作者(以下统称权利人)的信息网络传播权", "权利人")]
    public void FindAll_Definition_FindsTheDefinedTerm(string text, string term)
    {
        Assert.Equal([(term, true)], Find(text));
    }

    [Fact]
    public void FindAll_ListOfTermsSharingOneVerb_DefinesEach()
    {
        var found = Find("The terms “VHS format”, “8mm format”, “Beta format”, and “NTSC” have the meanings that are commonly understood.");

        Assert.Equal([("VHS format", true), ("8mm format", true), ("Beta format", true), ("NTSC", true)], found);
    }

    [Fact]
    public void FindAll_QuotedTermOutsideADefinition_IsAUseNotADefinition()
    {
        Assert.Equal([("Register", false)], Find("The “Register” shall maintain a current directory of agents."));
    }

    [Fact]
    public void FindAll_QuotedWordInTheWordsDefiningAnotherTerm_IsNeither()
    {
        Assert.Equal([("copyright", true)], Find("The term \"copyright\" (zhuzuoquan) as used in this Law is synonymous with \"banquan\"."));
    }

    [Fact]
    public void FindAll_Apostrophes_AreNotQuotationMarks()
    {
        Assert.Empty(Find("the author's name and the copyright owner's consent"));
    }
}
