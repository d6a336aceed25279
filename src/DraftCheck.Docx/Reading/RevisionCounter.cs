using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DraftCheck.Docx;

/// <summary>
/// Counts the tracked changes of a part as the reader walks it, one per revision mark:
/// <list type="bullet">
/// <item>insertions and deletions: each <c>w:ins</c> and <c>w:del</c> (of runs, paragraph marks, numbering and table
/// rows), and each <c>w:cellIns</c>, <c>w:cellDel</c> and <c>w:cellMerge</c>;</item>
/// <item>moves, once each: each <c>w:moveToRangeStart</c> (a move's source and destination are one change); in a part
/// without move ranges, each <c>w:moveTo</c> instead;</item>
/// <item>property changes: each <c>w:rPrChange</c>, <c>w:pPrChange</c>, <c>w:sectPrChange</c>, <c>w:tblPrChange</c>,
/// <c>w:tblPrExChange</c>, <c>w:trPrChange</c>, <c>w:tcPrChange</c>, <c>w:tblGridChange</c> and <c>w:numberingChange</c>.</item>
/// </list>
/// Content the reader does not read (the other branch of an <c>mc:AlternateContent</c>, separator notes) is not
/// counted. Word's reviewing pane may show adjacent marks by one author as one change; this count does not merge them.
/// </summary>
internal sealed class RevisionCounter
{
    private int _changes;
    private int _moveRanges;
    private int _moveDestinations;

    public int Total => _changes + (_moveRanges > 0 ? _moveRanges : _moveDestinations);

    /// <summary>Counts <paramref name="element"/> if it is a revision mark.</summary>
    public void Add(OpenXmlElement element)
    {
        switch (element)
        {
            case InsertedRun or DeletedRun or Inserted or Deleted or CellInsertion or CellDeletion or CellMerge:
            case RunPropertiesChange or ParagraphPropertiesChange or ParagraphMarkRunPropertiesChange or SectionPropertiesChange
                or TablePropertiesChange or TablePropertyExceptionsChange or TableRowPropertiesChange or TableCellPropertiesChange
                or TableGridChange or NumberingChange:
                _changes++;
                break;
            case MoveToRangeStart:
                _moveRanges++;
                break;
            case MoveToRun or MoveTo:
                _moveDestinations++;
                break;
        }
    }

    /// <summary>Counts the revision marks among the children of a properties element (<c>w:rPr</c>, <c>w:tcPr</c>...).</summary>
    public void AddChildrenOf(OpenXmlElement properties)
    {
        for (OpenXmlElement? child = properties.FirstChild; child is not null; child = child.NextSibling())
        {
            Add(child);
            // w:numPr holds w:ins and w:numberingChange one level down.
            if (child is NumberingProperties numbering) AddChildrenOf(numbering);
        }
    }
}
