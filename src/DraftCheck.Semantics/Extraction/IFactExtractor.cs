using DraftCheck.Model;
using DraftCheck.Syntax;

namespace DraftCheck.Semantics.Extraction;

/// <summary>
/// The words an extractor reads: one provision's own text, with the article around it and the words leading into it
/// ("copyright expires—") for context.
/// </summary>
internal readonly record struct ExtractionScope(ProvisionTree Tree, Provision Provision, Span Span, Span ArticleSpan, Span LeadIn)
{
    public string Text => Tree.Text.Text;

    public ProvisionRef ProvisionRef => Provision.Ref;
}

/// <summary>Reads one kind of fact from provision text.</summary>
internal interface IFactExtractor
{
    void Extract(ExtractionScope scope, ICollection<Fact> facts);
}
