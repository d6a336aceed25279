// DRAFT002: a cross-reference must name a provision the draft has.
namespace DraftCheck.Packs.Drafting;

[Rule("DRAFT002",
    Title = "Cross-reference to a provision that does not exist",
    Category = "CrossReferences",
    Severity = Severity.Error,
    Source = "Drafting convention: every internal reference resolves to a provision of the draft",
    Description = "The reference names an article, paragraph, item or other provision the draft does not have: a provision renumbered or deleted, a wrong level word (\"subsection (2)\" of a section whose subsections are lettered), or \"the preceding paragraph\" in a first paragraph. References to other instruments, and to provisions an excerpt or code leaves out, are not checked.")]
public sealed class DanglingCrossReference : Rule
{
    public override void Define()
    {
        CrossReference reference = null!;

        When()
            .Match(() => reference, r => r.Status == CrossReferenceStatus.Unresolved);

        Then()
            .Do(ctx => ctx.Report(reference, $"{reference.Provision.Label} refers to {reference.Citation}, which is not in the draft."));
    }
}
