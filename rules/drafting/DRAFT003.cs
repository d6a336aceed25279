// DRAFT003: a defined term must be used, and a term written as a defined term must be defined.
namespace DraftCheck.Packs.Drafting;

[Rule("DRAFT003",
    Title = "Term defined but never used, or used as a defined term but never defined",
    Category = "Definitions",
    Severity = Severity.Warning,
    Source = "Drafting convention: define only terms the draft uses, and define every term it treats as defined",
    Description = "A definition nothing uses is dead text, and often a sign that the operative provisions use another name for the thing (\"four-line colorstripe copy control technology\" where \"four-line version of the colorstripe copy control technology\" is defined). A term in quotation marks that no provision defines leaves its meaning open. Definitions made for a provision outside the text given (\"for the purposes of section 1203\") are not reported as unused.")]
public sealed class TermDefinedButUnusedOrUndefined : Rule
{
    public override void Define()
    {
        DefinedTerm term = null!;

        When()
            .Match(() => term, t => !t.IsDefined || (!t.IsUsed && !t.AppliesOutsideDraft));

        Then()
            .Do(ctx => ctx.Report(term, term.IsDefined
                ? $"{term.Provision.Label} defines \"{term.Term}\", but the draft never uses it."
                : $"{term.Provision.Label} writes \"{term.Term}\" as a defined term, but the draft does not define it."));
    }
}
