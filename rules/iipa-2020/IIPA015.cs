// IIPA015: removed content must not come back on a bare counter-notice.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA015",
    Title = "Content is restored on a bare counter-notice",
    Category = "SafeHarbour",
    Severity = Severity.Warning,
    Source = "IIPA 2020 Special 301 Report, China, \"E-Commerce Law\"; \"Tort Law\"",
    Description = "IIPA warns that uploaders and sellers could escape \"by merely objecting to rights holders' notice\". Restoring material, or ending measures, because of a counter-notice or because a waiting period passes unless the right holder sues, without a decision on the merits, is a finding whatever the evidence the counter-notice carries.")]
public sealed class RestoredOnCounterNotice : Rule
{
    public override void Define()
    {
        Restoration restoration = null!;

        When()
            .Match(() => restoration, r => r.MeritsDecisionSpan.IsNone);

        Then()
            .Do(ctx => Report(ctx, restoration));
    }

    private static void Report(IContext ctx, Restoration restoration)
    {
        string trigger = restoration.Trigger == RestorationTrigger.CounterNotice
            ? $"upon the uploader's counter-notice (\"{Iipa.Words(restoration, restoration.TriggerSpan)}\")"
            : $"once {restoration.WaitingPeriod!.Describe()} pass";
        string unless = restoration.UnlessSuitSpan.IsNone ? string.Empty : " unless the right holder goes to court or complains";
        ctx.Report(restoration.LocationOf(restoration.ActionSpan), null,
            $"{restoration.Provision.Label} brings removed material back (\"{Iipa.Words(restoration, restoration.ActionSpan)}\") {trigger}{unless}, without a decision on the merits; IIPA warns that infringers could escape \"by merely objecting to rights holders' notice\".",
            null);
    }
}
