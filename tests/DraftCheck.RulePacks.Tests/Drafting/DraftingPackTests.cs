namespace DraftCheck.RulePacks.Tests.Drafting;

public class DraftingPackTests
{
    [Fact]
    public void Compile_DraftingPack_LoadsDraft001ToDraft006()
    {
        Assert.Equal(["DRAFT001", "DRAFT002", "DRAFT003", "DRAFT004", "DRAFT005", "DRAFT006"], DraftingPack.Checker.Rules.Select(r => r.Id));
    }
}
