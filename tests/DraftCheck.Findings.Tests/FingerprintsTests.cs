using System.Collections.Immutable;
using DraftCheck.Model;

namespace DraftCheck.Findings.Tests;

/// <summary>Fingerprints: rule id and normalised words, never positions or provision numbers.</summary>
public sealed class FingerprintsTests
{
    private static readonly RuleDescriptor s_iipa001 = new("IIPA001", "Term below life + 70", "Term", Severity.Error, "IIPA 2020, fn. 45");
    private static readonly RuleDescriptor s_iipa002 = new("IIPA002", "Term below 95 years", "Term", Severity.Error, "IIPA 2020, fn. 45");

    private const string Provision =
        "The term of protection for the right of publication of a work of a citizen shall be the life of the author and fifty years after his death.";

    private const string Quote = "the life of the author and fifty years after his death";

    private static Finding At(RuleDescriptor rule, string label, int start, string quote = Quote) =>
        new(rule, $"{label} sets the term at life + 50 years.", new Location(new ProvisionRef(new ProvisionId(label), label), new Span(start, quote.Length), quote));

    [Theory]
    [InlineData("Article  21（1）: the Term", "article 21 1 the term")]
    [InlineData("  life + 50 years,\n expiring\u00A0on 31 December ", "life 50 years expiring on 31 december")]
    [InlineData("第二十一条\u3000保护期为作者终生及其死亡后五十年，截止于第五十年的１２月３１日。", "第二十一条 保护期为作者终生及其死亡后五十年 截止于第五十年的12月31日")]
    [InlineData("", "")]
    public void NormalizeWords_Text_KeepsOnlyLowerCaseWordsSeparatedByOneSpace(string text, string words) =>
        Assert.Equal(words, Fingerprints.NormalizeWords(text));

    [Fact]
    public void Hash_SameWordsInAnotherLayout_IsTheSame()
    {
        string hash = Fingerprints.Hash("IIPA001", Provision, Quote);

        Assert.Matches("^[0-9a-f]{32}$", hash);
        Assert.Equal(hash, Fingerprints.Hash("IIPA001", Provision.Replace(" ", "  ").ToUpperInvariant(), Quote.Replace("and", "and\n")));
        Assert.NotEqual(hash, Fingerprints.Hash("IIPA002", Provision, Quote));
        Assert.NotEqual(hash, Fingerprints.Hash("IIPA001", Provision.Replace("citizen", "natural person"), Quote));
        Assert.NotEqual(hash, Fingerprints.Hash("IIPA001", Provision, Quote.Replace("fifty", "sixty")));
    }

    [Fact]
    public void Assign_RenumberedAndMovedProvision_KeepsTheFingerprint()
    {
        ImmutableArray<Finding> before = Fingerprints.Assign([At(s_iipa001, "Article 21(1)", 13394)], _ => Provision);
        ImmutableArray<Finding> after = Fingerprints.Assign([At(s_iipa001, "Article 22(1)", 15020)], _ => Provision);

        Assert.Equal(before[0].Fingerprint, after[0].Fingerprint);
        Assert.EndsWith(":1", before[0].Fingerprint);
    }

    [Fact]
    public void Assign_SameWordsTwice_CountsTheOccurrencesInReportOrder()
    {
        // Two identical paragraphs (a drafting slip) give two findings with the same words: they stay apart.
        ImmutableArray<Finding> findings = Fingerprints.Assign(
            [At(s_iipa001, "Article 21(2)", 900), At(s_iipa002, "Article 21(1)", 500), At(s_iipa001, "Article 21(1)", 100)], _ => Provision);

        Assert.Equal(["Article 21(1)", "Article 21(1)", "Article 21(2)"], findings.Select(f => f.Location.Provision.Label));
        string hash = Fingerprints.Hash("IIPA001", Provision, Quote);
        Assert.Equal([$"{hash}:1", $"{Fingerprints.Hash("IIPA002", Provision, Quote)}:1", $"{hash}:2"], findings.Select(f => f.Fingerprint));
    }
}
