// DRAFT003: a defined term must be used, and a term written as a defined term must be defined.
namespace DraftCheck.Packs.Drafting;

[Rule("DRAFT003",
    Title = "Term defined but never used, or used as a defined term but never defined",
    Category = "Definitions",
    Severity = Severity.Warning,
    Source = "Drafting convention: define only terms the draft uses, and define every term it treats as defined",
    Description = "A definition nothing uses is dead text, and often a sign that the operative provisions use another name for the thing (\"four-line colorstripe copy control technology\" where \"four-line version of the colorstripe copy control technology\" is defined). A term in quotation marks that no provision defines leaves its meaning open. Definitions made for a provision outside the text given (\"for the purposes of section 1203\") are not reported as unused.")]
[Fires("Article 1 In this Law, “network service provider” means a provider of information storage space, and “[|retention period|]” means the period during which a work is stored.\nArticle 2 A network service provider shall remove an infringing work after a notice.",
    Note = "retention period is defined and never used")]
[Fires("Article 1 The “[|Registrar|]” shall keep a register of notices.",
    Note = "Registrar is written as a defined term but never defined")]
[DoesNotFire("Article 1 In this Law, “network service provider” means a provider of information storage space.\nArticle 2 A network service provider shall remove an infringing work after a notice.",
    Note = "the defined term is used")]
[DoesNotFire("Article 1 A network service provider shall remove an infringing work after a notice.",
    Note = "no definitions at all")]
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
