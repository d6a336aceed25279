using DraftCheck.Model;

namespace DraftCheck.Semantics.Extraction;

/// <summary>
/// Technological protection measures: definitions (access or copy control) and prohibitions of circumvention and of
/// trafficking in circumvention tools, with their acts, tools, link to infringement and who applied the measure.
/// </summary>
internal sealed class TechnologicalMeasureExtractor : StatementExtractor
{
    internal static readonly Cues Measure = Cues.Of(
        @"technological (?:protection )?measures?", @"technical (?:protection )?measures?", @"copyright protection systems?", @"技术措施");

    internal static readonly Cues Circumvention = Cues.Of(
        @"circumvent\w*", @"circumvention", @"避开", @"规避", @"破坏技术措施");

    private static readonly Cues s_definition = Cues.Of(
        @"[""“'‘]technolog\w+ (?:protection )?measures?[""”'’] (?:means|are|is|shall mean)", @"the (?:term|expression) [""“'‘]technolog\w+ (?:protection )?measures?[""”'’] means",
        @"technolog\w+ (?:protection )?measures? means", @"[""“'‘]effectively controls access to a work[""”'’] if", @"[""“'‘]effectively protects a right[""”'’]",
        @"(?:shall be deemed|are) [""“'‘]effective[""”'’] (?:where|if)", @"技术措施，是指", @"技术措施是指", @"所称(?:的)?技术措施");

    private static readonly Cues s_access = Cues.Of(
        @"controls? access", @"access controls?", @"unauthori[sz]ed access", @"gain access", @"浏览", @"欣赏", @"运行", @"访问", @"获取");

    private static readonly Cues s_copy = Cues.Of(
        @"copy control", @"cop(?:y|ying|ies)", @"reproduc\w+", @"protect\w* (?:a|the) (?:right|copyright work)", @"acts, in respect of works", @"restricted by copyright",
        @"复制", @"通过信息网络向公众提供");

    private static readonly Cues s_prohibition = Cues.Of(
        @"no person shall", @"no organi[sz]ation or individual shall", @"shall not", @"must not", @"commits an offen[cs]e", @"does anything which circumvents", @"legal protection against", @"remedies against the circumvention",
        @"prohibit\w*", @"unlawful", @"punishable",
        @"violat\w+", @"infring\w+", @"same rights against", @"liable", @"不得", @"禁止", @"侵权行为", @"民事责任", @"法律责任", @"予以警告", @"追究刑事责任");

    private static readonly Cues s_exception = Cues.Of(
        @"it is not a violation", @"is not a violation", @"may circumvent", @"does not apply", @"shall not apply", @"notwithstanding the provisions", @"可以避开");

    private static readonly Cues s_infringementNexus = Cues.Of(
        @"for the purpose of infring\w+", @"in order to infringe", @"thereby infring\w+", @"where such (?:act|circumvention) infringes", @"(?:and|which) (?:thereby )?infringes copyright",
        @"with (?:the )?intention of infring\w+(?: such rights)?", @"(?:be )?used to infringe",
        @"以侵犯.{0,10}为目的", @"以侵权为目的", @"为侵犯著作权", @"从而侵犯");

    private static readonly Cues s_appliedByRightHolder = Cues.Of(
        @"(?:taken|applied|adopted|employed|used) by (?:the )?(?:right ?holders?|copyright owners?|owners? of (?:the )?copyright|authors)(?: for (?:his|her|its|their) works)?",
        @"权利人为其作品.{0,30}采取的", @"权利人采取的", @"著作权人采取的");

    private static readonly Cues s_offence = Cues.Of(
        @"commits an offen[cs]e", @"guilty of an offen[cs]e", @"shall be fined", @"imprison\w+", @"有期徒刑", @"拘役", @"罚金");

    private static readonly Cues s_obligation = Cues.Of(@"Member States shall provide", @"shall provide (?:adequate|effective) legal protection");

    private static readonly (TraffickingActs Act, Cues Cues)[] s_acts =
    [
        (TraffickingActs.Manufacture, Cues.Of(@"manufactur\w*", @"make", @"makes", @"making", @"制造", @"生产")),
        (TraffickingActs.Import, Cues.Of(@"import\w*", @"进口")),
        (TraffickingActs.Export, Cues.Of(@"export\w*", @"出口")),
        (TraffickingActs.Distribute, Cues.Of(@"distribut\w*", @"发行")),
        (TraffickingActs.Sell, Cues.Of(@"sells?", @"sale", @"selling", @"lets? for hire", @"rental", @"出售", @"销售", @"出租")),
        (TraffickingActs.Provide, Cues.Of(@"provid\w*", @"provision of", @"offer\w* to the public", @"offers?", @"提供")),
        (TraffickingActs.Advertise, Cues.Of(@"advertis\w*", @"promot\w*", @"market(?:s|ed|ing)?", @"宣传", @"推销")),
        (TraffickingActs.Possess, Cues.Of(@"possess\w*", @"持有")),
        (TraffickingActs.OtherwiseTraffic, Cues.Of(@"otherwise traffic\w*", @"traffic(?:s|king)? in", @"以其他方式.{0,6}(?:提供|交易)")),
    ];

    private static readonly (CircumventionTools Tool, Cues Cues)[] s_tools =
    [
        (CircumventionTools.Devices, Cues.Of(@"devices?", @"products?", @"technolog(?:y|ies)(?! measure)", @"装置", @"设备", @"产品", @"技术(?!措施|服务|安排)")),
        (CircumventionTools.Components, Cues.Of(@"components?", @"parts? thereof", @"部件")),
        (CircumventionTools.Services, Cues.Of(@"services?", @"技术服务")),
    ];

    protected override void Read(StatementText statement, ICollection<Fact> facts)
    {
        string text = statement.Text;
        Span all = statement.Trim(statement.Span);
        Span defined = s_definition.Find(text, all);
        if (defined.IsNone && !Measure.IsIn(text, all) && !Circumvention.IsIn(text, all)) return;

        if (!defined.IsNone)
        {
            Span sentence = statement.Trim(statement.SentenceAt(defined.Start));
            Span access = s_access.Find(text, sentence), copy = s_copy.Find(text, sentence);
            MeasureControls controls = (access.IsNone ? MeasureControls.None : MeasureControls.Access) | (copy.IsNone ? MeasureControls.None : MeasureControls.Copying);
            facts.Add(new TpmDefinition(statement.ProvisionAt(defined), sentence, statement[sentence], defined, controls)
            {
                AccessSpan = access,
                CopySpan = copy,
            });
        }

        Span circumvention = Circumvention.Find(text, all);
        if (circumvention.IsNone || !s_prohibition.IsIn(text, all)) return;
        Span exception = s_exception.Find(text, all);
        // An exception to the prohibition ("可以避开技术措施，但不得向他人提供…") is not a prohibition, even where it restricts the exception.
        if (!exception.IsNone && exception.Start <= circumvention.Start) return;

        bool isOffence = s_offence.IsIn(text, all);
        bool isSanction = !s_explicit.IsIn(text, all);
        bool isObligation = s_obligation.IsIn(text, all);
        Span appliedBy = s_appliedByRightHolder.Find(text, all);
        Span nexus = s_infringementNexus.Find(text, all);

        // One statement prohibiting both ("for the purpose of infringing ..., circumvent ... or manufacture ...") states its
        // link to infringement once: on the circumvention prohibition when there is one.
        Span act = CircumventionAct(statement, all);
        Span circumventionSpan = act.IsNone ? Span.None : statement.Trim(statement.LineAt(act.Start)).Union(act);
        bool nexusOnCircumvention = !act.IsNone && !nexus.IsNone && circumventionSpan.Contains(nexus);

        (TraffickingActs acts, Span actsWords) = ActsIn(statement, all);
        CircumventionTools tools = ToolsIn(statement, all);
        bool isTrafficking = acts != TraffickingActs.None && tools != CircumventionTools.None;
        if (isTrafficking)
        {
            Span span = statement.Trim(statement.SentenceAt(actsWords.Start));
            facts.Add(new TpmProhibition(statement.ProvisionAt(actsWords), span, statement[span], TpmAct.Trafficking, actsWords)
            {
                Acts = acts,
                ActsSpan = actsWords,
                Tools = tools,
                InfringementNexusSpan = nexusOnCircumvention ? Span.None : nexus,
                AppliedByRightHolderSpan = appliedBy,
                IsOffence = isOffence,
                IsObligationToProtect = isObligation,
                IsStatedAsSanction = isSanction,
            });
        }

        // A circumvention prohibition: the circumvention words outside the description of the tools ("primarily designed
        // ... for the purpose of circumventing" describes a device, it does not prohibit circumvention).
        if (act.IsNone) return;
        facts.Add(new TpmProhibition(statement.ProvisionAt(act), circumventionSpan, statement[circumventionSpan], TpmAct.Circumvention, act)
        {
            InfringementNexusSpan = nexus.IsNone || !circumventionSpan.Contains(nexus) ? Span.None : nexus,
            AppliedByRightHolderSpan = appliedBy.IsNone || !circumventionSpan.Contains(appliedBy) ? Span.None : appliedBy,
            IsOffence = isOffence,
            IsObligationToProtect = isObligation,
            IsStatedAsSanction = isSanction,
        });
    }

    private static readonly Cues s_explicit = Cues.Of(
        @"no person shall", @"no organi[sz]ation or individual shall", @"shall not", @"must not", @"不得", @"禁止", @"commits an offen[cs]e", @"legal protection against", @"remedies against the circumvention",
        @"does anything which circumvents", @"prohibit\w*", @"punishable");

    private static readonly Cues s_circumventionAct = Cues.Of(
        @"no person shall circumvent", @"shall not circumvent", @"circumvent(?:s|ing)? (?:or sabotag\w+ )?(?:(?:a|an|the|any|those|such) )?(?:effective )?technolog\w+ measures?",
        @"does anything which circumvents", @"protection against the circumvention of", @"circumvention of (?:any )?effective technolog\w+ measures?",
        @"circumventing or sabotaging", @"故意避开或者破坏", @"避开或者破坏(?:权利人|技术措施)", @"规避技术措施");

    private static readonly Cues s_toolPurpose = Cues.Of(
        @"(?:designed|produced|adapted|performed|marketed|promoted|advertised|used).{0,120}?(?:for the purpose of|for use in|to enable|enabling).{0,40}?circumvent\w*",
        @"purpose or use other than to circumvent", @"circumvention devices?", @"(?:mainly|primarily) used for circumvent\w*", @"the purpose of which is to (?:enable|facilitate)", @"(?:enabl\w+|facilitat\w+) (?:or facilitat\w+ )?the circumvention", @"主要用于避开", @"用于避开", @"以避开或者破坏技术措施为目的", @"为他人避开");

    private static Span CircumventionAct(StatementText statement, Span all)
    {
        foreach (Span candidate in s_circumventionAct.FindAll(statement.Text, all))
        {
            Span line = statement.LineAt(candidate.Start);
            bool describesTool = s_toolPurpose.FindAll(statement.Text, line).Any(p => p.OverlapsWith(candidate));
            if (!describesTool) return candidate;
        }
        return Span.None;
    }

    private static (TraffickingActs, Span) ActsIn(StatementText statement, Span all)
    {
        string text = statement.Text;
        // The acts apply to the tools: read them in the sentence that names a tool for circumvention.
        Span purpose = s_toolPurpose.Find(text, all);
        if (purpose.IsNone) return (TraffickingActs.None, Span.None);
        // Acts named on a tool's own line ("（一）故意制造、进口…主要用于避开…的装置") are its acts, the line naming most of them;
        // otherwise the acts are in the lead-in or items of the sentence ("A person commits an offence if he— (a) manufactures ...").
        int ActsOn(Span line) => s_acts.Count(a => a.Cues.FindAll(text, line).Any(f => !s_toolPurpose.FindAll(text, line).Any(p => p.Contains(f))));
        Span purposeLine = s_toolPurpose.FindAll(text, all).Select(p => statement.LineAt(p.Start)).Distinct()
            .OrderByDescending(ActsOn).First();
        Span sentence = ActsOn(purposeLine) > 0 ? purposeLine : statement.SentenceAt(purpose.Start);
        TraffickingActs acts = TraffickingActs.None;
        Span words = Span.None, firstLine = Span.None;
        foreach ((TraffickingActs act, Cues cues) in s_acts)
        {
            foreach (Span found in cues.FindAll(text, sentence))
            {
                // "provides" inside "technical services provided for circumvention" is still providing; the tool's own
                // description ("produced", "designed") is not an act.
                if (s_toolPurpose.FindAll(text, sentence).Any(p => p.Contains(found))
                    || s_obligation.FindAll(text, sentence).Any(o => o.Contains(found))) continue;
                acts |= act;
                if (firstLine.IsNone || found.Start < firstLine.Start) firstLine = statement.LineAt(found.Start);
                break;
            }
        }
        // The quoted words are the list of acts that starts with the first act named ("manufacture, import, offer to the
        // public, provide, or otherwise traffic in"): acts separated by a few characters of punctuation or conjunction.
        List<Span> named = [.. s_acts.SelectMany(a => a.Cues.FindAll(text, firstLine))
            .Where(f => sentence.Contains(f) && !s_toolPurpose.FindAll(text, sentence).Any(p => p.Contains(f))
                && !s_obligation.FindAll(text, sentence).Any(o => o.Contains(f)))
            .OrderBy(f => f.Start)];
        foreach (Span act in named)
        {
            if (!words.IsNone && act.Start - words.End > 12) break;
            words = words.Union(act);
        }
        return (acts, words);
    }

    private static CircumventionTools ToolsIn(StatementText statement, Span all)
    {
        Span purpose = s_toolPurpose.Find(statement.Text, all);
        if (purpose.IsNone) return CircumventionTools.None;
        Span sentence = statement.SentenceAt(purpose.Start);
        CircumventionTools tools = CircumventionTools.None;
        foreach ((CircumventionTools tool, Cues cues) in s_tools)
        {
            if (cues.IsIn(statement.Text, sentence)) tools |= tool;
        }
        return tools;
    }
}
