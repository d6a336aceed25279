namespace DraftCheck.Syntax.Grammars;

/// <summary>
/// The English words a grammar can start with, to try the grammar only there. Sprache builds a failure message for every
/// alternative it tries, so running a grammar at every word of a long statute costs seconds; a first-word test is
/// exact (a grammar starting with <c>Parse.IgnoreCase(word)</c> followed by a word end cannot succeed elsewhere) and costs
/// a hash lookup.
/// </summary>
internal sealed class FirstWords
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    public FirstWords(IEnumerable<string> words) =>
        _words = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words a number in English words starts with: "one" to "nineteen", "twenty" to "ninety".</summary>
    public static IEnumerable<string> NumberWords => Numerals.FirstWordsOfEnglishNumbers;

    /// <summary>Whether the letters from <paramref name="position"/> up to the next non-letter are one of the words, in any case.</summary>
    public bool StartsAt(string text, int position) => _words.Contains(WordAt(text, position));

    /// <summary>The letters from <paramref name="position"/> up to the next non-letter (a word as Parse.Letter.Not() ends it).</summary>
    public static ReadOnlySpan<char> WordAt(string text, int position)
    {
        int end = position;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return text.AsSpan(position, end - position);
    }
}
