using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DraftCheck.Model;
using DraftCheck.Syntax;
using DraftCheck.Syntax.Grammars;

namespace DraftCheck.Semantics.Extraction;

/// <summary>
/// Extracts one <see cref="TermOfProtection"/> per term a provision states. An expiry date restating a term in the same
/// clause ("fifty years, expiring on December 31 of the fiftieth year after ...") is merged into it and gives it its basis.
/// </summary>
internal sealed partial class TermExtractor : IFactExtractor
{
    // Durations count as terms only in provisions that speak of a term: "within two years after the completion of the
    // work" (a contract period) is not a term of protection.
    [GeneratedRegex(@"\b(term|terms|duration|endures?|expires?|expiring|subsists?|protected|protection)\b|保护期|截止于|不再保护", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TermCue();

    public void Extract(ExtractionScope scope, ICollection<Fact> facts)
    {
        string text = scope.Text;
        bool speaksOfTerm = TermCue().IsMatch(text.AsSpan(scope.Span.Start, scope.Span.Length))
            || (!scope.LeadIn.IsNone && TermCue().IsMatch(text.AsSpan(scope.LeadIn.Start, scope.LeadIn.Length)));
        if (!speaksOfTerm) return;

        // A renewal is looked for in the article only where the provision speaks of a first term (17 U.S.C. § 304(a)).
        Renewal? renewal = FirstTerm().IsMatch(text.AsSpan(scope.Span.Start, scope.Span.Length))
            ? RenewalOf(scope.Tree, scope.ArticleSpan.IsNone ? scope.Span : scope.ArticleSpan)
            : null;
        foreach (Span clause in Clauses.Split(text, scope.Span))
        {
            TermBuilder? open = null;
            foreach (DurationPhrase phrase in Durations.FindAll(text, clause))
            {
                // "beginning at the end of 75 years from the date copyright was originally secured" (a window for
                // terminating grants) and "the last 20 years of copyright term" are not terms.
                if (NotATerm().IsMatch(text.AsSpan(Math.Max(clause.Start, phrase.Span.Start - 30), phrase.Span.Start - Math.Max(clause.Start, phrase.Span.Start - 30)))) continue;
                bool restatesOpenTerm = phrase.Kind == DurationPhraseKind.Expiry && open is not null
                    && open.Years.Value == phrase.Years.Value
                    && (open.Basis == DurationBasis.Unspecified || open.Basis == phrase.Basis);
                if (restatesOpenTerm)
                {
                    open!.Merge(phrase);
                    continue;
                }
                if (open is not null) facts.Add(open.Build(scope, renewal));
                open = new TermBuilder(phrase);
            }
            if (open is not null) facts.Add(open.Build(scope, renewal));
        }
    }

    [GeneratedRegex(@"(?:beginning at the end of|the last|the final)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotATerm();

    // "shall be entitled to a renewal and extension of the copyright in such work for the further term of 67 years".
    [GeneratedRegex(@"(?:further|renewal|renewed(?: and extended)?(?: further)?|extended) term of\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RenewalLead();

    [GeneratedRegex(@"\b(?:first|original|initial) term\b|首期", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstTerm();

    private sealed record Renewal(Numeral Years, Span Span);

    private static bool IsRenewalAt(string text, Span phrase) =>
        RenewalLead().IsMatch(text.AsSpan(Math.Max(0, phrase.Start - 60), phrase.Start - Math.Max(0, phrase.Start - 60)));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ProvisionTree, Dictionary<Span, Renewal?>> s_renewals = [];

    /// <summary>The first renewal term of the article, read once per article.</summary>
    private static Renewal? RenewalOf(ProvisionTree tree, Span article)
    {
        Dictionary<Span, Renewal?> cache = s_renewals.GetValue(tree, _ => []);
        lock (cache)
        {
            if (!cache.TryGetValue(article, out Renewal? renewal)) cache[article] = renewal = RenewalIn(tree.Text.Text, article);
            return renewal;
        }
    }

    /// <summary>The first renewal term stated in <paramref name="article"/>, or null.</summary>
    private static Renewal? RenewalIn(string text, Span article)
    {
        foreach (DurationPhrase phrase in Durations.FindAll(text, article))
        {
            if (phrase.Kind == DurationPhraseKind.Term && IsRenewalAt(text, phrase.Span)) return new Renewal(phrase.Years, phrase.Span);
        }
        return null;
    }

    private sealed class TermBuilder(DurationPhrase phrase)
    {
        private readonly List<Numeral> _mentions = [phrase.Years];
        private Span _span = phrase.Span;

        public Numeral Years { get; } = phrase.Years;

        public DurationBasis Basis { get; private set; } = phrase.Basis;

        public void Merge(DurationPhrase expiry)
        {
            _mentions.Add(expiry.Years);
            _span = _span.Union(expiry.Span);
            if (Basis == DurationBasis.Unspecified) Basis = expiry.Basis;
        }

        public TermOfProtection Build(ExtractionScope scope, Renewal? renewal)
        {
            TermBasis basis = Basis switch
            {
                DurationBasis.Death => TermBasis.AuthorsDeath,
                DurationBasis.Publication => TermBasis.Publication,
                DurationBasis.MakingAvailable => TermBasis.MakingAvailable,
                DurationBasis.Creation => TermBasis.Creation,
                DurationBasis.Fixation => TermBasis.Fixation,
                DurationBasis.Performance => TermBasis.Performance,
                DurationBasis.Broadcast => TermBasis.Broadcast,
                _ => TermBasis.Unspecified,
            };
            WorkCategory categories = WorkCategories.In(scope.Text, scope.Span.Start, phrase.Span.Start);
            if (categories == WorkCategory.None) categories = WorkCategories.In(scope.Text, scope.ArticleSpan.Start, phrase.Span.Start);
            if (categories == WorkCategory.None) categories = ImpliedBy(basis);
            bool isRenewal = IsRenewalAt(scope.Text, phrase.Span);
            // A first term runs from an event; the renewal the same article grants is added to it.
            bool renewed = !isRenewal && renewal is not null && basis is not (TermBasis.Unspecified or TermBasis.AuthorsDeath)
                && FirstTerm().IsMatch(scope.Text.AsSpan(scope.Span.Start, scope.Span.Length));
            return new TermOfProtection(scope.ProvisionRef, _span, scope.Text.Substring(_span.Start, _span.Length),
                basis, (int)Math.Min(Years.Value, int.MaxValue), phrase.IncludesLife, categories, [.. _mentions])
            {
                IsRenewal = isRenewal,
                RenewalYears = renewed ? (int)Math.Min(renewal!.Years.Value, int.MaxValue) : 0,
                RenewalMentions = renewed ? [renewal!.Years] : [],
            };
        }

        private static WorkCategory ImpliedBy(TermBasis basis) => basis switch
        {
            TermBasis.Fixation => WorkCategory.SoundRecording,
            TermBasis.Performance => WorkCategory.Performance,
            TermBasis.Broadcast => WorkCategory.Broadcast,
            _ => WorkCategory.None,
        };
    }
}
