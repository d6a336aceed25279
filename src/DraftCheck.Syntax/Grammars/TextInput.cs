using Sprache;

namespace DraftCheck.Syntax.Grammars;

/// <summary>
/// A Sprache input that starts at any position of a string, so that grammars run over a text layer in place:
/// positions in results are positions in the layer, and no substring is copied.
/// </summary>
internal sealed class TextInput : IInput
{
    private readonly string _source;
    private readonly int _position;
    private Dictionary<object, object>? _memos;

    public TextInput(string source, int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, source.Length);
        _source = source;
        _position = position;
    }

    public string Source => _source;

    public char Current => _source[_position];

    public bool AtEnd => _position == _source.Length;

    public int Position => _position;

    // Line and column are not used by DraftCheck grammars: every result carries its absolute position.
    public int Line => 1;

    public int Column => _position + 1;

    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    public IInput Advance()
    {
        if (AtEnd) throw new InvalidOperationException("The input is already at its end.");
        return new TextInput(_source, _position + 1);
    }

    public bool Equals(IInput? other) =>
        other is not null && ReferenceEquals(_source, other.Source) && _position == other.Position;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_source.Length, _position);

    public override string ToString() => $"Position {_position}";
}

/// <summary>Runs Sprache grammars at a position of a text, the way DraftCheck's extractors use them: a failure is data, not an exception.</summary>
public static class GrammarRunner
{
    /// <summary>Parses <paramref name="text"/> from <paramref name="position"/>; on success, returns the value and the position after it.</summary>
    public static bool TryParseAt<T>(this Parser<T> parser, string text, int position, out T value, out int end)
    {
        IResult<T> result = parser(new TextInput(text, position));
        if (result.WasSuccessful)
        {
            value = result.Value;
            end = result.Remainder.Position;
            return true;
        }
        value = default!;
        end = position;
        return false;
    }

    /// <summary>Parses the whole of <paramref name="text"/>; fails if anything but trailing white space is left.</summary>
    public static bool TryParseWhole<T>(this Parser<T> parser, string text, out T value)
    {
        if (parser.TryParseAt(text, 0, out value, out int end) && text.AsSpan(end).IsWhiteSpace()) return true;
        value = default!;
        return false;
    }
}
