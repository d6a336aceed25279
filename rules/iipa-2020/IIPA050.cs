// IIPA050: injunctions against intermediaries, including access providers.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA050",
    Title = "No injunctions against intermediaries, including access providers",
    Category = "Remedies",
    Severity = Severity.Warning,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\", fn. 46; \"More Sustained, Holistic Enforcement Approach Needed\"",
    Description = "IIPA asks for \"a legal basis for injunctions against ISPs in copyright cases, including against access providers\", also where content is hosted abroad or the operators are unknown. Orders against infringers only do not count; a clause preserving a court's power to require a service provider to terminate or prevent an infringement does.")]
public sealed class NoIntermediaryInjunctions : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        TopicAnchor anchor = null!;

        When()
            .Match(() => scope, s => s.Covers(ScopeTopic.IntermediaryInjunctions))
            .Match(() => anchor, a => a.Topic == ScopeTopic.IntermediaryInjunctions)
            .Not<InjunctionProvision>(i => i.Target == InjunctionTarget.Intermediary);

        Then()
            .Do(ctx => ctx.Report(anchor,
                $"{Iipa.Where(anchor)}: no provision allows injunctions against network service providers, including access providers (orders against the infringer only do not count); IIPA asks for \"a legal basis for injunctions against ISPs in copyright cases, including against access providers\". {Iipa.ScopeNote(scope, ScopeTopic.IntermediaryInjunctions)}"));
    }
}
