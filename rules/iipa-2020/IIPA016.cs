// IIPA016: services that knowingly and actively encourage infringement must be jointly liable.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA016",
    Title = "No joint liability for services that encourage infringement",
    Category = "SafeHarbour",
    Severity = Severity.Warning,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\"",
    Description = "IIPA asks to retain \"a basis for joint liability of service providers that knowingly and actively encourage infringement\". Satisfied by joint and several liability, by liability for authorising infringement, or by making the platform itself directly liable.")]
public sealed class NoJointLiability : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        TopicAnchor anchor = null!;

        When()
            .Match(() => scope, s => s.Covers(ScopeTopic.Intermediaries))
            .Match(() => anchor, a => a.Topic == ScopeTopic.Intermediaries)
            .Not<SecondaryLiability>();

        Then()
            .Do(ctx => ctx.Report(anchor,
                $"{Iipa.Where(anchor)}: no provision makes a service that abets, induces, assists or authorises infringement liable (jointly with the infringer or directly); IIPA asks for \"a basis for joint liability of service providers that knowingly and actively encourage infringement\". {Iipa.ScopeNote(scope, ScopeTopic.Intermediaries)}"));
    }
}
