using DraftCheck.Model;
using DraftCheck.Rules;
using DraftCheck.Semantics;

namespace DraftCheck.Testing.Tests;

/// <summary>A rule compiled with the tests: terms after the author's death below life + 70, with a fix.</summary>
[Rule("KIT001", Title = "Term below life + 70", Category = "Term", Severity = Severity.Error, Source = "Tests")]
[Fires("The term of protection shall be [|the life of the author and fifty years after his death|].")]
[DoesNotFire("The term of protection shall be the life of the author and seventy years after his death.")]
public sealed class TermBelowLifePlus70 : Rule
{
    public override void Define()
    {
        TermOfProtection term = null!;
        When().Match(() => term, t => t.Basis == TermBasis.AuthorsDeath, t => t.Years < 70);
        Then().Do(ctx => ctx.Report(term, $"{term.Provision.Label} sets life + {term.Years} years.",
            Amend.Numbers("Extend the term to 70 years", term.YearMentions, 70)));
    }
}

/// <summary>A second rule: every term from publication, as information.</summary>
[Rule("KIT002", Title = "Term from publication", Category = "Term", Severity = Severity.Info, Source = "Tests")]
[Fires("The term of protection shall be [|fifty years after the first publication|].")]
[DoesNotFire("The term of protection shall be fifty years after the first publication.")]
public sealed class TermFromPublication : Rule
{
    public override void Define()
    {
        TermOfProtection term = null!;
        When().Match(() => term, t => t.Basis == TermBasis.Publication);
        Then().Do(ctx => ctx.Report(term, $"{term.Provision.Label} counts the term from publication."));
    }
}

/// <summary>A rule whose action throws.</summary>
[Rule("KIT003", Title = "Throws", Category = "Test", Severity = Severity.Error, Source = "Tests")]
public sealed class Throwing : Rule
{
    public override void Define()
    {
        TermOfProtection term = null!;
        When().Match(() => term);
        Then().Do(ctx => ctx.Report(term, term.Text.Substring(1000)));
    }
}
