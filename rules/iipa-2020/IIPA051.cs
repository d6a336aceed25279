// IIPA051: punitive damages for wilful infringement.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA051",
    Title = "No punitive damages",
    Category = "Remedies",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Guidelines on Strengthening the Protection of Intellectual Property Rights\" (Clause 2.1)",
    Description = "IIPA asks China to \"implement punitive damages for IPR infringements, including copyright\". Judged where the draft's scope covers damages.")]
public sealed class NoPunitiveDamages : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        TopicAnchor anchor = null!;

        When()
            .Match(() => scope, s => s.Covers(ScopeTopic.Damages))
            .Match(() => anchor, a => a.Topic == ScopeTopic.Damages)
            .Not<DamagesProvision>(d => d.IsPunitive);

        Then()
            .Do(ctx => ctx.Report(anchor,
                $"{Iipa.Where(anchor)}: damages are measured without punitive or multiple damages for wilful infringement; IIPA asks to \"implement punitive damages for IPR infringements, including copyright\". {Iipa.ScopeNote(scope, ScopeTopic.Damages)}"));
    }
}
