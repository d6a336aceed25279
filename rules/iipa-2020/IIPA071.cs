// IIPA071: transfer to criminal authorities upon reasonable suspicion.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA071",
    Title = "Transfer to criminal authorities not on reasonable suspicion",
    Category = "Criminal",
    Severity = Severity.Warning,
    Source = "IIPA 2020 Special 301 Report, China, \"Administrative Criminal Transfer Regulations Need Significant Improvements\", fn. 50; \"Phase One Agreement\", fn. 51 (Article 1.26)",
    Description = "IIPA asks that administrative cases be transferred \"upon 'reasonable suspicion' that the criminal thresholds are met\", expressly, rather than on proof of illegal proceeds or a finding that the facts constitute a crime. A generic liability clause is not a transfer provision.")]
[Fires("第六十一条\n对侵犯注册商标专用权的行为，工商行政管理部门有权依法查处；[|涉嫌|]犯罪的，应当及时移送司法机关依法处理。",
    Note = "中华人民共和国商标法（2019）第六十一条")]
[Fires("第二十七条\n违法行为涉嫌犯罪的，行政机关应当及时将案件移送司法机关，依法追究刑事责任。",
    Note = "中华人民共和国行政处罚法（2017）第二十七条")]
[DoesNotFire("Article 1.26\nChina shall require the administrative authorities to transfer a case for criminal enforcement, if, under an objective standard, there is “reasonable suspicion” based on articulable facts that a criminal violation of an intellectual property right has occurred.",
    Note = "Economic and Trade Agreement between the United States and China (2020), Article 1.26")]
[DoesNotFire("第五十条\n著作权人或者与著作权有关的权利人有证据证明他人正在实施或者即将实施侵犯其权利的行为，如不及时制止将会使其合法权益受到难以弥补的损害的，可以在起诉前向人民法院申请采取责令停止有关行为和财产保全的措施。",
    Note = "中华人民共和国著作权法（2010）第五十条: no transfer provision")]
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

/// <summary>IIPA071 is satisfied: cases go to the criminal authorities on reasonable suspicion.</summary>
public sealed class TransferOnReasonableSuspicion : Rule
{
    public override void Define()
    {
        CaseTransfer transfer = null!;

        When()
            .Match(() => transfer, t => t.Standard == TransferStandard.ReasonableSuspicion);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA071", Iipa.At(transfer, transfer.StandardSpan), $"{transfer.Provision.Label} requires transfer to the criminal authorities on reasonable suspicion (\"{Iipa.Words(transfer, transfer.StandardSpan)}\")."));
    }
}
