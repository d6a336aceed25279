using DraftCheck.Model;
using DraftCheck.Syntax.Grammars;

namespace DraftCheck.Semantics;

/// <summary>A number the draft writes in words and again in digits: "fifty (50) years", "五十（50）年".</summary>
public sealed record NumberInWordsAndDigits : Fact
{
    /// <summary>Creates the fact over both forms and the parentheses.</summary>
    public NumberInWordsAndDigits(ProvisionRef provision, Span span, string text, Numeral words, Numeral digits)
        : base(provision, span, text)
    {
        Words = words;
        Digits = digits;
    }

    /// <summary>The number in words, with its span.</summary>
    public Numeral Words { get; init; }

    /// <summary>The number in digits, with its span.</summary>
    public Numeral Digits { get; init; }

    /// <summary>Whether the words and the digits state the same number.</summary>
    public bool Agrees => Words.Value == Digits.Value;
}
