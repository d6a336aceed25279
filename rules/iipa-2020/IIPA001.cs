// IIPA001: the term of protection for works of natural persons must be at least life + 70 years.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA001",
    Title = "Term for works of natural persons is below life + 70 years",
    Category = "Term",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\", fn. 45",
    Description = "IIPA asks China to bring its term of protection in line with the international trend: the life of the author and 70 years after the author's death (for joint works, after the death of the last surviving author).")]
[Fires("Article 21 The term of protection for the right of publication and the rights provided for in items (5) to (17) of paragraph 1 of Article 10 of a work of a citizen shall be [|the life of the author and fifty years after his death, expiring on December 31 of the fiftieth year after his death|]; in the case of a work of joint authorship, such term shall [|expire on December 31 of the fiftieth year after the death|] of the last surviving author.",
    Note = "PRC Copyright Law (2010), Article 21(1), English translation")]
[Fires("公民的作品，其发表权、本法第十条第一款第（五）项至第（十七）项规定的权利的[|保护期为作者终生及其死亡后五十年，截止于作者死亡后第五十年的12月31日|]；如果是合作作品，[|截止于最后死亡的作者死亡后第五十年的12月31日|]。",
    Note = "中华人民共和国著作权法（2010）第二十一条第一款")]
[DoesNotFire("Copyright in a work created on or after January 1, 1978, subsists from its creation and, except as provided by the following subsections, endures for a term consisting of the life of the author and 70 years after the author’s death.",
    Note = "17 U.S.C. § 302(a)")]
[DoesNotFire("Copyright expires at the end of the period of 70 years from the end of the calendar year in which the author dies, subject as follows.",
    Note = "Copyright, Designs and Patents Act 1988, s. 12(2)")]
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

/// <summary>IIPA001 is satisfied: a term measured from the author's death is life + 70 years or more.</summary>
public sealed class TermAtLeastLifePlus70 : Rule
{
    public override void Define()
    {
        TermOfProtection term = null!;

        When()
            .Match(() => term, t => t.Basis == TermBasis.AuthorsDeath, t => t.Years >= 70);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA001", term, $"{term.Provision.Label} sets the term at {(term.IncludesLife ? "life + " : "")}{term.Years} years after the author's death, as IIPA recommends (life + 70)."));
    }
}
