using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using DraftCheck.Findings;
using DraftCheck.Model;

namespace DraftCheck.Reports;

/// <summary>
/// One self-contained HTML page (no network: styles and script inline, a content security policy that forbids
/// loading anything): per draft, its text with every finding highlighted at its words, and beside it the findings
/// grouped by provision or by rule, a severity filter, and each finding's explanation, suggested amendment and source.
/// Clicking a finding brings its words into view; clicking highlighted words shows their findings.
/// </summary>
public sealed class HtmlReporter : IReporter
{
    /// <inheritdoc/>
    public void Render(CheckRun run, TextWriter output)
    {
        var html = new StringBuilder();
        string title = run.Drafts.Length == 1 ? $"DraftCheck: {run.Drafts[0].Draft}" : $"DraftCheck: {run.Drafts.Length} drafts";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"generator\" content=\"DraftCheck\">\n")
            .Append("<title>").Append(Escape(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");

        CheckSummary summary = run.Summary;
        html.Append("<header class=\"top\">\n<h1>DraftCheck report</h1>\n<p class=\"summary\">").Append(Escape(summary.ToString())).Append("</p>\n");
        html.Append("<form class=\"controls\" onsubmit=\"return false\">\n<fieldset class=\"filter\"><legend>Severity</legend>");
        foreach (Severity severity in new[] { Severity.Error, Severity.Warning, Severity.Info, Severity.Hidden })
        {
            int count = run.Drafts.Sum(d => d.Findings.Count(f => f.Severity == severity));
            if (severity == Severity.Hidden && count == 0) continue;
            string name = severity.ToText();
            html.Append("<label class=\"sev-").Append(name).Append("\"><input type=\"checkbox\" data-severity=\"").Append(name).Append('"')
                .Append(severity == Severity.Hidden ? string.Empty : " checked").Append("> ").Append(name)
                .Append(" <span class=\"count\">").Append(Number(count)).Append("</span></label>");
        }
        html.Append("</fieldset>\n<fieldset class=\"grouping\"><legend>Group by</legend>")
            .Append("<label><input type=\"radio\" name=\"group\" value=\"provision\" checked> provision</label>")
            .Append("<label><input type=\"radio\" name=\"group\" value=\"rule\"> rule</label></fieldset>\n</form>\n</header>\n<main>\n");

        for (int d = 0; d < run.Drafts.Length; d++) WriteDraft(html, run.Drafts[d], d);

        html.Append("</main>\n<script>\n").Append(Script).Append("</script>\n</body>\n</html>\n");
        output.Write(html.ToString());
    }

    private static void WriteDraft(StringBuilder html, DraftResult draft, int d)
    {
        html.Append("<section class=\"draft\" id=\"d").Append(Number(d)).Append("\">\n<h2>").Append(Escape(draft.Draft)).Append("</h2>\n");
        foreach (DraftError error in draft.Errors)
        {
            html.Append("<p class=\"error\">").Append(Escape($"error {error.Code}: {error.Message}")).Append("</p>\n");
        }
        foreach (ReadWarning warning in draft.Warnings)
        {
            html.Append("<p class=\"warning\">").Append(Escape($"warning {warning.Code}: {warning.Message}")).Append("</p>\n");
        }
        if (draft.IsUnreadable)
        {
            html.Append("</section>\n");
            return;
        }

        html.Append("<div class=\"columns\">\n<article class=\"text\"").Append(draft.Text is { } words && IsMostlyChinese(words.Content) ? " lang=\"zh\"" : string.Empty).Append(">\n");
        if (draft.Text is { } text) WriteText(html, text, draft.Findings, d);
        else html.Append("<p class=\"note\">The draft's text is not part of this report (the checker did not keep it).</p>\n");
        html.Append("</article>\n<aside class=\"findings\">\n");
        if (draft.Findings.IsEmpty) html.Append("<p class=\"none\">No findings.</p>\n");

        html.Append("<div class=\"by-provision\">\n");
        foreach (IGrouping<ProvisionId, (Finding Finding, int Index)> group in draft.Findings.Select((f, i) => (f, i)).GroupBy(x => x.f.Location.Provision.Id))
        {
            html.Append("<section class=\"group\"><h3>").Append(Escape(group.First().Finding.Location.Provision.Label)).Append("</h3>\n<ol>\n");
            foreach ((Finding finding, int index) in group) WriteItem(html, finding, FindingId(d, index));
            html.Append("</ol></section>\n");
        }
        html.Append("</div>\n<div class=\"by-rule\" hidden>\n");
        foreach (IGrouping<string, (Finding Finding, int Index)> group in draft.Findings.Select((f, i) => (f, i))
                     .GroupBy(x => x.f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            RuleDescriptor rule = group.First().Finding.Rule;
            html.Append("<section class=\"group\"><h3><code>").Append(Escape(rule.Id)).Append("</code> ").Append(Escape(rule.Title)).Append("</h3>\n<ol>\n");
            foreach ((Finding finding, int index) in group) WriteItem(html, finding, FindingId(d, index));
            html.Append("</ol></section>\n");
        }
        html.Append("</div>\n</aside>\n</div>\n</section>\n");
    }

    private static void WriteItem(StringBuilder html, Finding finding, string id)
    {
        string severity = finding.Severity.ToText();
        html.Append("<li class=\"finding-item sev-").Append(severity).Append("\" data-f=\"").Append(id).Append("\" data-severity=\"").Append(severity).Append("\">")
            .Append("<button type=\"button\" class=\"goto\" data-f=\"").Append(id).Append("\"><span class=\"sev\">").Append(severity).Append("</span> <code>")
            .Append(Escape(finding.RuleId)).Append("</code> ").Append(Escape(finding.Message)).Append("</button>\n<div class=\"detail\">");
        if (!finding.Location.IsNone)
        {
            html.Append("<p class=\"quote\"><span class=\"where\">").Append(Escape(finding.Location.Provision.Label)).Append("</span> \u201C")
                .Append(Escape(finding.Location.Quote)).Append("\u201D</p>");
        }
        if (finding.Rule.Description.Length > 0) html.Append("<p class=\"explanation\">").Append(Escape(finding.Rule.Description)).Append("</p>");
        if (finding.Fix is { } fix)
        {
            html.Append("<p class=\"fix\"><b>Suggested amendment:</b> ").Append(Escape(fix.Title)).Append(':');
            for (int e = 0; e < fix.Edits.Length; e++)
            {
                TextEdit edit = fix.Edits[e];
                html.Append(e == 0 ? " <del>" : "; <del>").Append(Escape(edit.OldText)).Append("</del>\u2192<ins>").Append(Escape(edit.NewText)).Append("</ins>");
            }
            html.Append("</p>");
        }
        html.Append("<p class=\"source\"><b>Source:</b> ").Append(Escape(finding.Rule.Source)).Append("</p>");
        if (finding.Rule.HelpUri.Length > 0)
        {
            html.Append("<p class=\"help\"><a href=\"").Append(Escape(finding.Rule.HelpUri)).Append("\" rel=\"noreferrer\">More about ")
                .Append(Escape(finding.RuleId)).Append("</a></p>");
        }
        html.Append("</div></li>\n");
    }

    // The draft's paragraphs; each is cut where a finding starts or ends, and the pieces inside findings become <mark>s
    // naming every finding that covers them (findings may overlap).
    private static void WriteText(StringBuilder html, DraftText text, ImmutableArray<Finding> findings, int d)
    {
        var starts = ImmutableArray.CreateRange(text.Paragraphs, p => p.Span.Start);
        var perParagraph = new List<int>?[text.Paragraphs.Length];
        for (int i = 0; i < findings.Length; i++)
        {
            Span span = findings[i].Location.Span;
            if (span.IsNone || span.End > text.Content.Length) continue;
            int first = ParagraphAt(starts, span.Start);
            int last = span.IsEmpty ? first : ParagraphAt(starts, span.End - 1);
            for (int p = Math.Max(first, 0); p <= last; p++) (perParagraph[p] ??= []).Add(i);
        }

        string story = "body";
        for (int p = 0; p < text.Paragraphs.Length; p++)
        {
            DraftParagraph paragraph = text.Paragraphs[p];
            if (paragraph.Story != story)
            {
                story = paragraph.Story;
                html.Append("<h4 class=\"story\">").Append(Escape(story)).Append("</h4>\n");
            }
            html.Append("<p data-p=\"").Append(Number(p)).Append("\">");
            WriteParagraph(html, text, paragraph.Span, perParagraph[p], findings, d);
            html.Append("</p>\n");
        }
    }

    private static void WriteParagraph(StringBuilder html, DraftText text, Span paragraph, List<int>? covering, ImmutableArray<Finding> findings, int d)
    {
        if (covering is null)
        {
            html.Append(Escape(text[paragraph]));
            return;
        }
        var cuts = new SortedSet<int> { paragraph.Start, paragraph.End };
        foreach (int i in covering)
        {
            Span span = findings[i].Location.Span;
            cuts.Add(Math.Clamp(span.Start, paragraph.Start, paragraph.End));
            cuts.Add(Math.Clamp(span.End, paragraph.Start, paragraph.End));
        }
        int previous = -1;
        foreach (int cut in cuts)
        {
            // An empty span is a point: a caret mark, so that it too can be seen and scrolled to.
            foreach (int i in covering)
            {
                Span span = findings[i].Location.Span;
                if (span.IsEmpty && span.Start == cut) AppendMark(html, [i], findings, d, "\u2038");
            }
            if (previous >= 0 && cut > previous)
            {
                Span piece = Span.FromBounds(previous, cut);
                List<int> inside = [.. covering.Where(i => findings[i].Location.Span.Contains(piece))];
                if (inside.Count == 0) html.Append(Escape(text[piece]));
                else AppendMark(html, inside, findings, d, text[piece]);
            }
            previous = cut;
        }
    }

    private static void AppendMark(StringBuilder html, List<int> inside, ImmutableArray<Finding> findings, int d, string words)
    {
        Severity worst = inside.Max(i => findings[i].Severity);
        string severities = string.Join(' ', inside.Select(i => findings[i].Severity.ToText()).Distinct().Order(StringComparer.Ordinal));
        html.Append("<mark class=\"finding sev-").Append(worst.ToText()).Append(inside.Count > 1 ? " multi" : string.Empty).Append("\" data-f=\"")
            .Append(string.Join(' ', inside.Select(i => FindingId(d, i)))).Append("\" data-severities=\"").Append(severities).Append("\" title=\"")
            .Append(Escape(string.Join("\n", inside.Select(i => $"{findings[i].RuleId}: {findings[i].Message}")))).Append("\">")
            .Append(Escape(words)).Append("</mark>");
    }

    // Chinese drafts get lang="zh", so that the browser picks Chinese glyphs rather than Japanese ones for the characters.
    private static bool IsMostlyChinese(string text)
    {
        int letters = 0, ideographs = 0;
        foreach (char c in text.AsSpan(0, Math.Min(text.Length, 4000)))
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c is >= '\u4E00' and <= '\u9FFF') ideographs++;
        }
        return letters > 0 && ideographs * 3 >= letters;
    }

    // The paragraph whose span holds the position (a separator belongs to the paragraph before it).
    private static int ParagraphAt(ImmutableArray<int> starts, int position)
    {
        int index = starts.BinarySearch(position);
        return index >= 0 ? index : ~index - 1;
    }

    private static string FindingId(int draft, int finding) => $"d{Number(draft)}f{Number(finding)}";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    private const string Style = """
        :root { --error: #c62828; --warning: #b26a00; --info: #1565c0; --hidden: #757575; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.55 system-ui, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #1b1b1b; background: #fafafa; }
        header.top { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid #ddd; padding: .5rem 1rem; display: flex; flex-wrap: wrap; gap: .5rem 2rem; align-items: center; }
        header.top h1 { font-size: 1.1rem; margin: 0; }
        header.top .summary { margin: 0; font-weight: 600; }
        .controls { display: flex; gap: 1rem; margin: 0; }
        fieldset { border: 1px solid #ddd; border-radius: 4px; padding: .1rem .6rem; margin: 0; }
        legend { font-size: .8rem; color: #555; }
        label { margin-right: .7rem; white-space: nowrap; }
        .count { color: #555; }
        section.draft { padding: 0 1rem 2rem; }
        section.draft > h2 { font-size: 1rem; font-family: ui-monospace, monospace; margin: 1rem 0 .5rem; }
        .columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); gap: 1.5rem; align-items: start; }
        article.text { background: #fff; border: 1px solid #ddd; padding: 1rem 1.5rem; }
        article.text p { margin: 0 0 .6rem; white-space: pre-wrap; min-height: 1em; }
        h4.story { margin: 1.5rem 0 .5rem; font-size: .8rem; text-transform: uppercase; color: #555; }
        mark.finding { background: #fde2e1; border-bottom: 2px solid var(--error); cursor: pointer; color: inherit; }
        mark.finding.sev-warning { background: #fff1d6; border-color: var(--warning); }
        mark.finding.sev-info { background: #e3efff; border-color: var(--info); }
        mark.finding.sev-hidden { background: #eee; border-color: var(--hidden); }
        mark.finding.multi { background-image: linear-gradient(rgba(0, 0, 0, .09), rgba(0, 0, 0, .09)); }
        mark.finding.muted { background: transparent; border-color: transparent; cursor: auto; }
        mark.finding.current { outline: 3px solid #222; outline-offset: 1px; }
        aside.findings { position: sticky; top: 4rem; max-height: calc(100vh - 5rem); overflow: auto; }
        aside h3 { font-size: .95rem; margin: .8rem 0 .3rem; }
        aside ol { list-style: none; margin: 0; padding: 0; }
        li.finding-item { background: #fff; border: 1px solid #ddd; border-left: 4px solid var(--error); border-radius: 3px; margin: 0 0 .5rem; }
        li.finding-item.sev-warning { border-left-color: var(--warning); }
        li.finding-item.sev-info { border-left-color: var(--info); }
        li.finding-item.sev-hidden { border-left-color: var(--hidden); }
        li.finding-item.current { box-shadow: 0 0 0 2px #222; }
        button.goto { all: unset; display: block; cursor: pointer; padding: .4rem .6rem; }
        button.goto:focus-visible { outline: 2px solid #222; }
        .sev { font-weight: 700; text-transform: uppercase; font-size: .75rem; }
        .sev-error .sev { color: var(--error); } .sev-warning .sev { color: var(--warning); } .sev-info .sev { color: var(--info); } .sev-hidden .sev { color: var(--hidden); }
        .detail { padding: 0 .6rem .4rem; font-size: .9rem; }
        .detail p { margin: .2rem 0; }
        .quote { color: #333; } .where { font-weight: 600; }
        .source, .explanation { color: #444; }
        del { color: var(--error); } ins { color: #2e7d32; text-decoration: none; font-weight: 600; }
        p.error { color: var(--error); font-weight: 600; } p.warning { color: var(--warning); }
        [hidden] { display: none !important; }
        @media (max-width: 800px) { .columns { grid-template-columns: 1fr; } aside.findings { position: static; max-height: none; } }

        """;

    private const string Script = """
        (function () {
          'use strict';
          var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-severity]'));
          function shown() {
            var set = {};
            boxes.forEach(function (b) { if (b.checked) set[b.getAttribute('data-severity')] = true; });
            return set;
          }
          function applyFilter() {
            var set = shown();
            document.querySelectorAll('li.finding-item').forEach(function (li) { li.hidden = !set[li.getAttribute('data-severity')]; });
            document.querySelectorAll('mark.finding').forEach(function (m) {
              var any = m.getAttribute('data-severities').split(' ').some(function (s) { return set[s]; });
              m.classList.toggle('muted', !any);
            });
            document.querySelectorAll('aside .group').forEach(function (g) { g.hidden = !g.querySelector('li.finding-item:not([hidden])'); });
          }
          function select(id) {
            document.querySelectorAll('.current').forEach(function (e) { e.classList.remove('current'); });
            var marks = document.querySelectorAll('mark[data-f~="' + id + '"]');
            marks.forEach(function (m) { m.classList.add('current'); });
            document.querySelectorAll('li.finding-item[data-f="' + id + '"]').forEach(function (li) { li.classList.add('current'); });
            return marks;
          }
          boxes.forEach(function (b) { b.addEventListener('change', applyFilter); });
          document.querySelectorAll('input[name="group"]').forEach(function (r) {
            r.addEventListener('change', function () {
              var byRule = document.querySelector('input[name="group"][value="rule"]').checked;
              document.querySelectorAll('.by-provision').forEach(function (e) { e.hidden = byRule; });
              document.querySelectorAll('.by-rule').forEach(function (e) { e.hidden = !byRule; });
            });
          });
          document.addEventListener('click', function (event) {
            var button = event.target.closest('button.goto');
            if (button) {
              var marks = select(button.getAttribute('data-f'));
              if (marks.length > 0) marks[0].scrollIntoView({ block: 'center' });
              return;
            }
            var mark = event.target.closest('mark.finding');
            if (mark && !mark.classList.contains('muted')) {
              var first = mark.getAttribute('data-f').split(' ')[0];
              select(first);
              // The item in the grouping on show (the other grouping's copy has no layout box).
              var items = Array.prototype.slice.call(document.querySelectorAll('li.finding-item[data-f="' + first + '"]'))
                .filter(function (li) { return li.offsetParent !== null; });
              if (items.length > 0) items[0].scrollIntoView({ block: 'nearest' });
            }
          });
          applyFilter();
        })();

        """;
}
