// IIPA022: trafficking in circumvention devices, components and services, including export, must be prohibited.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA022",
    Title = "Trafficking in circumvention tools not fully covered",
    Category = "TechnologicalMeasures",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\"; \"Priority Actions Requested in 2020\"",
    Description = "IIPA asks to cover \"the manufacture, distribution, and exportation of circumvention devices and software components\" and services. No trafficking prohibition is an error (where the draft's scope covers TPMs); a prohibition omitting components, services, import or export is a warning. Only a named export or a general catch-all (\"or otherwise traffic in\") covers export.")]
[Fires("第四条\n为了保护信息网络传播权，权利人可以采取技术措施。\n任何组织或者个人不得故意避开或者破坏技术措施，不得故意[|制造、进口或者向公众提供|]主要用于避开或者破坏技术措施的装置或者部件，不得故意为他人避开或者破坏技术措施提供技术服务。但是，法律、行政法规规定可以避开的除外。",
    Note = "信息网络传播权保护条例（2013）第四条: no export")]
[Fires("Article 6\nObligations as to technological measures\n2. Member States shall provide adequate legal protection against the [|manufacture, import, distribution, sale, rental, advertisement for sale or rental, or possession|] for commercial purposes of devices, products or components or the provision of services which:\n(a) are promoted, advertised or marketed for the purpose of circumvention of, or\n(b) have only a limited commercially significant purpose or use other than to circumvent, or\n(c) are primarily designed, produced, adapted or performed for the purpose of enabling or facilitating the circumvention of,\nany effective technological measures.\n3. For the purposes of this Directive, the expression 'technological measures' means any technology, device or component that, in the normal course of its operation, is designed to prevent or restrict acts, in respect of works or other subject-matter, which are not authorised by the rightholder of any copyright or any right related to copyright as provided for by law or the sui generis right provided for in Chapter III of Directive 96/9/EC. Technological measures shall be deemed 'effective' where the use of a protected work or other subject-matter is controlled by the rightholders through application of an access control or protection process, such as encryption, scrambling or other transformation of the work or other subject-matter or a copy control mechanism, which achieves the protection objective.",
    Note = "Directive 2001/29/EC, Article 6(2): no export")]
[DoesNotFire("§ 1201. Circumvention of copyright protection systems\n(a) Violations Regarding Circumvention of Technological Measures.—\n(1)\n(A) No person shall circumvent a technological measure that effectively controls access to a work protected under this title.\n(2) No person shall manufacture, import, offer to the public, provide, or otherwise traffic in any technology, product, service, device, component, or part thereof, that—\n(A) is primarily designed or produced for the purpose of circumventing a technological measure that effectively controls access to a work protected under this title;\n(B) has only limited commercially significant purpose or use other than to circumvent a technological measure that effectively controls access to a work protected under this title; or\n(C) is marketed by that person or another acting in concert with that person with that person’s knowledge for use in circumventing a technological measure that effectively controls access to a work protected under this title.\n(3) As used in this subsection—\n(A) to “circumvent a technological measure” means to descramble a scrambled work, to decrypt an encrypted work, or otherwise to avoid, bypass, remove, deactivate, or impair a technological measure, without the authority of the copyright owner; and\n(B) a technological measure “effectively controls access to a work” if the measure, in the ordinary course of its operation, requires the application of information, or a process or a treatment, with the authority of the copyright owner, to gain access to the work.",
    Note = "17 U.S.C. § 1201(a)(2): otherwise traffic")]
[DoesNotFire("中华人民共和国著作权法\n第四十九条\n侵犯著作权或者与著作权有关的权利的，侵权人应当按照权利人的实际损失给予赔偿；实际损失难以计算的，可以按照侵权人的违法所得给予赔偿。赔偿数额还应当包括权利人为制止侵权行为所支付的合理开支。",
    Note = "中华人民共和国著作权法（2010）第四十九条 as an extract: its scope does not cover TPMs")]
public sealed class TraffickingNotCovered : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        TpmCoverage coverage = null!;

        When()
            .Match(() => scope)
            .Match(() => coverage, c => c.HasTrafficking ? !c.IsTraffickingComplete : scope.Covers(ScopeTopic.TechnologicalMeasures));

        Then()
            .Do(ctx => Report(ctx, scope, coverage));
    }

    private static void Report(IContext ctx, DraftScope scope, TpmCoverage coverage)
    {
        if (coverage.FirstTrafficking is TpmProhibition trafficking)
        {
            var missing = new List<string>();
            if ((coverage.Tools & CircumventionTools.Components) == 0) missing.Add("components");
            if ((coverage.Tools & CircumventionTools.Services) == 0) missing.Add("services");
            if (!coverage.CoversImport) missing.Add("import");
            if (!coverage.CoversExport) missing.Add("export");
            ctx.Report(trafficking.LocationOf(trafficking.ActsSpan), Severity.Warning,
                $"{trafficking.Provision.Label} prohibits trafficking in circumvention tools (\"{Iipa.Words(trafficking, trafficking.ActsSpan)}\") but not {string.Join(", ", missing)}; IIPA asks to cover \"the manufacture, distribution, and exportation of circumvention devices and software components\".",
                null);
            return;
        }
        Location at = coverage.FirstProhibition is TpmProhibition first ? first.LocationOf(first.ActSpan) : coverage.Location;
        string where = coverage.FirstProhibition is null ? "The draft" : $"{coverage.FirstProhibition.Provision.Label} (\"{at.Quote}\")";
        ctx.Report(at, null,
            $"{where}: no provision prohibits the manufacture, import, export, distribution or provision of circumvention devices, components or services; IIPA asks to cover \"the manufacture, distribution, and exportation of circumvention devices and software components\". {Iipa.ScopeNote(scope, ScopeTopic.TechnologicalMeasures)}",
            null);
    }
}

/// <summary>IIPA022 is satisfied: trafficking in circumvention tools is prohibited, export included.</summary>
public sealed class TraffickingFullyCovered : Rule
{
    public override void Define()
    {
        TpmCoverage coverage = null!;

        When()
            .Match(() => coverage, c => c.HasTrafficking, c => c.IsTraffickingComplete);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA022", coverage.FirstTrafficking!, $"{coverage.FirstTrafficking!.Provision.Label} prohibits making, importing, exporting and otherwise trafficking in circumvention tools."));
    }
}
