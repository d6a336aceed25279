// IIPA023: circumvention and trafficking must be criminal offences.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA023",
    Title = "No criminal liability for circumvention or trafficking",
    Category = "TechnologicalMeasures",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"More Sustained, Holistic Enforcement Approach Needed\"; \"Copyright Law Amendments Should Be Improved\"",
    Description = "IIPA asks for \"separately defining criminal violations regarding circumvention of TPMs, or trafficking in circumvention technologies\". No criminal sanction tied to the TPM provisions is an error; only a generic \"where a crime is constituted, criminal liability shall be investigated\" clause is a warning, since it depends on the criminal law defining the offence. An instrument that only obliges others to provide appropriate sanctions is not judged.")]
[Fires("第四十八条\n有下列侵权行为的，应当根据情况，承担停止侵害、消除影响、赔礼道歉、赔偿损失等民事责任；同时损害公共利益的，可以由著作权行政管理部门责令停止侵权行为，没收违法所得，没收、销毁侵权复制品，并可处以罚款；情节严重的，著作权行政管理部门还可以没收主要用于制作侵权复制品的材料、工具、设备等；[|构成犯罪的，依法追究刑事责任|]：\n（一）未经著作权人许可，复制、发行、表演、放映、广播、汇编、通过信息网络向公众传播其作品的，本法另有规定的除外；\n（六）未经著作权人或者与著作权有关的权利人许可，故意避开或者破坏权利人为其作品、录音录像制品等采取的保护著作权或者与著作权有关的权利的技术措施的，法律、行政法规另有规定的除外；",
    Note = "中华人民共和国著作权法（2010）第四十八条: a generic criminal clause")]
[Fires("§ 1201. Circumvention of copyright protection systems\n(a) Violations Regarding Circumvention of Technological Measures.—\n(1)\n(A) [|No person shall circumvent|] a technological measure that effectively controls access to a work protected under this title.\n(2) No person shall manufacture, import, offer to the public, provide, or otherwise traffic in any technology, product, service, device, component, or part thereof, that—\n(A) is primarily designed or produced for the purpose of circumventing a technological measure that effectively controls access to a work protected under this title;\n(B) has only limited commercially significant purpose or use other than to circumvent a technological measure that effectively controls access to a work protected under this title; or\n(C) is marketed by that person or another acting in concert with that person with that person’s knowledge for use in circumventing a technological measure that effectively controls access to a work protected under this title.\n(3) As used in this subsection—\n(A) to “circumvent a technological measure” means to descramble a scrambled work, to decrypt an encrypted work, or otherwise to avoid, bypass, remove, deactivate, or impair a technological measure, without the authority of the copyright owner; and\n(B) a technological measure “effectively controls access to a work” if the measure, in the ordinary course of its operation, requires the application of information, or a process or a treatment, with the authority of the copyright owner, to gain access to the work.",
    Note = "17 U.S.C. § 1201(a) without § 1204")]
[DoesNotFire("§ 1201. Circumvention of copyright protection systems\n(a) Violations Regarding Circumvention of Technological Measures.—\n(1)\n(A) No person shall circumvent a technological measure that effectively controls access to a work protected under this title.\n(2) No person shall manufacture, import, offer to the public, provide, or otherwise traffic in any technology, product, service, device, component, or part thereof, that—\n(A) is primarily designed or produced for the purpose of circumventing a technological measure that effectively controls access to a work protected under this title;\n(B) has only limited commercially significant purpose or use other than to circumvent a technological measure that effectively controls access to a work protected under this title; or\n(C) is marketed by that person or another acting in concert with that person with that person’s knowledge for use in circumventing a technological measure that effectively controls access to a work protected under this title.\n(3) As used in this subsection—\n(A) to “circumvent a technological measure” means to descramble a scrambled work, to decrypt an encrypted work, or otherwise to avoid, bypass, remove, deactivate, or impair a technological measure, without the authority of the copyright owner; and\n(B) a technological measure “effectively controls access to a work” if the measure, in the ordinary course of its operation, requires the application of information, or a process or a treatment, with the authority of the copyright owner, to gain access to the work.\n§ 1204. Criminal offenses and penalties\n(a) In General.—Any person who violates section 1201 or 1202 willfully and for purposes of commercial advantage or private financial gain—\n(1) shall be fined not more than $500,000 or imprisoned for not more than 5 years, or both, for the first offense; and\n(2) shall be fined not more than $1,000,000 or imprisoned for not more than 10 years, or both, for any subsequent offense.",
    Note = "17 U.S.C. §§ 1201 and 1204")]
[DoesNotFire("第二百一十七条\n有下列侵犯著作权或者与著作权有关的权利的情形之一，违法所得数额较大或者有其他严重情节的，处三年以下有期徒刑，并处或者单处罚金；违法所得数额巨大或者有其他特别严重情节的，处三年以上十年以下有期徒刑，并处罚金：\n（六）未经著作权人或者与著作权有关的权利人许可，故意避开或者破坏权利人为其作品、录音录像制品等采取的保护著作权或者与著作权有关的权利的技术措施的。",
    Note = "中华人民共和国刑法第二百一十七条第（六）项 (Amendment XI, 2020)")]
public sealed class NoCriminalTpmLiability : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        TpmCoverage coverage = null!;

        When()
            .Match(() => scope)
            .Match(() => coverage,
                c => c.Offence == null,
                c => c.SanctionsObligation == null,
                c => c.GenericSanction != null || scope.Covers(ScopeTopic.TechnologicalMeasures));

        Then()
            .Do(ctx => Report(ctx, scope, coverage));
    }

    private static void Report(IContext ctx, DraftScope scope, TpmCoverage coverage)
    {
        if (coverage.GenericSanction is CriminalSanction generic)
        {
            ctx.Report(generic.LocationOf(generic.SanctionSpan), Severity.Warning,
                $"{generic.Provision.Label} reaches circumvention or trafficking only through a generic clause (\"{Iipa.Words(generic, generic.SanctionSpan)}\"), which depends on the criminal law defining the offence; IIPA asks for \"separately defining criminal violations regarding circumvention of TPMs, or trafficking in circumvention technologies\".",
                null);
            return;
        }
        Location at = coverage.FirstProhibition is TpmProhibition first ? first.LocationOf(first.ActSpan) : coverage.Location;
        string where = coverage.FirstProhibition is null ? "The draft" : $"{coverage.FirstProhibition.Provision.Label} (\"{at.Quote}\")";
        ctx.Report(at, null,
            $"{where}: no criminal sanction reaches the circumvention of technological measures or trafficking in circumvention tools; IIPA asks for \"separately defining criminal violations\" for both. {Iipa.ScopeNote(scope, ScopeTopic.TechnologicalMeasures)}",
            null);
    }
}

/// <summary>IIPA023 is satisfied: circumvention or trafficking is a criminal offence.</summary>
public sealed class CriminalLiabilityForCircumvention : Rule
{
    public override void Define()
    {
        TpmCoverage coverage = null!;

        When()
            .Match(() => coverage, c => c.Offence != null);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA023", Iipa.At(coverage.Offence!, coverage.Offence!.SanctionSpan), $"{coverage.Offence!.Provision.Label} makes violating the TPM provisions a criminal offence (\"{Iipa.Words(coverage.Offence!, coverage.Offence!.SanctionSpan)}\")."));
    }
}
