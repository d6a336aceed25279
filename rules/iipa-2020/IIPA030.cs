// IIPA030: the making-available right must reject the "server principle".
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA030",
    Title = "Right of communication over information networks follows the server principle",
    Category = "MakingAvailable",
    Severity = Severity.Error,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\", fn. 44; \"Evolving Online Piracy Remains Serious\", fn. 11",
    Description = "IIPA asks to clarify the right of communication over information networks to \"reject the 'server principle'\", so that apps and linking or indexing sites giving access to works hosted remotely are covered. A right defined by uploading or storing the work on a server is an error; the treaty wording (\"at a place and time individually chosen\") without saying that it covers access regardless of where the work is stored is a warning.")]
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
