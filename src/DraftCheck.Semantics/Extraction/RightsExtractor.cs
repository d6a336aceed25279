using DraftCheck.Model;

namespace DraftCheck.Semantics.Extraction;

/// <summary>
/// Rights: the making-available (information network) right and how it is worded, remedies against linking, search,
/// aggregation and app services, broadcasting and communication rights with their means, and the rights of producers of
/// sound recordings.
/// </summary>
internal sealed class RightsExtractor : StatementExtractor
{
    private static readonly Cues s_makingAvailableRight = Cues.Of(
        @"信息网络传播权，即", @"信息网络传播权，是指", @"信息网络传播权是指", @"信息网络传播权", @"置于信息网络中",
        @"right of communication (?:to the public )?(?:through|over|via) (?:the )?information networks?", @"right of making available", @"making available right",
        @"exclusive right to authori[sz]e or prohibit (?:any communication to the public|the making available)", @"making available to the public of (?:their|his|its) works");

    private static readonly Cues s_rightWords = Cues.Of(@"\bright\b", @"权利", @"权，即", @"权，是指", @"权是指", @"提供行为");

    private static readonly Cues s_server = Cues.Of(
        @"(?:plac\w+|upload\w*|stor\w+|put\w*) .{0,40}(?:on|to|in) (?:a |the )?(?:network )?servers?", @"upload\w*", @"上传到(?:网络)?服务器", @"上传", @"置于.{0,12}服务器", @"存储(?:于|在).{0,12}服务器");

    private static readonly Cues s_treaty = Cues.Of(
        @"(?:at|from) a place and (?:at )?a time individually chosen", @"(?:time and place|place and time) individually chosen", @"individually chosen by them",
        @"个人选定的时间和地点", @"其选定的时间和地点", @"选定的时间和地点");

    private static readonly Cues s_regardless = Cues.Of(
        @"regardless of where .{0,60}(?:stored|hosted|located)", @"irrespective of (?:where|the location)", @"wherever .{0,40}(?:stored|hosted)",
        @"whether or not .{0,40}(?:stored|hosted) on", @"(?:无论|不论).{0,30}(?:存储|储存|服务器|何处)");

    private static readonly (LinkingService Service, Cues Cues)[] s_linking =
    [
        (LinkingService.Aggregation, Cues.Of(@"aggregat\w+", @"聚合")),
        (LinkingService.App, Cues.Of(@"apps?", @"applications? software", @"应用程序", @"应用软件", @"APP")),
        (LinkingService.Search, Cues.Of(@"information location tools?", @"search engines?", @"搜索")),
        (LinkingService.Linking, Cues.Of(@"hyperlinks?", @"link(?:s|ing)?", @"链接")),
    ];

    private static readonly Cues s_linkingRemedy = Cues.Of(
        @"liab\w+", @"infring\w+", @"remov\w+", @"disabl\w+ access", @"disconnect\w*", @"责任", @"删除", @"断开", @"侵权");

    private static readonly Cues s_broadcastRight = Cues.Of(
        @"广播权", @"(?:right of|right to) broadcast\w*", @"broadcasting right", @"communication to the public of (?:their|his|its) works", @"any communication to the public",
        @"communicat\w+ (?:the|a) work to the public", @"perform .{0,40}publicly by means of (?:a )?digital audio transmission", @"retransmi\w+", @"(?:以有线或者无线方式)?(?:公开)?转播(?:作品|其)?",
        @"以无线方式公开广播", @"the broadcasting of (?:their|his|its) works");

    private static readonly Cues s_grant = Cues.Of(
        @"exclusive rights?", @"shall have the right", @"right (?:of|to)", @"the rights? to", @"有权", @"享有", @"权，即", @"权，是指");

    private static readonly Cues s_makingAvailableOnly = Cues.Of(@"信息网络传播权", @"individually chosen", @"选定的时间和地点");

    private static readonly Cues s_broadcasterHolder = Cues.Of(
        @"broadcasting organi[sz]ations?,? (?:of|in respect of) (?:fixations of )?their broadcasts", @"广播电台、电视台有权", @"radio station or television station shall have the right",
        @"将其播放的广播、电视");

    private static readonly Cues s_wireOrWireless = Cues.Of(@"by wire or (?:by )?wireless(?: means)?", @"by wire or over the air", @"有线或者无线", @"有线或无线");

    private static readonly Cues s_anyMeans = Cues.Of(@"by any means", @"any device or process", @"by means of any", @"以任何方式", @"任何手段");

    private static readonly Cues s_networks = Cues.Of(
        @"information networks?", @"computer networks?", @"the internet", @"online", @"digital (?:audio )?transmission", @"信息网络", @"互联网", @"计算机网络");

    private static readonly Cues s_wireless = Cues.Of(@"wireless", @"over the air", @"无线");

    private static readonly Cues s_cable = Cues.Of(@"by wire", @"cable", @"rebroadcast\w*", @"retransmi\w+", @"有线传播或者转播", @"转播");

    private static readonly Cues s_producer = Cues.Of(
        @"producers? of sound recordings", @"phonogram producers?", @"producers? of (?:the )?phonograms", @"producer of (?:a |the )?sound recording", @"in the case of sound recordings",
        @"录音录像制作者", @"录音制作者");

    private static readonly Cues s_producerHolds = Cues.Of(
        @"录音录像制作者对其制作的录音录像制品，享有", @"录音制作者对其制作的录音制品，享有", @"(?:向|给予)录音(?:录像)?制作者支付报酬", @"录音(?:录像)?制作者(?:有权|享有)",
        @"for phonogram producers, (?:of|in respect of) their phonograms", @"(?:producers? of (?:sound recordings|phonograms)|phonogram producers?) .{0,160}(?:shall )?(?:have|enjoy) the (?:exclusive )?right",
        @"in the case of sound recordings", @"(?:pay|paid) .{0,40}remuneration to the producers?", @"remuneration .{0,40}paid .{0,60}to the producers?");

    private static readonly (RecordingUses Use, Cues Cues)[] s_uses =
    [
        (RecordingUses.MakingAvailable, Cues.Of(@"通过信息网络向公众传播", @"信息网络传播", @"making available", @"make available", @"communicate .{0,40}through information networks?")),
        (RecordingUses.Reproduction, Cues.Of(@"复制", @"reproduc\w+")),
        (RecordingUses.Distribution, Cues.Of(@"发行", @"distribut\w+")),
        (RecordingUses.Rental, Cues.Of(@"出租", @"rent\w*", @"rental", @"lend\w*")),
        (RecordingUses.Broadcasting, Cues.Of(@"播放", @"广播", @"(?<!信息网络向公众)公开传播", @"broadcast\w*", @"communication to the public(?! through information)")),
        (RecordingUses.PublicPerformance, Cues.Of(@"公开播送", @"公开表演", @"perform\w* .{0,40}public\w*", @"public performance", @"digital audio transmission")),
    ];

    private static readonly Cues s_remuneration = Cues.Of(@"报酬", @"remuneration");

    private static readonly Cues s_paidToProducer = Cues.Of(@"(?:向|给予)录音(?:录像)?制作者", @"to (?:the )?producers?", @"producers? .{0,30}(?:receive|obtain|获得)", @"并获得报酬");

    private static readonly Cues s_exclusive = Cues.Of(@"享有", @"exclusive rights?", @"有权", @"shall have the right", @"许可他人");

    protected override void Read(StatementText statement, ICollection<Fact> facts)
    {
        ReadMakingAvailable(statement, facts);
        ReadLinking(statement, facts);
        ReadBroadcasting(statement, facts);
        ReadProducers(statement, facts);
    }

    /// <summary>The lines of a list statement, each with the lead-in; a statement without items is read whole.</summary>
    private static IEnumerable<Span> Units(StatementText statement)
    {
        List<Span> items = [.. statement.Items];
        return items.Count == 0 ? [statement.Trim(statement.Span)] : items;
    }

    private static void ReadMakingAvailable(StatementText statement, ICollection<Fact> facts)
    {
        string text = statement.Text;
        // A list names the right in an item ("（十二）信息网络传播权，即…") or, for all the holders it lists, in its lead-in.
        List<Span> units = [.. Units(statement)];
        if (units.Count > 1 && !units.Any(u => s_makingAvailableRight.IsIn(text, u))) units = [statement.Trim(statement.LeadIn)];
        foreach (Span unit in units)
        {
            Span right = s_makingAvailableRight.Find(text, unit);
            if (right.IsNone || !s_rightWords.IsIn(text, unit)) continue;
            // A right is defined where it is named with its content: the treaty, server or regardless-of-storage words.
            (MakingAvailableWording wording, Span words) =
                s_regardless.Find(text, unit) is { IsNone: false } r ? (MakingAvailableWording.RegardlessOfStorage, r)
                : s_server.Find(text, unit) is { IsNone: false } s ? (MakingAvailableWording.ServerPrinciple, s)
                : s_treaty.Find(text, unit) is { IsNone: false } t ? (MakingAvailableWording.Treaty, t)
                : (MakingAvailableWording.Treaty, Span.None);
            if (words.IsNone) continue;
            Span fact = statement.Trim(unit);
            facts.Add(new MakingAvailableRight(statement.ProvisionAt(right), fact, statement[fact], wording, words));
        }
    }

    private static void ReadLinking(StatementText statement, ICollection<Fact> facts)
    {
        string text = statement.Text;
        Span all = statement.Trim(statement.Span);
        if (!s_linkingRemedy.IsIn(text, all)) return;
        foreach ((LinkingService service, Cues cues) in s_linking)
        {
            Span words = cues.Find(text, all);
            if (words.IsNone) continue;
            Span sentence = statement.Trim(statement.SentenceAt(words.Start));
            if (!s_linkingRemedy.IsIn(text, sentence)) continue;
            facts.Add(new LinkingRemedy(statement.ProvisionAt(words), sentence, statement[sentence], service, words));
            return;
        }
    }

    private static void ReadBroadcasting(StatementText statement, ICollection<Fact> facts)
    {
        string text = statement.Text;
        foreach (Span unit in Units(statement))
        {
            Span right = s_broadcastRight.Find(text, unit);
            if (right.IsNone || !s_grant.IsIn(text, statement.LeadIn.Union(unit))) continue;
            bool communication = Cues.Of(@"communication to the public").IsIn(text, unit);
            if (!communication && s_makingAvailableOnly.IsIn(text, unit)) continue;
            // Means are read in the unit and, for a list, in its lead-in ("by wire or wireless means" before the items).
            Span scope = unit.Start > statement.LeadIn.End ? statement.LeadIn.Union(unit) : unit;
            TransmissionMeans means = TransmissionMeans.None;
            Span meansWords = Span.None;
            Span wireOrWireless = s_wireOrWireless.Find(text, scope);
            if (!wireOrWireless.IsNone) { means |= TransmissionMeans.WireOrWireless; meansWords = meansWords.Union(wireOrWireless); }
            Span any = s_anyMeans.Find(text, unit);
            if (!any.IsNone) { means |= TransmissionMeans.AnyMeans; meansWords = meansWords.Union(any); }
            Span networks = s_networks.Find(text, unit);
            if (!networks.IsNone) { means |= TransmissionMeans.Networks; meansWords = meansWords.Union(networks); }
            Span wireless = s_wireless.FindAll(text, unit).FirstOrDefault(w => !w.OverlapsWith(wireOrWireless), Span.None);
            if (!wireless.IsNone) { means |= TransmissionMeans.Wireless; meansWords = meansWords.Union(wireless); }
            Span cable = s_cable.FindAll(text, unit).FirstOrDefault(w => !w.OverlapsWith(wireOrWireless), Span.None);
            if (!cable.IsNone) { means |= TransmissionMeans.CableRetransmissionOfBroadcast; meansWords = meansWords.Union(cable); }

            Span fact = statement.Trim(unit);
            facts.Add(new BroadcastRight(statement.ProvisionAt(right), fact, statement[fact], right, means)
            {
                MeansSpan = meansWords.IsNone ? Span.None : meansWords,
                CoversWork = !s_broadcasterHolder.IsIn(text, unit),
            });
        }
    }

    private static void ReadProducers(StatementText statement, ICollection<Fact> facts)
    {
        string text = statement.Text;
        Span all = statement.Trim(statement.Span);
        Span producer = s_producer.Find(text, all);
        if (producer.IsNone) return;
        Span holds = s_producerHolds.Find(text, all);
        if (holds.IsNone) return;
        // In a list, the uses are those of the lead-in and of the producer's own item ("for phonogram producers, of their
        // phonograms"), not of the other holders' items in between.
        Span item = statement.Items.FirstOrDefault(i => i.Contains(holds), Span.None);
        Span[] scopes = item.IsNone ? [all] : [statement.LeadIn, item];
        RecordingUses uses = RecordingUses.None;
        Span performance = Span.None;
        foreach ((RecordingUses use, Cues cues) in s_uses)
        {
            foreach (Span part in scopes)
            {
                Span words = cues.Find(text, part);
                if (words.IsNone) continue;
                // "通过信息网络向公众传播" is making available, not broadcasting.
                if (use == RecordingUses.Broadcasting && s_uses[0].Cues.FindAll(text, part).Any(m => m.Contains(words))) continue;
                uses |= use;
                if (use is RecordingUses.Broadcasting or RecordingUses.PublicPerformance && performance.IsNone) performance = words;
                break;
            }
        }
        bool remunerationRight = scopes.Any(p => s_remuneration.IsIn(text, p)) && !scopes.Any(p => s_exclusive.IsIn(text, p));
        RemunerationPayee payee = !scopes.Any(p => s_remuneration.IsIn(text, p)) ? RemunerationPayee.None
            : scopes.Any(p => s_paidToProducer.IsIn(text, p)) ? RemunerationPayee.Producer
            : RemunerationPayee.Other;
        Span fact = statement.WithoutLabel(statement.ClauseAt(holds.Start));
        facts.Add(new ProducerRight(statement.ProvisionAt(holds), fact, statement[fact], uses, remunerationRight ? uses : RecordingUses.None, payee)
        {
            PerformanceSpan = fact.Contains(performance) ? performance : Span.None,
        });
    }
}
