namespace DraftCheck.Model;

/// <summary>
/// The stable, Akoma Ntoso style path id of a provision, built from its labels: <c>art_48__para_1__item_6</c>.
/// The same draft always yields the same ids.
/// </summary>
public readonly record struct ProvisionId(string Value) : IComparable<ProvisionId>
{
    /// <summary>The id of the draft as a whole (the root of the provision tree).</summary>
    public static ProvisionId Document { get; } = new("doc");

    /// <summary>Ordinal comparison of the ids' text.</summary>
    public int CompareTo(ProvisionId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The id itself.</summary>
    public override string ToString() => Value ?? string.Empty;
}

/// <summary>A provision as facts and findings name it: its stable id and its human label ("Article 21(1)", "第二十一条第一款").</summary>
public readonly record struct ProvisionRef(ProvisionId Id, string Label)
{
    /// <summary>The draft as a whole.</summary>
    public static ProvisionRef Document { get; } = new(ProvisionId.Document, "the draft");

    /// <summary>The label.</summary>
    public override string ToString() => Label ?? string.Empty;
}
