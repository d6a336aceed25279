// IIPA014: repeat infringers must be suspended or terminated.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA014",
    Title = "No repeat-infringer policy",
    Category = "SafeHarbour",
    Severity = Severity.Warning,
    Source = "IIPA 2020 Special 301 Report, China, \"Evolving Online Piracy Remains Serious\"; \"Guidelines on Strengthening the Protection of Intellectual Property Rights\" (Clause 2.3)",
    Description = "IIPA asks services to \"suspend or terminate repeat infringers\" and welcomes a \"blacklist\" of repeat infringers. Judged only where the draft has safe harbours or platform obligations.")]
public sealed class NoRepeatInfringerPolicy : Rule
{
    public override void Define()
    {
        TopicAnchor anchor = null!;

        When()
            .Match(() => anchor, a => a.Topic == ScopeTopic.Intermediaries,
                a => a.Of is SafeHarbour || a.Of is TakedownDuty || a.Of is Restoration || a.Of is StayDownDuty)
            .Not<RepeatInfringerPolicy>();

        Then()
            .Do(ctx => ctx.Report(anchor,
                $"The draft sets safe-harbour conditions or platform obligations ({Iipa.Where(anchor)}) but none to suspend or terminate the accounts of repeat infringers; IIPA asks services to \"suspend or terminate repeat infringers\"."));
    }
}
