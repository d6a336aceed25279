// IIPA054: heavier penalties for repeat infringers.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA054",
    Title = "No enhanced penalties for repeat infringers",
    Category = "Remedies",
    Severity = Severity.Info,
    Source = "IIPA 2020 Special 301 Report, China, \"Priority Actions Requested in 2020\" (Enforcement); \"Compliance with Existing Obligations to the United States\"",
    Description = "IIPA asks for \"imposing enhanced penalties against repeat infringers\". Judged where the draft's scope covers penalties.")]
[Fires("第四十八条\n有下列侵权行为的，应当根据情况，承担停止侵害、消除影响、赔礼道歉、赔偿损失等民事责任；同时损害公共利益的，可以由著作权行政管理部门责令停止侵权行为，没收违法所得，没收、销毁侵权复制品，并可处以罚款；情节严重的，著作权行政管理部门还可以没收主要用于制作侵权复制品的材料、工具、设备等；[|构成犯罪的，依法追究刑事责任|]：\n（八）制作、出售假冒他人署名的作品的。",
    Note = "中华人民共和国著作权法（2010）第四十八条")]
[Fires("Copyright, Designs and Patents Act 1988\n296ZB Devices and services designed to circumvent technological measures\n(2) A person [|commits an offence|] if he provides, promotes, advertises or markets—\n(a) in the course of a business, or\n(b) otherwise than in the course of a business to such an extent as to affect prejudicially the copyright owner,\na service the purpose of which is to enable or facilitate the circumvention of effective technological measures.",
    Note = "Copyright, Designs and Patents Act 1988, s. 296ZB(2)")]
[DoesNotFire("§ 1204. Criminal offenses and penalties\n(a) In General.—Any person who violates section 1201 or 1202 willfully and for purposes of commercial advantage or private financial gain—\n(1) shall be fined not more than $500,000 or imprisoned for not more than 5 years, or both, for the first offense; and\n(2) shall be fined not more than $1,000,000 or imprisoned for not more than 10 years, or both, for any subsequent offense.",
    Note = "17 U.S.C. § 1204(a)(2): any subsequent offense")]
[DoesNotFire("第六十条\n五年内实施两次以上商标侵权行为或者有其他严重情节的，应当从重处罚。",
    Note = "中华人民共和国商标法（2019）第六十条第二款")]
public sealed class NoRepeatInfringerPenalty : Rule
{
    public override void Define()
    {
        DraftScope scope = null!;
        TopicAnchor anchor = null!;

        When()
            .Match(() => scope, s => s.Covers(ScopeTopic.Penalties))
            .Match(() => anchor, a => a.Topic == ScopeTopic.Penalties)
            .Not<RepeatInfringerPenalty>();

        Then()
            .Do(ctx => ctx.Report(anchor,
                $"{Iipa.Where(anchor)}: no heavier penalty applies to repeated infringement; IIPA asks for \"imposing enhanced penalties against repeat infringers\". {Iipa.ScopeNote(scope, ScopeTopic.Penalties)}"));
    }
}

/// <summary>IIPA054 is satisfied: repeat infringers face heavier penalties.</summary>
public sealed class RepeatInfringersPunishedMoreHeavily : Rule
{
    public override void Define()
    {
        RepeatInfringerPenalty penalty = null!;

        When()
            .Match(() => penalty);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA054", penalty, $"{penalty.Provision.Label} punishes repeat infringers more heavily."));
    }
}
