// IIPA013: infringing content must stay down.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA013",
    Title = "No obligation to keep infringing content down",
    Category = "SafeHarbour",
    Severity = Severity.Warning,
    Source = "IIPA 2020 Special 301 Report, China, \"Evolving Online Piracy Remains Serious\", fn. 20; \"Copyright Law Amendments Should Be Improved\"",
    Description = "Infringing content \"reappears quickly as there is no requirement ... to ensure this content stays down permanently\"; IIPA asks for \"other measures demonstrated effective in preventing or restraining infringement\". Judged only where the draft has a takedown regime.")]
[Fires("第十五条\n网络服务提供者接到权利人的通知书后，应当立即[|删除|]涉嫌侵权的作品、表演、录音录像制品，或者断开与涉嫌侵权的作品、表演、录音录像制品的链接，并同时将通知书转送提供作品、表演、录音录像制品的服务对象；服务对象网络地址不明、无法转送的，应当将通知书的内容同时在信息网络上公告。",
    Note = "信息网络传播权保护条例（2013）第十五条")]
[Fires("§ 512. Limitations on liability relating to material online\n(c) Information Residing on Systems or Networks At Direction of Users.—\n(1) In general.—A service provider shall not be liable for monetary relief, or, except as provided in subsection (j), for injunctive or other equitable relief, for infringement of copyright by reason of the storage at the direction of a user of material that resides on a system or network controlled or operated by or for the service provider, if the service provider—\n(A)\n(i) does not have actual knowledge that the material or an activity using the material on the system or network is infringing;\n(ii) in the absence of such actual knowledge, is not aware of facts or circumstances from which infringing activity is apparent; or\n(iii) upon obtaining such knowledge or awareness, acts expeditiously to [|remove, or disable access to|], the material;\n(B) does not receive a financial benefit directly attributable to the infringing activity, in a case in which the service provider has the right and ability to control such activity; and\n(C) upon notification of claimed infringement as described in paragraph (3), responds expeditiously to remove, or disable access to, the material that is claimed to be infringing or to be the subject of infringing activity.",
    Note = "17 U.S.C. § 512(c)(1)")]
[DoesNotFire("第四十九条\n侵犯著作权或者与著作权有关的权利的，侵权人应当按照权利人的实际损失给予赔偿；实际损失难以计算的，可以按照侵权人的违法所得给予赔偿。赔偿数额还应当包括权利人为制止侵权行为所支付的合理开支。",
    Note = "中华人民共和国著作权法（2010）第四十九条: no takedown regime to judge")]
[DoesNotFire("Article 8\n3. Member States shall ensure that rightholders are in a position to apply for an injunction against intermediaries whose services are used by a third party to infringe a copyright or related right.",
    Note = "Directive 2001/29/EC, Article 8(3): no takedown regime to judge")]
public sealed class NoStayDown : Rule
{
    public override void Define()
    {
        TakedownDuty duty = null!;

        When()
            .Match(() => duty, d => d.Ordinal == 1)
            .Not<StayDownDuty>();

        Then()
            .Do(ctx => Report(ctx, duty));
    }

    private static void Report(IContext ctx, TakedownDuty duty) =>
        ctx.Report(duty.LocationOf(duty.ActionSpan), null,
            $"The draft has a takedown regime ({duty.Provision.Label}: \"{Iipa.Words(duty, duty.ActionSpan)}\") but no obligation to keep removed material from being uploaded again (stay-down, filtering); IIPA notes that infringing content \"reappears quickly\" without one.",
            null);
}

/// <summary>IIPA013 is satisfied: the draft requires infringing content to be kept down.</summary>
public sealed class StayDownRequired : Rule
{
    public override void Define()
    {
        StayDownDuty duty = null!;

        When()
            .Match(() => duty);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA013", duty, $"{duty.Provision.Label} requires the provider to keep infringing content from coming back."));
    }
}
