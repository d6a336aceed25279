using DraftCheck.Model;
using DraftCheck.Syntax.Grammars;

namespace DraftCheck.Syntax.Tests;

/// <summary>The cross-reference grammar on the wording of the corpus statutes.</summary>
public class CrossReferencesTests
{
    private static CrossReferenceSyntax Single(string text)
    {
        CrossReferenceSyntax reference = Assert.Single(CrossReferences.FindAll(text, new Span(0, text.Length)));
        return reference;
    }

    private static string[] Paths(CrossReferenceSyntax reference) =>
        [.. reference.Elements.Select(e => e.From + (e.To is null ? "" : " -> " + e.To))];

    [Theory]
    [InlineData("as provided in Article 48(6).", "Article 48(6)", "Article 48 (6)")]
    [InlineData("referred to in paragraph 2 of this Article", "paragraph 2 of this Article", "this Article Paragraph 2")]
    [InlineData("In handling an application under the preceding paragraph, the court", "the preceding paragraph", "preceding 1 Paragraph")]
    [InlineData("Articles 10 to 12 apply", "Articles 10 to 12", "Article 10 -> Article 12")]
    [InlineData("under subsection (c)(1)(C), unless", "subsection (c)(1)(C)", "Subsection (c) (1) (C)")]
    [InlineData("Subject to sections 107 through 122, the owner", "sections 107 through 122", "Section 107 -> Section 122")]
    [InlineData("The rights of paragraph (1)(B) of this subsection", "paragraph (1)(B) of this subsection", "this Subsection Paragraph (1) (B)")]
    [InlineData("the exemption under § 1201(a)(1)(A).", "§ 1201(a)(1)(A)", "Section 1201 (a) (1) (A)")]
    [InlineData("not violate section 2 (a)(2).", "section 2 (a)(2)", "Section 2 (a) (2)")]
    [InlineData("except as provided by the following subsections, endures", "the following subsections", "following Subsection")]
    public void FindAll_EnglishReference_ParsesItsPath(string text, string words, string path)
    {
        CrossReferenceSyntax reference = Single(text);

        Assert.Equal(words, text.Substring(reference.Span.Start, reference.Span.Length));
        Assert.Equal([path], Paths(reference));
    }

    [Fact]
    public void FindAll_ContinuationsAfterAFullPath_AreCompletedFromIt()
    {
        CrossReferenceSyntax reference = Single("in accordance with Article 5(2)(a), (2)(c), (2)(d), (2)(e), (3)(a), (3)(b) or (3)(e) the means");

        Assert.Equal(["Article 5 (2) (a)", "Article 5 (2) (c)", "Article 5 (2) (d)", "Article 5 (2) (e)", "Article 5 (3) (a)", "Article 5 (3) (b)", "Article 5 (3) (e)"], Paths(reference));
    }

    [Fact]
    public void FindAll_AnchorAfterAList_PrefixesEveryElement()
    {
        CrossReferenceSyntax reference = Single("the period specified in paragraph (a) or (b) of subsection (3).");

        Assert.Equal(["Subsection (3) Paragraph (a)", "Subsection (3) Paragraph (b)"], Paths(reference));
    }

    [Fact]
    public void FindAll_BareNumbersAfterAPluralUnit_ContinueTheUnit()
    {
        CrossReferenceSyntax reference = Single("and sections 101(3) and 102(1) to (4) apply");

        Assert.Equal(["Section 101 (3)", "Section 102 (1) -> Section 102 (4)"], Paths(reference));
    }

    [Fact]
    public void FindAll_NewUnitInAList_StartsAGroupThatAloneTakesTheAnchor()
    {
        CrossReferenceSyntax reference = Single("under sections 31A, 31B or 31BA, or paragraphs 3A, 3B or 3C of Schedule 2, for");

        Assert.Equal(["Section 31A", "Section 31B", "Section 31BA", "Schedule 2 Paragraph 3A", "Schedule 2 Paragraph 3B", "Schedule 2 Paragraph 3C"], Paths(reference));
    }

    [Fact]
    public void FindAll_OrdinalSubparagraphs_AreNumberedSubparagraphs()
    {
        CrossReferenceSyntax reference = Single("The provisions of the first and second subparagraphs shall not apply");

        Assert.Equal(["Subparagraph 1", "Subparagraph 2"], Paths(reference));
    }

    [Theory]
    [InlineData("section 72 of the Senior Courts Act 1981, section", "the Senior Courts Act 1981")]
    [InlineData("including section 1030 of title 18 and", "title 18")]
    [InlineData("provided for in Chapter III of Directive 96/9/EC.", "Directive 96/9/EC")]
    [InlineData("regulation 6(1)(c) of the Electronic Commerce (EC Directive) Regulations 2002 (SI 2002/2013); and", "the Electronic Commerce (EC Directive) Regulations 2002 (SI 2002/2013)")]
    [InlineData("the provisions of Articles 93 to 96 and Article 99 of the Civil Procedure Law of the People's Republic of China.", "the Civil Procedure Law of the People's Republic of China")]
    [InlineData("适用《中华人民共和国民事诉讼法》第九十三条至第九十六条和第九十九条的规定。", "《中华人民共和国民事诉讼法》")]
    [InlineData("依照著作权法第四十八条的规定", "著作权法")]
    public void FindAll_ReferenceToAnotherInstrument_IsExternal(string text, string instrument)
    {
        Assert.Equal(instrument, Single(text).ExternalInstrument);
    }

    [Theory]
    [InlineData("其本法第十条第一款第（五）项至第（十七）项规定的权利", "本法第十条第一款第（五）项至第（十七）项", "Article 十 Paragraph 一 Item 五 -> Article 十 Paragraph 一 Item 十七")]
    [InlineData("除本条例第六条第一项至第六项、第七条规定的情形外", "本条例第六条第一项至第六项、第七条", "Article 六 Item 一 -> Article 六 Item 六|Article 七")]
    [InlineData("本法第三十八条第一款第（一）项、第（二）项规定的权利", "本法第三十八条第一款第（一）项、第（二）项", "Article 三十八 Paragraph 一 Item 一|Article 三十八 Paragraph 一 Item 二")]
    [InlineData("前款规定适用于对出版者", "前款", "preceding 1 Paragraph")]
    [InlineData("除本条第二款的规定以外", "本条第二款", "this Article Paragraph 二")]
    [InlineData("依照前两款的规定", "前两款", "preceding 2 Paragraph")]
    [InlineData("违反本条规定的", "本条", "this Article")]
    [InlineData("本法第十条第一款第五项至第十七项规定的权利", "本法第十条第一款第五项至第十七项", "Article 十 Paragraph 一 Item 五 -> Article 十 Paragraph 一 Item 十七")]
    [InlineData("依照本法第三十七条之一的规定", "本法第三十七条之一", "Article 三十七之一")]
    public void FindAll_ChineseReference_ParsesItsPath(string text, string words, string paths)
    {
        CrossReferenceSyntax reference = Single(text);

        Assert.Equal(words, text.Substring(reference.Span.Start, reference.Span.Length));
        Assert.Equal(paths.Split('|'), Paths(reference));
        Assert.Null(reference.ExternalInstrument);
    }

    [Theory]
    [InlineData("within the preceding 3-year period, received")]
    [InlineData("in whole or in part:")]
    [InlineData("reproduction of published articles on current economic topics")]
    [InlineData("for 10 years after Article 5 and 10 years after")]
    [InlineData("the Electronic Commerce (EC Directive) Regulations 2002")]
    [InlineData("截止于作者死亡后第五十年的12月31日")]
    [InlineData("不得许可第三人以与单位使用的相同方式使用该作品")]
    [InlineData("受著作权法和本条例保护")]
    public void FindAll_WordsThatCiteNoProvision_FindNothingOrOnlyTheProvision(string text)
    {
        IEnumerable<CrossReferenceSyntax> found = CrossReferences.FindAll(text, new Span(0, text.Length));

        Assert.All(found, r => Assert.Equal("Article 5", text.Substring(r.Span.Start, r.Span.Length)));
    }
}
