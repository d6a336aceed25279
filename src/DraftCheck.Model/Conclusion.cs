namespace DraftCheck.Model;

/// <summary>How a checklist item ends for a draft: the answer a lawyer reads in a table of concordance.</summary>
public enum AssessmentOutcome
{
    /// <summary>The draft does not meet the item: its findings say where and why.</summary>
    Violated,

    /// <summary>The draft meets the item: a provision says so, in words quoted.</summary>
    Satisfied,

    /// <summary>The item does not apply to this draft (out of its scope), for a stated reason.</summary>
    NotApplicable,

    /// <summary>
    /// No rule found a violation, stated that the draft satisfies the item, or that it does not apply: the item needs
    /// a reading by hand. Shown, never hidden, so that silence is not taken for an answer.
    /// </summary>
    NotAssessed,
}

/// <summary>
/// What a rule states about a checklist item other than a finding: that the draft satisfies it (the provision and the
/// words that do) or that it does not apply (the reason, at the words that decide the scope). A rule inserts it with
/// <c>ctx.Satisfied(...)</c> or <c>ctx.NotApplicable(...)</c>, linked to its match, as a finding is.
/// </summary>
public sealed record Conclusion
{
    /// <summary>Creates a conclusion about <paramref name="itemId"/>.</summary>
    /// <exception cref="ArgumentException">A violation is a finding, not a conclusion; or the item id or the reason is empty.</exception>
    public Conclusion(string itemId, AssessmentOutcome outcome, string reason, Location location)
    {
        if (outcome is not (AssessmentOutcome.Satisfied or AssessmentOutcome.NotApplicable))
        {
            throw new ArgumentException($"A conclusion says Satisfied or NotApplicable; {outcome} is not one (a violation is reported as a finding).", nameof(outcome));
        }
        ArgumentException.ThrowIfNullOrWhiteSpace(itemId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ItemId = itemId;
        Outcome = outcome;
        Reason = reason;
        Location = location;
    }

    /// <summary>The checklist item (the id of the rule that reports its violations): "IIPA001".</summary>
    public string ItemId { get; init; }

    /// <summary><see cref="AssessmentOutcome.Satisfied"/> or <see cref="AssessmentOutcome.NotApplicable"/>.</summary>
    public AssessmentOutcome Outcome { get; init; }

    /// <summary>Why, in words: "§ 302(a) sets the term at life + 70 years" or "the draft is a regulation on networks only".</summary>
    public string Reason { get; init; }

    /// <summary>The words that satisfy the item, or that decide the scope; <see cref="Location.None"/> when nothing in the draft does (a configured scope).</summary>
    public Location Location { get; init; }
}
