using System.Collections.Immutable;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DraftCheck.Docx;

/// <summary>One level of a list definition (<c>w:lvl</c>), with the defaults the standard gives for absent values.</summary>
/// <param name="Start">The first value (<c>w:start</c>; 0 when absent, as the standard says).</param>
/// <param name="Format">The number format (<c>w:numFmt</c>; decimal when absent).</param>
/// <param name="Text">The label pattern with %1..%9 (<c>w:lvlText</c>); null when absent (no label).</param>
/// <param name="Restart">The one-based level after which this level restarts (<c>w:lvlRestart</c>): null restarts after any
/// higher level, 0 never restarts.</param>
/// <param name="IsLegal">Whether every number in the label is written in decimal (<c>w:isLgl</c>).</param>
/// <param name="Suffix">What follows the label (<c>w:suff</c>): a tab (default), a space or nothing.</param>
/// <param name="StyleId">The paragraph style linked to this level (<c>w:pStyle</c>), or empty.</param>
internal sealed record LevelDefinition(int Start, string Format, string? Text, int? Restart, bool IsLegal, string Suffix, string StyleId)
{
    public static LevelDefinition Read(Level level) => new(
        level.StartNumberingValue?.Val?.Value ?? 0,
        level.NumberingFormat?.Val?.InnerText is { Length: > 0 } format ? format : "decimal",
        level.LevelText?.Val?.Value,
        level.LevelRestart?.Val?.Value,
        level.IsLegalNumberingStyle is { } legal && (legal.Val is null || legal.Val.Value),
        (level.LevelSuffix?.Val?.InnerText) switch { "space" => " ", "nothing" => string.Empty, _ => "\t" },
        level.ParagraphStyleIdInLevel?.Val?.Value ?? string.Empty);
}

/// <summary>An abstract list definition (<c>w:abstractNum</c>): up to nine levels, or a link to a numbering style.</summary>
internal sealed record ListDefinition(int Id, ImmutableArray<LevelDefinition?> Levels, string? NumberingStyleLink);

/// <summary>A list instance (<c>w:num</c>): its abstract definition and its per-level overrides.</summary>
internal sealed record ListInstance(int Id, int AbstractId, ImmutableDictionary<int, int> StartOverrides, ImmutableDictionary<int, LevelDefinition> LevelOverrides);

/// <summary>The list definitions of a draft's numbering part.</summary>
internal sealed class NumberingDefinitions
{
    public const int LevelCount = 9;

    // numStyleLink chains longer than this are loops.
    private const int MaxLinks = 8;

    private readonly Dictionary<int, ListDefinition> _abstracts = [];
    private readonly Dictionary<int, ListInstance> _instances = [];

    public static NumberingDefinitions Empty { get; } = new();

    public static NumberingDefinitions Read(DocumentFormat.OpenXml.Wordprocessing.Numbering? numbering)
    {
        var definitions = new NumberingDefinitions();
        if (numbering is null) return definitions;
        foreach (AbstractNum abstractNum in numbering.Elements<AbstractNum>())
        {
            if (abstractNum.AbstractNumberId?.Value is not { } id || definitions._abstracts.ContainsKey(id)) continue;
            var levels = new LevelDefinition?[LevelCount];
            foreach (Level level in abstractNum.Elements<Level>())
            {
                if (level.LevelIndex?.Value is { } index and >= 0 and < LevelCount && levels[index] is null) levels[index] = LevelDefinition.Read(level);
            }
            definitions._abstracts.Add(id, new ListDefinition(id, [.. levels], abstractNum.NumberingStyleLink?.Val?.Value));
        }
        foreach (ListInstance instance in numbering.Elements<NumberingInstance>().Select(ReadInstance).OfType<ListInstance>())
        {
            definitions._instances.TryAdd(instance.Id, instance);
        }
        return definitions;
    }

    private static ListInstance? ReadInstance(NumberingInstance num)
    {
        if (num.NumberID?.Value is not { } id || num.AbstractNumId?.Val?.Value is not { } abstractId) return null;
        var starts = ImmutableDictionary.CreateBuilder<int, int>();
        var levels = ImmutableDictionary.CreateBuilder<int, LevelDefinition>();
        foreach (LevelOverride levelOverride in num.Elements<LevelOverride>())
        {
            if (levelOverride.LevelIndex?.Value is not { } index || index is < 0 or >= LevelCount) continue;
            if (levelOverride.StartOverrideNumberingValue?.Val?.Value is { } start) starts[index] = start;
            if (levelOverride.Level is { } level) levels[index] = LevelDefinition.Read(level);
        }
        return new ListInstance(id, abstractId, starts.ToImmutable(), levels.ToImmutable());
    }

    /// <summary>
    /// The list a numbering id designates: the instance, the abstract definition whose levels it uses (following
    /// <c>w:numStyleLink</c> through the numbering style to the definition that carries the levels), or why there is none.
    /// </summary>
    public bool TryResolve(int numberingId, StyleSheet styles, out ListInstance instance, out ListDefinition definition, out string problem)
    {
        instance = null!;
        definition = null!;
        if (!_instances.TryGetValue(numberingId, out ListInstance? found))
        {
            problem = $"numbering instance {numberingId} is not defined";
            return false;
        }
        instance = found;
        int abstractId = found.AbstractId;
        for (int link = 0; link <= MaxLinks; link++)
        {
            if (!_abstracts.TryGetValue(abstractId, out ListDefinition? candidate))
            {
                problem = $"abstract numbering {abstractId} (of numbering instance {numberingId}) is not defined";
                return false;
            }
            if (candidate.NumberingStyleLink is not { } style)
            {
                definition = candidate;
                problem = string.Empty;
                return true;
            }
            // The abstract definition only points at a numbering style, whose own numbering instance holds the levels.
            if (styles.NumberingOf(style).NumberingId is not { } linkedId || !_instances.TryGetValue(linkedId, out ListInstance? linked))
            {
                problem = $"numbering style {style} (linked from abstract numbering {abstractId}) has no numbering";
                return false;
            }
            abstractId = linked.AbstractId;
        }
        problem = $"the numbering style links of numbering instance {numberingId} form a loop";
        return false;
    }
}
