// IIPA061: no open-ended list of exceptions.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA061",
    Title = "Open-ended exception",
    Category = "Exceptions",
    Severity = Severity.Warning,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\"",
    Description = "IIPA asks that exceptions be \"adequately defined and appropriately narrow in scope\". A list of exceptions ending in a catch-all (\"other circumstances provided by laws and administrative regulations\", \"certain other cases of minor importance\") is open-ended, even where the three-step test also applies. An open-ended fair-use clause is judged by IIPA060 only.")]
public sealed class ExceptionsEndInCatchAll : Rule
{
    public override void Define()
    {
        ExceptionsProvision exceptions = null!;

        When()
            .Match(() => exceptions, e => e.EndsInCatchAll, e => !e.IsOpenEnded);

        Then()
            .Do(ctx => ctx.Report(exceptions.LocationOf(exceptions.CatchAllSpan), null,
                $"{exceptions.Provision.Label} ends its list of {exceptions.ItemCount} exceptions with a catch-all (\"{Iipa.Words(exceptions, exceptions.CatchAllSpan)}\"), which leaves the exceptions open-ended; IIPA asks that exceptions be \"adequately defined and appropriately narrow in scope\".",
                null));
    }
}
