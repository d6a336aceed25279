// IIPA070: criminal liability must not require a profit motive.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA070",
    Title = "Criminal liability requires a profit motive",
    Category = "Criminal",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Compliance with Existing Obligations to the United States\"",
    Description = "The requirement that infringement be \"for the purpose of making profits\" is inconsistent with TRIPS Articles 41 and 61. A finding unless another offence in the draft covers the same acts without that element.")]
[Fires("第二百一十七条\n[|以营利为目的|]，有下列侵犯著作权情形之一，违法所得数额较大或者有其他严重情节的，处三年以下有期徒刑或者拘役，并处或者单处罚金；违法所得数额巨大或者有其他特别严重情节的，处三年以上七年以下有期徒刑，并处罚金：\n（一）未经著作权人许可，复制发行其文字作品、音乐、电影、电视、录像作品、计算机软件及其他作品的；",
    Note = "中华人民共和国刑法第二百一十七条 (before 2020)")]
[Fires("§ 1204. Criminal offenses and penalties\n(a) In General.—Any person who violates section 1201 or 1202 willfully and [|for purposes of commercial advantage|] or private financial gain—\n(1) shall be fined not more than $500,000 or imprisoned for not more than 5 years, or both, for the first offense; and\n(2) shall be fined not more than $1,000,000 or imprisoned for not more than 10 years, or both, for any subsequent offense.",
    Note = "17 U.S.C. § 1204(a)")]
[DoesNotFire("第二百一十七条\n有下列侵犯著作权或者与著作权有关的权利的情形之一，违法所得数额较大或者有其他严重情节的，处三年以下有期徒刑，并处或者单处罚金；违法所得数额巨大或者有其他特别严重情节的，处三年以上十年以下有期徒刑，并处罚金：\n（一）未经著作权人许可，复制、发行、通过信息网络向公众传播其文字作品、音乐、美术、视听作品、计算机软件及法律、行政法规规定的其他作品的；",
    Note = "中华人民共和国刑法第二百一十七条 (Amendment XI, 2020)")]
[DoesNotFire("(a) Criminal Infringement.—\n(1) In general.—Any person who willfully infringes a copyright shall be punished as provided under section 2319 of title 18, if the infringement was committed—\n(A) for purposes of commercial advantage or private financial gain;\n(B) by the reproduction or distribution, including by electronic means, during any 180-day period, of 1 or more copies or phonorecords of 1 or more copyrighted works, which have a total retail value of more than $1,000; or\n(C) by the distribution of a work being prepared for commercial distribution, by making it available on a computer network accessible to members of the public, if such person knew or should have known that the work was intended for commercial distribution.",
    Note = "17 U.S.C. § 506(a)(1): commercial advantage is one of alternatives")]
public sealed class ProfitMotiveRequired : Rule
{
    public override void Define()
    {
        CriminalSanction offence = null!;

        When()
            .Match(() => offence, o => o.Kind == CriminalSanctionKind.Offence, o => o.RequiresProfitMotive)
            .Not<CriminalSanction>(o => o.Kind == CriminalSanctionKind.Offence && !o.RequiresProfitMotive
                && o.CoversTechnologicalMeasures == offence.CoversTechnologicalMeasures && o.CoversInfringement == offence.CoversInfringement);

        Then()
            .Do(ctx => ctx.Report(offence.LocationOf(offence.ProfitMotiveSpan), null,
                $"{offence.Provision.Label} makes a profit motive an element of the offence (\"{Iipa.Words(offence, offence.ProfitMotiveSpan)}\"); IIPA notes that requiring infringement to be \"for the purpose of making profits\" is inconsistent with TRIPS Articles 41 and 61.",
                null));
    }
}

/// <summary>IIPA070 is satisfied: a criminal offence does not require a profit motive.</summary>
public sealed class OffenceWithoutProfitMotive : Rule
{
    public override void Define()
    {
        CriminalSanction offence = null!;

        When()
            .Match(() => offence, o => o.Kind == CriminalSanctionKind.Offence, o => !o.RequiresProfitMotive);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA070", Iipa.At(offence, offence.SanctionSpan), $"{offence.Provision.Label} makes infringement an offence without requiring a profit motive (\"{Iipa.Words(offence, offence.SanctionSpan)}\")."));
    }
}
