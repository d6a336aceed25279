// Shared wording of the iipa-2020 pack: where the report says it, and why a rule about something missing applies.
using System.Collections.Immutable;

namespace DraftCheck.Packs.Iipa2020;

internal static class Iipa
{
    public const string Report = "IIPA 2020 Special 301 Report, China";

    /// <summary>Why a rule about something missing applies: the scope's reason, and the delegation of the topic if any.</summary>
    public static string ScopeNote(DraftScope scope, ScopeTopic topic)
    {
        string origin = scope.Origin == ScopeOrigin.Configured ? "the configured scope" : "the draft's scope";
        string note = $"It applies because of {origin}: {scope.Reason}";
        Delegation? delegation = scope.DelegationOf(topic);
        if (delegation is not null && delegation.Kind == DelegationKind.ToAnotherInstrument)
        {
            note += $"; {delegation.Provision.Label} delegates part of the topic to another instrument (\"{delegation.Text}\")";
        }
        return note + ".";
    }

    /// <summary>Where part of a fact's words are, or the whole fact's when the part is missing.</summary>
    public static Location At(Fact fact, Span part) => part.IsNone || !fact.Span.Contains(part) ? fact.Location : fact.LocationOf(part);

    /// <summary>The topic each checklist item belongs to: an item whose topic the draft's scope does not cover does not apply.</summary>
    public static readonly ImmutableArray<(string Item, ScopeTopic Topic)> Topics =
    [
        ("IIPA001", ScopeTopic.Term), ("IIPA002", ScopeTopic.Term),
        ("IIPA010", ScopeTopic.Intermediaries), ("IIPA011", ScopeTopic.Intermediaries), ("IIPA012", ScopeTopic.Intermediaries),
        ("IIPA013", ScopeTopic.Intermediaries), ("IIPA014", ScopeTopic.Intermediaries), ("IIPA015", ScopeTopic.Intermediaries),
        ("IIPA016", ScopeTopic.Intermediaries),
        ("IIPA020", ScopeTopic.TechnologicalMeasures), ("IIPA021", ScopeTopic.TechnologicalMeasures), ("IIPA022", ScopeTopic.TechnologicalMeasures),
        ("IIPA023", ScopeTopic.TechnologicalMeasures), ("IIPA024", ScopeTopic.TechnologicalMeasures),
        ("IIPA030", ScopeTopic.MakingAvailable), ("IIPA031", ScopeTopic.MakingAvailable),
        ("IIPA040", ScopeTopic.Rights), ("IIPA041", ScopeTopic.RelatedRights),
        ("IIPA050", ScopeTopic.IntermediaryInjunctions), ("IIPA051", ScopeTopic.Damages), ("IIPA052", ScopeTopic.Damages),
        ("IIPA053", ScopeTopic.Evidence), ("IIPA054", ScopeTopic.Penalties),
        ("IIPA060", ScopeTopic.Exceptions), ("IIPA061", ScopeTopic.Exceptions),
        ("IIPA070", ScopeTopic.Criminal), ("IIPA071", ScopeTopic.CaseTransfer), ("IIPA080", ScopeTopic.CollectiveManagement),
    ];

    /// <summary>States, for each item whose topic <paramref name="scope"/> does not cover, that it does not apply and why.</summary>
    public static void StateItemsOutOfScope(IContext ctx, DraftScope scope)
    {
        string origin = scope.Origin == ScopeOrigin.Configured ? "the configured scope" : "the draft's scope";
        foreach ((string item, ScopeTopic topic) in Topics)
        {
            if (scope.Covers(topic)) continue;
            ctx.NotApplicable(item, scope.Location,
                $"out of scope: {origin} does not cover {ScopeTopics.Format(topic).Replace('-', ' ')} ({scope.Reason})");
        }
    }

    /// <summary>
    /// States that <paramref name="items"/> do not apply because the draft has nothing they judge (<paramref name="missing"/>:
    /// "no provision exempts intermediaries from liability"), pointing at the delegation of the topic when there is one,
    /// else at the words that decide the scope.
    /// </summary>
    public static void NothingToJudge(IContext ctx, DraftScope scope, ScopeTopic topic, string missing, params string[] items)
    {
        // An item out of scope is already not applicable for that reason, which comes first.
        if (!scope.Covers(topic)) return;
        Delegation? delegation = scope.DelegationOf(topic);
        string reason = $"nothing to judge: {missing}";
        Location at = scope.Location;
        if (delegation is not null)
        {
            reason += delegation.Kind == DelegationKind.ToAnotherInstrument
                ? $"; {delegation.Provision.Label} leaves the topic to another instrument (\"{delegation.Text}\")"
                : $"; {delegation.Provision.Label} leaves the topic to existing rules (\"{delegation.Text}\")";
            at = delegation.Location;
        }
        foreach (string item in items) ctx.NotApplicable(item, at, reason);
    }

    /// <summary>Part of a fact's words, exactly as in the draft.</summary>
    public static string Words(Fact fact, Span part) => fact.LocationOf(part).Quote;

    /// <summary>The activity of a safe harbour, in words.</summary>
    public static string Describe(HarbourKind kind) => kind switch
    {
        HarbourKind.Conduit => "mere-conduit (transmission)",
        HarbourKind.Caching => "caching",
        HarbourKind.Hosting => "hosting (storage)",
        _ => "linking and search",
    };

    /// <summary>Where a finding about something missing points: the anchor's words, or the title's.</summary>
    public static string Where(TopicAnchor anchor) =>
        anchor.IsTitle ? "The draft" : $"{anchor.Provision.Label} (\"{anchor.Text}\")";
}
