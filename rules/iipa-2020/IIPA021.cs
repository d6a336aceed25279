// IIPA021: circumvention must be unlawful without proof of infringement.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA021",
    Title = "Circumvention is unlawful only where it infringes",
    Category = "TechnologicalMeasures",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\", fn. 44",
    Description = "IIPA asks for liability for circumventing access controls \"without the need to prove a copyright infringement occurred\".")]
[Fires("65A Protection of technological measures.\n(1) Any person who circumvents an effective technological measure applied for the purpose of protecting any of the rights conferred by this Act, [|with the intention of infringing such rights|], shall be punishable with imprisonment which may extend to two years and shall also be liable to fine.",
    Note = "Copyright Act, 1957 (India), s. 65A(1)")]
[Fires("Article 58 No organization or individual shall, [|for the purpose of infringing|] copyright or copyright-related rights, intentionally circumvent or sabotage technological measures, or intentionally manufacture, import or provide to the public devices or components mainly used for circumventing or sabotaging technological measures.",
    Note = "Sample draft (a), Article 58")]
[DoesNotFire("第四条\n为了保护信息网络传播权，权利人可以采取技术措施。\n任何组织或者个人不得故意避开或者破坏技术措施，不得故意制造、进口或者向公众提供主要用于避开或者破坏技术措施的装置或者部件，不得故意为他人避开或者破坏技术措施提供技术服务。但是，法律、行政法规规定可以避开的除外。",
    Note = "信息网络传播权保护条例（2013）第四条")]
[DoesNotFire("§ 1201. Circumvention of copyright protection systems\n(a) Violations Regarding Circumvention of Technological Measures.—\n(1)\n(A) No person shall circumvent a technological measure that effectively controls access to a work protected under this title.\n(2) No person shall manufacture, import, offer to the public, provide, or otherwise traffic in any technology, product, service, device, component, or part thereof, that—\n(A) is primarily designed or produced for the purpose of circumventing a technological measure that effectively controls access to a work protected under this title;\n(B) has only limited commercially significant purpose or use other than to circumvent a technological measure that effectively controls access to a work protected under this title; or\n(C) is marketed by that person or another acting in concert with that person with that person’s knowledge for use in circumventing a technological measure that effectively controls access to a work protected under this title.\n(3) As used in this subsection—\n(A) to “circumvent a technological measure” means to descramble a scrambled work, to decrypt an encrypted work, or otherwise to avoid, bypass, remove, deactivate, or impair a technological measure, without the authority of the copyright owner; and\n(B) a technological measure “effectively controls access to a work” if the measure, in the ordinary course of its operation, requires the application of information, or a process or a treatment, with the authority of the copyright owner, to gain access to the work.",
    Note = "17 U.S.C. § 1201(a)(1)(A)")]
public sealed class CircumventionTiedToInfringement : Rule
{
    public override void Define()
    {
        TpmProhibition prohibition = null!;

        When()
            .Match(() => prohibition, p => p.RequiresInfringement);

        Then()
            .Do(ctx => ctx.Report(prohibition.LocationOf(prohibition.InfringementNexusSpan), null,
                $"{prohibition.Provision.Label} makes the prohibition depend on infringement (\"{Iipa.Words(prohibition, prohibition.InfringementNexusSpan)}\"); IIPA asks for liability \"without the need to prove a copyright infringement occurred\".",
                null));
    }
}

/// <summary>IIPA021 is satisfied: circumvention is prohibited without an infringement nexus.</summary>
public sealed class CircumventionProhibitedOutright : Rule
{
    public override void Define()
    {
        TpmProhibition prohibition = null!;

        When()
            .Match(() => prohibition, p => p.Act == TpmAct.Circumvention, p => !p.RequiresInfringement)
            .Not<TpmProhibition>(p => p.RequiresInfringement);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA021", Iipa.At(prohibition, prohibition.ActSpan), $"{prohibition.Provision.Label} prohibits circumvention (\"{Iipa.Words(prohibition, prohibition.ActSpan)}\") whether or not it leads to an infringement."));
    }
}
