using System.Text;
using DraftCheck.Model;

namespace DraftCheck.Docx;

/// <summary>A rendered numbering label: its text ("第三条", "(a)"), what follows it, and the paragraph's list level.</summary>
internal readonly record struct RenderedLabel(string Text, string Suffix, int Level);

/// <summary>
/// Word's list counters for one story, advanced paragraph by paragraph in reading order, and the labels they render.
/// <list type="bullet">
/// <item>Counters belong to the abstract definition: list instances (<c>w:num</c>) of one definition continue each other.</item>
/// <item>A level starts at <c>w:start</c>; a <c>w:startOverride</c> (or an overriding <c>w:lvl</c>) restarts it the first time
/// its instance numbers a paragraph at that level.</item>
/// <item>Numbering a paragraph at level n restarts the deeper levels, except those whose <c>w:lvlRestart</c> names a
/// level above n (or 0, never).</item>
/// <item><c>w:lvlText</c> replaces %1..%9 by the levels' current values in their own formats, or all in decimal when the
/// level is <c>w:isLgl</c>; a level not yet used shows its start value.</item>
/// </list>
/// </summary>
internal sealed class ListCounters(NumberingDefinitions definitions, StyleSheet styles, WarningCollector warnings)
{
    private readonly Dictionary<int, CounterSet> _counters = [];
    private readonly HashSet<(int Instance, int Level)> _appliedOverrides = [];

    /// <summary>
    /// The label of a paragraph with these properties, advancing the counters; null when the paragraph is not numbered
    /// (or its numbering reference is broken, which is reported).
    /// </summary>
    public RenderedLabel? Next(WordParagraphProperties properties, WordAnchor where)
    {
        string style = properties.StyleId.Length > 0 ? properties.StyleId : styles.DefaultParagraphStyle;
        NumberingReference fromStyle = style.Length > 0 ? styles.NumberingOf(style) : default;
        if ((properties.Numbering.NumberingId ?? fromStyle.NumberingId) is not { } numberingId || numberingId == 0) return null;

        if (!definitions.TryResolve(numberingId, styles, out ListInstance instance, out ListDefinition definition, out string problem))
        {
            warnings.Add(ReadWarningCodes.BrokenNumbering, problem, $"{problem}; the paragraphs that use it have no label", where);
            return null;
        }
        int level = properties.Numbering.Level ?? fromStyle.Level ?? LevelLinkedTo(style, instance, definition) ?? 0;
        if (level is < 0 or >= NumberingDefinitions.LevelCount || LevelOf(instance, definition, level) is not { } format)
        {
            string missing = $"level {level} of numbering instance {numberingId} is not defined";
            warnings.Add(ReadWarningCodes.BrokenNumbering, missing, $"{missing}; the paragraphs that use it have no label", where);
            return null;
        }

        CounterSet counters = CountersOf(definition.Id);
        Advance(counters, instance, definition, level, format);
        string text = format.Text is null ? string.Empty : Render(format.Text, counters, instance, definition, format.IsLegal, where);
        return new RenderedLabel(text, text.Length == 0 ? string.Empty : format.Suffix, level);
    }

    private void Advance(CounterSet counters, ListInstance instance, ListDefinition definition, int level, LevelDefinition format)
    {
        bool hasOverride = instance.StartOverrides.TryGetValue(level, out int overrideStart);
        if (!hasOverride && instance.LevelOverrides.TryGetValue(level, out LevelDefinition? overridden))
        {
            hasOverride = true;
            overrideStart = overridden.Start;
        }
        if (hasOverride && _appliedOverrides.Add((instance.Id, level))) counters.Values[level] = overrideStart;
        else if (!counters.IsUsed[level]) counters.Values[level] = format.Start;
        else counters.Values[level]++;
        counters.IsUsed[level] = true;

        for (int deeper = level + 1; deeper < NumberingDefinitions.LevelCount; deeper++)
        {
            // lvlRestart is one-based: level "deeper" restarts when a level at index < restart is numbered.
            int? restart = LevelOf(instance, definition, deeper)?.Restart;
            if (restart is null || (restart.Value > 0 && level < restart.Value)) counters.IsUsed[deeper] = false;
        }
    }

    private string Render(string pattern, CounterSet counters, ListInstance instance, ListDefinition definition, bool isLegal, WordAnchor where)
    {
        var text = new StringBuilder(pattern.Length + 8);
        for (int i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '%' && i + 1 < pattern.Length && pattern[i + 1] is >= '1' and <= '9')
            {
                int level = pattern[i + 1] - '1';
                i++;
                if (LevelOf(instance, definition, level) is not { } format) continue;
                int value = counters.IsUsed[level] ? counters.Values[level] : format.Start;
                string numberFormat = isLegal && format.Format is not ("none" or "bullet") ? "decimal" : format.Format;
                if (!NumberFormats.Supported.Contains(numberFormat))
                {
                    warnings.Add(ReadWarningCodes.UnsupportedNumberFormat, numberFormat,
                        $"number format {numberFormat} is not rendered; its labels use decimal numbers", where);
                }
                text.Append(NumberFormats.Render(value, numberFormat));
            }
            else
            {
                text.Append(pattern[i]);
            }
        }
        return text.ToString();
    }

    private static LevelDefinition? LevelOf(ListInstance instance, ListDefinition definition, int level) =>
        instance.LevelOverrides.TryGetValue(level, out LevelDefinition? overridden) ? overridden : definition.Levels[level];

    // A heading style linked to a list names no level itself: the level is the one whose w:pStyle is that style.
    private static int? LevelLinkedTo(string style, ListInstance instance, ListDefinition definition)
    {
        if (style.Length == 0) return null;
        for (int level = 0; level < NumberingDefinitions.LevelCount; level++)
        {
            if (LevelOf(instance, definition, level)?.StyleId == style) return level;
        }
        return null;
    }

    private CounterSet CountersOf(int definition)
    {
        if (!_counters.TryGetValue(definition, out CounterSet? counters))
        {
            counters = new CounterSet();
            _counters.Add(definition, counters);
        }
        return counters;
    }

    private sealed class CounterSet
    {
        public int[] Values { get; } = new int[NumberingDefinitions.LevelCount];

        public bool[] IsUsed { get; } = new bool[NumberingDefinitions.LevelCount];
    }
}
