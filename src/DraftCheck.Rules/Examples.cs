namespace DraftCheck.Rules;

/// <summary>
/// A provision that must produce at least one finding of this rule. <c>draftcheck rules test</c> and the test kit check
/// it; <c>draftcheck explain</c> shows it. Mark the words the finding must point at with <c>[|...|]</c>, or leave the text
/// unmarked to ask only for some finding of the rule:
/// <code>
/// [Fires("Article 21 The term of protection shall be [|the life of the author and fifty years after his death|].")]
/// </code>
/// Text without an article label ("Article 21", "第二十一条") is checked as the first paragraph of "Article 1".
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = true)]
public sealed class FiresAttribute(string provision) : Attribute
{
    /// <summary>The provision's words, with optional <c>[|...|]</c> markup around the words the finding must point at.</summary>
    public string Provision { get; } = provision;

    /// <summary>Where the wording comes from, such as "PRC Copyright Law (2010), Article 21"; shown by <c>explain</c>.</summary>
    public string Note { get; set; } = string.Empty;
}

/// <summary>
/// A provision that must produce no finding of this rule: wording that satisfies the recommendation, or is out of the
/// rule's scope. <c>draftcheck rules test</c> and the test kit check it; <c>draftcheck explain</c> shows it:
/// <code>
/// [DoesNotFire("Article 21 The term of protection shall be the life of the author and seventy years after his death.")]
/// </code>
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = true)]
public sealed class DoesNotFireAttribute(string provision) : Attribute
{
    /// <summary>The provision's words, without markup.</summary>
    public string Provision { get; } = provision;

    /// <summary>Where the wording comes from, such as "17 U.S.C. § 302(a)"; shown by <c>explain</c>.</summary>
    public string Note { get; set; } = string.Empty;
}
