// IIPA010: safe harbours only for passive and neutral intermediaries.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA010",
    Title = "Safe harbour not limited to passive and neutral intermediaries",
    Category = "SafeHarbour",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Clarify the Network Rules\"; \"Copyright Law Amendments Should Be Improved\"",
    Description = "Only \"passive and neutral intermediaries that do not contribute to infringing activities\" should be eligible for safe harbours; activities must be \"merely technical, automatic and passive\". Each kind of harbour (conduit, caching, hosting, linking and search) is judged on its own conditions.")]
[Fires("第二十三条\n网络服务提供者为服务对象提供搜索或者链接服务，在接到权利人的通知书后，根据本条例规定断开与侵权的作品、表演、录音录像制品的链接的，[|不承担赔偿责任|]；但是，明知或者应知所链接的作品、表演、录音录像制品侵权的，应当承担共同侵权责任。",
    Note = "信息网络传播权保护条例（2013）第二十三条")]
[Fires("Article 14\nHosting\n1. Where an information society service is provided that consists of the storage of information provided by a recipient of the service, Member States shall ensure that the service provider [|is not liable|] for the information stored at the request of a recipient of the service, on condition that:\n(a) the provider does not have actual knowledge of illegal activity or information and, as regards claims for damages, is not aware of facts or circumstances from which the illegal activity or information is apparent; or\n(b) the provider, upon obtaining such knowledge or awareness, acts expeditiously to remove or to disable access to the information.",
    Note = "Directive 2000/31/EC, Article 14(1)")]
[DoesNotFire("第二十条\n网络服务提供者根据服务对象的指令提供网络自动接入服务，或者对服务对象提供的作品、表演、录音录像制品提供自动传输服务，并具备下列条件的，不承担赔偿责任：\n(一)未选择并且未改变所传输的作品、表演、录音录像制品；\n(二)向指定的服务对象提供该作品、表演、录音录像制品，并防止指定的服务对象以外的其他人获得。",
    Note = "信息网络传播权保护条例（2013）第二十条: not selecting or altering is a neutrality condition")]
[DoesNotFire("§ 512. Limitations on liability relating to material online\n(a) Transitory Digital Network Communications.—A service provider shall not be liable for monetary relief, or, except as provided in subsection (j), for injunctive or other equitable relief, for infringement of copyright by reason of the provider’s transmitting, routing, or providing connections for, material through a system or network controlled or operated by or for the service provider, or by reason of the intermediate and transient storage of that material in the course of such transmitting, routing, or providing connections, if—\n(1) the transmission of the material was initiated by or at the direction of a person other than the service provider;\n(2) the transmission, routing, provision of connections, or storage is carried out through an automatic technical process without selection of the material by the service provider;\n(3) the service provider does not select the recipients of the material except as an automatic response to the request of another person;\n(4) no copy of the material made by the service provider in the course of such intermediate or transient storage is maintained on the system or network in a manner ordinarily accessible to anyone other than anticipated recipients, and no such copy is maintained on the system or network in a manner ordinarily accessible to such anticipated recipients for a longer period than is reasonably necessary for the transmission, routing, or provision of connections; and\n(5) the material is transmitted through the system or network without modification of its content.",
    Note = "17 U.S.C. § 512(a): an automatic technical process without selection")]
public sealed class SafeHarbourWithoutNeutrality : Rule
{
    public override void Define()
    {
        SafeHarbour harbour = null!;

        When()
            .Match(() => harbour, h => !h.HasNeutralityCondition);

        Then()
            .Do(ctx => Report(ctx, harbour));
    }

    private static void Report(IContext ctx, SafeHarbour harbour) =>
        ctx.Report(harbour.LocationOf(harbour.ExemptionSpan), null,
            $"{harbour.Provision.Label} exempts {Iipa.Describe(harbour.Kind)} services from liability (\"{Iipa.Words(harbour, harbour.ExemptionSpan)}\") without a condition that the service is passive and neutral (not selecting or altering the works, no direct financial benefit); IIPA asks that only activities that are \"merely technical, automatic and passive\" be eligible.",
            null);
}

/// <summary>IIPA010 is satisfied: a safe harbour is limited to intermediaries that stay neutral and passive.</summary>
public sealed class HarbourWithNeutralityCondition : Rule
{
    public override void Define()
    {
        SafeHarbour harbour = null!;

        When()
            .Match(() => harbour, h => h.HasNeutralityCondition);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA010", Iipa.At(harbour, harbour.NeutralitySpan), $"{harbour.Provision.Label} grants the {Iipa.Describe(harbour.Kind)} harbour only to a provider meeting a neutrality condition (\"{Iipa.Words(harbour, harbour.NeutralitySpan)}\")."));
    }
}
