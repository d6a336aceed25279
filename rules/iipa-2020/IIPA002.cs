// IIPA002: terms running from publication (or creation, fixation, broadcast) must be 95 years, and no less than 75.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA002",
    Title = "Term calculated from publication (or creation) is below 95 years / 75 years",
    Category = "Term",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\", fn. 45",
    Description = "Where the term runs from publication, IIPA asks for the U.S. term of 95 years, \"but in any case, no less than 75 years\". Below 75 years is an error; 75 to 94 years a warning. Typographical arrangements (layout designs) are out of scope.")]
public sealed class TermFromPublicationBelow95 : Rule
{
    public override void Define()
    {
        TermOfProtection term = null!;

        When()
            .Match(() => term,
                t => t.Basis != TermBasis.Unspecified && t.Basis != TermBasis.AuthorsDeath,
                t => t.Categories != WorkCategory.TypographicalArrangement,
                t => t.Years < 95);

        Then()
            .Do(ctx => ctx.Report(term,
                term.Years < 75 ? Severity.Error : Severity.Warning,
                $"{term.Provision.Label} sets a term of {term.Years} years from {Describe(term.Basis)}; IIPA recommends 95 years and no less than 75.",
                Amend.Numbers("Extend the term to 95 years", term.YearMentions, 95)));
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
