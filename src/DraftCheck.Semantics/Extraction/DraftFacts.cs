using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using DraftCheck.Model;
using DraftCheck.Syntax;

namespace DraftCheck.Semantics.Extraction;

/// <summary>
/// Facts about the draft as a whole, derived once every provision has been read: links between facts (a criminal
/// provision naming the TPM section, a takedown condition handing its timing to the procedure), what the TPM provisions
/// cover together, the draft's scope, and the provision most closely related to each topic.
/// </summary>
internal static partial class DraftFacts
{
    public static void Complete(ProvisionTree tree, List<Fact> facts, DraftScope? configured)
    {
        LinkCriminalSanctionsToTpmSections(tree, facts);
        LinkTakedownProcedures(facts);

        var added = new List<Fact> { Coverage(tree, facts) };
        added.Add(configured ?? InferScope(tree, facts));
        added.AddRange(Anchors(tree, facts));
        facts.AddRange(added);
    }

    [GeneratedRegex(@"(?:sections?|§+|Articles?)\s*(\d+[A-Z]*)|第([一二三四五六七八九十百零〇]+)条")]
    private static partial Regex SectionReference();

    /// <summary>"Any person who violates section 1201 or 1202 willfully ...": a sanction reaching the TPM provisions by their number.</summary>
    private static void LinkCriminalSanctionsToTpmSections(ProvisionTree tree, List<Fact> facts)
    {
        ImmutableArray<Provision> articles = [.. tree.Provisions.Where(p => p.Kind == ProvisionKind.Article)];
        var tpmArticles = new HashSet<string>(StringComparer.Ordinal);
        foreach (Fact fact in facts.Where(f => f is TpmProhibition))
        {
            Provision? article = articles.FirstOrDefault(a => a.Span.Contains(fact.Span));
            if (article is not null) tpmArticles.Add(NumberOf(article));
        }
        if (tpmArticles.Count == 0) return;
        for (int i = 0; i < facts.Count; i++)
        {
            if (facts[i] is not CriminalSanction { CoversTechnologicalMeasures: false } sanction) continue;
            bool names = SectionReference().Matches(sanction.Text).Any(m =>
                tpmArticles.Contains(m.Groups[1].Success ? m.Groups[1].Value
                    : (Syntax.Grammars.Numerals.TryConvertChinese(m.Groups[2].Value) ?? -1).ToString(CultureInfo.InvariantCulture)));
            if (names) facts[i] = sanction with { CoversTechnologicalMeasures = true };
        }
    }

    private static string NumberOf(Provision article) =>
        long.TryParse(article.Number, NumberStyles.None, CultureInfo.InvariantCulture, out _) || article.Number.Length == 0
            ? article.Ordinal.ToString(CultureInfo.InvariantCulture)
            : Syntax.Grammars.Numerals.TryConvertChinese(article.Number) is long value ? value.ToString(CultureInfo.InvariantCulture) : article.Number;

    /// <summary>Numbers the takedown duties and points a duty "根据本条例规定" at the draft's first duty with a timing of its own.</summary>
    private static void LinkTakedownProcedures(List<Fact> facts)
    {
        // Ranked notice-and-takedown duties first, then the others, each in document order.
        List<TakedownDuty> ranked = [.. facts.OfType<TakedownDuty>().OrderBy(d => d.Trigger == TakedownTrigger.Notice ? 0 : 1).ThenBy(d => d.Span.Start)];
        for (int i = 0; i < facts.Count; i++)
        {
            if (facts[i] is TakedownDuty duty) facts[i] = duty with { Ordinal = ranked.IndexOf(duty) + 1 };
        }
        // The procedure is the notice-and-takedown duty ("接到权利人的通知书后，应当立即删除"), else any duty with a timing; the
        // duties are linked once numbered, so that a duty points at the very fact the session holds.
        List<TakedownDuty> timedDuties = [.. facts.OfType<TakedownDuty>().Where(d => d.Timing != TakedownTiming.None && !d.DefersToProcedure)];
        TakedownDuty? timed = timedDuties.FirstOrDefault(d => d.Trigger == TakedownTrigger.Notice) ?? timedDuties.FirstOrDefault();
        for (int i = 0; i < facts.Count; i++)
        {
            if (facts[i] is TakedownDuty { DefersToProcedure: true } duty && timed is not null) facts[i] = duty with { Procedure = timed };
        }
    }

    private static TpmCoverage Coverage(ProvisionTree tree, List<Fact> facts)
    {
        // Prohibitions stated as such come before those only implied by a sanction list ("有下列行为之一的…予以警告").
        List<TpmProhibition> prohibitions = [.. facts.OfType<TpmProhibition>().OrderBy(p => p.IsStatedAsSanction)];
        List<TpmDefinition> definitions = [.. facts.OfType<TpmDefinition>()];
        List<CriminalSanction> sanctions = [.. facts.OfType<CriminalSanction>()];
        TpmProhibition? first = prohibitions.FirstOrDefault(p => p.Act == TpmAct.Circumvention) ?? prohibitions.FirstOrDefault();
        Fact? anchor = (Fact?)first ?? definitions.FirstOrDefault();
        (ProvisionRef provision, Span span, string text) = anchor is null ? Title(tree) : (anchor.Provision, anchor.Span, anchor.Text);
        return new TpmCoverage(provision, span, text)
        {
            FirstProhibition = first,
            AccessDefinition = definitions.FirstOrDefault(d => d.CoversAccess),
            CopyOnlyDefinition = definitions.FirstOrDefault(d => !d.CoversAccess),
            FirstTrafficking = prohibitions.FirstOrDefault(p => p.Act == TpmAct.Trafficking),
            Acts = prohibitions.Where(p => p.Act == TpmAct.Trafficking).Aggregate(TraffickingActs.None, (a, p) => a | p.Acts),
            Tools = prohibitions.Where(p => p.Act == TpmAct.Trafficking).Aggregate(CircumventionTools.None, (a, p) => a | p.Tools),
            Offence = sanctions.FirstOrDefault(s => s.Kind == CriminalSanctionKind.Offence && s.CoversTechnologicalMeasures)
                ?? (prohibitions.FirstOrDefault(p => p.IsOffence) is { } offence ? OffenceOf(offence, sanctions) : null),
            GenericSanction = sanctions.FirstOrDefault(s => s.Kind == CriminalSanctionKind.Generic && s.CoversTechnologicalMeasures),
            SanctionsObligation = sanctions.FirstOrDefault(s => s.Kind == CriminalSanctionKind.ObligationToProvide),
        };
    }

    // A prohibition that is itself an offence ("A person commits an offence if he— ...") is its own criminal sanction.
    private static CriminalSanction? OffenceOf(TpmProhibition prohibition, List<CriminalSanction> sanctions) =>
        sanctions.FirstOrDefault(s => s.Kind == CriminalSanctionKind.Offence && s.Span.OverlapsWith(prohibition.Span));

    private static (ProvisionRef, Span, string) Title(ProvisionTree tree)
    {
        Provision? preamble = tree.Root.Children.FirstOrDefault(c => c.Kind == ProvisionKind.Preamble);
        if (preamble is not null && preamble.Heading.Length > 0)
        {
            var span = new Span(preamble.Span.Start, preamble.Heading.Length);
            return (preamble.Ref, span, tree.Text[span]);
        }
        Provision? firstWords = tree.Provisions.FirstOrDefault(p => !p.TextSpan.IsNone && !p.TextSpan.IsEmpty);
        return firstWords is null ? (ProvisionRef.Document, Span.None, string.Empty) : (firstWords.Ref, firstWords.TextSpan, tree.Text[firstWords.TextSpan]);
    }

    private static readonly Cues s_networkRegulationTitle = Cues.Of(
        @"信息网络传播权保护条例", @"regulations? (?:on|for) the protection of (?:the )?right (?:of|to) communication (?:to the public )?(?:through|via|over) (?:the )?information networks?");

    private static readonly Cues s_implementingTitle = Cues.Of(@"实施条例", @"implementing regulations?", @"regulations? for the implementation");

    private static readonly Cues s_copyrightLawTitle = Cues.Of(
        @"copyright (?:law|act)", @"copyright, designs and patents act", @"title 17\W+copyrights?", @"copyright ordinance", @"著作权法", @"版权法");

    private static readonly Cues s_partialTitle = Cues.Of(@"harmoni[sz]ation of certain aspects", @"certain aspects of", @"\bdirective\b");

    private static DraftScope InferScope(ProvisionTree tree, List<Fact> facts)
    {
        ImmutableArray<Delegation> delegations = [.. facts.OfType<Delegation>()];
        Provision? preamble = tree.Root.Children.FirstOrDefault(c => c.Kind == ProvisionKind.Preamble);
        Span titleSpan = TitleBlock(tree);
        string text = tree.Text.Text;
        ScopeTopic content = ContentTopics(facts) & ~delegations.Where(d => d.Kind == DelegationKind.LeftToExistingRules).Aggregate(ScopeTopic.None, (a, d) => a | d.Topics);

        DraftScope Make(Span words, ScopeKind kind, ScopeTopic topics, string reason)
        {
            ProvisionRef provision = preamble?.Ref ?? ProvisionRef.Document;
            return new DraftScope(provision, words, tree.Text[words], kind, topics, ScopeOrigin.Inferred, reason, delegations);
        }

        Span network = s_networkRegulationTitle.Find(text, titleSpan);
        if (!network.IsNone)
        {
            const ScopeTopic networkTopics = ScopeTopic.Intermediaries | ScopeTopic.TechnologicalMeasures | ScopeTopic.MakingAvailable | ScopeTopic.IntermediaryInjunctions;
            return Make(network, ScopeKind.NetworkRegulation, networkTopics,
                $"its title names regulations on the right of communication through information networks (\"{tree.Text[network]}\"), which cover intermediaries, TPMs, the making-available right and injunctions against intermediaries");
        }
        Span partial = s_partialTitle.Find(text, titleSpan);
        if (!partial.IsNone)
        {
            return Make(partial, ScopeKind.Partial, content,
                $"its title (\"{tree.Text[partial]}\") shows an instrument harmonising certain aspects, which covers only the topics its own provisions deal with");
        }
        Span implementing = s_implementingTitle.Find(text, titleSpan);
        Span copyright = s_copyrightLawTitle.Find(text, titleSpan);
        if (!copyright.IsNone && implementing.IsNone)
        {
            ImmutableArray<long> numbers = [.. tree.Provisions.Where(p => p.Kind == ProvisionKind.Article).Select(p => p.Ordinal)];
            if (numbers.IsEmpty)
            {
                return Make(copyright, ScopeKind.Partial, content,
                    $"its title names a copyright law (\"{tree.Text[copyright]}\") but no numbered articles were found, so it is taken as an extract covering only the topics its own provisions deal with");
            }
            bool complete = numbers[0] == 1 && numbers.Zip(numbers.Skip(1)).All(pair => pair.Second == pair.First + 1);
            if (!complete && numbers.Length == 1)
            {
                string label = tree.Provisions.First(p => p.Kind == ProvisionKind.Article).Label;
                return Make(copyright, ScopeKind.Partial, content,
                    $"its title names a copyright law (\"{tree.Text[copyright]}\") but it holds one numbered provision only ({label}), so it is an extract covering only the topics its own provisions deal with");
            }
            if (!complete)
            {
                return Make(copyright, ScopeKind.Partial, content,
                    $"its title names a copyright law (\"{tree.Text[copyright]}\") but its articles run from {numbers[0]} to {numbers[^1]} with gaps, so it is an extract covering only the topics its own provisions deal with");
            }
            return Make(copyright, ScopeKind.CopyrightLaw, ScopeTopic.All, $"its title names a copyright law (\"{tree.Text[copyright]}\"), which covers every topic");
        }
        Span words = !implementing.IsNone ? implementing : Title(tree).Item2;
        string reason = !implementing.IsNone
            ? $"its title names implementing regulations (\"{tree.Text[implementing]}\"), which cover only the topics their own provisions deal with"
            : "its title names neither a copyright law nor network regulations, so it is taken to cover only the topics its own provisions deal with";
        return Make(words, ScopeKind.Partial, content, reason);
    }

    /// <summary>
    /// The title block: the preamble and the crossheadings that follow it before the first provision with words of its
    /// own ("UNITED STATES CODE" / "Title 17—COPYRIGHTS"), or <see cref="Span.None"/> without a preamble.
    /// </summary>
    private static Span TitleBlock(ProvisionTree tree)
    {
        Provision? preamble = tree.Root.Children.FirstOrDefault(c => c.Kind == ProvisionKind.Preamble);
        if (preamble is null) return Span.None;
        Span block = preamble.Span;
        foreach (Provision next in tree.Root.Children.SkipWhile(c => c != preamble).Skip(1).TakeWhile(c => c.Kind == ProvisionKind.Crossheading))
        {
            block = Span.FromBounds(block.Start, next.Span.End);
        }
        return block;
    }

    private static ScopeTopic ContentTopics(List<Fact> facts)
    {
        ScopeTopic topics = ScopeTopic.None;
        foreach (Fact fact in facts)
        {
            topics |= fact switch
            {
                TermOfProtection => ScopeTopic.Term,
                SafeHarbour or TakedownDuty or StayDownDuty or RepeatInfringerPolicy or Restoration => ScopeTopic.Intermediaries,
                SecondaryLiability => ScopeTopic.Intermediaries,
                TpmDefinition or TpmProhibition => ScopeTopic.TechnologicalMeasures,
                MakingAvailableRight or LinkingRemedy => ScopeTopic.MakingAvailable,
                BroadcastRight => ScopeTopic.Rights,
                ProducerRight => ScopeTopic.RelatedRights,
                InjunctionProvision { Target: InjunctionTarget.Intermediary } => ScopeTopic.IntermediaryInjunctions,
                DamagesProvision or StatutoryDamagesCeiling => ScopeTopic.Damages,
                OwnershipPresumption => ScopeTopic.Evidence,
                RepeatInfringerPenalty => ScopeTopic.Penalties,
                CriminalSanction { Kind: not CriminalSanctionKind.ObligationToProvide } => ScopeTopic.Criminal | ScopeTopic.Penalties,
                ExceptionsProvision or ThreeStepTest => ScopeTopic.Exceptions,
                CaseTransfer => ScopeTopic.CaseTransfer,
                ExtendedCollectiveManagement => ScopeTopic.CollectiveManagement,
                _ => ScopeTopic.None,
            };
        }
        return topics;
    }

    private static readonly Cues s_authorship = Cues.Of(
        @"著作权属于作者", @"创作作品的公民是作者", @"copyright (?:in a work )?(?:shall )?(?:belongs?|vests?) (?:to|in) the author", @"the author of a work is the person");

    private static IEnumerable<TopicAnchor> Anchors(ProvisionTree tree, List<Fact> facts)
    {
        foreach (ScopeTopic topic in Enum.GetValues<ScopeTopic>().Where(t => t is not ScopeTopic.None and not ScopeTopic.All))
        {
            Fact? fact = topic switch
            {
                ScopeTopic.Term => First<TermOfProtection>(facts),
                ScopeTopic.Rights => First<BroadcastRight>(facts, b => b.CoversWork) ?? First<MakingAvailableRight>(facts),
                ScopeTopic.RelatedRights => First<ProducerRight>(facts),
                ScopeTopic.Intermediaries => First<SafeHarbour>(facts) ?? First<TakedownDuty>(facts) ?? First<Restoration>(facts)
                    ?? First<StayDownDuty>(facts) ?? First<RepeatInfringerPolicy>(facts),
                ScopeTopic.TechnologicalMeasures => First<TpmProhibition>(facts, p => p.Act == TpmAct.Circumvention) ?? First<TpmProhibition>(facts) ?? First<TpmDefinition>(facts),
                ScopeTopic.MakingAvailable => First<MakingAvailableRight>(facts) ?? First<LinkingRemedy>(facts),
                ScopeTopic.IntermediaryInjunctions => First<InjunctionProvision>(facts, i => i.Target == InjunctionTarget.Intermediary) ?? First<InjunctionProvision>(facts)
                    ?? First<SafeHarbour>(facts),
                ScopeTopic.Damages => First<DamagesProvision>(facts) ?? First<StatutoryDamagesCeiling>(facts),
                ScopeTopic.Evidence => First<OwnershipPresumption>(facts),
                ScopeTopic.Penalties => First<RepeatInfringerPenalty>(facts) ?? First<CriminalSanction>(facts, s => s.Kind != CriminalSanctionKind.ObligationToProvide),
                ScopeTopic.Exceptions => First<ExceptionsProvision>(facts) ?? First<ThreeStepTest>(facts),
                ScopeTopic.Criminal => First<CriminalSanction>(facts, s => s.Kind != CriminalSanctionKind.ObligationToProvide),
                ScopeTopic.CaseTransfer => First<CaseTransfer>(facts),
                ScopeTopic.CollectiveManagement => First<ExtendedCollectiveManagement>(facts) ?? First<Delegation>(facts, d => (d.Topics & ScopeTopic.CollectiveManagement) != 0),
                _ => null,
            };
            if (fact is not null)
            {
                Span decisive = Decisive(fact);
                yield return new TopicAnchor(fact.Provision, decisive, tree.Text[decisive], topic, isTitle: false) { Of = fact };
                continue;
            }
            if (topic == ScopeTopic.Evidence && AuthorshipProvision(tree) is Span authorship)
            {
                yield return new TopicAnchor(tree.ProvisionAt(authorship).Ref, authorship, tree.Text[authorship], topic, isTitle: false);
                continue;
            }
            (ProvisionRef provision, Span span, string text) = Title(tree);
            yield return new TopicAnchor(provision, span, text, topic, isTitle: true);
        }
    }

    private static Span? AuthorshipProvision(ProvisionTree tree)
    {
        foreach (Statement statement in Statements.Of(tree).All)
        {
            Span words = s_authorship.Find(tree.Text.Text, statement.Span);
            if (!words.IsNone) return words;
        }
        return null;
    }

    private static Fact? First<T>(List<Fact> facts, Func<T, bool>? where = null) where T : Fact =>
        facts.OfType<T>().Where(f => where is null || where(f)).MinBy(f => f.Span.Start);

    /// <summary>The words a finding about the topic should quote: the decisive part of the related fact.</summary>
    private static Span Decisive(Fact fact)
    {
        Span span = fact switch
        {
            SafeHarbour h => h.ExemptionSpan,
            TakedownDuty t => t.ActionSpan,
            Restoration r => r.ActionSpan,
            TpmProhibition p => p.ActSpan,
            TpmDefinition d => d.TermSpan,
            MakingAvailableRight m => m.WordingSpan,
            LinkingRemedy l => l.ServiceSpan,
            BroadcastRight b => b.RightSpan,
            InjunctionProvision i => i.OrderSpan,
            DamagesProvision d => d.MeasureSpan,
            CriminalSanction c => c.SanctionSpan,
            ExceptionsProvision e => e.LeadSpan,
            CaseTransfer c => c.TransferSpan,
            ExtendedCollectiveManagement e => e.NonMembersSpan,
            Delegation d => d.SubjectSpan,
            _ => fact.Span,
        };
        return span.IsNone || !fact.Span.Contains(span) ? fact.Span : span;
    }
}
