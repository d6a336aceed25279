using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DraftCheck.Model;

namespace DraftCheck.Findings;

/// <summary>
/// Fingerprints of findings: a hash of the rule id and the normalised words of the provision and of the match, never
/// of positions or provision numbers, so that a finding keeps its fingerprint when articles are renumbered, moved, or
/// edited elsewhere. Baselines and SARIF <c>partialFingerprints</c> use them.
/// </summary>
public static class Fingerprints
{
    /// <summary>The version of the fingerprint recipe; a new recipe gets a new key in SARIF (<c>draftCheck/v1</c>).</summary>
    public const string Version = "v1";

    /// <summary>
    /// The words of <paramref name="text"/> as the fingerprint sees them: full-width letters and digits as ASCII,
    /// lower case, punctuation dropped, words joined by one space. "Article  21（1）: the Term" gives
    /// "article 21 1 the term"; Chinese text keeps its characters ("１２月" gives "12月").
    /// </summary>
    public static string NormalizeWords(string text)
    {
        var words = new StringBuilder(text.Length);
        bool inWord = false;
        foreach (char original in text)
        {
            // Width folding by hand: string.Normalize does nothing under invariant globalization, which the build sets.
            char c = original is >= '\uFF01' and <= '\uFF5E' ? (char)(original - 0xFEE0) : original;
            UnicodeCategory category = char.GetUnicodeCategory(c);
            bool wordChar = char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                || char.IsSurrogate(c);
            if (!wordChar)
            {
                inWord = false;
                continue;
            }
            if (!inWord && words.Length > 0) words.Append(' ');
            words.Append(char.ToLowerInvariant(c));
            inWord = true;
        }
        return words.ToString();
    }

    /// <summary>
    /// The hash part of a fingerprint: 32 lowercase hex digits (128 bits of SHA-256) of the rule id, the provision's
    /// words and the matched words, each normalised by <see cref="NormalizeWords"/>.
    /// </summary>
    public static string Hash(string ruleId, string provisionWords, string matchedWords)
    {
        string material = string.Join('\u001F', Version, ruleId, NormalizeWords(provisionWords), NormalizeWords(matchedWords));
        byte[] digest = SHA256.HashData(Encoding.UTF8.GetBytes(material));
        return Convert.ToHexStringLower(digest.AsSpan(0, 16));
    }

    /// <summary>
    /// Gives every finding its fingerprint: <c>hash:n</c>, where n counts findings with the same hash in report order
    /// (from 1), so that two equal findings in one draft stay apart. <paramref name="provisionWords"/> gives the words
    /// of the provision a finding points at (its own words, without label and sub-provisions).
    /// </summary>
    public static ImmutableArray<Finding> Assign(IEnumerable<Finding> findings, Func<Finding, string> provisionWords)
    {
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var fingerprinted = ImmutableArray.CreateBuilder<Finding>();
        foreach (Finding finding in FindingOrder.Sort(findings))
        {
            string hash = Hash(finding.RuleId, provisionWords(finding), finding.Location.Quote);
            int occurrence = occurrences.GetValueOrDefault(hash) + 1;
            occurrences[hash] = occurrence;
            fingerprinted.Add(finding with { Fingerprint = $"{hash}:{occurrence.ToString(CultureInfo.InvariantCulture)}" });
        }
        return fingerprinted.ToImmutable();
    }
}
