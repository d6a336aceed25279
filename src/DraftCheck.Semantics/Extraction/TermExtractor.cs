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

        foreach (Span clause in Clauses.Split(text, scope.Span))
        {
            TermBuilder? open = null;
            foreach (DurationPhrase phrase in Durations.FindAll(text, clause))
            {
                bool restatesOpenTerm = phrase.Kind == DurationPhraseKind.Expiry && open is not null
                    && open.Years.Value == phrase.Years.Value
                    && (open.Basis == DurationBasis.Unspecified || open.Basis == phrase.Basis);
                if (restatesOpenTerm)
                {
                    open!.Merge(phrase);
                    continue;
                }
                if (open is not null) facts.Add(open.Build(scope));
                open = new TermBuilder(phrase);
            }
            if (open is not null) facts.Add(open.Build(scope));
        }
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

        public TermOfProtection Build(ExtractionScope scope)
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
            return new TermOfProtection(scope.ProvisionRef, _span, scope.Text.Substring(_span.Start, _span.Length),
                basis, (int)Math.Min(Years.Value, int.MaxValue), phrase.IncludesLife, categories, [.. _mentions]);
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
