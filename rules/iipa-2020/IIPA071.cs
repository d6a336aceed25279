// IIPA071: transfer to criminal authorities upon reasonable suspicion.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA071",
    Title = "Transfer to criminal authorities not on reasonable suspicion",
    Category = "Criminal",
    Severity = Severity.Warning,
    Source = "IIPA 2020 Special 301 Report, China, \"Administrative Criminal Transfer Regulations Need Significant Improvements\", fn. 50; \"Phase One Agreement\", fn. 51 (Article 1.26)",
    Description = "IIPA asks that administrative cases be transferred \"upon 'reasonable suspicion' that the criminal thresholds are met\", expressly, rather than on proof of illegal proceeds or a finding that the facts constitute a crime. A generic liability clause is not a transfer provision.")]
public sealed class TransferNotOnReasonableSuspicion : Rule
{
    public override void Define()
    {
        CaseTransfer transfer = null!;

        When()
            .Match(() => transfer, t => t.Standard != TransferStandard.ReasonableSuspicion);

        Then()
            .Do(ctx => Report(ctx, transfer));
    }

    private static void Report(IContext ctx, CaseTransfer transfer)
    {
        Span at = transfer.StandardSpan.IsNone ? transfer.TransferSpan : transfer.StandardSpan;
        string standard = transfer.Standard switch
        {
            TransferStandard.Suspicion => "on suspicion without saying that a reasonable suspicion is enough",
            TransferStandard.ConstitutesCrime => "only where the facts constitute a crime",
            TransferStandard.Proof => "only on proof",
            _ => "without stating a standard",
        };
        ctx.Report(transfer.LocationOf(at), null,
            $"{transfer.Provision.Label} transfers cases to criminal authorities {standard} (\"{Iipa.Words(transfer, at)}\"); IIPA asks that transfers be required \"upon 'reasonable suspicion' that the criminal thresholds are met\".",
            null);
    }
}
