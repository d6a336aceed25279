namespace DraftCheck.Syntax;

/// <summary>
/// The level of a provision in the provision tree. Below an article the levels are structural: what a jurisdiction calls
/// them ("subsection (a)" in the United States, "subsection (1)" in the United Kingdom, 款 in China) is given by the
/// tree's <see cref="DraftingConvention"/>.
/// </summary>
public enum ProvisionKind
{
    /// <summary>The draft as a whole (the root).</summary>
    Document,

    /// <summary>The title and preamble before the first division or article.</summary>
    Preamble,

    /// <summary>A part (Part I, 第一编).</summary>
    Part,

    /// <summary>A chapter (Chapter II, 第二章).</summary>
    Chapter,

    /// <summary>A section of a chapter (Section 1, 第一节); a numbered section of an Act or Code is an <see cref="Article"/>.</summary>
    Section,

    /// <summary>An article (Article 21, 第二十一条, § 302, s. 12).</summary>
    Article,

    /// <summary>The first level below an article: a paragraph (1., 第一款), or a subsection ((a) in the US, (1) in the UK).</summary>
    Paragraph,

    /// <summary>The second level: an item ((1), （一）), a point ((a)), or a paragraph ((1) in the US, (a) in the UK).</summary>
    Item,

    /// <summary>The third level: a sub-item (目), a point ((i)), or a subparagraph ((A) in the US, (i) in the UK).</summary>
    Subitem,

    /// <summary>An unnumbered block inside a numbered provision, counted by position: the second subparagraph of Article 6(4), a definition in s. 296ZE(1).</summary>
    Subparagraph,

    /// <summary>The fourth level: a clause ((i) in the US, (A) in the UK).</summary>
    Clause,

    /// <summary>The fifth level and below: a subclause ((I) in the US).</summary>
    Subclause,

    /// <summary>A heading over the articles that follow it, inside a division ("Duration of copyright" in the UK Act).</summary>
    Crossheading,

    /// <summary>A note that is not part of the enacted text, such as a source credit "(Pub. L. 94–553, ...)" after a US section.</summary>
    Note,
}
