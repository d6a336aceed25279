// IIPA050: injunctions against intermediaries, including access providers.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA050",
    Title = "No injunctions against intermediaries, including access providers",
    Category = "Remedies",
    Severity = Severity.Warning,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\", fn. 46; \"More Sustained, Holistic Enforcement Approach Needed\"",
    Description = "IIPA asks for \"a legal basis for injunctions against ISPs in copyright cases, including against access providers\", also where content is hosted abroad or the operators are unknown. Orders against infringers only do not count; a clause preserving a court's power to require a service provider to terminate or prevent an infringement does.")]
[Fires("信息网络传播权保护条例\n第二十二条\n网络服务提供者为服务对象提供信息存储空间，供服务对象通过信息网络向公众提供作品、表演、录音录像制品，并具备下列条件的，[|不承担赔偿责任|]：\n(一)明确标示该信息存储空间是为服务对象所提供，并公开网络服务提供者的名称、联系人、网络地址；\n(二)未改变服务对象所提供的作品、表演、录音录像制品；\n(三)不知道也没有合理的理由应当知道服务对象提供的作品、表演、录音录像制品侵权；\n(四)未从服务对象提供作品、表演、录音录像制品中直接获得经济利益；\n(五)在接到权利人的通知书后，根据本条例规定删除权利人认为侵权的作品、表演、录音录像制品。",
    Note = "信息网络传播权保护条例（2013）, title and 第二十二条: no injunction at all")]
[Fires("中华人民共和国著作权法\n第一条\n著作权人或者与著作权有关的权利人有证据证明他人正在实施或者即将实施侵犯其权利的行为，如不及时制止将会使其合法权益受到难以弥补的损害的，可以在起诉前向人民法院申请采取[|责令停止有关行为|]和财产保全的措施。",
    Note = "中华人民共和国著作权法（2010）第五十条 (numbered 第一条 so that the extract reads as a whole law): orders against the infringer only")]
[DoesNotFire("97A Injunctions against service providers\n(1) The High Court (in Scotland, the Court of Session) shall have power to grant an injunction against a service provider, where that service provider has actual knowledge of another person using their service to infringe copyright.",
    Note = "Copyright, Designs and Patents Act 1988, s. 97A(1)")]
[DoesNotFire("Article 8\n3. Member States shall ensure that rightholders are in a position to apply for an injunction against intermediaries whose services are used by a third party to infringe a copyright or related right.",
    Note = "Directive 2001/29/EC, Article 8(3)")]
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

/// <summary>IIPA050 is satisfied: injunctions are available against intermediaries.</summary>
public sealed class IntermediaryInjunctionsProvided : Rule
{
    public override void Define()
    {
        InjunctionProvision injunction = null!;

        When()
            .Match(() => injunction, i => i.Target == InjunctionTarget.Intermediary);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA050", Iipa.At(injunction, injunction.OrderSpan), $"{injunction.Provision.Label} allows orders against intermediaries (\"{Iipa.Words(injunction, injunction.OrderSpan)}\")."));
    }
}
