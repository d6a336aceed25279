using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftCheck.Model;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace DraftCheck.Reports;

/// <summary>Where a finding's comment sits.</summary>
internal enum CommentPlacement
{
    /// <summary>Exactly at the finding's words.</summary>
    AtItsWords,

    /// <summary>At the reference mark of the footnote or endnote that holds the words.</summary>
    AtNoteReference,

    /// <summary>At the start of the draft, for a finding about the whole draft.</summary>
    AtDraftStart,

    /// <summary>At the start of the draft because its words cannot take a comment (a header, for example).</summary>
    AtDraftStartInstead,
}

/// <summary>
/// The text of a finding's Word comment: "IIPA001 error: message", then the recommendation (the rule's description),
/// the suggested amendment, the source, and where to read more. No date: the same findings give the same bytes.
/// </summary>
internal static class CommentText
{
    public static Comment Build(Finding finding, int id, CommentPlacement placement, IReadOnlySet<TextEdit> trackedEdits)
    {
        var comment = new Comment
        {
            Id = id.ToString(CultureInfo.InvariantCulture),
            Author = AnnotatedDocx.Author,
            Initials = AnnotatedDocx.Initials,
        };

        var heading = new Paragraph(
            new Run(new AnnotationReferenceMark()),
            new Run(new RunProperties(new Bold()), Words($"{finding.RuleId} {finding.Severity.ToText()}")),
            new Run(Words($": {finding.Message}")));
        comment.AppendChild(heading);

        // Away from its words, the comment quotes them.
        if (placement == CommentPlacement.AtNoteReference)
        {
            comment.AppendChild(Line("At: ", $"{finding.Location.Provision.Label}, in the note marked here: \u201C{finding.Location.Quote}\u201D"));
        }
        else if (placement == CommentPlacement.AtDraftStartInstead)
        {
            comment.AppendChild(Line("At: ", $"{finding.Location.Provision.Label}, \u201C{finding.Location.Quote}\u201D"));
        }
        if (finding.Rule.Description.Length > 0) comment.AppendChild(Line("Recommendation: ", finding.Rule.Description));
        if (finding.Fix is { } fix)
        {
            string edits = string.Join("; ", fix.Edits.Select(e => $"\u201C{e.OldText}\u201D \u2192 \u201C{e.NewText}\u201D"));
            int tracked = fix.Edits.Count(trackedEdits.Contains);
            string shown = tracked == fix.Edits.Length ? " (shown as tracked changes)"
                : tracked == 0 ? " (not shown as tracked changes)"
                : " (partly shown as tracked changes)";
            comment.AppendChild(Line("Suggested amendment: ", $"{fix.Title}: {edits}{shown}"));
        }
        comment.AppendChild(Line("Source: ", finding.Rule.Source));
        if (finding.Rule.HelpUri.Length > 0) comment.AppendChild(Line("More: ", finding.Rule.HelpUri));
        return comment;
    }

    private static Paragraph Line(string label, string text) =>
        new(new Run(new RunProperties(new Bold()), Words(label)), new Run(Words(text)));

    // Line breaks and other control characters have no place in a w:t: they read as spaces.
    private static WordText Words(string text) =>
        new(string.Create(text.Length, text, static (chars, source) =>
        {
            for (int i = 0; i < source.Length; i++) chars[i] = char.IsControl(source[i]) && source[i] != '\t' ? ' ' : source[i];
        }))
        { Space = SpaceProcessingModeValues.Preserve };
}
