// IIPA002: terms running from publication (or creation, fixation, broadcast) must be 95 years, and no less than 75.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA002",
    Title = "Term calculated from publication (or creation) is below 95 years / 75 years",
    Category = "Term",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\", fn. 45",
    Description = "Where the term runs from publication, IIPA asks for the U.S. term of 95 years, \"but in any case, no less than 75 years\". Below 75 years is an error; 75 to 94 years a warning. A first term with a renewal counts as its total (28 + 67 = 95). Typographical arrangements (layout designs) are out of scope.")]
[Fires("录音录像制作者对其制作的录音录像制品，享有许可他人复制、发行、出租、通过信息网络向公众传播并获得报酬的权利；权利的[|保护期为五十年，截止于该制品首次制作完成后第五十年的12月31日|]。",
    Note = "中华人民共和国著作权法（2010）第四十二条第一款")]
[Fires("The term of protection for the right of publication and the rights provided for in items (5) to (17) of paragraph 1 of Article 10 of a cinematographic work, a work created by a process analogous to cinematography or a photographic work shall be [|fifty years, expiring on December 31 of the fiftieth year after the first publication|] of such work; however, if such work has not been published within [|fifty years after the completion of its creation|], it shall no longer be protected under this Law.",
    Note = "PRC Copyright Law (2010), Article 21(3), English translation")]
[DoesNotFire("In the case of an anonymous work, a pseudonymous work, or a work made for hire, the copyright endures for a term of 95 years from the year of its first publication, or a term of 120 years from the year of its creation, whichever expires first.",
    Note = "17 U.S.C. § 302(c): 95 years from publication meets the recommendation")]
[DoesNotFire("Article 36 A publisher shall have the right to authorize or prohibit the use by others of the layout design of the books or periodicals it has published.\nThe term of protection for the right provided for in the preceding paragraph shall be ten years, expiring on December 31 of the tenth year after the first publication of the book or periodical in which the layout design is used.",
    Note = "PRC Copyright Law (2010), Article 36, English translation: layout designs are out of scope")]
public sealed class TermFromPublicationBelow95 : Rule
{
    public override void Define()
    {
        TermOfProtection term = null!;

        When()
            .Match(() => term,
                t => IsJudged(t),
                t => t.TotalYears < 95);

        Then()
            .Do(ctx => Report(ctx, term));
    }

    /// <summary>
    /// The terms the item judges, for this rule and its satisfied companion: those running from publication (or creation,
    /// fixation, broadcast), not a renewal on its own, not typographical arrangements.
    /// </summary>
    internal static bool IsJudged(TermOfProtection t) =>
        t.Basis != TermBasis.Unspecified && t.Basis != TermBasis.AuthorsDeath && !t.IsRenewal && t.Categories != WorkCategory.TypographicalArrangement;

    private static void Report(IContext ctx, TermOfProtection term)
    {
        string years = term.RenewalYears > 0
            ? $"{term.Years} years from {Describe(term.Basis)} plus a renewal of {term.RenewalYears} years ({term.TotalYears} in all)"
            : $"{term.Years} years from {Describe(term.Basis)}";
        Fix fix = term.RenewalYears > 0
            ? Amend.Numbers($"Extend the renewal term so that the whole term is 95 years", term.RenewalMentions, 95 - term.Years)
            : Amend.Numbers("Extend the term to 95 years", term.YearMentions, 95);
        ctx.Report(term, term.TotalYears < 75 ? Severity.Error : Severity.Warning,
            $"{term.Provision.Label} sets a term of {years}; IIPA recommends 95 years and no less than 75.", fix);
    }

    private static string Describe(TermBasis basis) => basis switch
    {
        TermBasis.Publication => "publication",
        TermBasis.MakingAvailable => "making available",
        TermBasis.Creation => "creation",
        TermBasis.Fixation => "fixation of the recording",
        TermBasis.Performance => "the performance",
        TermBasis.Broadcast => "the first broadcast",
        _ => "its starting event",
    };
}

/// <summary>IIPA002 is satisfied: a term running from publication (or creation, fixation, broadcast) is 95 years or more.</summary>
public sealed class TermFromPublicationAtLeast95 : Rule
{
    public override void Define()
    {
        TermOfProtection term = null!;

        When()
            .Match(() => term,
                t => TermFromPublicationBelow95.IsJudged(t),
                t => t.TotalYears >= 95);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA002", term, $"{term.Provision.Label} sets a term of {term.TotalYears} years, as IIPA recommends (95)."));
    }
}
