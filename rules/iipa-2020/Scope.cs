// The items of the checklist that the draft's scope leaves out: each ends "not applicable", with the scope's reason.
namespace DraftCheck.Packs.Iipa2020;

/// <summary>Every item whose topic the draft's scope does not cover (a regulation on networks says nothing on damages) does not apply.</summary>
public sealed class ItemsOutsideTheScope : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;

        When()
            .Match(() => scope);

        Then()
            .Do(ctx => Iipa.StateItemsOutOfScope(ctx, scope));
    }
}

/// <summary>IIPA001: no term measured from the author's death to judge.</summary>
public sealed class NoTermFromDeath : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        When().Match(() => scope).Not<TermOfProtection>(t => t.Basis == TermBasis.AuthorsDeath);
        Then().Do(ctx => Iipa.NothingToJudge(ctx, scope, ScopeTopic.Term, "no term of protection is measured from the author's death", "IIPA001"));
    }
}

/// <summary>IIPA002: no term running from publication, creation, fixation or broadcast to judge.</summary>
public sealed class NoTermFromPublication : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        When().Match(() => scope).Not<TermOfProtection>(t => t.Basis != TermBasis.Unspecified && t.Basis != TermBasis.AuthorsDeath);
        Then().Do(ctx => Iipa.NothingToJudge(ctx, scope, ScopeTopic.Term, "no term of protection runs from publication, creation, fixation or broadcast", "IIPA002"));
    }
}

/// <summary>IIPA010, IIPA011: no safe harbour whose conditions they judge.</summary>
public sealed class NoSafeHarbour : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        When().Match(() => scope).Not<SafeHarbour>();
        Then().Do(ctx => Iipa.NothingToJudge(ctx, scope, ScopeTopic.Intermediaries, "no provision exempts intermediaries from liability (no safe harbour)", "IIPA010", "IIPA011"));
    }
}

/// <summary>IIPA012, IIPA013: no takedown duty whose timing or follow-up they judge.</summary>
public sealed class NoTakedownDuty : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        When().Match(() => scope).Not<TakedownDuty>().Not<StayDownDuty>();
        Then().Do(ctx => Iipa.NothingToJudge(ctx, scope, ScopeTopic.Intermediaries, "no provision requires intermediaries to remove infringing material (no takedown regime)", "IIPA012", "IIPA013"));
    }
}

/// <summary>IIPA014, IIPA015: no platform duties at all, so no repeat-infringer policy or restoration to judge.</summary>
public sealed class NoPlatformDuties : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        When().Match(() => scope).Not<SafeHarbour>().Not<TakedownDuty>().Not<Restoration>().Not<StayDownDuty>().Not<RepeatInfringerPolicy>();
        Then().Do(ctx => Iipa.NothingToJudge(ctx, scope, ScopeTopic.Intermediaries, "the draft sets no safe harbour, takedown or restoration regime for intermediaries", "IIPA014", "IIPA015"));
    }
}

/// <summary>IIPA020: TPMs are neither defined nor protected.</summary>
public sealed class NoTpmRegime : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        When().Match(() => scope).Not<TpmCoverage>(c => c.IsRegulated);
        Then().Do(ctx => Iipa.NothingToJudge(ctx, scope, ScopeTopic.TechnologicalMeasures, "the draft neither defines nor protects technological measures", "IIPA020"));
    }
}

/// <summary>IIPA021, IIPA024: no TPM prohibition whose nexus or standing they judge.</summary>
public sealed class NoTpmProhibition : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        When().Match(() => scope).Not<TpmProhibition>();
        Then().Do(ctx => Iipa.NothingToJudge(ctx, scope, ScopeTopic.TechnologicalMeasures, "no provision prohibits circumventing technological measures", "IIPA021", "IIPA024"));
    }
}

/// <summary>IIPA023: an instrument that obliges its addressees to provide sanctions (a directive) leaves criminal liability to them.</summary>
public sealed class TpmSanctionsLeftToNationalLaw : Rule
{
    public override void Define()
    {
        TpmCoverage coverage = null!;
        When().Match(() => coverage, c => c.Offence == null, c => c.GenericSanction == null, c => c.SanctionsObligation != null);
        Then().Do(ctx => ctx.NotApplicable("IIPA023", coverage.SanctionsObligation!.Location,
            $"{coverage.SanctionsObligation!.Provision.Label} obliges the addressees to provide sanctions; whether they are criminal is for the implementing law, which the item judges"));
    }
}

/// <summary>IIPA030: no definition of the making-available right to judge.</summary>
public sealed class NoMakingAvailableRight : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        When().Match(() => scope).Not<MakingAvailableRight>();
        Then().Do(ctx => Iipa.NothingToJudge(ctx, scope, ScopeTopic.MakingAvailable, "the draft states no making-available (information network) right whose wording the item judges", "IIPA030"));
    }
}

/// <summary>IIPA052: no statutory damages ceiling to judge.</summary>
public sealed class NoStatutoryCeiling : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        When().Match(() => scope).Not<StatutoryDamagesCeiling>();
        Then().Do(ctx => Iipa.NothingToJudge(ctx, scope, ScopeTopic.Damages, "the draft caps no statutory damages", "IIPA052"));
    }
}

/// <summary>IIPA060, IIPA061: no list of exceptions to judge.</summary>
public sealed class NoExceptions : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        When().Match(() => scope).Not<ExceptionsProvision>();
        Then().Do(ctx => Iipa.NothingToJudge(ctx, scope, ScopeTopic.Exceptions, "the draft lists no exceptions or limitations to copyright", "IIPA060", "IIPA061"));
    }
}

/// <summary>IIPA070: the draft defines no criminal offence (a generic "where a crime is constituted" leaves it to the criminal law).</summary>
public sealed class NoOffence : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        When().Match(() => scope).Not<CriminalSanction>(o => o.Kind == CriminalSanctionKind.Offence);
        Then().Do(ctx => Iipa.NothingToJudge(ctx, scope, ScopeTopic.Criminal, "the draft defines no criminal offence whose elements the item judges (the profit motive is an element of the Criminal Law's offences)", "IIPA070"));
    }
}

/// <summary>IIPA071: no provision transfers cases to the criminal authorities.</summary>
public sealed class NoCaseTransfer : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        When().Match(() => scope).Not<CaseTransfer>();
        Then().Do(ctx => Iipa.NothingToJudge(ctx, scope, ScopeTopic.CaseTransfer, "no provision transfers administrative cases to the criminal authorities", "IIPA071"));
    }
}

/// <summary>IIPA080: no provision on collective management at all.</summary>
public sealed class NoCollectiveManagement : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        When().Match(() => scope).Not<ExtendedCollectiveManagement>().Not<TopicAnchor>(a => a.Topic == ScopeTopic.CollectiveManagement && !a.IsTitle);
        Then().Do(ctx => Iipa.NothingToJudge(ctx, scope, ScopeTopic.CollectiveManagement, "no provision deals with collective management", "IIPA080"));
    }
}
