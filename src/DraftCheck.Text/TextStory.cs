namespace DraftCheck.Text;

/// <summary>Which flow of the draft a paragraph belongs to. Only the body carries provisions; the others are kept apart.</summary>
public enum TextStory
{
    /// <summary>The main text, including table cells.</summary>
    Body,

    /// <summary>A footnote's text.</summary>
    Footnote,

    /// <summary>An endnote's text.</summary>
    Endnote,

    /// <summary>A reviewer's comment.</summary>
    Comment,

    /// <summary>A page header.</summary>
    Header,

    /// <summary>A page footer.</summary>
    Footer,

    /// <summary>A text box or shape text floating over the body.</summary>
    TextBox,
}

/// <summary>Which text a layer shows when a draft has tracked changes.</summary>
public enum RevisionView
{
    /// <summary>All changes accepted: insertions in, deletions out (Word's "No Markup").</summary>
    Accepted,

    /// <summary>All changes rejected: the text before the tracked changes (Word's "Original").</summary>
    Original,
}
