// IIPA030: the making-available right must reject the "server principle".
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA030",
    Title = "Right of communication over information networks follows the server principle",
    Category = "MakingAvailable",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\", fn. 44; \"Evolving Online Piracy Remains Serious\", fn. 11",
    Description = "IIPA asks to clarify the right of communication over information networks to \"reject the 'server principle'\", so that apps and linking or indexing sites giving access to works hosted remotely are covered. A right defined by uploading or storing the work on a server is an error; the treaty wording (\"at a place and time individually chosen\") without saying that it covers access regardless of where the work is stored is a warning.")]
[Fires("第十条\n著作权包括下列人身权和财产权：\n（十一）广播权，即以无线方式公开广播或者传播作品，以有线传播或者转播的方式向公众传播广播的作品，以及通过扩音器或者其他传送符号、声音、图像的类似工具向公众传播广播的作品的权利；\n（十二）信息网络传播权，即以有线或者无线方式向公众提供作品，使公众可以在其[|个人选定的时间和地点|]获得作品的权利；",
    Note = "中华人民共和国著作权法（2010）第十条第（十二）项: treaty wording is a warning")]
[Fires("第三条\n网络用户、网络服务提供者未经许可，通过信息网络提供权利人享有信息网络传播权的作品、表演、录音录像制品，除法律、行政法规另有规定外，人民法院应当认定其构成侵害信息网络传播权行为。\n通过上传到网络服务器、设置共享文件或者利用文件分享软件等方式，将作品、表演、录音录像制品置于信息网络中，使公众能够在个人选定的时间和地点以下载、浏览或者其他方式获得的，人民法院应当认定其实施了前款规定的提供行为。",
    Note = "最高人民法院关于审理侵害信息网络传播权民事纠纷案件适用法律若干问题的规定（2012）第三条")]
[DoesNotFire("第二条\n权利人享有的信息网络传播权受著作权法和本条例保护。除法律、行政法规另有规定的外，任何组织或者个人将他人的作品、表演、录音录像制品通过信息网络向公众提供，应当取得权利人许可，并支付报酬。",
    Note = "信息网络传播权保护条例（2013）第二条: not a definition of the right")]
[DoesNotFire("§ 106. Exclusive rights in copyrighted works\nSubject to sections 107 through 122, the owner of copyright under this title has the exclusive rights to do and to authorize any of the following:\n(1) to reproduce the copyrighted work in copies or phonorecords;\n(4) in the case of literary, musical, dramatic, and choreographic works, pantomimes, and motion pictures and other audiovisual works, to perform the copyrighted work publicly;\n(6) in the case of sound recordings, to perform the copyrighted work publicly by means of a digital audio transmission.",
    Note = "17 U.S.C. § 106: no making-available definition")]
public sealed class ServerPrinciple : Rule
{
    public override void Define()
    {
        MakingAvailableRight right = null!;

        When()
            .Match(() => right, r => r.Wording != MakingAvailableWording.RegardlessOfStorage);

        Then()
            .Do(ctx => Report(ctx, right));
    }

    private static void Report(IContext ctx, MakingAvailableRight right)
    {
        string words = Iipa.Words(right, right.WordingSpan);
        if (right.Wording == MakingAvailableWording.ServerPrinciple)
        {
            ctx.Report(right.LocationOf(right.WordingSpan), null,
                $"{right.Provision.Label} defines the making-available right by placing the work on a server (\"{words}\"), which is the \"server principle\" IIPA asks China to reject.",
                null);
            return;
        }
        ctx.Report(right.LocationOf(right.WordingSpan), Severity.Warning,
            $"{right.Provision.Label} defines the making-available right in the treaty wording (\"{words}\") without saying that it covers providing access to works regardless of where they are stored; IIPA asks for a clarification that rejects the \"server principle\".",
            null);
    }
}

/// <summary>IIPA030 is satisfied: the making-available right reaches provision regardless of where the work is stored.</summary>
public sealed class MakingAvailableRegardlessOfStorage : Rule
{
    public override void Define()
    {
        MakingAvailableRight right = null!;

        When()
            .Match(() => right, r => r.Wording == MakingAvailableWording.RegardlessOfStorage);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA030", Iipa.At(right, right.WordingSpan), $"{right.Provision.Label} defines making available regardless of where the work is stored (\"{Iipa.Words(right, right.WordingSpan)}\"), rejecting the server principle."));
    }
}
