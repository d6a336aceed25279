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
