namespace DraftCheck.SampleDrafts;

/// <summary>The sample drafts shipped in samples/ and the sources they are made from.</summary>
public static class SampleSet
{
    /// <summary>(source under samples/source, .docx under samples).</summary>
    public static IReadOnlyList<(string Source, string Target)> Files { get; } =
    [
        ("draft-a.en.txt", "draft-a.docx"),
        ("draft-b.en.txt", "draft-b.docx"),
        ("draft-c.zh.txt", "draft-c.docx"),
    ];
}
