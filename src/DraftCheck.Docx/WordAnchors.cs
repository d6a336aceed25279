using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DraftCheck.Docx;

/// <summary>
/// The one definition of what a <see cref="Model.WordAnchor"/>'s indexes count, shared by the reader (which records
/// anchors) and by writers that annotate a copy of the draft (which follow them back):
/// <list type="bullet">
/// <item>paragraph index: the n-th <c>w:p</c> among the descendants of the part's root element, in document order
/// (table cells, text boxes and content controls included);</item>
/// <item>run index: the n-th <c>w:r</c> among the paragraph's descendants whose nearest enclosing <c>w:p</c> is that
/// paragraph (runs in <c>w:ins</c>, <c>w:del</c>, hyperlinks, fields and content controls included; runs of a text box
/// paragraph nested in a run belong to that nested paragraph);</item>
/// <item>offset: the position in the run's text, where each character of <c>w:t</c>, <c>w:delText</c> and
/// <c>w:instrText</c>... counts one, and each <c>w:tab</c>, <c>w:br</c>, <c>w:cr</c>, <c>w:noBreakHyphen</c>,
/// <c>w:softHyphen</c> and <c>w:sym</c> counts one (see <see cref="RunText"/>).</item>
/// </list>
/// </summary>
public static class WordAnchors
{
    /// <summary>The paragraphs of a part's root element, in anchor order.</summary>
    public static IEnumerable<Paragraph> Paragraphs(OpenXmlElement partRoot) => partRoot.Descendants<Paragraph>();

    /// <summary>The runs of <paramref name="paragraph"/>, in anchor order.</summary>
    public static IEnumerable<Run> Runs(Paragraph paragraph) =>
        paragraph.Descendants<Run>().Where(run => ReferenceEquals(run.Ancestors<Paragraph>().FirstOrDefault(), paragraph));

    /// <summary>
    /// The characters a run child contributes to the run's text, or null when it contributes none (properties, drawings,
    /// field characters). Deleted text is included: whether it is shown depends on the view, but it always counts for offsets.
    /// </summary>
    public static string? RunText(OpenXmlElement child) => child switch
    {
        DocumentFormat.OpenXml.Wordprocessing.Text text => text.Text,
        DeletedText deleted => deleted.Text,
        TabChar => "\t",
        Break or CarriageReturn => "\n",
        NoBreakHyphen => "\u2011",
        SoftHyphen => "\u00AD",
        SymbolChar => "\uFFFD",
        _ => null,
    };
}
