// DRAFT005: a number written in words and digits must say the same in both.
namespace DraftCheck.Packs.Drafting;

[Rule("DRAFT005",
    Title = "Number whose words and digits disagree",
    Category = "Numbers",
    Severity = Severity.Error,
    Source = "Drafting convention: a number restated in digits repeats the words exactly; where they differ, the words usually prevail",
    Description = "\"fifty (60) years\" states two terms at once. The fix writes the digits from the words, which courts usually treat as the stronger evidence of intent; change the words instead if the digits were meant.")]
[Fires("Article 1 The term of protection shall be the life of the author and [|fifty (60)|] years after his death.",
    Note = "the words say 50, the digits 60")]
[Fires("Article 1 A fine of not more than [|five hundred thousand (50,000)|] yuan may be imposed.",
    Note = "the words say 500,000, the digits 50,000")]
[DoesNotFire("Article 1 The term shall be fifty (50) years.",
    Note = "words and digits agree")]
[DoesNotFire("Article 1 The term shall be seventy years.",
    Note = "no digits")]
public sealed class NumberWordsAndDigitsDisagree : Rule
{
    public override void Define()
    {
        NumberInWordsAndDigits number = null!;

        When()
            .Match(() => number, n => !n.Agrees);

        Then()
            .Do(ctx => ctx.Report(number,
                $"{number.Provision.Label} writes \"{number.Words.Text}\" ({number.Words.Value}) and \"{number.Digits.Text}\": the words and the digits disagree.",
                Fix.Replace($"Write the digits as the words say: {number.Words.Value}", number.Digits.Span, number.Words.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }
}
