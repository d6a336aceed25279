using System.Collections.Immutable;
using System.Globalization;
using DraftCheck.Model;
using DraftCheck.Syntax.Grammars;
using DraftCheck.Text;
using Sprache;

namespace DraftCheck.Syntax;

/// <summary>
/// Builds the provision tree from a text layer's body paragraphs: title and preamble, divisions (part, chapter,
/// section; 编, 章, 节), crossheadings, articles (Article N, § N, Section N, "12 Duration of...", 第N条), and the levels
/// below them. Labels rendered by Word's automatic numbering sit at the start of the paragraph text, so they are read like
/// typed ones.
/// </summary>
/// <remarks>
/// <para>The draft's article form (the most specific one it uses) gives its <see cref="DraftingConvention"/>, and the
/// convention gives each label style its level: "(1)" is a subsection in the UK, a paragraph in the US and an item in
/// China. A label is placed under the nearest open provision of a higher level, so a missing level (§ 106(1) directly
/// under the section) does no harm. "(i)" is a letter after "(h)" and a Roman numeral otherwise.</para>
/// <para>Lines without a label inside an article are, in this order: a new paragraph counted by position (Chinese law,
/// and English articles without numbered paragraphs); the closing words of the list they follow (lower-case start, or
/// after a list: "subject as follows."), placed by indentation where the draft has it, else under the provision the next
/// label closes; a definition ("“Marrakesh work” means..."); or a further subparagraph of a numbered paragraph (EU).</para>
/// </remarks>
public static class StructureBuilder
{
    /// <summary>Builds the tree of <paramref name="text"/>.</summary>
    public static ProvisionTree Build(TextLayer text)
    {
        ImmutableArray<Line> lines = ReadLines(text);
        (ArticleForm? form, DraftingConvention convention, DraftLanguage language) = Detect(text.Text, lines);
        return new TreeBuilder(text, lines, form, convention, language).Build();
    }

    /// <summary>One non-empty body paragraph: its words without surrounding space, and its indentation.</summary>
    private readonly record struct Line(int Start, int End, int Indent);

    private static ImmutableArray<Line> ReadLines(TextLayer text)
    {
        string all = text.Text;
        var lines = ImmutableArray.CreateBuilder<Line>();
        foreach (TextParagraph paragraph in text.ParagraphsOf(TextStory.Body))
        {
            int start = SkipSpace(all, paragraph.Span.Start, paragraph.Span.End);
            int end = TrimEnd(all, start, paragraph.Span.End);
            if (start < end) lines.Add(new Line(start, end, start - paragraph.Span.Start));
        }
        return lines.ToImmutable();
    }

    private static (ArticleForm?, DraftingConvention, DraftLanguage) Detect(string text, ImmutableArray<Line> lines)
    {
        var counts = new Dictionary<ArticleForm, int>();
        foreach (ArticleForm form in Enum.GetValues<ArticleForm>())
        {
            counts[form] = lines.Count(l => TryLabel(Labels.ArticleOf(form), ProvisionKind.Article, text, l, out _));
        }
        ArticleForm? chosen =
            counts[ArticleForm.Chinese] > 0 && counts[ArticleForm.Chinese] >= counts[ArticleForm.Article] ? ArticleForm.Chinese
            : counts[ArticleForm.Article] > 0 ? ArticleForm.Article
            : counts[ArticleForm.SectionSign] > 0 ? ArticleForm.SectionSign
            : counts[ArticleForm.SectionWord] > 0 ? ArticleForm.SectionWord
            : counts[ArticleForm.Numbered] > 0 ? ArticleForm.Numbered
            : null;

        switch (chosen)
        {
            case ArticleForm.Chinese:
                return (chosen, DraftingConvention.Prc, DraftLanguage.Chinese);
            case ArticleForm.Article:
                // Numbered paragraphs ("1. This Directive concerns...") are the EU's; English renderings of Chinese law count them by position.
                bool numberedParagraphs = lines.Any(l => !TryLabel(Labels.EnglishArticle, ProvisionKind.Article, text, l, out _)
                    && TryList(text, l, out ListLabel? list) && list!.Enclosure == LabelEnclosure.Dot);
                return (chosen, numberedParagraphs ? DraftingConvention.Eu : DraftingConvention.Prc, DraftLanguage.English);
            case ArticleForm.SectionSign:
                return (chosen, DraftingConvention.Us, DraftLanguage.English);
            case ArticleForm.SectionWord:
                // "Section 2 ... (a)" is the US layout; "Section 2 ... (1)" the Commonwealth one.
                ListLabel? first = lines.Select(l => TryList(text, l, out ListLabel? label) ? label : null).FirstOrDefault(l => l is not null);
                bool us = first is { Enclosure: LabelEnclosure.Parentheses, Number.Style: NumberStyle.LowerLetter };
                return (chosen, us ? DraftingConvention.Us : DraftingConvention.Uk, DraftLanguage.English);
            case ArticleForm.Numbered:
                return (chosen, DraftingConvention.Uk, DraftLanguage.English);
            default:
                int chinese = text.Count(c => c >= '\u4E00' && c <= '\u9FFF');
                int latin = text.Count(char.IsAsciiLetter);
                return chinese > latin ? (null, DraftingConvention.Prc, DraftLanguage.Chinese) : (null, DraftingConvention.Eu, DraftLanguage.English);
        }
    }

    /// <summary>
    /// Whether a label of <paramref name="kind"/> can start here: "第" and the right unit after the number (条, 章, 节,
    /// 编), or the right English word, "§", or a digit for a numbered section. The grammars are tried only then: a failed
    /// Sprache parse costs far more than this look.
    /// </summary>
    private static bool MayStartLabel(ProvisionKind kind, string text, int start, int end)
    {
        char c = text[start];
        if (c == '第')
        {
            int unit = start + 1;
            while (unit < end && (char.IsDigit(text[unit]) || "零〇一二两三四五六七八九十百千".Contains(text[unit]))) unit++;
            return unit < end && text[unit] == kind switch
            {
                ProvisionKind.Part => '编',
                ProvisionKind.Chapter => '章',
                ProvisionKind.Section => '节',
                _ => '条',
            };
        }
        ReadOnlySpan<char> rest = text.AsSpan(start, end - start);
        return kind switch
        {
            ProvisionKind.Part => rest.StartsWith("Part", StringComparison.OrdinalIgnoreCase),
            ProvisionKind.Chapter => rest.StartsWith("Chapter", StringComparison.OrdinalIgnoreCase),
            ProvisionKind.Section => rest.StartsWith("Section", StringComparison.OrdinalIgnoreCase),
            _ => c == '§' || char.IsDigit(c) || c is >= '\uFF10' and <= '\uFF19'
                || rest.StartsWith("Art", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("Sec", StringComparison.OrdinalIgnoreCase),
        };
    }

    /// <summary>Whether a list label can start here: "(", a digit, a letter before ")", or a Chinese numeral before "、".</summary>
    private static bool MayStartList(string text, int start, int end)
    {
        char c = text[start];
        if (c is '(' or '（' || char.IsDigit(c) || c is >= '\uFF10' and <= '\uFF19') return true;
        if (char.IsAsciiLetter(c)) return start + 1 < end && text[start + 1] == ')';
        int comma = text.IndexOf('、', start, Math.Min(6, end - start));
        return comma > start && "零〇一二两三四五六七八九十百千".Contains(c);
    }

    private static bool TryLabel(Parser<LabelMatch> parser, ProvisionKind kind, string text, Line line, out LabelMatch? label)
    {
        if (MayStartLabel(kind, text, line.Start, line.End) && parser.TryParseAt(text, line.Start, out LabelMatch match, out int end) && end <= line.End
            && (end == line.End || IsLabelSeparator(text[end], match.IsChinese)))
        {
            label = match;
            return true;
        }
        label = null;
        return false;
    }

    private static bool TryList(string text, Line line, out ListLabel? label)
    {
        if (MayStartList(text, line.Start, line.End) && Labels.List.TryParseAt(text, line.Start, out ListLabel match, out int end) && end <= line.End
            && (end == line.End || match.Enclosure == LabelEnclosure.Comma || IsLabelSeparator(text[end], chinese: true) && text[end] is not ('.' or ':' or '：')))
        {
            label = match;
            return true;
        }
        label = null;
        return false;
    }

    private static bool IsLabelSeparator(char c, bool chinese) =>
        char.IsWhiteSpace(c) || c is '\u3000' or '.' or ':' or '：' or '、' || chinese && c >= '\u3400';

    private static int SkipSpace(string all, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(all[start]) || all[start] == '\u3000')) start++;
        return start;
    }

    private static int TrimEnd(string all, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(all[end - 1]) || all[end - 1] == '\u3000')) end--;
        return end;
    }

    /// <summary>A provision while the tree is being built.</summary>
    private sealed class Node(ProvisionKind kind, int start)
    {
        public ProvisionKind Kind { get; } = kind;
        public int Start { get; } = start;
        public int End { get; set; } = start;
        public Node? Parent { get; set; }
        public List<Node> Children { get; } = [];

        /// <summary>0 for divisions and articles; 1 to 5 below an article; a block's is its parent's.</summary>
        public int Level { get; init; }
        public LabelNumber? Number { get; init; }
        public long Ordinal { get; init; }
        public bool IsChinese { get; init; }
        public Span LabelSpan { get; init; } = Span.None;
        public string Heading { get; set; } = string.Empty;
        public Span TextSpan { get; set; } = Span.None;
        public Span WrapUp { get; set; } = Span.None;
        public int Indent { get; init; }

        /// <summary>The term a definition block defines ("Marrakesh work"), or null.</summary>
        public string? DefinedTerm { get; init; }

        public bool IsBlock => Kind == ProvisionKind.Subparagraph;
        public bool IsNumbered => Number is not null;

        /// <summary>Twice the level, and one more for a block, so that a block sits between its parent and the next level.</summary>
        public int Depth => IsBlock ? Level * 2 + 1 : Level * 2;

        public void Extend(int end)
        {
            if (end > End) End = end;
        }

        public Node Add(Node child)
        {
            child.Parent = this;
            Children.Add(child);
            return child;
        }

        public int CountOf(ProvisionKind kind) => Children.Count(c => c.Kind == kind);
    }

    private sealed class TreeBuilder(TextLayer layer, ImmutableArray<Line> lines, ArticleForm? form, DraftingConvention convention, DraftLanguage language)
    {
        private readonly string _text = layer.Text;
        private readonly Node _root = new(ProvisionKind.Document, 0);
        private readonly List<Node> _divisions = []; // open part / chapter / section, outermost first
        private readonly List<Node> _chain = [];     // open provisions below the current article, outermost first
        private readonly Dictionary<(NumberStyle, bool), int> _learnedLevels = [];
        private Node? _preamble;
        private Node? _article;
        private Node? _pendingDivisionHeading;
        private bool _articleMayTakeHeading;
        private bool _articleUsesIndentation;
        private bool _inTableOfContents;
        private int _articleCount;
        private (ProvisionKind Kind, long Value)? _firstContentsEntry;

        private bool IsChinese => language == DraftLanguage.Chinese;

        /// <summary>Whether paragraphs are counted by position (款) unless the article numbers them.</summary>
        private bool CountsParagraphsByPosition => convention is DraftingConvention.Prc or DraftingConvention.Eu;

        public ProvisionTree Build()
        {
            for (int i = 0; i < lines.Length; i++)
            {
                Line line = lines[i];
                Node? pendingDivision = _pendingDivisionHeading;
                bool articleMayTakeHeading = _articleMayTakeHeading;
                _pendingDivisionHeading = null;
                _articleMayTakeHeading = false;
                AddLine(line, i, pendingDivision, articleMayTakeHeading);
            }
            var usedIds = new HashSet<string>(StringComparer.Ordinal);
            Provision root = Freeze(_root, string.Empty, string.Empty, usedIds);
            return new ProvisionTree(root, layer, language, convention);
        }

        private void AddLine(Line line, int index, Node? pendingDivision, bool articleMayTakeHeading)
        {
            if (_inTableOfContents && IsTableOfContentsEntry(line))
            {
                AddOutsideArticles(line, index);
                return;
            }
            if (TryDivision(line, out LabelMatch? division))
            {
                OpenDivision(division!, line);
                return;
            }
            if (form is { } articleForm && TryLabel(Labels.ArticleOf(articleForm), ProvisionKind.Article, _text, line, out LabelMatch? article))
            {
                OpenArticle(article!, line);
                return;
            }
            if (pendingDivision is not null && IsHeadingLike(line.Start, line.End))
            {
                pendingDivision.Heading = _text[line.Start..line.End];
                pendingDivision.Extend(line.End);
                return;
            }
            if (_article is not null)
            {
                if (articleMayTakeHeading && IsHeadingLike(line.Start, line.End) && !TryList(_text, line, out _))
                {
                    // A short line without final punctuation right under a bare "Article 1" is its heading (EU style).
                    _article.Heading = _text[line.Start..line.End];
                    _article.Extend(line.End);
                    return;
                }
                if (TryList(_text, line, out ListLabel? list))
                {
                    AddListed(list!, line);
                    return;
                }
                if (IsNote(line))
                {
                    AddNote(line);
                    return;
                }
                if (IsHeadingLike(line.Start, line.End) && NextIsHeadingLabel(index))
                {
                    AddCrossheading(line);
                    return;
                }
                AddUnnumbered(line, index);
                return;
            }
            AddOutsideArticles(line, index);
        }

        // ---- divisions, crossheadings and text outside articles ----

        private bool TryDivision(Line line, out LabelMatch? label)
        {
            (Parser<LabelMatch>, ProvisionKind)[] parsers = form == ArticleForm.SectionWord
                ? [(Labels.Part, ProvisionKind.Part), (Labels.Chapter, ProvisionKind.Chapter)]
                : [(Labels.Part, ProvisionKind.Part), (Labels.Chapter, ProvisionKind.Chapter), (Labels.Section, ProvisionKind.Section)];
            foreach ((Parser<LabelMatch> parser, ProvisionKind kind) in parsers)
            {
                if (TryLabel(parser, kind, _text, line, out label) && IsHeadingLike(SkipSpace(_text, label!.Span.End, line.End), line.End)) return true;
            }
            label = null;
            return false;
        }

        private void OpenDivision(LabelMatch label, Line line)
        {
            CloseArticle();
            int rank = Rank(label.Kind);
            while (_divisions.Count > 0 && Rank(_divisions[^1].Kind) >= rank) _divisions.RemoveAt(_divisions.Count - 1);
            int headingStart = SkipSpace(_text, label.Span.End, line.End);
            var node = new Node(label.Kind, line.Start)
            {
                Number = label.Number,
                Ordinal = label.Number.Value,
                IsChinese = label.IsChinese,
                LabelSpan = label.Span,
                Heading = _text[headingStart..line.End],
            };
            node.Extend(line.End);
            (_divisions.Count > 0 ? _divisions[^1] : _root).Add(node);
            _divisions.Add(node);
            if (node.Heading.Length == 0) _pendingDivisionHeading = node;
        }

        private static int Rank(ProvisionKind kind) => kind switch
        {
            ProvisionKind.Part => 0,
            ProvisionKind.Chapter => 1,
            _ => 2,
        };

        private Node CurrentContainer => _divisions.Count > 0 ? _divisions[^1] : _root;

        private void AddCrossheading(Line line)
        {
            CloseArticle();
            Node container = CurrentContainer;
            var node = new Node(ProvisionKind.Crossheading, line.Start)
            {
                Ordinal = container.CountOf(ProvisionKind.Crossheading) + 1,
                Heading = _text[line.Start..line.End],
                TextSpan = new Span(line.End, 0),
            };
            node.Extend(line.End);
            container.Add(node);
        }

        /// <summary>
        /// A line of the table of contents ("目录" followed by the division headings) before the first article: it is kept
        /// as a paragraph of the preamble. The table ends where its first entry comes again, or at the first article.
        /// </summary>
        private bool IsTableOfContentsEntry(Line line)
        {
            if (form is { } articleForm && TryLabel(Labels.ArticleOf(articleForm), ProvisionKind.Article, _text, line, out _))
            {
                _inTableOfContents = false;
                return false;
            }
            if (TryDivision(line, out LabelMatch? division))
            {
                (ProvisionKind, long) entry = (division!.Kind, division.Number.Value);
                if (_firstContentsEntry is null) _firstContentsEntry = entry;
                else if (_firstContentsEntry == entry)
                {
                    _inTableOfContents = false;
                    return false;
                }
            }
            return true;
        }

        private static readonly string[] s_contentsTitles = ["目录", "目次", "contents", "tableofcontents"];

        private void AddOutsideArticles(Line line, int index)
        {
            if (_articleCount == 0 && s_contentsTitles.Contains(string.Concat(_text[line.Start..line.End].Where(c => !char.IsWhiteSpace(c) && c != '\u3000')).ToLowerInvariant()))
            {
                _inTableOfContents = true;
            }
            bool isTitle = _preamble is null && _divisions.Count == 0 && _root.Children.Count == 0;
            if (!isTitle && IsHeadingLike(line.Start, line.End) && NextIsHeadingLabel(index))
            {
                AddCrossheading(line);
                return;
            }
            // Before the first article, or text directly under a division heading: the first line is the heading, the
            // others are kept as unnumbered paragraphs so that their facts are still read.
            Node owner;
            if (_divisions.Count > 0)
            {
                owner = _divisions[^1];
            }
            else
            {
                owner = _preamble ??= _root.Add(new Node(ProvisionKind.Preamble, line.Start));
            }
            owner.Extend(line.End);
            if (owner.Heading.Length == 0 && owner.Children.Count == 0)
            {
                owner.Heading = _text[line.Start..line.End];
                return;
            }
            var loose = new Node(ProvisionKind.Paragraph, line.Start)
            {
                Ordinal = owner.CountOf(ProvisionKind.Paragraph) + 1,
                TextSpan = Span.FromBounds(line.Start, line.End),
            };
            loose.Extend(line.End);
            owner.Add(loose);
        }

        private bool NextIsHeadingLabel(int index)
        {
            if (index + 1 >= lines.Length) return false;
            Line next = lines[index + 1];
            return form is { } articleForm && TryLabel(Labels.ArticleOf(articleForm), ProvisionKind.Article, _text, next, out _);
        }

        // ---- articles ----

        private void OpenArticle(LabelMatch label, Line line)
        {
            CloseArticle();
            var article = new Node(ProvisionKind.Article, line.Start)
            {
                Number = label.Number,
                Ordinal = label.Number.Value,
                IsChinese = label.IsChinese,
                LabelSpan = label.Span,
            };
            article.Extend(line.End);
            CurrentContainer.Add(article);
            _article = article;
            _articleCount++;

            int restStart = SkipSpace(_text, label.Span.End, line.End);
            if (restStart < line.End && _text[restStart] is '.' or ':' or '：') restStart = SkipSpace(_text, restStart + 1, line.End);
            if (restStart >= line.End)
            {
                _articleMayTakeHeading = true;
                return;
            }
            (Span heading, Span text) = SplitHeading(restStart, line.End);
            if (!heading.IsNone)
            {
                article.Heading = _text.Substring(heading.Start, heading.Length);
                if (!text.IsEmpty) AddUnnumberedText(text);
                return;
            }
            bool headingOnly = form is ArticleForm.SectionSign or ArticleForm.Numbered || IsHeadingLike(restStart, line.End);
            if (headingOnly) article.Heading = _text[restStart..line.End];
            else AddUnnumberedText(Span.FromBounds(restStart, line.End));
        }

        private void CloseArticle()
        {
            _article = null;
            _chain.Clear();
            _learnedLevels.Clear();
            _articleUsesIndentation = false;
        }

        /// <summary>"In General.—Copyright in a work..." (US style): the words before ".—" are the provision's heading.</summary>
        private (Span Heading, Span Text) SplitHeading(int start, int end)
        {
            int limit = Math.Min(end, start + 160);
            for (int i = start; i + 1 < limit; i++)
            {
                char c = _text[i];
                if (c is ';' or ':' or '。' || (c == '.' && _text[i + 1] == ' ')) break;
                if (c == '.' && _text[i + 1] == '—' && i > start)
                {
                    int textStart = SkipSpace(_text, i + 2, end);
                    return (Span.FromBounds(start, i), Span.FromBounds(textStart, end));
                }
            }
            return (Span.None, Span.None);
        }

        /// <summary>The first words of an article after its label: a paragraph counted by position, or the article's own words.</summary>
        private void AddUnnumberedText(Span text)
        {
            Node article = _article!;
            if (CountsParagraphsByPosition) OpenParagraphByPosition(text.Start, text.End);
            else article.TextSpan = text;
        }

        private Node OpenParagraphByPosition(int start, int end)
        {
            Node article = _article!;
            _chain.Clear();
            var paragraph = new Node(ProvisionKind.Paragraph, start)
            {
                Level = 1,
                Ordinal = article.CountOf(ProvisionKind.Paragraph) + 1,
                IsChinese = article.IsChinese,
                TextSpan = Span.FromBounds(start, end),
            };
            paragraph.Extend(end);
            article.Add(paragraph);
            article.Extend(end);
            _chain.Add(paragraph);
            return paragraph;
        }

        private bool HasNumberedParagraphs => _article!.Children.Any(c => c.IsNumbered && c.Level == 1);

        // ---- labelled lines below an article ----

        private void AddListed(ListLabel label, Line line)
        {
            Node article = _article!;
            LabelNumber number = Disambiguate(label.Number);
            int level = LevelOf(number.Style, label.Enclosure, learn: true);
            while (_chain.Count > 0 && _chain[^1].Depth >= level * 2) _chain.RemoveAt(_chain.Count - 1);
            Node parent = _chain.Count > 0 ? _chain[^1] : article;
            if (level >= 2 && parent == article && CountsParagraphsByPosition && !HasNumberedParagraphs)
            {
                // Items right under "第五条": they belong to the article's first (here empty) paragraph.
                parent = OpenParagraphByPosition(line.Start, line.Start);
            }

            var node = new Node(DraftingConventions.KindOf(level), line.Start)
            {
                Level = level,
                Number = number,
                Ordinal = number.Value,
                IsChinese = article.IsChinese,
                LabelSpan = label.Span,
                Indent = line.Indent,
            };
            int restStart = SkipSpace(_text, label.Span.End, line.End);
            (Span heading, Span text) = SplitHeading(restStart, line.End);
            if (!heading.IsNone)
            {
                node.Heading = _text.Substring(heading.Start, heading.Length);
                node.TextSpan = text;
            }
            else
            {
                node.TextSpan = Span.FromBounds(restStart, line.End);
            }
            node.Extend(line.End);
            parent.Add(node);
            _chain.Add(node);
            if (line.Indent > 0) _articleUsesIndentation = true;
        }

        /// <summary>"(i)" is the letter after "(h)", a Roman numeral otherwise; "(v)" and "(x)" are letters unless they follow (iv) and (ix).</summary>
        private LabelNumber Disambiguate(LabelNumber number)
        {
            if (!number.MayBeRoman) return number;
            LabelNumber roman = number.AsRoman();
            for (int i = _chain.Count - 1; i >= -1; i--)
            {
                Node scope = i >= 0 ? _chain[i] : _article!;
                Node? previous = scope.Children.LastOrDefault(c => c.IsNumbered);
                if (previous?.Number is not { } before) continue;
                if (before.Style == number.Style && before.Value == number.Value - 1) return number;
                if (before.Style == roman.Style && before.Value == roman.Value - 1) return roman;
            }
            return roman.Value == 1 ? roman : number;
        }

        private int LevelOf(NumberStyle style, LabelEnclosure enclosure, bool learn)
        {
            int level = DraftingConventions.LevelOf(convention, style, enclosure);
            if (level > 0) return level;
            // A style the convention has no place for nests under the current level, and keeps that level in this article.
            var key = (style, enclosure is LabelEnclosure.Parentheses or LabelEnclosure.ClosingParenthesis);
            if (_learnedLevels.TryGetValue(key, out int learned)) return learned;
            Node? innermost = _chain.LastOrDefault(n => !n.IsBlock);
            level = Math.Min((innermost?.Level ?? 0) + 1, DraftingConventions.DeepestLevel);
            if (learn) _learnedLevels[key] = level;
            return level;
        }

        private void AddNote(Line line)
        {
            Node article = _article!;
            var note = new Node(ProvisionKind.Note, line.Start)
            {
                Ordinal = article.CountOf(ProvisionKind.Note) + 1,
                TextSpan = Span.FromBounds(line.Start, line.End),
            };
            note.Extend(line.End);
            article.Add(note);
            _chain.Clear();
        }

        // ---- lines without a label below an article ----

        private void AddUnnumbered(Line line, int index)
        {
            Node article = _article!;
            var text = Span.FromBounds(line.Start, line.End);
            if (IsChinese)
            {
                OpenParagraphByPosition(line.Start, line.End);
                return;
            }
            bool continues = StartsLowerCase(line.Start);
            if (CountsParagraphsByPosition && !HasNumberedParagraphs)
            {
                if (continues && _chain.Any(n => n.IsNumbered)) WrapUp(OwnerClosedByNextLabel(index), text);
                else OpenParagraphByPosition(line.Start, line.End);
                return;
            }
            if (_articleUsesIndentation && _chain.LastOrDefault(n => !n.IsBlock && n.IsNumbered && n.Indent == line.Indent) is { } indented)
            {
                WrapUp(indented, text);
                return;
            }
            if (StartsWithQuotedTerm(line.Start, line.End, out string? term))
            {
                AddDefinitionBlock(text, term!);
                return;
            }
            if (continues && _chain.Count > 0)
            {
                WrapUp(OwnerClosedByNextLabel(index), text);
                return;
            }
            if (_chain.LastOrDefault(n => n.IsNumbered && n.Children.Any(c => c.IsNumbered)) is { } listOwner)
            {
                WrapUp(listOwner, text);
                return;
            }
            if (_chain.LastOrDefault(n => !n.IsBlock) is { } numbered)
            {
                AddBlock(numbered, text, term: null);
                return;
            }
            if (article.Children.Count == 0 && (article.TextSpan.IsNone || article.TextSpan.IsEmpty))
            {
                article.TextSpan = text;
                article.Extend(text.End);
                return;
            }
            AddBlock(article, text, term: null);
        }

        /// <summary>Words closing a list belong to the provision the next label closes: "subject as follows." before "(4)" closes subsection (3).</summary>
        private Node OwnerClosedByNextLabel(int index)
        {
            int level = 1;
            if (index + 1 < lines.Length)
            {
                Line next = lines[index + 1];
                bool nextStartsArticle = form is { } articleForm && TryLabel(Labels.ArticleOf(articleForm), ProvisionKind.Article, _text, next, out _);
                if (!nextStartsArticle && TryList(_text, next, out ListLabel? label))
                {
                    level = LevelOf(Disambiguate(label!.Number).Style, label.Enclosure, learn: false);
                }
            }
            return _chain.LastOrDefault(n => !n.IsBlock && n.Level == level)
                ?? _chain.LastOrDefault(n => !n.IsBlock && n.Level < level)
                ?? _chain.FirstOrDefault(n => !n.IsBlock)
                ?? _article!;
        }

        private void WrapUp(Node owner, Span text)
        {
            owner.WrapUp = owner.WrapUp.IsNone ? text : owner.WrapUp.Union(text);
            owner.Extend(text.End);
            int at = _chain.IndexOf(owner);
            if (at >= 0) _chain.RemoveRange(at + 1, _chain.Count - at - 1);
        }

        private void AddDefinitionBlock(Span text, string term)
        {
            Node owner = _chain.LastOrDefault(n => !n.IsBlock && n.Children.Any(c => c.IsBlock))
                ?? _chain.LastOrDefault(n => !n.IsBlock && !n.Children.Any(c => c.IsNumbered))
                ?? _chain.LastOrDefault(n => !n.IsBlock)
                ?? _article!;
            AddBlock(owner, text, term);
        }

        /// <summary>
        /// Adds an unnumbered block (a subparagraph) to <paramref name="owner"/>. When the owner's own words are a full
        /// sentence rather than words leading into a list, they become its first subparagraph: Article 6(4) has five.
        /// </summary>
        private void AddBlock(Node owner, Span text, string? term)
        {
            bool firstBlock = !owner.Children.Any(c => c.IsBlock);
            if (firstBlock && owner.Kind != ProvisionKind.Article && !owner.TextSpan.IsNone && !owner.TextSpan.IsEmpty
                && !EndsWithLeadIn(owner.TextSpan) && !owner.Children.Any(c => c.IsNumbered))
            {
                var first = new Node(ProvisionKind.Subparagraph, owner.TextSpan.Start) { Level = owner.Level, Ordinal = 1, TextSpan = owner.TextSpan };
                first.Extend(owner.TextSpan.End);
                owner.Add(first);
                owner.TextSpan = new Span(owner.TextSpan.Start, 0);
            }
            var block = new Node(ProvisionKind.Subparagraph, text.Start)
            {
                Level = owner.Level,
                Ordinal = owner.CountOf(ProvisionKind.Subparagraph) + 1,
                TextSpan = text,
                DefinedTerm = term,
            };
            block.Extend(text.End);
            owner.Add(block);
            int at = _chain.IndexOf(owner);
            if (at >= 0) _chain.RemoveRange(at + 1, _chain.Count - at - 1);
            if (owner.Kind != ProvisionKind.Article) _chain.Add(block);
        }

        // ---- reading lines ----

        private bool IsHeadingLike(int start, int end)
        {
            int length = end - start;
            if (length > 120) return false;
            if (length == 0) return true;
            if (char.IsLower(_text[start])) return false;
            char last = _text[end - 1];
            return last is not ('.' or '。' or ';' or '；' or ':' or '：' or ',' or '，' or '—' or '、');
        }

        private bool EndsWithLeadIn(Span span) => !span.IsEmpty && _text[span.End - 1] is '—' or ':' or '：' or '-';

        private bool StartsLowerCase(int start) => char.IsLower(_text[start]) || _text[start] is ',' or ';';

        /// <summary>A whole line in parentheses that is not a list label: a source credit "(Pub. L. 94–553, ...)" or an editorial note.</summary>
        private bool IsNote(Line line) =>
            _text[line.Start] is '(' or '（' && _text[line.End - 1] is ')' or '）' && !TryList(_text, line, out _);

        private bool StartsWithQuotedTerm(int start, int end, out string? term)
        {
            term = null;
            char open = _text[start];
            char close = open switch { '“' => '”', '"' => '"', '‘' => '’', '\'' => '\'', '「' => '」', _ => '\0' };
            if (close == '\0') return false;
            int closing = _text.IndexOf(close, start + 1, Math.Min(end, start + 100) - start - 1);
            if (closing <= start + 1) return false;
            term = _text[(start + 1)..closing];
            return true;
        }

        // ---- the immutable tree ----

        private Provision Freeze(Node node, string parentId, string parentLabel, HashSet<string> usedIds)
        {
            string id = IdOf(node, parentId);
            string unique = id;
            for (int n = 2; !usedIds.Add(unique); n++) unique = $"{id}__dup_{n}";

            string label = LabelOf(node, parentLabel);
            string childParentId = node.Kind == ProvisionKind.Document ? string.Empty : unique;
            ImmutableArray<Provision> children = [.. node.Children.Select(c => Freeze(c, childParentId, label, usedIds))];
            int end = node.Kind == ProvisionKind.Document ? _text.Length : Math.Max(node.End, children.IsEmpty ? 0 : children[^1].Span.End);
            Span span = node.Kind == ProvisionKind.Document ? new Span(0, _text.Length) : Span.FromBounds(node.Start, end);
            Span labelSpan = node.LabelSpan.IsNone ? new Span(node.Start, 0) : node.LabelSpan;
            Span textSpan = node.TextSpan.IsNone ? new Span(labelSpan.End, 0) : node.TextSpan;
            Span wrapUp = node.WrapUp.IsNone ? new Span(end, 0) : node.WrapUp;
            return new Provision(node.Kind, new ProvisionId(unique), label, node.Number?.Text ?? string.Empty, node.Ordinal, node.Heading,
                span, labelSpan, textSpan, children)
            {
                WrapUpSpan = wrapUp,
                Style = node.Number?.Style ?? NumberStyle.None,
                Key = node.Number?.Key ?? node.Ordinal.ToString(CultureInfo.InvariantCulture),
                Suffix = node.Number?.Suffix ?? string.Empty,
            };
        }

        private string IdOf(Node node, string parentId)
        {
            string key = node.Number?.Key ?? node.Ordinal.ToString(CultureInfo.InvariantCulture);
            string ordinal = node.Ordinal.ToString(CultureInfo.InvariantCulture);
            string own = node.Kind switch
            {
                ProvisionKind.Document => ProvisionId.Document.Value,
                ProvisionKind.Preamble => "preamble",
                ProvisionKind.Part => $"part_{ordinal}",
                ProvisionKind.Chapter => $"chp_{ordinal}",
                ProvisionKind.Section => $"sec_{ordinal}",
                ProvisionKind.Article => $"{DraftingConventions.ArticleIdPrefix(convention)}_{key}",
                ProvisionKind.Crossheading => $"crossheading_{ordinal}",
                ProvisionKind.Note => $"note_{ordinal}",
                ProvisionKind.Subparagraph => $"{BlockIdPrefix(node)}_{ordinal}",
                ProvisionKind.Paragraph when node.Parent?.Kind != ProvisionKind.Article && node.Level == 0 => $"para_{ordinal}",
                _ => $"{DraftingConventions.IdPrefix(convention, node.Level)}_{key}",
            };
            // Articles are numbered across the whole law, so their ids do not carry the divisions: moving a chapter keeps them.
            bool topLevel = node.Kind is ProvisionKind.Document or ProvisionKind.Preamble or ProvisionKind.Article or ProvisionKind.Part
                || (node.Kind == ProvisionKind.Chapter && node.Parent?.Kind != ProvisionKind.Part);
            return topLevel || parentId.Length == 0 ? own : parentId + "__" + own;
        }

        private string BlockIdPrefix(Node node) => convention switch
        {
            DraftingConvention.Prc or DraftingConvention.Eu => "subpara",
            _ => node.DefinedTerm is null ? "text" : "def",
        };

        private string LabelOf(Node node, string parentLabel)
        {
            string number = node.Number?.Text ?? string.Empty;
            string chineseOrdinal = Numerals.ToChinese(node.Ordinal);
            string ordinal = node.Ordinal.ToString(CultureInfo.InvariantCulture);
            if (IsChinese)
            {
                return node.Kind switch
                {
                    ProvisionKind.Document => "全文",
                    ProvisionKind.Preamble => "序言",
                    ProvisionKind.Part => $"第{chineseOrdinal}编",
                    ProvisionKind.Chapter => $"第{chineseOrdinal}章",
                    ProvisionKind.Section => $"第{chineseOrdinal}节",
                    ProvisionKind.Article => $"第{chineseOrdinal}条{ChineseInsertion(node.Number)}",
                    ProvisionKind.Crossheading => $"标题“{node.Heading}”",
                    ProvisionKind.Note => $"{parentLabel}注{chineseOrdinal}",
                    ProvisionKind.Subparagraph => $"{parentLabel}第{chineseOrdinal}段",
                    ProvisionKind.Paragraph when node.Parent?.Kind != ProvisionKind.Article => $"{parentLabel}第{chineseOrdinal}段",
                    ProvisionKind.Paragraph when IsSoleParagraph(node) => parentLabel,
                    ProvisionKind.Paragraph => $"{parentLabel}第{chineseOrdinal}款",
                    ProvisionKind.Item => $"{parentLabel}第（{chineseOrdinal}）项",
                    ProvisionKind.Subitem => $"{parentLabel}第{chineseOrdinal}目",
                    _ => $"{parentLabel}({number})",
                };
            }
            return node.Kind switch
            {
                ProvisionKind.Document => "the draft",
                ProvisionKind.Preamble => "Preamble",
                ProvisionKind.Part => $"Part {number}",
                ProvisionKind.Chapter => $"Chapter {number}",
                ProvisionKind.Section => $"Section {number}",
                ProvisionKind.Article => convention switch
                {
                    DraftingConvention.Us => $"§ {number}",
                    DraftingConvention.Uk => $"s. {number}",
                    _ => $"Article {number}",
                },
                ProvisionKind.Crossheading => $"crossheading “{node.Heading}”",
                ProvisionKind.Note => $"{parentLabel}, note {ordinal}",
                ProvisionKind.Subparagraph when node.DefinedTerm is not null => $"{parentLabel}, definition of “{node.DefinedTerm}”",
                ProvisionKind.Subparagraph when convention is DraftingConvention.Prc or DraftingConvention.Eu => $"{parentLabel}, {OrdinalWord(node.Ordinal)} subparagraph",
                ProvisionKind.Subparagraph => $"{parentLabel}, unnumbered paragraph {ordinal}",
                ProvisionKind.Paragraph when node.Parent?.Kind != ProvisionKind.Article => $"{parentLabel}, paragraph {ordinal}",
                ProvisionKind.Paragraph when !node.IsNumbered && IsSoleParagraph(node) => parentLabel,
                // "(a)" of a definition or subparagraph: "s. 296ZE(1), definition of “Marrakesh beneficiary”, paragraph (a)".
                _ when node.Parent?.IsBlock == true => $"{parentLabel}, {DraftingConventions.UnitName(convention, language, node.Kind)} ({number})",
                _ => $"{parentLabel}({(node.IsNumbered ? number : ordinal)})",
            };
        }

        /// <summary>"之一" for an article inserted after another (第十七条之一), whose number carries the suffix "-1".</summary>
        private static string ChineseInsertion(LabelNumber? number) =>
            number?.Suffix is ['-', .. string inserted] && long.TryParse(inserted, NumberStyles.None, CultureInfo.InvariantCulture, out long value)
                ? "之" + Numerals.ToChinese(value)
                : string.Empty;

        private static bool IsSoleParagraph(Node node) =>
            !node.IsNumbered && node.Parent is { } article && article.Children.Count(c => c.Kind == ProvisionKind.Paragraph) == 1;

        private static string OrdinalWord(long ordinal)
        {
            string[] words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
            return ordinal is >= 1 and <= 10 ? words[ordinal - 1] : Numerals.ToEnglishOrdinalWords(ordinal);
        }
    }
}
