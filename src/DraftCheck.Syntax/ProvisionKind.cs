namespace DraftCheck.Syntax;

/// <summary>The level of a provision in the provision tree.</summary>
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

    /// <summary>A section of a chapter (Section 1, 第一节).</summary>
    Section,

    /// <summary>An article (Article 21, 第二十一条, § 302, s. 12).</summary>
    Article,

    /// <summary>A paragraph of an article (1., (1), 第一款).</summary>
    Paragraph,

    /// <summary>An item of a paragraph ((1), (a), （一）, 第一项).</summary>
    Item,

    /// <summary>A sub-item of an item ((i), 1., 目).</summary>
    Subitem,
}
