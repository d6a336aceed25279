using DraftCheck.Model;
using DraftCheck.Syntax.Grammars;

namespace DraftCheck.Semantics.Extraction;

/// <summary>Extracts a <see cref="NumberInWordsAndDigits"/> for every number written in words and restated in digits.</summary>
internal sealed class NumberRestatementExtractor : IFactExtractor
{
    public void Extract(ExtractionScope scope, ICollection<Fact> facts)
    {
        foreach (NumberRestatement restatement in NumberRestatements.FindAll(scope.Text, scope.Span))
        {
            Span span = restatement.Span;
            facts.Add(new NumberInWordsAndDigits(scope.ProvisionRef, span, scope.Text.Substring(span.Start, span.Length), restatement.Words, restatement.Digits));
        }
    }
}
