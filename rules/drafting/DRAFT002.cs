// DRAFT002: a cross-reference must name a provision the draft has.
namespace DraftCheck.Packs.Drafting;

[Rule("DRAFT002",
    Title = "Cross-reference to a provision that does not exist",
    Category = "CrossReferences",
    Severity = Severity.Error,
    Source = "Drafting convention: every internal reference resolves to a provision of the draft",
    Description = "The reference names an article, paragraph, item or other provision the draft does not have: a provision renumbered or deleted, a wrong level word (\"subsection (2)\" of a section whose subsections are lettered), or \"the preceding paragraph\" in a first paragraph. References to other instruments, and to provisions an excerpt or code leaves out, are not checked.")]
[Fires("Article 1 Subject to [|Article 9|], a network service provider shall remove an infringing work after a notice.",
    Note = "Article 9 is not in the draft")]
[Fires("第一条\n网络服务提供者应当依照[|本法第九条|]的规定删除侵权作品。",
    Note = "第九条 is not in the draft")]
[DoesNotFire("Article 1 Subject to Article 2, a network service provider shall remove an infringing work after a notice.\nArticle 2 A notice shall be in writing.",
    Note = "Article 2 exists")]
[DoesNotFire("第一条\n网络服务提供者应当依照本法第二条的规定删除侵权作品。\n第二条\n通知应当采用书面形式。",
    Note = "第二条 exists")]
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
