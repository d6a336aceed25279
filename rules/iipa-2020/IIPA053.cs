// IIPA053: presumption of ownership.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA053",
    Title = "No presumption of ownership",
    Category = "Remedies",
    Severity = Severity.Warning,
    Source = "IIPA 2020 Special 301 Report, China, \"Phase One Agreement\", fn. 51 (Article 1.29); \"Compliance with Existing Obligations to the United States\"",
    Description = "IIPA asks for \"legal presumptions of copyright ownership, including waiving certain evidentiary requirements\" and criticises an \"inadequate presumption of ownership\". Judged where the draft's scope covers evidence in enforcement.")]
public sealed class NoOwnershipPresumption : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        TopicAnchor anchor = null!;

        When()
            .Match(() => scope, s => s.Covers(ScopeTopic.Evidence))
            .Match(() => anchor, a => a.Topic == ScopeTopic.Evidence)
            .Not<OwnershipPresumption>();

        Then()
            .Do(ctx => ctx.Report(anchor,
                $"{Iipa.Where(anchor)}: no provision presumes that the person named on a work is its author or right holder absent proof to the contrary; IIPA asks for \"legal presumptions of copyright ownership\". {Iipa.ScopeNote(scope, ScopeTopic.Evidence)}"));
    }
}
