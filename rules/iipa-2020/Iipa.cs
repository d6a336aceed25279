// Shared wording of the iipa-2020 pack: where the report says it, and why a rule about something missing applies.
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
