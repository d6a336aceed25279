using DraftCheck.Model;

namespace DraftCheck.Semantics.Extraction;

/// <summary>
/// Exceptions and limitations to copyright and related rights: lists of cases (and whether they end in a catch-all),
/// open-ended fair-use clauses, and the conditions of the three-step test. Exceptions to TPM protection are left out.
/// </summary>
internal sealed class ExceptionsExtractor : StatementExtractor
{
    private static readonly Cues s_lead = Cues.Of(
        @"可以不经(?:著作权人|权利人)?许可", @"may be used without (?:the )?(?:permission|authori[sz]ation)",
        @"without (?:the )?permission of (?:the )?(?:copyright owner|right ?holder)s?,? and without pay\w*", @"exceptions? (?:or|and) limitations?",
        @"(?:is|are|shall) not (?:be )?(?:an )?infringe\w* (?:of )?copyright", @"does not infringe copyright");

    private static readonly Cues s_fairUse = Cues.Of(@"fair use", @"fair dealing", @"合理使用");

    private static readonly Cues s_openEnded = Cues.Of(@"factors to be considered", @"such as", @"including", @"包括但不限于", @"等目的");

    private static readonly Cues s_catchAll = Cues.Of(
        @"其他情形", @"其他情况", @"法律、行政法规规定的其他", @"other cases", @"other circumstances", @"certain other cases of minor importance", @"any other (?:case|use|purpose)s?");

    private static readonly Cues s_normalExploitation = Cues.Of(
        @"conflict with (?:a |the )?normal exploitation", @"affect the normal (?:use|exploitation)", @"normal exploitation of the work",
        @"影响(?:该)?作品的正常使用", @"影响.{0,6}正常使用", @"与作品的正常(?:使用|利用)相冲突");

    private static readonly Cues s_legitimateInterests = Cues.Of(
        @"unreasonabl[ey] prejudice\w* (?:to )?the legitimate interests", @"不合理地损害.{0,12}合法(?:权益|利益)", @"不合理(?:地)?损害.{0,12}(?:合法)?(?:权益|利益)");

    protected override void Read(StatementText statement, ICollection<Fact> facts)
    {
        string text = statement.Text;
        Span all = statement.Trim(statement.Span);

        Span normal = s_normalExploitation.Find(text, all), interests = s_legitimateInterests.Find(text, all);
        if (!normal.IsNone || !interests.IsNone)
        {
            Span words = normal.IsNone ? interests : interests.IsNone ? normal : normal.Union(interests);
            Span sentence = statement.Trim(statement.SentenceAt(words.Start));
            Span fact = sentence.Union(words);
            facts.Add(new ThreeStepTest(statement.ProvisionAt(words), fact, statement[fact], normal, interests));
        }

        // Exceptions to the protection of technological measures are judged elsewhere, not as exceptions to copyright.
        if (TechnologicalMeasureExtractor.Circumvention.IsIn(text, all)) return;

        Span lead = s_lead.Find(text, statement.LeadIn);
        Span fairUse = s_fairUse.Find(text, all);
        List<Span> items = [.. statement.Items];
        // A fair-use clause is open-ended even where it lists the factors to consider.
        if (!fairUse.IsNone && (s_openEnded.IsIn(text, all) || !s_lead.Find(text, all).IsNone))
        {
            facts.Add(new ExceptionsProvision(statement.ProvisionAt(fairUse), all, statement[all], fairUse, 0, isOpenEnded: true));
        }
        else if (!lead.IsNone && items.Count >= 2)
        {
            Span last = items[^1];
            facts.Add(new ExceptionsProvision(statement.ProvisionAt(lead), all, statement[all], lead, items.Count, isOpenEnded: false)
            {
                CatchAllSpan = s_catchAll.Find(text, last),
            });
        }
    }
}
