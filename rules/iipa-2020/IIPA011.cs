// IIPA011: a safe harbour must be lost on knowledge of infringement, not only on notice.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA011",
    Title = "Safe harbour is lost only on notice, not on other knowledge",
    Category = "SafeHarbour",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Clarify the Network Rules\"",
    Description = "Intermediaries must act \"upon notice or otherwise obtaining knowledge of infringement\". A harbour conditioned only on acting upon a notice, with no knowledge standard (knows or should know, reasonable grounds to know, aware of facts or circumstances), protects services that know of infringement but received no notice.")]
public sealed class SafeHarbourLostOnlyOnNotice : Rule
{
    public override void Define()
    {
        SafeHarbour harbour = null!;

        When()
            .Match(() => harbour, h => h.IsNoticeOnly);

        Then()
            .Do(ctx => Report(ctx, harbour));
    }

    private static void Report(IContext ctx, SafeHarbour harbour) =>
        ctx.Report(harbour.LocationOf(harbour.NoticeSpan), null,
            $"{harbour.Provision.Label} keeps {Iipa.Describe(harbour.Kind)} services exempt unless they fail to act \"{Iipa.Words(harbour, harbour.NoticeSpan)}\", with no knowledge standard (\"knows or should know\", \"aware of facts or circumstances\"); IIPA asks that intermediaries act \"upon notice or otherwise obtaining knowledge of infringement\".",
            null);
}
