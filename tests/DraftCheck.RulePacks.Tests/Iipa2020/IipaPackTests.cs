using DraftCheck.Model;

namespace DraftCheck.RulePacks.Tests.Iipa2020;

/// <summary>The pack as a whole: one rule per checklist item, with the checklist's ids, severities and sources.</summary>
public sealed class IipaPackTests
{
    [Fact]
    public void Compile_IipaPack_HasTheChecklistsTwentyEightItemsWithTheirDefaultSeverities()
    {
        Assert.Equal(
        [
            ("IIPA001", Severity.Error), ("IIPA002", Severity.Error),
            ("IIPA010", Severity.Error), ("IIPA011", Severity.Error), ("IIPA012", Severity.Error), ("IIPA013", Severity.Warning),
            ("IIPA014", Severity.Warning), ("IIPA015", Severity.Warning), ("IIPA016", Severity.Warning),
            ("IIPA020", Severity.Error), ("IIPA021", Severity.Error), ("IIPA022", Severity.Error), ("IIPA023", Severity.Error), ("IIPA024", Severity.Info),
            ("IIPA030", Severity.Error), ("IIPA031", Severity.Warning),
            ("IIPA040", Severity.Error), ("IIPA041", Severity.Error),
            ("IIPA050", Severity.Warning), ("IIPA051", Severity.Error), ("IIPA052", Severity.Warning), ("IIPA053", Severity.Warning), ("IIPA054", Severity.Info),
            ("IIPA060", Severity.Warning), ("IIPA061", Severity.Warning),
            ("IIPA070", Severity.Error), ("IIPA071", Severity.Warning),
            ("IIPA080", Severity.Info),
        ],
        IipaPack.Rules.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => (r.Id, r.DefaultSeverity)));
    }

    [Fact]
    public void Compile_IipaPack_EveryRuleCitesASectionOfTheReportAndExplainsItself()
    {
        Assert.All(IipaPack.Rules, rule =>
        {
            Assert.StartsWith("IIPA 2020 Special 301 Report, China, \"", rule.Source);
            Assert.NotEmpty(rule.Title);
            Assert.NotEmpty(rule.Category);
            Assert.NotEmpty(rule.Description);
        });
    }
}
