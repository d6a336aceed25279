namespace DraftCheck.Model;

/// <summary>
/// A half-open range <c>[Start..End)</c> of characters in one <c>TextLayer</c>; for example
/// <c>[12..17)</c> covers the five characters from position 12 to 16.
/// </summary>
/// <remarks>
/// <see cref="None"/> (no position at all) differs from an empty span (a position between two characters).
/// </remarks>
public readonly struct Span : IEquatable<Span>, IComparable<Span>
{
    private readonly int _start;
    private readonly int _length;

    /// <summary>Creates a span of <paramref name="length"/> characters starting at <paramref name="start"/>.</summary>
    public Span(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, int.MaxValue - start);
        _start = start;
        _length = length;
    }

    private Span(bool none)
    {
        _start = -1;
        _length = 0;
    }

    /// <summary>No position: used for facts and findings about a whole draft.</summary>
    public static Span None { get; } = new(none: true);

    /// <summary>Creates the span <c>[start..end)</c>.</summary>
    public static Span FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new Span(start, end - start);
    }

    /// <summary>The first character's position.</summary>
    public int Start => _start;

    /// <summary>The number of characters.</summary>
    public int Length => _length;

    /// <summary>The position just after the last character.</summary>
    public int End => _start + _length;

    /// <summary>Whether this is <see cref="None"/>.</summary>
    public bool IsNone => _start < 0;

    /// <summary>Whether the span covers no character (and is not <see cref="None"/>).</summary>
    public bool IsEmpty => _length == 0 && _start >= 0;

    /// <summary>Whether <paramref name="position"/> lies inside the span.</summary>
    public bool Contains(int position) => !IsNone && position >= _start && position < End;

    /// <summary>Whether <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(Span other) => !IsNone && !other.IsNone && other._start >= _start && other.End <= End;

    /// <summary>Whether the two spans share at least one character.</summary>
    public bool OverlapsWith(Span other) =>
        !IsNone && !other.IsNone && Math.Max(_start, other._start) < Math.Min(End, other.End);

    /// <summary>The span moved right by <paramref name="offset"/> characters.</summary>
    public Span Shift(int offset) => IsNone ? this : new Span(_start + offset, _length);

    /// <summary>The smallest span covering both spans; <see cref="None"/> is ignored.</summary>
    public Span Union(Span other)
    {
        if (IsNone) return other;
        if (other.IsNone) return this;
        return FromBounds(Math.Min(_start, other._start), Math.Max(End, other.End));
    }

    /// <inheritdoc/>
    public bool Equals(Span other) => _start == other._start && _length == other._length;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Span other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_start, _length);

    /// <summary>Orders by start, then by length.</summary>
    public int CompareTo(Span other)
    {
        int byStart = _start.CompareTo(other._start);
        return byStart != 0 ? byStart : _length.CompareTo(other._length);
    }

    /// <summary>Whether two spans are equal.</summary>
    public static bool operator ==(Span left, Span right) => left.Equals(right);

    /// <summary>Whether two spans differ.</summary>
    public static bool operator !=(Span left, Span right) => !left.Equals(right);

    /// <summary>Prints <c>[start..end)</c>, or <c>None</c>.</summary>
    public override string ToString() => IsNone ? "None" : $"[{_start}..{End})";
}
