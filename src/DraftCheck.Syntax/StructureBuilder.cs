using System.Collections.Immutable;
using System.Globalization;
using DraftCheck.Model;
using DraftCheck.Syntax.Grammars;
using DraftCheck.Text;

namespace DraftCheck.Syntax;

/// <summary>
/// Builds the provision tree from a text layer's body paragraphs: divisions (part, chapter, section), articles,
/// paragraphs (numbered or counted by position, as 款 are in Chinese law) and items. Labels rendered by Word's
/// automatic numbering sit at the start of the paragraph text, so they are read like typed ones.
/// </summary>
public static class StructureBuilder
{
    /// <summary>Builds the tree of <paramref name="text"/>.</summary>
    public static ProvisionTree Build(TextLayer text)
    {
        var state = new BuildState(text);
        foreach (TextParagraph paragraph in text.ParagraphsOf(TextStory.Body)) state.Add(paragraph);
        return state.Finish();
    }

    private sealed class Node(ProvisionKind kind, string number, long ordinal, bool isChinese, Span labelSpan, int start)
    {
        public ProvisionKind Kind { get; } = kind;
        public string Number { get; } = number;
        public long Ordinal { get; set; } = ordinal;
        public bool IsChinese { get; } = isChinese;
        public Span LabelSpan { get; } = labelSpan;
        public int Start { get; } = start;
        public int End { get; set; } = start;
        public string Heading { get; set; } = string.Empty;
        public Span TextSpan { get; set; } = new(start, 0);
        public bool IsNumbered { get; init; } = true;
        public List<Node> Children { get; } = [];

        public void Extend(int end)
        {
            if (end > End) End = end;
        }
    }

    private sealed class BuildState(TextLayer text)
    {
        private readonly Node _root = new(ProvisionKind.Document, string.Empty, 0, false, Span.None, 0);
        private readonly List<Node> _divisions = []; // open part / chapter / section, outermost first
        private Node? _preamble;
        private Node? _article;
        private Node? _paragraph;
        private int _chineseArticles;
        private int _englishArticles;

        public void Add(TextParagraph paragraph)
        {
            string all = text.Text;
            int start = SkipSpace(all, paragraph.Span.Start, paragraph.Span.End);
            int end = TrimEnd(all, start, paragraph.Span.End);
            if (start >= end) return;

            if (TryLabel(Labels.Part, start, end, out LabelMatch? label) || TryLabel(Labels.Chapter, start, end, out label)
                || TryLabel(Labels.Section, start, end, out label))
            {
                if (IsHeadingLine(all, label!.Span.End, end))
                {
                    OpenDivision(label, start, end);
                    return;
                }
            }

            if (TryLabel(Labels.Article, start, end, out label))
            {
                OpenArticle(label!, start, end);
                return;
            }

            if (_article is not null && TryLabel(Labels.Item, start, end, out label))
            {
                Node itemOwner = _paragraph ?? OpenParagraph(start, start);
                var item = new Node(ProvisionKind.Item, label!.Number, label.Ordinal, label.IsChinese, label.Span, start)
                {
                    TextSpan = Span.FromBounds(SkipSpace(all, label.Span.End, end), end),
                };
                item.Extend(end);
                itemOwner.Children.Add(item);
                itemOwner.Extend(end);
                _article.Extend(end);
                ExtendDivisions(end);
                return;
            }

            if (_article is not null)
            {
                if (_article.Children.Count == 0 && _article.TextSpan.IsEmpty && _article.Heading.Length == 0 && IsHeadingLine(all, start, end))
                {
                    // A short line without final punctuation right under a bare "Article 1" is its heading (EU style).
                    _article.Heading = all[start..end];
                    _article.Extend(end);
                    return;
                }
                Node added = OpenParagraph(start, end);
                added.TextSpan = Span.FromBounds(start, end);
                return;
            }

            // Before the first article, or text directly under a division heading: the first line is the heading, the
            // others are kept as unnumbered paragraphs so that their facts are still read.
            Node owner;
            if (_divisions.Count > 0)
            {
                owner = _divisions[^1];
                ExtendDivisions(end);
            }
            else
            {
                owner = _preamble ??= AddToRoot(new Node(ProvisionKind.Preamble, string.Empty, 0, false, Span.None, start) { IsNumbered = false });
            }
            if (owner.Heading.Length == 0)
            {
                owner.Heading = all[start..end];
                owner.Extend(end);
                return;
            }
            int number = owner.Children.Count(c => c.Kind == ProvisionKind.Paragraph) + 1;
            var loose = new Node(ProvisionKind.Paragraph, string.Empty, number, false, Span.None, start)
            {
                IsNumbered = false,
                TextSpan = Span.FromBounds(start, end),
            };
            loose.Extend(end);
            owner.Children.Add(loose);
            owner.Extend(end);
        }

        private bool TryLabel(Sprache.Parser<LabelMatch> parser, int start, int end, out LabelMatch? label)
        {
            if (parser.TryParseAt(text.Text, start, out LabelMatch match, out int labelEnd) && labelEnd <= end
                && (labelEnd == end || IsLabelSeparator(text.Text[labelEnd])))
            {
                label = match;
                return true;
            }
            label = null;
            return false;
        }

        private static bool IsLabelSeparator(char c) =>
            char.IsWhiteSpace(c) || c is '\u3000' or '.' or ':' or '：' or '、' || c >= '\u3400';

        private static bool IsHeadingLine(string all, int start, int end)
        {
            int length = end - start;
            if (length > 120) return false;
            if (length == 0) return true;
            char last = all[end - 1];
            return last is not ('.' or '。' or ';' or '；' or ':' or '：' or ',' or '，');
        }

        private void OpenDivision(LabelMatch label, int start, int end)
        {
            CloseArticle();
            int rank = Rank(label.Kind);
            while (_divisions.Count > 0 && Rank(_divisions[^1].Kind) >= rank) _divisions.RemoveAt(_divisions.Count - 1);
            var node = new Node(label.Kind, label.Number, label.Ordinal, label.IsChinese, label.Span, start)
            {
                Heading = text.Text[SkipSpace(text.Text, label.Span.End, end)..end],
            };
            node.Extend(end);
            if (_divisions.Count > 0) _divisions[^1].Children.Add(node);
            else AddToRoot(node);
            _divisions.Add(node);
            ExtendDivisions(end);
        }

        private static int Rank(ProvisionKind kind) => kind switch
        {
            ProvisionKind.Part => 0,
            ProvisionKind.Chapter => 1,
            _ => 2,
        };

        private void OpenArticle(LabelMatch label, int start, int end)
        {
            CloseArticle();
            if (label.IsChinese) _chineseArticles++;
            else _englishArticles++;
            var article = new Node(ProvisionKind.Article, label.Number, label.Ordinal, label.IsChinese, label.Span, start);
            article.Extend(end);
            if (_divisions.Count > 0) _divisions[^1].Children.Add(article);
            else AddToRoot(article);
            _article = article;
            ExtendDivisions(end);

            int textStart = SkipSpace(text.Text, label.Span.End, end);
            if (textStart < end && text.Text[textStart] is '.' or ':' or '：') textStart = SkipSpace(text.Text, textStart + 1, end);
            if (textStart < end && text.Text[label.Span.Start] == '§')
            {
                // "§ 302. Duration of copyright: ..." carries the section's heading, not its text.
                article.Heading = text.Text[textStart..end];
            }
            else if (textStart < end)
            {
                Node first = OpenParagraph(textStart, end);
                first.TextSpan = Span.FromBounds(textStart, end);
            }
        }

        private Node OpenParagraph(int start, int end)
        {
            Node article = _article!;
            int position = article.Children.Count(c => c.Kind == ProvisionKind.Paragraph) + 1;
            var paragraph = new Node(ProvisionKind.Paragraph, string.Empty, position, article.IsChinese, Span.None, start) { IsNumbered = false };
            paragraph.Extend(end);
            article.Children.Add(paragraph);
            article.Extend(end);
            ExtendDivisions(end);
            _paragraph = paragraph;
            return paragraph;
        }

        private void CloseArticle()
        {
            _article = null;
            _paragraph = null;
        }

        private void ExtendDivisions(int end)
        {
            foreach (Node division in _divisions) division.Extend(end);
        }

        private Node AddToRoot(Node node)
        {
            _root.Children.Add(node);
            return node;
        }

        public ProvisionTree Finish()
        {
            _root.Extend(text.Text.Length);
            DraftLanguage language = _chineseArticles > _englishArticles ? DraftLanguage.Chinese : DraftLanguage.English;
            var usedIds = new HashSet<string>(StringComparer.Ordinal);
            Provision root = Freeze(_root, parentId: string.Empty, parentLabel: string.Empty, language, usedIds, article: null);
            return new ProvisionTree(root, text, language);
        }

        private Provision Freeze(Node node, string parentId, string parentLabel, DraftLanguage language, HashSet<string> usedIds, Node? article)
        {
            string idPart = node.Kind switch
            {
                ProvisionKind.Document => ProvisionId.Document.Value,
                ProvisionKind.Preamble => "preamble",
                ProvisionKind.Part => $"part_{node.Ordinal}",
                ProvisionKind.Chapter => $"chp_{node.Ordinal}",
                ProvisionKind.Section => $"sec_{node.Ordinal}",
                ProvisionKind.Article => $"art_{node.Ordinal}",
                ProvisionKind.Paragraph => $"para_{node.Ordinal}",
                ProvisionKind.Item => $"item_{node.Ordinal}",
                _ => $"subitem_{node.Ordinal}",
            };
            // Articles are numbered across the whole law, so their ids do not carry the chapter: moving a chapter keeps them.
            string id = node.Kind switch
            {
                ProvisionKind.Document or ProvisionKind.Preamble or ProvisionKind.Article or ProvisionKind.Part or ProvisionKind.Chapter => idPart,
                _ when parentId.Length == 0 || parentId == ProvisionId.Document.Value => idPart,
                _ => parentId + "__" + idPart,
            };
            string unique = id;
            for (int n = 2; !usedIds.Add(unique); n++) unique = $"{id}__dup_{n}";

            Node? owningArticle = node.Kind == ProvisionKind.Article ? node : article;
            string label = HumanLabel(node, parentLabel, language, owningArticle);
            string childParentId = node.Kind == ProvisionKind.Document ? string.Empty : unique;
            string childParentLabel = label;
            ImmutableArray<Provision> children = [.. node.Children.Select(c => Freeze(c, childParentId, childParentLabel, language, usedIds, owningArticle))];
            Span span = node.Kind == ProvisionKind.Document ? new Span(0, text.Text.Length) : Span.FromBounds(node.Start, node.End);
            return new Provision(node.Kind, new ProvisionId(unique), label, node.Number, node.Ordinal, node.Heading,
                span, node.LabelSpan, node.TextSpan, children);
        }

        private static string HumanLabel(Node node, string parentLabel, DraftLanguage language, Node? article)
        {
            bool chinese = language == DraftLanguage.Chinese;
            bool singleParagraph = article is not null && article.Children.Count(c => c.Kind == ProvisionKind.Paragraph) == 1;
            string ordinal = node.Ordinal.ToString(CultureInfo.InvariantCulture);
            string chineseOrdinal = Numerals.ToChinese(node.Ordinal);
            return node.Kind switch
            {
                ProvisionKind.Document => chinese ? "全文" : "the draft",
                ProvisionKind.Preamble => chinese ? "序言" : "Preamble",
                ProvisionKind.Part => chinese ? $"第{chineseOrdinal}编" : $"Part {node.Number}",
                ProvisionKind.Chapter => chinese ? $"第{chineseOrdinal}章" : $"Chapter {node.Number}",
                ProvisionKind.Section => chinese ? $"第{chineseOrdinal}节" : $"Section {node.Number}",
                ProvisionKind.Article => chinese ? $"第{chineseOrdinal}条" : $"Article {node.Number}",
                ProvisionKind.Paragraph when article is null => chinese ? $"{parentLabel}第{chineseOrdinal}段" : $"{parentLabel}, paragraph {ordinal}",
                ProvisionKind.Paragraph when singleParagraph => parentLabel,
                ProvisionKind.Paragraph => chinese ? $"{parentLabel}第{chineseOrdinal}款" : $"{parentLabel}({ordinal})",
                ProvisionKind.Item => chinese ? $"{parentLabel}第（{chineseOrdinal}）项" : $"{parentLabel}({ordinal})",
                _ => chinese ? $"{parentLabel}第{chineseOrdinal}目" : $"{parentLabel}({ordinal})",
            };
        }

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
    }
}
