using System.Collections.Concurrent;

namespace DraftCheck.Semantics.Tests;

/// <summary>The semantic model of each corpus law, built once per test run: models are immutable, and building one for a long statute takes seconds.</summary>
internal static class LawModels
{
    private static readonly ConcurrentDictionary<string, Lazy<SemanticModel>> s_models = new(StringComparer.Ordinal);

    /// <summary>The model of a statute of ../shared/corpus/laws (skips the test when the corpus is absent).</summary>
    public static SemanticModel Of(string law)
    {
        string text = Laws.Read(law);
        return s_models.GetOrAdd(law, _ => new Lazy<SemanticModel>(() => SemanticModel.FromText(text))).Value;
    }
}
