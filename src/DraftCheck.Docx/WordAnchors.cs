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
/// <item>offset: the position in the run's text, made of the run's direct children in order, where each character of
/// <c>w:t</c> and <c>w:delText</c> counts one, each <c>w:tab</c>, <c>w:br</c>, <c>w:cr</c>, <c>w:noBreakHyphen</c>,
/// <c>w:softHyphen</c> and <c>w:sym</c> counts one, and anything else (field instructions <c>w:instrText</c>, field
/// characters, drawings, properties) counts nothing (see <see cref="RunText"/>).</item>
/// </list>
/// The part is named by its URI in the package (<c>/word/document.xml</c>, <c>/word/footnotes.xml</c>,
/// <c>/word/header1.xml</c>...), whatever the main part's actual path. Elements the SDK does not type (such as the runs
/// of a Word 2003 <c>w:smartTag</c>, no longer in the schema) are not counted; the reader anchors their text to the
/// paragraph with run index -1, like generated text.
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
