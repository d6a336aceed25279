using DraftCheck.Model;
using DraftCheck.Syntax.Grammars;

namespace DraftCheck.Syntax.Tests;

/// <summary>Duration phrases in real statute wording (../shared/corpus/laws/).</summary>
public class DurationsTests
{
    private static IReadOnlyList<DurationPhrase> Find(string text) => Durations.FindAll(text, new Span(0, text.Length));

    private static string Words(string text, DurationPhrase phrase) => text.Substring(phrase.Span.Start, phrase.Span.Length);

    [Fact]
    public void FindAll_PrcArticle21Paragraph1_LifePlusFiftyAndTwoExpiries()
    {
        // 中华人民共和国著作权法 (2010) 第二十一条第一款
        const string text = "公民的作品，其发表权、本法第十条第一款第（五）项至第（十七）项规定的权利的保护期为作者终生及其死亡后五十年，截止于作者死亡后第五十年的12月31日；如果是合作作品，截止于最后死亡的作者死亡后第五十年的12月31日。";

        IReadOnlyList<DurationPhrase> phrases = Find(text);

        Assert.Equal(3, phrases.Count);
        Assert.Equal("保护期为作者终生及其死亡后五十年", Words(text, phrases[0]));
        Assert.Equal((DurationBasis.Death, 50L, true), (phrases[0].Basis, phrases[0].Years.Value, phrases[0].IncludesLife));
        Assert.Equal("五十", phrases[0].Years.Text);
        Assert.Equal("截止于作者死亡后第五十年的12月31日", Words(text, phrases[1]));
        Assert.Equal((DurationPhraseKind.Expiry, DurationBasis.Death, 50L), (phrases[1].Kind, phrases[1].Basis, phrases[1].Years.Value));
        Assert.Equal("截止于最后死亡的作者死亡后第五十年的12月31日", Words(text, phrases[2]));
        Assert.Equal(DurationBasis.Death, phrases[2].Basis);
    }

    [Fact]
    public void FindAll_PrcArticle21Paragraph2_FiftyYearsFromPublicationAndCreationCutoff()
    {
        const string text = "法人或者其他组织的作品、著作权（署名权除外）由法人或者其他组织享有的职务作品，其发表权、本法第十条第一款第（五）项至第（十七）项规定的权利的保护期为五十年，截止于作品首次发表后第五十年的12月31日，但作品自创作完成后五十年内未发表的，本法不再保护。";

        IReadOnlyList<DurationPhrase> phrases = Find(text);

        Assert.Collection(phrases,
            p => Assert.Equal((DurationPhraseKind.Term, DurationBasis.Unspecified, 50L), (p.Kind, p.Basis, p.Years.Value)),
            p => Assert.Equal((DurationPhraseKind.Expiry, DurationBasis.Publication, 50L), (p.Kind, p.Basis, p.Years.Value)),
            p => Assert.Equal((DurationPhraseKind.UnpublishedCutoff, DurationBasis.Creation, 50L), (p.Kind, p.Basis, p.Years.Value)));
        Assert.Equal("自创作完成后五十年内未发表", Words(text, phrases[2]));
    }

    [Theory]
    [InlineData("本法第三十八条第一款第（三）项至第（六）项规定的权利的保护期为五十年，截止于该表演发生后第五十年的12月31日。", DurationBasis.Performance, 50)] // 第三十九条第二款
    [InlineData("录音录像制作者对其制作的录音录像制品，享有许可他人复制、发行、出租、通过信息网络向公众传播并获得报酬的权利；权利的保护期为五十年，截止于该制品首次制作完成后第五十年的12月31日。", DurationBasis.Fixation, 50)] // 第四十二条第一款
    [InlineData("前款规定的权利的保护期为五十年，截止于该广播、电视首次播放后第五十年的12月31日。", DurationBasis.Broadcast, 50)] // 第四十五条第二款
    [InlineData("前款规定的权利的保护期为十年，截止于使用该版式设计的图书、期刊首次出版后第十年的12月31日。", DurationBasis.Publication, 10)] // 第三十六条第二款
    public void FindAll_PrcRelatedRightsExpiry_ReadsTheEvent(string text, DurationBasis basis, long years)
    {
        IReadOnlyList<DurationPhrase> phrases = Find(text);

        Assert.Collection(phrases,
            p => Assert.Equal((DurationPhraseKind.Term, DurationBasis.Unspecified, years), (p.Kind, p.Basis, p.Years.Value)),
            p => Assert.Equal((DurationPhraseKind.Expiry, basis, years), (p.Kind, p.Basis, p.Years.Value)));
    }

    [Fact]
    public void FindAll_PrcArticle39Paragraph1_UnlimitedTerm_FindsNothing()
    {
        Assert.Empty(Find("本法第三十八条第一款第（一）项、第（二）项规定的权利的保护期不受限制。"));
    }

    [Fact]
    public void FindAll_Usc302a_LifePlusSeventy()
    {
        // 17 U.S.C. § 302(a)
        const string text = "(a) In General.—Copyright in a work created on or after January 1, 1978, subsists from its creation and, except as provided by the following subsections, endures for a term consisting of the life of the author and 70 years after the author’s death.";

        DurationPhrase phrase = Assert.Single(Find(text));

        Assert.Equal("the life of the author and 70 years after the author’s death", Words(text, phrase));
        Assert.Equal((DurationBasis.Death, 70L, true), (phrase.Basis, phrase.Years.Value, phrase.IncludesLife));
        Assert.Equal(NumeralForm.Digits, phrase.Years.Form);
    }

    [Fact]
    public void FindAll_Usc302b_JointWorksLastSurvivingAuthor()
    {
        const string text = "(b) Joint Works.—In the case of a joint work prepared by two or more authors who did not work for hire, the copyright endures for a term consisting of the life of the last surviving author and 70 years after such last surviving author’s death.";

        DurationPhrase phrase = Assert.Single(Find(text));

        Assert.Equal((DurationBasis.Death, 70L, true), (phrase.Basis, phrase.Years.Value, phrase.IncludesLife));
    }

    [Fact]
    public void FindAll_Usc302c_NinetyFiveFromPublicationOrHundredTwentyFromCreation()
    {
        const string text = "(c) Anonymous Works, Pseudonymous Works, and Works Made for Hire.—In the case of an anonymous work, a pseudonymous work, or a work made for hire, the copyright endures for a term of 95 years from the year of its first publication, or a term of 120 years from the year of its creation, whichever expires first.";

        IReadOnlyList<DurationPhrase> phrases = Find(text);

        Assert.Collection(phrases,
            p => Assert.Equal((DurationBasis.Publication, 95L), (p.Basis, p.Years.Value)),
            p => Assert.Equal((DurationBasis.Creation, 120L), (p.Basis, p.Years.Value)));
    }

    [Fact]
    public void FindAll_CdpaSection12_2_SeventyFromEndOfYearOfDeath()
    {
        // Copyright, Designs and Patents Act 1988, s. 12(2)
        const string text = "(2) Copyright expires at the end of the period of 70 years from the end of the calendar year in which the author dies, subject as follows.";

        DurationPhrase phrase = Assert.Single(Find(text));

        Assert.Equal("70 years from the end of the calendar year in which the author dies", Words(text, phrase));
        Assert.Equal((DurationBasis.Death, 70L, false), (phrase.Basis, phrase.Years.Value, phrase.IncludesLife));
    }

    [Theory]
    [InlineData("(a) at the end of the period of 70 years from the end of the calendar year in which the work was made, or", DurationBasis.Creation)]
    [InlineData("(b) if during that period the work is made available to the public, at the end of the period of 70 years from the end of the calendar year in which it is first so made available,", DurationBasis.MakingAvailable)]
    [InlineData("(7) If the work is computer-generated the above provisions do not apply and copyright expires at the end of the period of 50 years from the end of the calendar year in which the work was made.", DurationBasis.Creation)]
    public void FindAll_CdpaSection12_UnknownAuthorshipAndComputerGenerated(string text, DurationBasis basis)
    {
        DurationPhrase phrase = Assert.Single(Find(text));
        Assert.Equal(basis, phrase.Basis);
    }

    [Fact]
    public void FindAll_EnglishTranslationOfPrcArticle21_TermAndExpiries()
    {
        const string text = "Article 21 The term of protection for the right of publication and the rights provided for in items (5) to (17) of paragraph 1 of Article 10 of a work of a citizen shall be the life of the author and fifty years after his death, expiring on December 31 of the fiftieth year after his death; in the case of a work of joint authorship, such term shall expire on December 31 of the fiftieth year after the death of the last surviving author.";

        IReadOnlyList<DurationPhrase> phrases = Find(text);

        Assert.Collection(phrases,
            p => Assert.Equal("the life of the author and fifty years after his death", Words(text, p)),
            p => Assert.Equal("expiring on December 31 of the fiftieth year after his death", Words(text, p)),
            p => Assert.Equal("expire on December 31 of the fiftieth year after the death", Words(text, p)));
        Assert.All(phrases, p => Assert.Equal((DurationBasis.Death, 50L), (p.Basis, p.Years.Value)));
        Assert.Equal(NumeralForm.EnglishOrdinalWords, phrases[1].Years.Form);
    }

    [Theory]
    [InlineData("fifty years after first publication", "", DurationBasis.Publication, 50)]
    [InlineData("70 years after the author's death", "", DurationBasis.Death, 70)]
    [InlineData("seventy-five years after the first completion of the production", " of the recording", DurationBasis.Fixation, 75)]
    [InlineData("fifty years after the performance", " takes place", DurationBasis.Performance, 50)]
    [InlineData("fifty years after the first broadcast", " of the program", DurationBasis.Broadcast, 50)]
    public void EnglishTerm_ShortForms_EndAtTheEventWord(string phraseWords, string rest, DurationBasis basis, long years)
    {
        DurationPhrase phrase = Assert.Single(Find(phraseWords + rest));
        Assert.Equal((basis, years), (phrase.Basis, phrase.Years.Value));
        Assert.Equal(new Span(0, phraseWords.Length), phrase.Span);
    }

    [Fact]
    public void FindAll_EuInfoSocArticle1_TermOfProtectionMentionedWithoutDuration_FindsNothing()
    {
        // Directive 2001/29/EC, Art. 1(2)(d)
        Assert.Empty(Find("(d) the term of protection of copyright and certain related rights;"));
    }
}
