// IIPA054: heavier penalties for repeat infringers.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA054",
    Title = "No enhanced penalties for repeat infringers",
    Category = "Remedies",
    Severity = Severity.Info,
    Source = "IIPA 2020 Special 301 Report, China, \"Priority Actions Requested in 2020\" (Enforcement); \"Compliance with Existing Obligations to the United States\"",
    Description = "IIPA asks for \"imposing enhanced penalties against repeat infringers\". Judged where the draft's scope covers penalties.")]
public sealed class NoRepeatInfringerPenalty : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        TopicAnchor anchor = null!;

        When()
            .Match(() => scope, s => s.Covers(ScopeTopic.Penalties))
            .Match(() => anchor, a => a.Topic == ScopeTopic.Penalties)
            .Not<RepeatInfringerPenalty>();

        Then()
            .Do(ctx => ctx.Report(anchor,
                $"{Iipa.Where(anchor)}: no heavier penalty applies to repeated infringement; IIPA asks for \"imposing enhanced penalties against repeat infringers\". {Iipa.ScopeNote(scope, ScopeTopic.Penalties)}"));
    }
}
