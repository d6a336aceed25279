using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DraftCheck.Docx;

/// <summary>
/// Counts the tracked changes of a part, one per revision mark:
/// <list type="bullet">
/// <item>insertions and deletions: each <c>w:ins</c> and <c>w:del</c> (of runs, paragraph marks and table rows), and each
/// <c>w:cellIns</c>, <c>w:cellDel</c> and <c>w:cellMerge</c>;</item>
/// <item>moves, once each: each <c>w:moveToRangeStart</c> (a move's source and destination are one change); in a part
/// without move ranges, each <c>w:moveTo</c> instead;</item>
/// <item>property changes: each <c>w:rPrChange</c>, <c>w:pPrChange</c>, <c>w:sectPrChange</c>, <c>w:tblPrChange</c>,
/// <c>w:tblPrExChange</c>, <c>w:trPrChange</c>, <c>w:tcPrChange</c>, <c>w:tblGridChange</c> and <c>w:numberingChange</c>.</item>
/// </list>
/// Word's reviewing pane may show adjacent marks by one author as one change; this count does not merge them.
/// </summary>
internal static class RevisionCounter
{
    public static int Count(OpenXmlElement root)
    {
        int changes = 0, moveRanges = 0, moveDestinations = 0;
        foreach (OpenXmlElement element in root.Descendants())
        {
            switch (element)
            {
                case InsertedRun or DeletedRun or Inserted or Deleted or CellInsertion or CellDeletion or CellMerge:
                case RunPropertiesChange or ParagraphPropertiesChange or ParagraphMarkRunPropertiesChange or SectionPropertiesChange
                    or TablePropertiesChange or TablePropertyExceptionsChange or TableRowPropertiesChange or TableCellPropertiesChange
                    or TableGridChange or NumberingChange:
                    changes++;
                    break;
                case MoveToRangeStart:
                    moveRanges++;
                    break;
                case MoveToRun or MoveTo:
                    moveDestinations++;
                    break;
            }
        }
        return changes + (moveRanges > 0 ? moveRanges : moveDestinations);
    }
}
