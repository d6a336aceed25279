using DraftCheck.Model;
using DraftCheck.Syntax.Grammars;

namespace DraftCheck.Semantics.Extraction;

/// <summary>
/// Civil and administrative remedies: injunctions (against intermediaries or infringers), damages and their measures,
/// statutory damages ceilings with their currency, presumptions of ownership, and heavier penalties for repeat infringers.
/// </summary>
internal sealed class RemediesExtractor : StatementExtractor
{
    internal static readonly Cues PenaltyWords = Cues.Of(
        @"penalt(?:y|ies)", @"fined?", @"fines", @"imprison\w*", @"punish\w*", @"罚款", @"处罚", @"罚金", @"有期徒刑", @"拘役", @"从重");

    private static readonly Cues s_order = Cues.Of(
        @"injunctions?", @"injunctive relief", @"orders? restraining", @"terminate or prevent an infringement", @"block(?:ing)? access", @"禁令", @"责令停止有关行为",
        @"停止有关行为", @"行为保全", @"order(?:ing|s)? (?:the )?cessation");

    private static readonly Cues s_intermediary = Cues.Of(
        @"service providers?", @"intermediar(?:y|ies)", @"access providers?", @"internet service providers?", @"\bISPs?\b", @"网络服务提供者", @"网络接入服务提供者", @"平台经营者");

    private static readonly Cues s_damages = Cues.Of(@"赔偿", @"damages", @"compensat\w+");

    private static readonly (DamagesMeasure Measure, Cues Cues)[] s_measures =
    [
        (DamagesMeasure.ActualLoss, Cues.Of(@"实际损失", @"actual (?:losses|loss|damages)", @"losses suffered", @"loss (?:he|it|they) (?:has )?suffered")),
        (DamagesMeasure.InfringerProfits, Cues.Of(@"违法所得", @"profits of the infringer", @"infringer'?s? profits", @"unlawful gains", @"account of profits", @"权利使用费")),
        (DamagesMeasure.Statutory, Cues.Of(@"statutory damages", @"pre-?established damages", @"判决给予.{0,30}(?:以下|以上)", @"award compensation of not more than", @"法定赔偿")),
        (DamagesMeasure.Punitive, Cues.Of(@"惩罚性赔偿", @"[一二两三四五六七八九十\d]倍以上[一二两三四五六七八九十\d]倍以下", @"punitive damages", @"exemplary damages", @"treble damages",
            @"additional damages", @"(?:two|three|five|2|3|5) times (?:the|that)", @"multiple of", @"increase the award of statutory damages")),
    ];

    private static readonly Cues s_wilful = Cues.Of(@"故意", @"wil(?:l)?ful(?:ly)?", @"knowingly", @"flagran\w+");

    private static readonly Cues s_ceilingBefore = Cues.Of(
        @"not (?:be )?more than", @"or more than", @"up to", @"maximum of", @"not exceed(?:ing)?", @"no more than", @"a sum of not more than");

    private static readonly Cues s_fineWords = Cues.Of(@"罚款", @"罚金", @"fined?", @"fines");

    private static readonly Cues s_perWork = Cues.Of(@"(?:any|each) one work", @"per work", @"for each work", @"每件作品", @"每一作品");

    private static readonly Cues s_perAct = Cues.Of(@"per act", @"each violation", @"per infringement", @"each act", @"每次侵权", @"每一侵权行为");

    private static readonly Cues s_aggregate = Cues.Of(@"in (?:the )?aggregate", @"in total", @"for all works", @"总额", @"合计");

    private static readonly Cues s_tpm = Cues.Of(@"section 1201", @"circumvent\w*", @"technolog\w+ measures?", @"技术措施");

    private static readonly Cues s_presumption = Cues.Of(
        @"如无相反证明", @"有相反证明的除外", @"相反证明", @"in the absence of (?:evidence|proof) to the contrary", @"unless the contrary is proved", @"until the contrary is proved",
        @"unless (?:it is )?proved otherwise", @"unless otherwise proved", @"shall be presumed", @"presumed, until", @"prima facie evidence");

    private static readonly Cues s_namedOwner = Cues.Of(
        @"署名", @"name (?:is |was )?(?:mentioned|indicated|appears|appeared|purporting)", @"whose name", @"named as", @"(?:to be|is|be) the (?:author|owner|maker|right ?holder)",
        @"为作者", @"为著作权人", @"owner of the copyright");

    private static readonly Cues s_death = Cues.Of(@"death", @"dead", @"死亡");

    private static readonly Cues s_repeatPenalty = Cues.Of(
        @"subsequent offen[cs]es?", @"second or subsequent", @"repeat(?:ed)? offen\w+", @"repeat infringers?", @"recidiv\w+", @"previously (?:been )?convicted",
        @"多次侵权", @"再次侵权", @"累犯", @"两次以上", @"曾因.{0,20}受过.{0,10}(?:处罚|刑事)", @"多次实施");

    protected override void Read(StatementText statement, ICollection<Fact> facts)
    {
        ReadInjunctions(statement, facts);
        ReadDamages(statement, facts);
        ReadPresumption(statement, facts);
        ReadRepeatPenalty(statement, facts);
    }

    private static void ReadInjunctions(StatementText statement, ICollection<Fact> facts)
    {
        string text = statement.Text;
        foreach (Span order in s_order.FindAll(text, statement.Span))
        {
            Span sentence = statement.SentenceAt(order.Start);
            // "shall not be liable ... for injunctive or other equitable relief" limits an order; it does not allow one.
            if (IntermediaryExtractor.Exemption.IsIn(text, sentence)) continue;
            Span target = s_intermediary.Find(text, sentence);
            Span fact = statement.Trim(sentence);
            facts.Add(new InjunctionProvision(statement.ProvisionAt(order), fact, statement[fact],
                target.IsNone ? InjunctionTarget.Infringer : InjunctionTarget.Intermediary, order)
            {
                TargetSpan = target,
            });
            return;
        }
    }

    private static void ReadDamages(StatementText statement, ICollection<Fact> facts)
    {
        string text = statement.Text;
        Span all = statement.Trim(statement.Span);
        if (!s_damages.IsIn(text, all)) return;

        DamagesMeasure measures = DamagesMeasure.None;
        Span punitive = Span.None, first = Span.None;
        foreach ((DamagesMeasure measure, Cues cues) in s_measures)
        {
            Span words = cues.Find(text, all);
            if (words.IsNone) continue;
            measures |= measure;
            if (measure == DamagesMeasure.Punitive) punitive = words;
            if (first.IsNone || words.Start < first.Start) first = words;
        }
        if (measures != DamagesMeasure.None && !s_fineWords.IsIn(text, statement.SentenceAt(first.Start)))
        {
            facts.Add(new DamagesProvision(statement.ProvisionAt(first), all, statement[all], measures)
            {
                MeasureSpan = first,
                PunitiveSpan = punitive,
                WilfulSpan = punitive.IsNone ? Span.None : s_wilful.Find(text, statement.SentenceAt(punitive.Start)),
            });
        }

        foreach (MoneyAmount amount in Money.FindAll(text, all))
        {
            Span clause = statement.ClauseAt(amount.Span.Start);
            Span sentence = statement.SentenceAt(amount.Span.Start);
            // A ceiling of damages: "五十万元以下的赔偿", "or more than $30,000" in a damages clause, not a fine.
            bool isCeiling = (amount.Span.End < text.Length && text.AsSpan(amount.Span.End).StartsWith("以下", StringComparison.Ordinal))
                || !s_ceilingBefore.Find(text, Span.FromBounds(Math.Max(clause.Start, amount.Span.Start - 24), amount.Span.Start)).IsNone;
            if (!isCeiling || !s_damages.IsIn(text, clause) || s_fineWords.IsIn(text, clause)) continue;
            CeilingBasis basis = s_perWork.IsIn(text, sentence) ? CeilingBasis.PerWork
                : s_perAct.IsIn(text, sentence) ? CeilingBasis.PerInfringement
                : s_aggregate.IsIn(text, sentence) ? CeilingBasis.Aggregate
                : CeilingBasis.Unspecified;
            Span fact = statement.Trim(clause);
            facts.Add(new StatutoryDamagesCeiling(statement.ProvisionAt(amount.Span), fact, statement[fact], amount, basis,
                s_tpm.IsIn(text, sentence) ? CeilingSubject.TechnologicalMeasures : CeilingSubject.Infringement)
            {
                IsForWilfulInfringement = s_wilful.IsIn(text, sentence),
            });
        }
    }

    private static void ReadPresumption(StatementText statement, ICollection<Fact> facts)
    {
        string text = statement.Text;
        Span words = s_presumption.Find(text, statement.Span);
        if (words.IsNone) return;
        Span sentence = statement.Trim(statement.SentenceAt(words.Start));
        if (!s_namedOwner.IsIn(text, sentence) || s_death.IsIn(text, sentence)) return;
        facts.Add(new OwnershipPresumption(statement.ProvisionAt(words), sentence, statement[sentence]));
    }

    private static void ReadRepeatPenalty(StatementText statement, ICollection<Fact> facts)
    {
        string text = statement.Text;
        Span words = s_repeatPenalty.Find(text, statement.Span);
        if (words.IsNone) return;
        Span clause = statement.ClauseAt(words.Start);
        Span line = statement.LineAt(words.Start);
        if (!PenaltyWords.IsIn(text, clause) && !PenaltyWords.IsIn(text, line)) return;
        Span fact = statement.Trim(line);
        facts.Add(new RepeatInfringerPenalty(statement.ProvisionAt(words), fact, statement[fact]));
    }
}
