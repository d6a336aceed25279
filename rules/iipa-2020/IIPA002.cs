// IIPA002: terms running from publication (or creation, fixation, broadcast) must be 95 years, and no less than 75.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA002",
    Title = "Term calculated from publication (or creation) is below 95 years / 75 years",
    Category = "Term",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\", fn. 45",
    Description = "Where the term runs from publication, IIPA asks for the U.S. term of 95 years, \"but in any case, no less than 75 years\". Below 75 years is an error; 75 to 94 years a warning. A first term with a renewal counts as its total (28 + 67 = 95). Typographical arrangements (layout designs) are out of scope.")]
public sealed class TermFromPublicationBelow95 : Rule
{
    public override void Define()
    {
        TermOfProtection term = null!;

        When()
            .Match(() => term,
                t => t.Basis != TermBasis.Unspecified && t.Basis != TermBasis.AuthorsDeath,
                t => !t.IsRenewal,
                t => t.Categories != WorkCategory.TypographicalArrangement,
                t => t.TotalYears < 95);

        Then()
            .Do(ctx => Report(ctx, term));
    }

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
