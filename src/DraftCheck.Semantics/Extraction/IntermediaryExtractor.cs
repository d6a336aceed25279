using DraftCheck.Model;
using DraftCheck.Syntax.Grammars;

namespace DraftCheck.Semantics.Extraction;

/// <summary>
/// Online intermediaries: safe harbours and their conditions, takedown duties, stay-down duties, repeat-infringer
/// policies, restoration on counter-notice, and joint or secondary liability.
/// </summary>
internal sealed class IntermediaryExtractor : StatementExtractor
{
    internal static readonly Cues Exemption = Cues.Of(
        @"shall not be (?:held )?liable", @"is not liable", @"not be held liable", @"shall not bear (?:the )?(?:liability|responsibility)(?: for compensation)?",
        @"shall be exempt(?:ed)? from (?:the )?liability", @"不承担(?:赔偿|侵权)?责任", @"不负(?:赔偿)?责任", @"免(?:除|予)?承担(?:赔偿)?责任");

    internal static readonly Cues ServiceProvider = Cues.Of(
        @"service providers?", @"intermediar(?:y|ies)", @"information society service", @"platforms?", @"providers? of (?:the |a )?social networks?", @"网络服务提供者", @"服务提供者", @"平台经营者", @"平台");

    private static readonly (HarbourKind Kind, Cues Cues)[] s_activities =
    [
        (HarbourKind.Caching, Cues.Of(@"system caching", @"caching", @"intermediate and temporary storage", @"自动存储", @"提高网络传输效率", @"缓存")),
        (HarbourKind.LinkingSearch, Cues.Of(@"information location tools?", @"referring or linking users", @"search(?:ing)? (?:engines? )?or link(?:ing|s)?", @"linking services?", @"hyperlinks?", @"搜索或者链接", @"搜索、链接", @"链接服务")),
        (HarbourKind.Hosting, Cues.Of(@"information residing on systems or networks", @"storage at the direction of a user", @"storage of information provided by a recipient", @"information storage space", @"hosting", @"信息存储空间", @"存储空间")),
        (HarbourKind.Conduit, Cues.Of(@"transitory digital network communications?", @"mere conduit", @"transmission in a communication network", @"provision of access to a communication network", @"transmitting, routing, or providing connections", @"automatic access", @"network access services?", @"automatic transmission", @"自动接入", @"自动传输", @"网络接入服务")),
    ];

    internal static readonly Cues Neutrality = Cues.Of(
        @"without (?:any )?(?:modification|alteration|selection)", @"does not (?:select|modify|alter|initiate)", @"not (?:select|modify|alter|change)(?:ing)? (?:the|that|its)",
        @"automatic technical process", @"merely technical, automatic and passive", @"technical, automatic and passive", @"passive", @"neutral",
        @"no direct financial benefit", @"(?:does )?not receive a financial benefit directly attributable", @"no independent economic significance",
        @"未选择", @"未改变", @"不改变", @"未修改", @"未对.{0,20}进行(?:选择|修改|编辑)", @"未从.{0,40}直接获得经济利益", @"不直接获得经济利益", @"未直接获得经济利益",
        @"技术性、自动性(?:和|、)被动性", @"中立");

    private static readonly (KnowledgeStandard Standard, Cues Cues)[] s_knowledge =
    [
        (KnowledgeStandard.AwareOfFactsOrCircumstances, Cues.Of(@"aware of facts or circumstances", @"awareness of facts")),
        (KnowledgeStandard.ReasonableGrounds, Cues.Of(@"reasonable grounds? to (?:know|believe)", @"reason to (?:know|believe)", @"没有合理的理由应当知道", @"合理的?理由(?:应当)?知道")),
        (KnowledgeStandard.KnowsOrShouldKnow, Cues.Of(@"knows? or should (?:have )?know[n]?", @"knew or should have known", @"knows or ought to know", @"知道或者应当知道", @"明知或者应知", @"知道或应当知道")),
        (KnowledgeStandard.ActualKnowledge, Cues.Of(@"actual knowledge", @"has knowledge", @"obtaining (?:such )?knowledge", @"明知", @"知道")),
    ];

    internal static readonly Cues Notice = Cues.Of(
        @"upon (?:receipt of )?(?:a |the )?notif\w*", @"upon notice", @"after receiving (?:a |the )?(?:written )?notif\w*", @"notification of claimed infringement",
        @"upon receiv\w+ (?:a |the )?(?:\w+ ){0,3}notice", @"after receiving (?:a |the )?(?:written )?notice", @"notice from the right ?holder", @"receiving the complaint",
        @"接到(?:权利人的)?通知(?:书)?后", @"接到.{0,10}通知", @"收到.{0,10}通知");

    internal static readonly Cues Removal = Cues.Of(
        @"remove(?:s|d)?,? or disable(?:s)? access to", @"remov(?:e|es|ing|al of)", @"disabl(?:e|es|ing) access", @"delet(?:e|es|ing)", @"take(?:s)? down",
        @"disconnect(?:s|ing)?", @"necessary measures", @"删除", @"屏蔽", @"断开(?:与.{0,30})?链接", @"采取.{0,10}必要措施");

    // A duty, or liability for failing to act ("未及时采取必要措施的…承担连带责任").
    private static readonly Cues s_duty = Cues.Of(@"shall", @"must", @"is required to", @"act(?:s|ed)?", @"responds?", @"removes", @"blocks", @"fails? to (?:expeditiously )?(?:remove|take)",
        @"应当", @"应", @"必须", @"须", @"未(?:及时)?采取");

    private static readonly Cues s_wrongful = Cues.Of(@"错误删除", @"错误断开", @"by mistake", @"misidentification", @"good faith disabling");

    internal static readonly Cues Timing = Cues.Of(
        @"promptly", @"expeditiously", @"immediately", @"without (?:undue )?delay", @"in a timely manner", @"forthwith", @"as soon as possible",
        @"立即", @"及时", @"立刻", @"马上", @"迅速");

    private static readonly Cues s_within = Cues.Of(@"within", @"no later than", @"not later than", @"内", @"以内");

    private static readonly Cues s_deference = Cues.Of(
        @"根据本条例规定", @"依照本条例规定", @"按照本条例规定", @"根据本法规定", @"in accordance with (?:the provisions of )?(?:these Regulations|this Law|this Act|this section)");

    private static readonly Cues s_stayDown = Cues.Of(
        @"stays? down", @"prevent\w* .{0,60}from being (?:uploaded|made available|reposted) again", @"re-?upload\w*", @"prevent\w* (?:their |its )?(?:future|further) uploads?",
        @"filter\w*", @"防止.{0,30}再次(?:上传|出现|提供)", @"防止.{0,30}重复上传", @"再次上传", @"过滤");

    private static readonly Cues s_repeat = Cues.Of(
        @"repeat infringers?", @"repeated(?:ly)? infring\w*", @"blacklist\w*", @"反复侵权", @"多次侵权", @"重复侵权", @"黑名单");

    private static readonly Cues s_account = Cues.Of(
        @"terminat\w+", @"suspen\w+", @"accounts?", @"subscribers?", @"account holders?", @"终止", @"暂停", @"账号", @"账户", @"服务");

    private static readonly Cues s_restore = Cues.Of(
        @"replaces? the removed material", @"restor\w+", @"reinstat\w+", @"put (?:it )?back", @"ceases? disabling access", @"恢复", @"终止所采取的措施");

    private static readonly Cues s_counterNotice = Cues.Of(
        @"counter[- ]?notif\w*", @"counter[- ]?notices?", @"written explanation", @"书面说明", @"不存在侵权行为的声明", @"声明");

    private static readonly Cues s_unlessSuit = Cues.Of(
        @"unless .{0,240}(?:filed an action|court order|brought an action|commenced (?:an )?(?:action|proceedings)|complaint)",
        @"未收到.{0,30}(?:投诉|起诉|诉讼)");

    private static readonly Cues s_merits = Cues.Of(
        @"after (?:a |the )?(?:court|competent authority|administrative authority) (?:has )?(?:decided|found|determined|ruled)", @"final (?:judgment|decision) (?:that|finding)",
        @"人民法院.{0,10}(?:判决|裁定|认定).{0,10}(?:后|的)", @"经.{0,10}(?:人民法院|主管部门)(?:认定|确认)");

    private static readonly (SecondaryLiabilityKind Kind, Cues Cues)[] s_secondary =
    [
        (SecondaryLiabilityKind.JointLiability, Cues.Of(@"jointly and severally liable", @"joint and several liability", @"joint(?:ly)? liab\w+", @"joint tortfeasors?", @"contributory infringe\w*",
            @"承担连带责任", @"连带责任", @"共同侵权责任")),
        (SecondaryLiabilityKind.Authorisation, Cues.Of(@"to do and to authori[sz]e", @"or authori[sz]es another to do", @"authori[sz]es? (?:another|any other person) to (?:do|infringe|commit)")),
        (SecondaryLiabilityKind.Inducement, Cues.Of(@"induc\w+ .{0,60}infring\w*", @"aids? and abets?", @"abets?", @"instigat\w+", @"materially contribut\w+", @"knowingly and actively encourag\w+",
            @"教唆", @"帮助他人实施侵权", @"帮助.{0,10}侵权")),
        (SecondaryLiabilityKind.DirectPlatformLiability, Cues.Of(@"performs an act of communication to the public .{0,120}gives the public access")),
    ];

    protected override void Read(StatementText statement, ICollection<Fact> facts)
    {
        string text = statement.Text;
        Span all = statement.Span;

        Span exemption = Exemption.Find(text, all);
        SafeHarbour? harbour = null;
        if (!exemption.IsNone && ServiceProvider.IsIn(text, all) && HarbourKindOf(statement) is (HarbourKind kind, Span activity))
        {
            harbour = ReadHarbour(statement, kind, activity, exemption);
            facts.Add(harbour);
        }

        ReadTakedowns(statement, harbour, facts);

        Span stayDown = s_stayDown.Find(text, all);
        if (!stayDown.IsNone && (ServiceProvider.IsIn(text, all) || s_duty.IsIn(text, all)))
        {
            Span clause = statement.Trim(statement.ClauseAt(stayDown.Start));
            facts.Add(new StayDownDuty(statement.ProvisionAt(stayDown), clause, statement[clause]));
        }

        Span repeat = s_repeat.Find(text, all);
        if (!repeat.IsNone && s_account.IsIn(text, statement.SentenceAt(repeat.Start)) && !RemediesExtractor.PenaltyWords.IsIn(text, statement.SentenceAt(repeat.Start)))
        {
            Span clause = statement.Trim(statement.ClauseAt(repeat.Start));
            facts.Add(new RepeatInfringerPolicy(statement.ProvisionAt(repeat), clause, statement[clause]));
        }

        ReadRestoration(statement, facts);

        (SecondaryLiabilityKind liability, Span words) = Cues.FirstOf<SecondaryLiabilityKind>(s_secondary, text, all);
        if (!words.IsNone) facts.Add(new SecondaryLiability(statement.ProvisionAt(words), words, statement[words], liability));
    }

    private static (HarbourKind, Span)? HarbourKindOf(StatementText statement)
    {
        (HarbourKind kind, Span words) = Cues.FirstOf<HarbourKind>(s_activities, statement.Text, statement.Span);
        return words.IsNone ? null : (kind, words);
    }

    private static SafeHarbour ReadHarbour(StatementText statement, HarbourKind kind, Span activity, Span exemption)
    {
        string text = statement.Text;
        Span all = statement.Trim(statement.Span);
        (KnowledgeStandard knowledge, Span knowledgeWords) = Cues.FirstOf<KnowledgeStandard>(s_knowledge, text, all);
        return new SafeHarbour(statement.ProvisionAt(exemption), all, statement[all], kind, activity, exemption)
        {
            NeutralitySpan = Neutrality.Find(text, all),
            Knowledge = knowledge,
            KnowledgeSpan = knowledgeWords,
            NoticeSpan = Notice.Find(text, all),
        };
    }

    private static void ReadTakedowns(StatementText statement, SafeHarbour? harbour, ICollection<Fact> facts)
    {
        string text = statement.Text;
        // One duty per sentence: "应当采取删除…等必要措施；未采取必要措施的，与侵权人承担连带责任" states one duty.
        var seenSentences = new HashSet<Span>();
        foreach (Span removal in Removal.FindAll(text, statement.Span))
        {
            Span clause = statement.ClauseAt(removal.Start);
            Span sentence = statement.SentenceAt(removal.Start);
            if (clause.IsNone || seenSentences.Contains(sentence)) continue;
            if (s_wrongful.IsIn(text, sentence) || s_restore.IsIn(text, clause)) continue;
            // In a harbour, a removal is a condition when a notice, knowledge, a timing word or an act triggers it; elsewhere
            // it must be a duty of the provider.
            bool isDuty = harbour is not null
                ? Notice.IsIn(text, clause) || s_knowledge.Any(k => k.Cues.IsIn(text, clause)) || Timing.IsIn(text, clause) || s_duty.IsIn(text, clause)
                : s_duty.IsIn(text, clause) && (ServiceProvider.IsIn(text, sentence) || Notice.IsIn(text, sentence));
            if (!isDuty) continue;
            seenSentences.Add(sentence);

            TakedownTrigger trigger = Notice.IsIn(text, sentence) ? TakedownTrigger.Notice
                : s_knowledge.Any(k => k.Cues.IsIn(text, sentence)) ? TakedownTrigger.Knowledge
                : TakedownTrigger.Unspecified;
            (TakedownTiming timing, Span timingWords, TimePeriod? period) = TimingOf(statement, clause, sentence);
            Span fact = statement.Trim(clause);
            facts.Add(new TakedownDuty(statement.ProvisionAt(removal), fact, statement[fact], removal, trigger, timing)
            {
                TimingSpan = timingWords,
                Period = period,
                DeferenceSpan = s_deference.Find(text, clause),
            });
        }
    }

    internal static (TakedownTiming, Span, TimePeriod?) TimingOf(StatementText statement, Span clause, Span sentence)
    {
        string text = statement.Text;
        foreach (Span scope in new[] { clause, sentence })
        {
            foreach (TimePeriod period in Periods.FindAll(text, scope))
            {
                // "within three days", "24小时内": a period bounding the action, not any duration nearby.
                bool bounds = !s_within.Find(text, Span.FromBounds(Math.Max(scope.Start, period.Span.Start - 16), period.Span.Start)).IsNone
                    || (period.Span.End < text.Length && text[period.Span.End] is '内' or '以');
                if (bounds) return (TakedownTiming.FixedPeriod, period.Span, period);
            }
            Span word = Timing.Find(text, scope);
            if (!word.IsNone) return (TakedownTiming.Prompt, word, null);
        }
        return (TakedownTiming.None, Span.None, null);
    }

    private static void ReadRestoration(StatementText statement, ICollection<Fact> facts)
    {
        string text = statement.Text;
        Span action = s_restore.Find(text, statement.Span);
        if (action.IsNone) return;
        Span sentence = statement.SentenceAt(action.Start);
        // A request to restore ("要求恢复") is the uploader's; a restoration is what the provider must do.
        bool isDuty = s_duty.IsIn(text, Span.FromBounds(sentence.Start, action.End)) || Cues.Of(@"replaces?").IsIn(text, action);
        if (!isDuty || !ServiceProvider.IsIn(text, statement.Span) && !s_counterNotice.IsIn(text, statement.Span)) return;

        Span counterNotice = s_counterNotice.Find(text, sentence);
        Span unless = s_unlessSuit.Find(text, sentence);
        TimePeriod? waiting = Periods.FindAll(text, sentence).FirstOrDefault();
        if (counterNotice.IsNone && (unless.IsNone || waiting is null)) return;

        RestorationTrigger trigger = counterNotice.IsNone ? RestorationTrigger.WaitingPeriod : RestorationTrigger.CounterNotice;
        Span fact = statement.Trim(sentence);
        facts.Add(new Restoration(statement.ProvisionAt(action), fact, statement[fact], trigger, action,
            counterNotice.IsNone ? waiting!.Span : counterNotice)
        {
            WaitingPeriod = waiting,
            UnlessSuitSpan = unless,
            MeritsDecisionSpan = s_merits.Find(text, sentence),
        });
    }
}
