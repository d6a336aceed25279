using System.Collections.Immutable;
using System.Globalization;
using DraftCheck.Model;

namespace DraftCheck.Docx;

/// <summary>
/// The stable codes of what the Word reader tolerates, in one place. Each warning is one line; the reader keeps
/// reading and says what it did about the problem.
/// <list type="table">
/// <item><term>DW0101</term><description>schema-invalid content: elements the WordprocessingML schema does not allow where they
/// are; they are skipped (their text is not read).</description></item>
/// <item><term>DW0102</term><description>the main part has several <c>w:body</c> elements; all of them are read, in order.</description></item>
/// <item><term>DW0103</term><description>a broken numbering reference (undefined numbering instance, abstract numbering or level,
/// or a numbering style link that leads nowhere); the paragraph is read without a label.</description></item>
/// <item><term>DW0104</term><description>an unknown field code; its displayed result is read as it is.</description></item>
/// <item><term>DW0105</term><description>a field that numbers paragraphs without storing the number (<c>AUTONUM</c>,
/// <c>LISTNUM</c>...); its number is left out.</description></item>
/// <item><term>DW0106</term><description>a number format the reader does not render; decimal numbers are used instead.</description></item>
/// <item><term>DW0107</term><description>a part other than the main part (styles, numbering, notes, comments, headers, footers)
/// cannot be read; the draft is read without it.</description></item>
/// <item><term>DW0108</term><description>a note or comment reference points at an id its part does not define.</description></item>
/// <item><term>DW0109</term><description>a field is not closed (<c>w:fldChar</c> begin without end); the rest of its part
/// is read as the field's result, or left out as its instruction when the field has no separator.</description></item>
/// </list>
/// </summary>
public static class ReadWarningCodes
{
    /// <summary>Schema-invalid content skipped.</summary>
    public const string SchemaInvalid = "DW0101";

    /// <summary>Several bodies in the main part, all read.</summary>
    public const string SeveralBodies = "DW0102";

    /// <summary>A broken numbering reference; no label.</summary>
    public const string BrokenNumbering = "DW0103";

    /// <summary>An unknown field code; its result is read.</summary>
    public const string UnknownField = "DW0104";

    /// <summary>A numbering field whose number is not stored; left out.</summary>
    public const string UncomputedNumberField = "DW0105";

    /// <summary>An unsupported number format; decimal used.</summary>
    public const string UnsupportedNumberFormat = "DW0106";

    /// <summary>A secondary part that cannot be read; skipped.</summary>
    public const string UnreadablePart = "DW0107";

    /// <summary>A note or comment reference to an undefined id.</summary>
    public const string BrokenReference = "DW0108";

    /// <summary>A field that is never closed.</summary>
    public const string UnclosedField = "DW0109";
}

/// <summary>
/// Collects warnings while reading, one per code and subject (a field keyword, a numbering id...), counting repeats so
/// that a draft with a thousand broken references still gives one line per cause.
/// </summary>
internal sealed class WarningCollector
{
    private readonly Dictionary<(string Code, string Subject), Entry> _entries = [];
    private readonly List<(string Code, string Subject)> _order = [];

    /// <summary>Records one occurrence; <paramref name="message"/> is built on the first occurrence only.</summary>
    public void Add(string code, string subject, Func<string> message, WordAnchor where)
    {
        if (_entries.TryGetValue((code, subject), out Entry? entry))
        {
            entry.Count++;
            return;
        }
        _entries.Add((code, subject), new Entry(message(), where));
        _order.Add((code, subject));
    }

    /// <summary>Records one occurrence with a fixed message.</summary>
    public void Add(string code, string subject, string message, WordAnchor where) => Add(code, subject, () => message, where);

    public ImmutableArray<ReadWarning> ToImmutable() =>
    [
        .. _order.Select(key =>
        {
            Entry entry = _entries[key];
            string message = entry.Count == 1 ? entry.Message : $"{entry.Message} ({entry.Count.ToString(CultureInfo.InvariantCulture)} times)";
            Location location = Location.None with { Word = entry.Where.IsNone ? WordRange.None : new WordRange(entry.Where, entry.Where) };
            return new ReadWarning(key.Code, message, location);
        }),
    ];

    private sealed class Entry(string message, WordAnchor where)
    {
        public string Message { get; } = message;
        public WordAnchor Where { get; } = where;
        public int Count { get; set; } = 1;
    }
}
