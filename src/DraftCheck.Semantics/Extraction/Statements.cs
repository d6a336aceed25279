using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using DraftCheck.Model;
using DraftCheck.Syntax;
using DraftCheck.Text;

namespace DraftCheck.Semantics.Extraction;

/// <summary>
/// One legal sentence of a draft: a paragraph with the items and tail that complete it ("A person commits an offence if
/// he—", "(a) manufactures for sale or hire, or", ..., "any device, product or component which ..."). Safe-harbour
/// conditions, trafficking acts and exception lists are read a statement at a time, whatever the provision tree makes of
/// the items.
/// </summary>
internal sealed record Statement(Span Span, Provision Owner, bool IsHeading);

/// <summary>
/// The statements of a draft's body, in order, each owned by the first provision whose own words it covers: an extractor
/// reads a statement once, from its owner.
/// </summary>
internal sealed partial class Statements
{
    private static readonly ConditionalWeakTable<ProvisionTree, Statements> s_cache = [];

    private readonly Dictionary<ProvisionId, List<Statement>> _byOwner = [];
    private readonly Dictionary<Statement, StatementText> _texts = [];
    private readonly ProvisionTree _tree;

    private Statements(ProvisionTree tree)
    {
        _tree = tree;
        ImmutableArray<Provision> own = [.. tree.Provisions.Where(p => !p.TextSpan.IsNone && !p.TextSpan.IsEmpty)];
        var all = ImmutableArray.CreateBuilder<Statement>();
        foreach ((Span span, bool isHeading) in Partition(tree.Text))
        {
            Provision? owner = own.FirstOrDefault(p => p.TextSpan.OverlapsWith(span));
            if (owner is null) continue;
            var statement = new Statement(span, owner, isHeading);
            all.Add(statement);
            if (!_byOwner.TryGetValue(owner.Id, out List<Statement>? list)) _byOwner[owner.Id] = list = [];
            list.Add(statement);
        }
        All = all.ToImmutable();
    }

    /// <summary>Every statement with provision words, in document order.</summary>
    public ImmutableArray<Statement> All { get; }

    /// <summary>The statements of <paramref name="tree"/>, computed once per tree.</summary>
    public static Statements Of(ProvisionTree tree) => s_cache.GetValue(tree, t => new Statements(t));

    /// <summary>
    /// The words of <paramref name="statement"/>, one object for every extractor that reads it: the lines and clauses are
    /// cut once per draft, not once per extractor.
    /// </summary>
    public StatementText TextOf(Statement statement)
    {
        lock (_texts) // a tree may be read by two models at once (tests share trees)
        {
            if (!_texts.TryGetValue(statement, out StatementText? text)) _texts[statement] = text = new StatementText(_tree, statement.Span);
            return text;
        }
    }

    /// <summary>The statements <paramref name="provision"/> owns.</summary>
    public IReadOnlyList<Statement> OwnedBy(Provision provision) =>
        _byOwner.TryGetValue(provision.Id, out List<Statement>? list) ? list : [];

    private enum LineKind { None, Heading, Start, Number, LowerLetter, UpperLetter, Roman, ChineseItem }

    [GeneratedRegex(@"^(Article\s+\d+|Art\.\s*\d+|ARTICLE\s+\d+|§+\s*\d+|第[一二三四五六七八九十百零〇\d]+条|Chapter\s+[IVXLC\d]+|CHAPTER\s+[IVXLC\d]+|Part\s+[IVXLC\d]+|PART\s+[IVXLC\d]+|Section\s+\d+\b|第[一二三四五六七八九十]+[编章节])|^\d+[A-Z]+\.?\s+[A-Z]|^\d+\s+[A-Z][a-z]")]
    private static partial Regex StartLine();

    [GeneratedRegex(@"^(\(\d+\)|\d+\.\s|（\d+）)")]
    private static partial Regex NumberLabel();

    [GeneratedRegex(@"^\((i{1,3}|iv|v|vi{1,3}|ix|x|xi{1,3})\)")]
    private static partial Regex RomanLabel();

    [GeneratedRegex(@"^\([a-z]\)")]
    private static partial Regex LowerLabel();

    [GeneratedRegex(@"^\([A-Z]\)")]
    private static partial Regex UpperLabel();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]")]
    private static partial Regex ChineseItemLabel();

    // A lettered subsection with a heading, as the U.S. Code prints them: "(d) Information Location Tools.—".
    [GeneratedRegex(@"^\([a-z]{1,4}\)\s+[A-Z][^.—]{0,120}\.—")]
    private static partial Regex HeadedSubsection();

    private static LineKind Classify(string line, bool afterSentenceEnd)
    {
        if (StartLine().IsMatch(line) || HeadedSubsection().IsMatch(line)) return LineKind.Start;
        if (NumberLabel().IsMatch(line)) return LineKind.Number;
        if (RomanLabel().IsMatch(line)) return LineKind.Roman;
        if (LowerLabel().IsMatch(line)) return LineKind.LowerLetter;
        if (UpperLabel().IsMatch(line)) return LineKind.UpperLetter;
        if (ChineseItemLabel().IsMatch(line)) return LineKind.ChineseItem;
        // A short line without final punctuation after a finished sentence is a heading ("Scope", "Duration of copyright").
        bool unfinished = line.Length > 0 && !IsSentenceEnd(line[^1]) && line[^1] is not (';' or '；' or ',' or '，' or ':' or '：' or '—' or '-');
        return afterSentenceEnd && unfinished && line.Length <= 120 ? LineKind.Heading : LineKind.None;
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '。' or '!' or '?' or '！' or '？';

    private static bool OpensList(string line) => line.Length > 0 && line[^1] is '—' or ':' or '：' or '-' or '–';

    private static IEnumerable<(Span, bool)> Partition(TextLayer layer)
    {
        string text = layer.Text;
        int start = -1, end = -1;
        LineKind first = LineKind.None;
        bool open = false, headingOnly = false, afterSentenceEnd = true;
        foreach (TextParagraph paragraph in layer.ParagraphsOf(TextStory.Body))
        {
            int s = paragraph.Span.Start, e = paragraph.Span.End;
            while (s < e && (char.IsWhiteSpace(text[s]) || text[s] == '\u3000')) s++;
            while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] == '\u3000')) e--;
            if (s >= e) continue;
            string line = text[s..e];
            LineKind kind = Classify(line, afterSentenceEnd);

            bool continues = start >= 0 && !headingOnly && kind switch
            {
                LineKind.Start or LineKind.Heading => false,
                LineKind.None => !afterSentenceEnd,
                _ => kind != first && open,
            };
            if (continues)
            {
                end = e;
            }
            else
            {
                if (start >= 0) yield return (Span.FromBounds(start, end), headingOnly);
                start = s;
                end = e;
                first = kind == LineKind.Start ? LineKind.None : kind;
                open = false;
                // A heading, or a label standing alone ("第二十二条", "Article 1"), is a statement by itself.
                headingOnly = kind == LineKind.Heading || (kind == LineKind.Start && IsBareLabel(line));
            }
            open |= OpensList(line);
            afterSentenceEnd = IsSentenceEnd(line[^1]) || headingOnly;
        }
        if (start >= 0) yield return (Span.FromBounds(start, end), headingOnly);
    }

    [GeneratedRegex(@"^(Article\s+\d+|ARTICLE\s+\d+|第[一二三四五六七八九十百零〇\d]+条|Chapter\s+[IVXLC\d]+|CHAPTER\s+[IVXLC\d]+|Part\s+[IVXLC\d]+|PART\s+[IVXLC\d]+)$|^§|^第[一二三四五六七八九十]+[编章节]|^\d+[A-Z]*\.?\s+[A-Z][^.;:]*\.?$|^(Chapter|CHAPTER|Part|PART)\s")]
    private static partial Regex BareLabel();

    private static bool IsBareLabel(string line) => BareLabel().IsMatch(line) && line.Length <= 150;
}
