using DraftCheck.Model;

namespace DraftCheck.Semantics.Extraction;

/// <summary>
/// How the instrument relates to others and to collective management: delegations of a topic to another instrument
/// ("由国务院另行规定") or to existing rules ("shall leave intact"), and extended collective management.
/// </summary>
internal sealed class InstrumentExtractor : StatementExtractor
{
    private static readonly Cues s_toAnother = Cues.Of(
        @"由国务院另行规定", @"另行规定", @"shall be (?:formulated|provided for|prescribed|laid down|stipulated) separately by", @"shall be formulated by the State Council");

    private static readonly Cues s_leftIntact = Cues.Of(
        @"shall leave intact and shall in no way affect", @"shall leave intact", @"shall in no way affect existing", @"shall not affect existing .{0,40}provisions");

    private static readonly (ScopeTopic Topics, Cues Cues)[] s_subjects =
    [
        (ScopeTopic.MakingAvailable | ScopeTopic.Intermediaries | ScopeTopic.TechnologicalMeasures | ScopeTopic.IntermediaryInjunctions,
            Cues.Of(@"信息网络传播权", @"right of communication (?:to the public )?(?:through|over|via) (?:the )?information networks?")),
        (ScopeTopic.CollectiveManagement, Cues.Of(@"集体管理", @"collective (?:copyright )?(?:administration|management)")),
        (ScopeTopic.Term, Cues.Of(@"term of protection", @"保护期")),
        (ScopeTopic.RelatedRights, Cues.Of(@"rights related to copyright", @"related rights", @"与著作权有关的权利", @"邻接权")),
    ];

    private static readonly Cues s_collective = Cues.Of(@"集体管理组织", @"collective (?:copyright )?(?:administration|management|rights management) organi[sz]ations?", @"collecting societ(?:y|ies)");

    private static readonly Cues s_nonMembers = Cues.Of(
        @"extended collective", @"延伸性集体管理", @"on behalf of all (?:the )?(?:right ?holders|rights owners|copyright owners)", @"(?:right ?holders|copyright owners|rights owners) who (?:are not|have not become) (?:its )?members",
        @"right ?holders who have not authori[sz]ed (?:that|the) (?:collective management )?organi[sz]ation",
        @"non-members?", @"代表全体权利人", @"全体(?:权利人|著作权人)", @"非会员", @"未(?:加入|授权).{0,10}(?:集体管理组织|该组织)");

    protected override void Read(StatementText statement, ICollection<Fact> facts)
    {
        string text = statement.Text;
        Span all = statement.Trim(statement.Span);

        (DelegationKind Kind, Span Words)? delegation =
            s_leftIntact.Find(text, all) is { IsNone: false } intact ? (DelegationKind.LeftToExistingRules, intact)
            : s_toAnother.Find(text, all) is { IsNone: false } another ? (DelegationKind.ToAnotherInstrument, another)
            : null;
        if (delegation is (DelegationKind kind, Span words))
        {
            ScopeTopic topics = ScopeTopic.None;
            Span subject = Span.None;
            Span sentence = statement.WithoutLabel(kind == DelegationKind.LeftToExistingRules ? all : statement.SentenceAt(words.Start));
            foreach ((ScopeTopic topic, Cues cues) in s_subjects)
            {
                Span found = cues.Find(text, sentence);
                if (found.IsNone) continue;
                topics |= topic;
                if (subject.IsNone) subject = found;
            }
            if (topics != ScopeTopic.None)
            {
                facts.Add(new Delegation(statement.ProvisionAt(words), sentence, statement[sentence], kind, topics, subject));
            }
        }

        Span nonMembers = s_nonMembers.Find(text, all);
        if (!nonMembers.IsNone && s_collective.IsIn(text, all))
        {
            Span sentence = statement.WithoutLabel(statement.SentenceAt(nonMembers.Start));
            facts.Add(new ExtendedCollectiveManagement(statement.ProvisionAt(nonMembers), sentence, statement[sentence], nonMembers));
        }
    }
}
