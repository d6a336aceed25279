using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using DraftCheck.Model;
using DraftCheck.Syntax;
using DraftCheck.Syntax.Grammars;
using DraftCheck.Text;

namespace DraftCheck.Semantics.Extraction;

/// <summary>
/// Extracts the draft's <see cref="DefinedTerm"/>s (defined, or quoted as if they were) with their definitions and uses,
/// and the <see cref="TermVariant"/>s: other names for a defined thing, made by
/// swapping words that drafts use interchangeably ("network", "internet", "online"; 网络, 互联网; 提供者, 提供商).
/// </summary>
internal sealed class DefinedTermExtractor : IDraftFactExtractor
{
    /// <summary>Words drafts swap for one another in the name of the same thing.</summary>
    private static readonly string[][] s_interchangeable =
    [
        ["network", "internet", "online", "on-line"],
        ["网络", "互联网"],
        ["提供者", "提供商"],
    ];

    private readonly record struct Found(Provision Provision, TermMatch Match);

    public void Extract(ProvisionTree tree, IReadOnlyList<Fact> extracted, ICollection<Fact> facts)
    {
        string text = tree.Text.Text;
        bool chinese = tree.Language == DraftLanguage.Chinese;
        var definitions = new List<Found>();
        var mentions = new List<Found>();
        foreach (Provision provision in tree.Provisions)
        {
            if (provision.Kind == ProvisionKind.Note) continue;
            foreach (Span own in provision.OwnSpans())
            {
                foreach (TermMatch match in Definitions.FindAll(text, own))
                {
                    // Chinese drafting quotes words for emphasis (聚众“打砸抢”) and defines terms with 所称 and 是指, so only
                    // English quotation marks make a term look defined.
                    if (match.IsDefinition) definitions.Add(new Found(provision, match));
                    else if (!chinese) mentions.Add(new Found(provision, match));
                }
            }
        }

        ImmutableArray<Span> searchable = SearchableSpans(tree);
        var definedKeys = definitions.Select(d => Key(d.Match.Term, chinese)).ToHashSet(StringComparer.Ordinal);
        ImmutableArray<CrossReference> references = [.. extracted.OfType<CrossReference>()];

        // One fact per term, in the order terms first appear: defined ones at their first definition, quoted-only ones at their first quotation.
        foreach (IGrouping<string, Found> term in definitions.Concat(mentions.Where(m => !definedKeys.Contains(Key(m.Match.Term, chinese))))
            .OrderBy(f => f.Match.Span.Start)
            .GroupBy(f => Key(f.Match.Term, chinese), StringComparer.Ordinal))
        {
            Found first = term.First();
            ImmutableArray<Found> defining = [.. term.Where(f => f.Match.IsDefinition)];
            ImmutableArray<Span> excluded = [.. term.Select(f => f.Match.Span)];
            ImmutableArray<Location> uses = [.. Occurrences(text, searchable, first.Match.Term, chinese)
                .Where(span => !excluded.Any(d => d.OverlapsWith(span)))
                .Select(span => LocationOf(tree, span))];
            ImmutableArray<Location> definedAt = [.. defining.Select(d => new Location(d.Provision.Ref, d.Match.Span, d.Match.Term))];
            facts.Add(new DefinedTerm(first.Provision.Ref, first.Match.Span, first.Match.Term, term.Key, definedAt, uses,
                defining.Any(d => ServesOutsideDraft(text, d, references))));
        }

        var variantsSeen = new HashSet<(string, int)>();
        foreach (Found definition in definitions)
        {
            var definedAt = new Location(definition.Provision.Ref, definition.Match.Span, definition.Match.Term);
            foreach (string variant in Variants(definition.Match.Term, chinese))
            {
                string variantKey = Key(variant, chinese);
                if (definedKeys.Contains(variantKey)) continue; // both names are defined: two things, not two names for one
                foreach (Span span in Occurrences(text, searchable, variant, chinese))
                {
                    if (!variantsSeen.Add((variantKey, span.Start))) continue;
                    Location at = LocationOf(tree, span);
                    facts.Add(new TermVariant(at.Provision, span, at.Quote, definition.Match.Term, definedAt));
                }
            }
        }
    }

    /// <summary>
    /// "shall be deemed an “act of circumvention” for the purposes of section 1203(c)(3)(A)": the definition serves a
    /// provision outside the text given, where the term may well be used.
    /// </summary>
    private static bool ServesOutsideDraft(string text, Found definition, ImmutableArray<CrossReference> references)
    {
        Span term = definition.Match.Span;
        return references.Any(r => r.Provision.Id == definition.Provision.Id
            && r.Status is CrossReferenceStatus.OutsideDraft or CrossReferenceStatus.External
            && Math.Abs(r.Span.Start - term.End) < 80
            && text.AsSpan(Math.Max(0, r.Span.Start - 20), Math.Min(20, r.Span.Start)).Contains("purposes of", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The body's own words: every provision's text except notes (a source credit is not the draft speaking).</summary>
    private static ImmutableArray<Span> SearchableSpans(ProvisionTree tree) =>
        [.. tree.Provisions.Where(p => p.Kind != ProvisionKind.Note).SelectMany(p => p.OwnSpans()).OrderBy(s => s.Start)];

    private static Location LocationOf(ProvisionTree tree, Span span) =>
        new(tree.ProvisionAt(span).Ref, span, tree.Text[span]);

    /// <summary>The term normalised: lower case, single spaces, curly apostrophes straight, a final plural "s" dropped.</summary>
    public static string Key(string term, bool chinese)
    {
        if (chinese) return term.Trim();
        string key = string.Join(' ', term.Trim().Replace('’', '\'').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return key.Length > 3 && key.EndsWith('s') && !key.EndsWith("ss", StringComparison.Ordinal) ? key[..^1] : key;
    }

    private static IEnumerable<Span> Occurrences(string text, ImmutableArray<Span> spans, string term, bool chinese)
    {
        if (chinese)
        {
            foreach (Span span in spans)
            {
                for (int at = text.IndexOf(term, span.Start, span.Length, StringComparison.Ordinal); at >= 0;
                     at = at + term.Length < span.End ? text.IndexOf(term, at + term.Length, span.End - at - term.Length, StringComparison.Ordinal) : -1)
                {
                    yield return new Span(at, term.Length);
                }
            }
            yield break;
        }
        Regex pattern = PatternOf(term);
        foreach (Span span in spans)
        {
            for (Match match = pattern.Match(text, span.Start, span.Length); match.Success; match = match.NextMatch())
            {
                yield return new Span(match.Index, match.Length);
            }
        }
    }

    /// <summary>The term as a whole-word pattern, case-insensitive, its last word in the singular or the plural.</summary>
    private static Regex PatternOf(string term)
    {
        string[] words = term.Trim().Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var pattern = new StringBuilder(@"(?<![\p{L}\p{N}\-])");
        for (int i = 0; i < words.Length; i++)
        {
            string word = Regex.Escape(words[i]).Replace("'", "['’]", StringComparison.Ordinal);
            if (i > 0) pattern.Append(@"\s+");
            if (i < words.Length - 1)
            {
                pattern.Append(word);
                continue;
            }
            string stem = words[i].Length > 3 && words[i].EndsWith('s') && !words[i].EndsWith("ss", StringComparison.Ordinal)
                ? Regex.Escape(words[i][..^1])
                : word;
            pattern.Append(stem).Append("(?:s|es)?");
        }
        pattern.Append(@"(?![\p{L}\p{N}\-])");
        return new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    private static IEnumerable<string> Variants(string term, bool chinese)
    {
        if (chinese)
        {
            foreach (string[] group in s_interchangeable)
            {
                foreach (string word in group.Where(w => term.Contains(w, StringComparison.Ordinal)))
                {
                    foreach (string other in group.Where(o => o != word && !term.Contains(o, StringComparison.Ordinal)))
                    {
                        int at = term.IndexOf(word, StringComparison.Ordinal);
                        yield return term[..at] + other + term[(at + word.Length)..];
                    }
                }
            }
            yield break;
        }
        string[] words = term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            string[]? group = s_interchangeable.FirstOrDefault(g => g.Contains(words[i], StringComparer.OrdinalIgnoreCase));
            if (group is null) continue;
            foreach (string other in group.Where(o => !o.Equals(words[i], StringComparison.OrdinalIgnoreCase)))
            {
                yield return string.Join(' ', words.Take(i).Append(other).Concat(words.Skip(i + 1)));
            }
        }
    }
}
