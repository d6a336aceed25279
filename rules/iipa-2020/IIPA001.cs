// IIPA001: the term of protection for works of natural persons must be at least life + 70 years.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA001",
    Title = "Term for works of natural persons is below life + 70 years",
    Category = "Term",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\", fn. 45",
    Description = "IIPA asks China to bring its term of protection in line with the international trend: the life of the author and 70 years after the author's death (for joint works, after the death of the last surviving author).")]
public sealed class TermBelowLifePlus70 : Rule
{
    public override void Define()
    {
        TermOfProtection term = null!;

        When()
            .Match(() => term, t => t.Basis == TermBasis.AuthorsDeath, t => t.Years < 70);

        Then()
            .Do(ctx => ctx.Report(term,
                $"{term.Provision.Label} sets the term at {(term.IncludesLife ? "life + " : "")}{term.Years} years after the author's death; IIPA recommends life + 70.",
                Amend.Numbers("Extend the term to 70 years after the author's death", term.YearMentions, 70)));
    }
}
