// IIPA020: technological measures must include access controls.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA020",
    Title = "TPM definition does not cover access controls",
    Category = "TechnologicalMeasures",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\", fn. 44",
    Description = "IIPA asks for liability when a service \"circumvents TPMs that rights holders use to prevent unauthorized access (i.e., access controls)\". A definition covering only measures against copying, or no definition at all while TPMs are regulated, leaves access controls unprotected.")]
[Fires("第四十八条\n有下列侵权行为的，应当根据情况，承担停止侵害、消除影响、赔礼道歉、赔偿损失等民事责任；同时损害公共利益的，可以由著作权行政管理部门责令停止侵权行为，没收违法所得，没收、销毁侵权复制品，并可处以罚款；情节严重的，著作权行政管理部门还可以没收主要用于制作侵权复制品的材料、工具、设备等；构成犯罪的，依法追究刑事责任：\n（一）未经著作权人许可，复制、发行、表演、放映、广播、汇编、通过信息网络向公众传播其作品的，本法另有规定的除外；\n（六）未经著作权人或者与著作权有关的权利人许可，[|故意避开或者破坏|]权利人为其作品、录音录像制品等采取的保护著作权或者与著作权有关的权利的技术措施的，法律、行政法规另有规定的除外；",
    Note = "中华人民共和国著作权法（2010）第四十八条第（六）项")]
[Fires("296ZF Interpretation of sections 296ZA to 296ZEA\n(1) In sections 296ZA to 296ZE, [|“technological measures” are|] any technology, device or component which is designed, in the normal course of its operation, to protect a copyright work other than a computer program.",
    Note = "Copyright, Designs and Patents Act 1988, s. 296ZF(1)")]
[DoesNotFire("第四十九条\n为保护著作权和与著作权有关的权利，权利人可以采取技术措施。\n未经权利人许可，任何组织或者个人不得故意避开或者破坏技术措施，不得以避开或者破坏技术措施为目的制造、进口或者向公众提供有关装置或者部件，不得故意为他人避开或者破坏技术措施提供技术服务。但是，法律、行政法规规定可以避开的情形除外。\n本法所称的技术措施，是指用于防止、限制未经权利人许可浏览、欣赏、运行、改编作品、表演、录音录像制品或者通过信息网络向公众提供作品、表演、录音录像制品的有效技术、装置或者部件。",
    Note = "中华人民共和国著作权法（2020）第四十九条: 浏览、欣赏 are access")]
[DoesNotFire("§ 1201. Circumvention of copyright protection systems\n(a) Violations Regarding Circumvention of Technological Measures.—\n(1)\n(A) No person shall circumvent a technological measure that effectively controls access to a work protected under this title.\n(2) No person shall manufacture, import, offer to the public, provide, or otherwise traffic in any technology, product, service, device, component, or part thereof, that—\n(A) is primarily designed or produced for the purpose of circumventing a technological measure that effectively controls access to a work protected under this title;\n(B) has only limited commercially significant purpose or use other than to circumvent a technological measure that effectively controls access to a work protected under this title; or\n(C) is marketed by that person or another acting in concert with that person with that person’s knowledge for use in circumventing a technological measure that effectively controls access to a work protected under this title.\n(3) As used in this subsection—\n(A) to “circumvent a technological measure” means to descramble a scrambled work, to decrypt an encrypted work, or otherwise to avoid, bypass, remove, deactivate, or impair a technological measure, without the authority of the copyright owner; and\n(B) a technological measure “effectively controls access to a work” if the measure, in the ordinary course of its operation, requires the application of information, or a process or a treatment, with the authority of the copyright owner, to gain access to the work.",
    Note = "17 U.S.C. § 1201(a): effectively controls access")]
public sealed class TpmWithoutAccessControl : Rule
{
    public override void Define()
    {
        TpmCoverage coverage = null!;

        When()
            .Match(() => coverage, c => c.IsRegulated, c => c.AccessDefinition == null);

        Then()
            .Do(ctx => Report(ctx, coverage));
    }

    private static void Report(IContext ctx, TpmCoverage coverage)
    {
        if (coverage.CopyOnlyDefinition is TpmDefinition definition)
        {
            ctx.Report(definition.LocationOf(definition.TermSpan), null,
                $"{definition.Provision.Label} defines technological measures (\"{Iipa.Words(definition, definition.TermSpan)}\") by what they protect against copying, not as measures that control access to works; IIPA asks for protection of TPMs \"that rights holders use to prevent unauthorized access (i.e., access controls)\".",
                null);
            return;
        }
        TpmProhibition prohibition = coverage.FirstProhibition!;
        ctx.Report(prohibition.LocationOf(prohibition.ActSpan), null,
            $"{prohibition.Provision.Label} protects technological measures (\"{Iipa.Words(prohibition, prohibition.ActSpan)}\") but the draft does not define them, so nothing says that measures controlling access to works are covered; IIPA asks for protection of \"access controls\".",
            null);
    }
}

/// <summary>IIPA020 is satisfied: the TPM definition covers access controls.</summary>
public sealed class TpmDefinitionCoversAccess : Rule
{
    public override void Define()
    {
        TpmCoverage coverage = null!;

        When()
            .Match(() => coverage, c => c.AccessDefinition != null);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA020", coverage.AccessDefinition!, $"{coverage.AccessDefinition!.Provision.Label} defines technological measures to include measures that control access."));
    }
}
