using System.Collections.Immutable;
using DraftCheck.Model;
using DraftCheck.Semantics.Extraction;
using DraftCheck.Syntax;
using DraftCheck.Text;

namespace DraftCheck.Semantics;

/// <summary>
/// The facts a draft states, extracted from its provision tree: what the rules match. Every fact keeps the span of the
/// words it came from.
/// </summary>
public sealed class SemanticModel
{
    private static readonly ImmutableArray<IFactExtractor> s_extractors =
    [
        new TermExtractor(), new CrossReferenceExtractor(), new NumberRestatementExtractor(),
        new IntermediaryExtractor(), new TechnologicalMeasureExtractor(), new RightsExtractor(), new RemediesExtractor(),
        new ExceptionsExtractor(), new EnforcementExtractor(), new InstrumentExtractor(),
    ];

    private static readonly ImmutableArray<IDraftFactExtractor> s_draftExtractors = [new DefinedTermExtractor(), new NumberingExtractor(), new DraftReviewExtractor()];

    private SemanticModel(ProvisionTree tree, ImmutableArray<Fact> facts)
    {
        Tree = tree;
        Facts = facts;
    }

    /// <summary>The provision tree the facts were extracted from.</summary>
    public ProvisionTree Tree { get; }

    /// <summary>The text layer under the tree.</summary>
    public TextLayer Text => Tree.Text;

    /// <summary>Every fact, in document order.</summary>
    public ImmutableArray<Fact> Facts { get; }

    /// <summary>The facts of type <typeparamref name="T"/>, in document order.</summary>
    public IEnumerable<T> FactsOf<T>() where T : Fact => Facts.OfType<T>();

    /// <summary>
    /// Extracts the facts of <paramref name="tree"/>. The draft's scope is <paramref name="scope"/> when given (the user's
    /// configuration), otherwise inferred from its title and content.
    /// </summary>
    public static SemanticModel Build(ProvisionTree tree, DraftScope? scope = null)
    {
        var facts = new List<Fact>();
        Visit(tree, tree.Root, article: tree.Root, leadIn: Span.None, facts);
        var draftFacts = new List<Fact>();
        foreach (IDraftFactExtractor extractor in s_draftExtractors) extractor.Extract(tree, facts, draftFacts);
        facts.AddRange(draftFacts);
        // Stable sorts: facts on the same words keep the order in which they were read.
        facts = [.. facts.OrderBy(f => f.Span)];
        DraftFacts.Complete(tree, facts, scope);
        return new SemanticModel(tree, [.. facts.OrderBy(f => f.Span)]);
    }

    private static void Visit(ProvisionTree tree, Provision provision, Provision article, Span leadIn, List<Fact> facts)
    {
        if (provision.Kind == ProvisionKind.Note) return; // a source credit or editorial note is not enacted text
        if (provision.Kind == ProvisionKind.Article) article = provision;
        foreach (Span own in provision.OwnSpans())
        {
            // Words closing a list ("subject as follows.") read on from the provision's own lead-in words.
            Span ownLeadIn = own == provision.WrapUpSpan && !provision.TextSpan.IsEmpty ? provision.TextSpan : leadIn;
            var scope = new ExtractionScope(tree, provision, own, article.Span, ownLeadIn);
            foreach (IFactExtractor extractor in s_extractors) extractor.Extract(scope, facts);
        }
        // A provision's words lead into its children ("copyright expires—" before "(a) at the end of the period of
        // 70 years..."); in a flat list, a sibling ending with a dash or colon leads into the siblings after it.
        Span childLeadIn = provision.TextSpan.IsNone || provision.TextSpan.IsEmpty ? leadIn : provision.TextSpan;
        foreach (Provision child in provision.Children)
        {
            Visit(tree, child, article, childLeadIn, facts);
            if (EndsWithLeadInMark(tree.Text.Text, child.TextSpan)) childLeadIn = child.TextSpan;
        }
    }

    private static bool EndsWithLeadInMark(string text, Span span) =>
        !span.IsNone && !span.IsEmpty && text[span.End - 1] is '—' or ':' or '：' or '-';

    /// <summary>Extracts the facts of a draft given as plain text, one paragraph per line: for tests and quick tries.</summary>
    public static SemanticModel FromText(string text) => Build(StructureBuilder.Build(TextLayer.FromText(text)));
}
