using DraftCheck.Model;
using DraftCheck.Syntax;
using DraftCheck.Syntax.Grammars;

namespace DraftCheck.Semantics.Extraction;

/// <summary>Extracts one <see cref="CrossReference"/> per provision or range a provision's words cite, resolved against the tree.</summary>
internal sealed class CrossReferenceExtractor : IFactExtractor
{
    public void Extract(ExtractionScope scope, ICollection<Fact> facts)
    {
        var resolver = new CrossReferenceResolver(scope.Tree);
        foreach (CrossReferenceSyntax reference in CrossReferences.FindAll(scope.Text, scope.Span))
        {
            foreach (CitedElement element in reference.Elements)
            {
                // A reference citing one provision is quoted whole ("paragraph (1)(B) of this subsection"); a list, element by element.
                Span span = reference.Elements.Length == 1 ? reference.Span : element.Span;
                string text = scope.Text.Substring(span.Start, span.Length);
                if (reference.ExternalInstrument is { } instrument)
                {
                    facts.Add(new CrossReference(scope.ProvisionRef, span, text, CrossReferenceStatus.External, [], text, ProvisionRef.Document,
                        instrument, element.To is not null));
                    continue;
                }
                Resolution? resolution = resolver.Resolve(element, scope.Provision);
                if (resolution is not { } resolved) continue;
                facts.Add(new CrossReference(scope.ProvisionRef, span, text, resolved.Status, [.. resolved.Targets.Select(t => t.Ref)],
                    resolved.Citation, resolved.Nearest.Ref, string.Empty, element.To is not null));
            }
        }
    }
}
