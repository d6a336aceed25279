// IIPA031: a remedy against apps and linking services for works hosted elsewhere.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA031",
    Title = "No remedy against apps and linking services for remotely hosted content",
    Category = "MakingAvailable",
    Severity = Severity.Warning,
    Source = "IIPA 2020 Special 301 Report, China, \"Priority Actions Requested in 2020\" (Legislation); \"More Sustained, Holistic Enforcement Approach Needed\"",
    Description = "IIPA asks for \"ensuring a remedy against apps facilitating infringement (especially where infringing content is hosted remotely)\". Judged where the draft's scope covers the making-available right.")]
public sealed class NoLinkingRemedy : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        TopicAnchor anchor = null!;

        When()
            .Match(() => scope, s => s.Covers(ScopeTopic.MakingAvailable))
            .Match(() => anchor, a => a.Topic == ScopeTopic.MakingAvailable)
            .Not<LinkingRemedy>();

        Then()
            .Do(ctx => ctx.Report(anchor,
                $"{Iipa.Where(anchor)}: nothing gives right holders a remedy against linking, aggregation, indexing or app services that give access to works stored elsewhere; IIPA asks for \"a remedy against apps facilitating infringement (especially where infringing content is hosted remotely)\". {Iipa.ScopeNote(scope, ScopeTopic.MakingAvailable)}"));
    }
}
