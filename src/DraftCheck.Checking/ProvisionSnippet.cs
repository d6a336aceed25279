using System.Collections.Immutable;
using DraftCheck.Findings;
using DraftCheck.Model;
using DraftCheck.Rules;
using DraftCheck.Syntax;
using DraftCheck.Text;

namespace DraftCheck.Checking;

/// <summary>
/// Provision text a rule author types (an example on a rule, a test, a try at the prompt), with optional
/// <c>[|...|]</c>/<c>{|ID:...|}</c> markup, checked as a small draft. Text without an article label is checked as the
/// first paragraph of "Article 1" (or "第一条" when it is Chinese), because facts are extracted from provisions; spans
/// are reported in the snippet's own coordinates, without the label.
/// </summary>
public sealed class ProvisionSnippet
{
    private ProvisionSnippet(MarkedText marked, string label)
    {
        Text = marked.Text;
        Marked = marked.Spans;
        Offset = label.Length;
        Layer = TextLayer.FromText(label + marked.Text);
    }

    /// <summary>The provision text without markup.</summary>
    public string Text { get; }

    /// <summary>The marked spans, in the coordinates of <see cref="Text"/>.</summary>
    public ImmutableArray<MarkedSpan> Marked { get; }

    /// <summary>The draft checked: the text, after the article label added when it had none.</summary>
    public TextLayer Layer { get; }

    /// <summary>Where <see cref="Text"/> starts in <see cref="Layer"/>: the length of the label added, or 0.</summary>
    public int Offset { get; }

    /// <summary>Reads provision text with optional markup.</summary>
    /// <exception cref="FormatException">The markup is malformed.</exception>
    public static ProvisionSnippet Parse(string markup)
    {
        MarkedText marked = ProvisionMarkup.Parse(markup.Replace("\r\n", "\n", StringComparison.Ordinal));
        ProvisionTree tree = StructureBuilder.Build(TextLayer.FromText(marked.Text));
        bool hasArticle = tree.Root.DescendantsAndSelf().Any(p => p.Kind == ProvisionKind.Article);
        string label = hasArticle ? string.Empty : marked.Text.Any(IsHan) ? "第一条 " : "Article 1 ";
        return new ProvisionSnippet(marked, label);
    }

    /// <summary>Checks the snippet with <paramref name="checker"/>.</summary>
    public DraftResult Check(DraftChecker checker) => checker.Check(Layer, "provision");

    /// <summary>A span of the checked draft in the snippet's coordinates.</summary>
    public Span ToSnippet(Span span) => span.Shift(-Offset);

    /// <summary>A span of the snippet with its words: <c>[14..19) "fifty"</c>.</summary>
    public string Describe(Span span) =>
        span.IsNone || span.Start < 0 || span.End > Text.Length ? span.ToString() : $"{span} \"{Text.Substring(span.Start, span.Length)}\"";

    /// <summary>
    /// What differs between the marked spans and <paramref name="findings"/>: every mark needs a finding at exactly its
    /// words (of the rule it names, or of <paramref name="ruleOfUnnamedMarks"/>, or of any rule when that is null), and
    /// every finding needs a mark. Empty when they agree.
    /// </summary>
    public ImmutableArray<string> Compare(IEnumerable<Finding> findings, string? ruleOfUnnamedMarks = null)
    {
        var unmatched = findings.OrderBy(f => f.Location.Span).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();
        var problems = ImmutableArray.CreateBuilder<string>();
        foreach (MarkedSpan mark in Marked)
        {
            string? rule = mark.RuleId ?? ruleOfUnnamedMarks;
            int match = unmatched.FindIndex(f => ToSnippet(f.Location.Span) == mark.Span && (rule is null || f.RuleId == rule));
            if (match >= 0)
            {
                unmatched.RemoveAt(match);
                continue;
            }
            problems.Add($"expected a finding{(rule is null ? "" : " of " + rule)} at {Describe(mark.Span)}, got none there");
        }
        foreach (Finding finding in unmatched)
        {
            problems.Add($"unexpected finding {finding.RuleId} at {Describe(ToSnippet(finding.Location.Span))}: {finding.Message}");
        }
        return problems.ToImmutable();
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
