// IIPA024: protection must not depend on who applied the measure.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA024",
    Title = "Standing when the TPM was applied by a licensee",
    Category = "TechnologicalMeasures",
    Severity = Severity.Info,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\", fn. 44",
    Description = "IIPA asks \"to ensure that copyright owners have standing to bring suit in cases in which the TPM was employed by a licensee platform\". Protection limited to measures taken by the right holder for its works leaves out measures applied by licensees.")]
[Fires("第四十八条\n有下列侵权行为的，应当根据情况，承担停止侵害、消除影响、赔礼道歉、赔偿损失等民事责任；同时损害公共利益的，可以由著作权行政管理部门责令停止侵权行为，没收违法所得，没收、销毁侵权复制品，并可处以罚款；情节严重的，著作权行政管理部门还可以没收主要用于制作侵权复制品的材料、工具、设备等；构成犯罪的，依法追究刑事责任：\n（一）未经著作权人许可，复制、发行、表演、放映、广播、汇编、通过信息网络向公众传播其作品的，本法另有规定的除外；\n（六）未经著作权人或者与著作权有关的权利人许可，故意避开或者破坏[|权利人为其作品、录音录像制品等采取的|]保护著作权或者与著作权有关的权利的技术措施的，法律、行政法规另有规定的除外；",
    Note = "中华人民共和国著作权法（2010）第四十八条第（六）项")]
[Fires("Article 11\nContracting Parties shall provide adequate legal protection and effective legal remedies against the circumvention of effective technological measures that are [|used by authors|] in connection with the exercise of their rights under this Treaty or the Berne Convention and that restrict acts, in respect of their works, which are not authorized by the authors concerned or permitted by law.",
    Note = "WIPO Copyright Treaty (1996), Article 11")]
[DoesNotFire("第四条\n为了保护信息网络传播权，权利人可以采取技术措施。\n任何组织或者个人不得故意避开或者破坏技术措施，不得故意制造、进口或者向公众提供主要用于避开或者破坏技术措施的装置或者部件，不得故意为他人避开或者破坏技术措施提供技术服务。但是，法律、行政法规规定可以避开的除外。",
    Note = "信息网络传播权保护条例（2013）第四条: any measure")]
[DoesNotFire("§ 1201. Circumvention of copyright protection systems\n(a) Violations Regarding Circumvention of Technological Measures.—\n(1)\n(A) No person shall circumvent a technological measure that effectively controls access to a work protected under this title.\n(2) No person shall manufacture, import, offer to the public, provide, or otherwise traffic in any technology, product, service, device, component, or part thereof, that—\n(A) is primarily designed or produced for the purpose of circumventing a technological measure that effectively controls access to a work protected under this title;\n(B) has only limited commercially significant purpose or use other than to circumvent a technological measure that effectively controls access to a work protected under this title; or\n(C) is marketed by that person or another acting in concert with that person with that person’s knowledge for use in circumventing a technological measure that effectively controls access to a work protected under this title.\n(3) As used in this subsection—\n(A) to “circumvent a technological measure” means to descramble a scrambled work, to decrypt an encrypted work, or otherwise to avoid, bypass, remove, deactivate, or impair a technological measure, without the authority of the copyright owner; and\n(B) a technological measure “effectively controls access to a work” if the measure, in the ordinary course of its operation, requires the application of information, or a process or a treatment, with the authority of the copyright owner, to gain access to the work.",
    Note = "17 U.S.C. § 1201(a)")]
public sealed class TpmAppliedByRightHolderOnly : Rule
{
    public override void Define()
    {
        TpmProhibition prohibition = null!;

        When()
            .Match(() => prohibition, p => !p.AppliedByRightHolderSpan.IsNone);

        Then()
            .Do(ctx => ctx.Report(prohibition.LocationOf(prohibition.AppliedByRightHolderSpan), null,
                $"{prohibition.Provision.Label} protects only measures applied by the right holder (\"{Iipa.Words(prohibition, prohibition.AppliedByRightHolderSpan)}\"); IIPA asks that copyright owners have standing \"in cases in which the TPM was employed by a licensee platform\".",
                null));
    }
}

/// <summary>IIPA024 is satisfied: the TPM prohibitions protect a measure whoever applied it.</summary>
public sealed class AnyMeasureApplied : Rule
{
    public override void Define()
    {
        TpmProhibition prohibition = null!;

        When()
            .Match(() => prohibition, p => p.Act == TpmAct.Circumvention)
            .Not<TpmProhibition>(p => !p.AppliedByRightHolderSpan.IsNone);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA024", Iipa.At(prohibition, prohibition.ActSpan), $"{prohibition.Provision.Label} protects technological measures without requiring that the right holder applied them (\"{Iipa.Words(prohibition, prohibition.ActSpan)}\")."));
    }
}
