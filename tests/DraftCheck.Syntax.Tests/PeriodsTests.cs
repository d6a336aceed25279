using DraftCheck.Model;
using DraftCheck.Syntax.Grammars;

namespace DraftCheck.Syntax.Tests;

/// <summary>Short periods of time in real statute wording.</summary>
public class PeriodsTests
{
    private static IReadOnlyList<TimePeriod> Find(string text) => Periods.FindAll(text, new Span(0, text.Length));

    [Fact]
    public void FindAll_Usc512g2C_RangeOfBusinessDays()
    {
        const string text = "replaces the removed material and ceases disabling access to it not less than 10, nor more than 14, business days following receipt of the counter notice";

        TimePeriod period = Assert.Single(Find(text));

        Assert.Equal("not less than 10, nor more than 14, business days", period.Text);
        Assert.Equal((14L, 10L, PeriodUnit.WorkingDay), (period.Count.Value, period.Minimum!.Value, period.Unit));
        Assert.Equal("10 to 14 working days", period.Describe());
    }

    [Fact]
    public void FindAll_PrcArticle51_FortyEightHoursAndFifteenDays()
    {
        // 中华人民共和国著作权法 (2010) 第五十一条第二款、第四款
        const string text = "人民法院接受申请后，必须在四十八小时内作出裁定；申请人在人民法院采取保全措施后十五日内不起诉的，人民法院应当解除保全措施。";

        Assert.Equal([("四十八小时", 48L), ("十五日", 360L)], Find(text).Select(p => (p.Text, p.Hours)));
    }

    [Fact]
    public void FindAll_ECommerceLawArticle43_FifteenDays()
    {
        const string text = "电子商务平台经营者在转送声明到达知识产权权利人后十五日内，未收到权利人已经投诉或者起诉通知的，应当及时终止所采取的措施。";

        TimePeriod period = Assert.Single(Find(text));

        Assert.Equal((15L, PeriodUnit.Day), (period.Count.Value, period.Unit));
    }

    [Fact]
    public void FindAll_EnglishWordsAndHyphenatedForms()
    {
        Assert.Equal([(3L, PeriodUnit.Day), (24L, PeriodUnit.Hour)],
            Find("within three days after receiving the notification, or within a 24-hour period").Select(p => (p.Count.Value, p.Unit)));
    }

    [Fact]
    public void FindAll_DatesAreNotPeriods()
    {
        Assert.Empty(Find("截止于作者死亡后第五十年的12月31日"));
    }
}
