// IIPA051: punitive damages for wilful infringement.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA051",
    Title = "No punitive damages",
    Category = "Remedies",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Guidelines on Strengthening the Protection of Intellectual Property Rights\" (Clause 2.1)",
    Description = "IIPA asks China to \"implement punitive damages for IPR infringements, including copyright\". Judged where the draft's scope covers damages.")]
[Fires("第四十九条\n侵犯著作权或者与著作权有关的权利的，侵权人应当按照权利人的[|实际损失|]给予赔偿；实际损失难以计算的，可以按照侵权人的违法所得给予赔偿。赔偿数额还应当包括权利人为制止侵权行为所支付的合理开支。\n权利人的实际损失或者侵权人的违法所得不能确定的，由人民法院根据侵权行为的情节，判决给予五十万元以下的赔偿。",
    Note = "中华人民共和国著作权法（2010）第四十九条")]
[Fires("§ 504. Remedies for infringement: Damages and profits\n(b) [|Actual Damages|] and Profits.—The copyright owner is entitled to recover the actual damages suffered by him or her as a result of the infringement, and any profits of the infringer that are attributable to the infringement and are not taken into account in computing the actual damages.",
    Note = "17 U.S.C. § 504(b)")]
[DoesNotFire("第五十四条\n侵犯著作权或者与著作权有关的权利的，侵权人应当按照权利人因此受到的实际损失或者侵权人的违法所得给予赔偿；权利人的实际损失或者侵权人的违法所得难以计算的，可以参照该权利使用费给予赔偿。对故意侵犯著作权或者与著作权有关的权利，情节严重的，可以在按照上述方法确定数额的一倍以上五倍以下给予赔偿。\n权利人的实际损失、侵权人的违法所得、权利使用费难以计算的，由人民法院根据侵权行为的情节，判决给予五百元以上五百万元以下的赔偿。",
    Note = "中华人民共和国著作权法（2020）第五十四条: 一倍以上五倍以下")]
[DoesNotFire("97 Provisions as to damages in infringement action.\n(2) The court may in an action for infringement of copyright having regard to all the circumstances, and in particular to—\n(a) the flagrancy of the infringement, and\n(b) any benefit accruing to the defendant by reason of the infringement,\naward such additional damages as the justice of the case may require.",
    Note = "Copyright, Designs and Patents Act 1988, s. 97(2): additional damages")]
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

/// <summary>IIPA051 is satisfied: the draft provides punitive (multiplied) damages.</summary>
public sealed class PunitiveDamagesProvided : Rule
{
    public override void Define()
    {
        DamagesProvision damages = null!;

        When()
            .Match(() => damages, d => d.IsPunitive);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA051", Iipa.At(damages, damages.PunitiveSpan), $"{damages.Provision.Label} provides punitive damages (\"{Iipa.Words(damages, damages.PunitiveSpan)}\")."));
    }
}
