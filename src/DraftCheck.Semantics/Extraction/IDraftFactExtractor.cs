using DraftCheck.Model;
using DraftCheck.Syntax;

namespace DraftCheck.Semantics.Extraction;

/// <summary>Reads facts that need the whole draft: the uses of a defined term, the sequence of numbers, the review state.</summary>
internal interface IDraftFactExtractor
{
    /// <summary>Adds facts about <paramref name="tree"/>; <paramref name="extracted"/> holds the facts read provision by provision.</summary>
    void Extract(ProvisionTree tree, IReadOnlyList<Fact> extracted, ICollection<Fact> facts);
}
