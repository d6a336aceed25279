using DraftCheck.Model;

namespace DraftCheck.Semantics.Extraction;

/// <summary>
/// Criminal enforcement: criminal sanctions (offences, generic references to criminal law, obligations to provide
/// sanctions) with their profit element and what they cover, and the transfer of administrative cases to criminal
/// authorities with its standard.
/// </summary>
internal sealed class EnforcementExtractor : StatementExtractor
{
    private static readonly Cues s_offence = Cues.Of(
        @"commits an offen[cs]e", @"guilty of an offen[cs]e", @"shall be (?:fined|imprisoned|punished)", @"imprisonment for a term", @"liable .{0,40}to imprisonment",
        @"punishable with imprisonment", @"fixed-term imprisonment", @"sentenced to",
        @"处.{0,12}有期徒刑", @"有期徒刑", @"拘役", @"并处或者单处罚金");

    private static readonly Cues s_generic = Cues.Of(
        @"构成犯罪的，依法追究刑事责任", @"依法追究刑事责任", @"criminal liability shall be (?:investigated|pursued|prosecuted|affixed)", @"where (?:a|the) crime is constituted",
        @"shall be prosecuted for criminal liability");

    private static readonly Cues s_obligation = Cues.Of(
        @"shall provide (?:for )?(?:appropriate|effective|adequate) sanctions", @"sanctions .{0,60}effective, proportionate and dissuasive");

    private static readonly Cues s_profit = Cues.Of(
        @"(?<!不)以营利为目的", @"for (?:the )?purposes? of (?:commercial advantage|private financial gain)", @"for the purpose of making profits?", @"for profit",
        @"with a view to (?:making )?(?:a )?(?:gain|profit)", @"intending to make a gain");

    private static readonly Cues s_infringement = Cues.Of(
        @"infring\w+", @"侵犯著作权", @"侵权行为", @"侵犯.{0,12}权利", @"复制发行", @"未经著作权人许可");

    private static readonly Cues s_transfer = Cues.Of(
        @"移送.{0,20}(?:公安|司法|检察)", @"向(?:公安|司法|检察)(?:机关)?.{0,6}移送", @"移送司法机关", @"transfer\w* .{0,80}(?:public security|judicial|criminal|police|prosecut\w+)",
        @"refer\w* .{0,60}(?:public security|police|prosecut\w+)");

    private static readonly (TransferStandard Standard, Cues Cues)[] s_standards =
    [
        (TransferStandard.ReasonableSuspicion, Cues.Of(@"reasonable suspicion", @"reasonabl[ey] suspect\w*", @"reasonable grounds to suspect", @"合理怀疑", @"有合理理由怀疑")),
        (TransferStandard.Suspicion, Cues.Of(@"suspected", @"suspicion", @"涉嫌")),
        (TransferStandard.Proof, Cues.Of(@"proof", @"proved", @"proven", @"证据确实", @"查证属实", @"证明")),
        (TransferStandard.ConstitutesCrime, Cues.Of(@"constitut\w* (?:a )?crime", @"constitutes? an offen[cs]e", @"构成犯罪")),
    ];

    private static bool EndsWithOr(string text, Span line) =>
        text.AsSpan(line.Start, line.Length).TrimEnd().EndsWith(" or", StringComparison.Ordinal)
        || text.AsSpan(line.Start, line.Length).TrimEnd().EndsWith("或者", StringComparison.Ordinal);

    protected override void Read(StatementText statement, ICollection<Fact> facts)
    {
        string text = statement.Text;
        Span all = statement.Trim(statement.Span);
        bool coversTpm = TechnologicalMeasureExtractor.Circumvention.IsIn(text, all) || TechnologicalMeasureExtractor.Measure.IsIn(text, all);
        bool coversInfringement = s_infringement.IsIn(text, all);

        Span transfer = s_transfer.Find(text, all);
        if (!transfer.IsNone)
        {
            Span sentence = statement.Trim(statement.SentenceAt(transfer.Start));
            (TransferStandard standard, Span standardWords) = Cues.FirstOf<TransferStandard>(s_standards, text, sentence);
            facts.Add(new CaseTransfer(statement.ProvisionAt(transfer), sentence, statement[sentence], standard, transfer) { StandardSpan = standardWords });
            return; // the crime a transfer provision names is its standard, not a sanction
        }

        (CriminalSanctionKind Kind, Span Words)? sanction =
            s_offence.Find(text, all) is { IsNone: false } offence ? (CriminalSanctionKind.Offence, offence)
            : s_generic.Find(text, all) is { IsNone: false } generic ? (CriminalSanctionKind.Generic, generic)
            : s_obligation.Find(text, all) is { IsNone: false } obligation ? (CriminalSanctionKind.ObligationToProvide, obligation)
            : null;
        if (sanction is not (CriminalSanctionKind kind, Span words)) return;

        Span profit = s_profit.Find(text, all);
        // "if the infringement was committed— (A) for purposes of commercial advantage ...; (B) by the reproduction ...; or
        // (C) ...": a profit purpose that is one of alternative items is not a required element.
        if (!profit.IsNone && !statement.LeadIn.Contains(profit) && statement.Items.Any(i => EndsWithOr(text, i))) profit = Span.None;
        facts.Add(new CriminalSanction(statement.ProvisionAt(words), all, statement[all], kind, words)
        {
            ProfitMotiveSpan = kind == CriminalSanctionKind.Offence ? profit : Span.None,
            CoversTechnologicalMeasures = coversTpm,
            CoversInfringement = coversInfringement,
        });
    }
}
