using System.Collections.Immutable;
using DraftCheck.Findings;
using DraftCheck.Model;
using Microsoft.Playwright;
using Location = DraftCheck.Model.Location;

namespace DraftCheck.Reports.Tests;

/// <summary>Headless Chromium (Debian's, driven by Playwright) for the browser tests; started once for the class.</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath)) return;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

/// <summary>The HTML report in a real browser: every finding highlighted, clicking a finding shows its words, filters, no network.</summary>
public sealed class HtmlBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("draftcheck-html-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // A long draft (Article 21's three paragraphs repeated as 40 articles), with findings near the top, in the middle
    // and at the end, so that bringing words into view needs scrolling.
    private static CheckRun LongRun()
    {
        string[] paragraphs = Fixtures.English.Content.Split('\n')[1..];
        var lines = new List<string> { "Copyright Law of the People's Republic of China" };
        for (int article = 1; article <= 40; article++)
        {
            foreach (string paragraph in paragraphs) lines.Add(paragraph.Replace("Article 21", $"Article {article}", StringComparison.Ordinal));
        }
        MarkedDraft draft = MarkedDraft.Parse("drafts/long.docx", [.. lines]);
        var findings = new List<Finding>();
        foreach (int line in new[] { 1, 20, 41, 42, 60, lines.Count - 1 })
        {
            Span paragraph = draft.Paragraphs[line];
            var span = new Span(paragraph.Start + 20, 40);
            var provision = new ProvisionRef(new ProvisionId($"p{line}"), $"Paragraph {line}");
            Severity severity = line % 2 == 0 ? Severity.Warning : Severity.Error;
            RuleDescriptor rule = severity == Severity.Error ? Fixtures.Iipa001 : Fixtures.Draft101;
            findings.Add(new Finding(rule, $"Finding in paragraph {line}.", new Location(provision, span, draft[span]) { Draft = draft.Name }) { Severity = severity });
            // An overlapping finding on some of the same words.
            if (line == 41) findings.Add(new Finding(Fixtures.Draft102, "Overlapping finding.", new Location(provision, new Span(span.Start + 10, 60), draft[new Span(span.Start + 10, 60)]) { Draft = draft.Name }));
        }
        var result = new DraftResult(draft.Name, findings, [], [])
        {
            Text = new DraftText(draft.Content, draft.BodyParagraphs),
        };
        return new CheckRun([result], [Fixtures.Draft101, Fixtures.Draft102, Fixtures.Iipa001]);
    }

    private async Task<IPage> OpenAsync(CheckRun run, List<string> requests)
    {
        Skip.If(chromium.Browser is null && Environment.GetEnvironmentVariable("CI") != "true",
            $"Chromium ({ChromiumFixture.ExecutablePath}) is not installed; .ci/run installs it (apt-get install chromium).");
        Assert.NotNull(chromium.Browser);
        string path = Path.Combine(_folder, "report.html");
        using (var writer = new StreamWriter(path)) new HtmlReporter().Render(run, writer);
        IPage page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 720 } });
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        return page;
    }

    private static Task<bool> InViewAsync(IPage page, string findingId) => page.EvaluateAsync<bool>(
        @"id => { const r = document.querySelector('mark[data-f~=""' + id + '""]').getBoundingClientRect();
                  return r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight; }", findingId);

    [SkippableFact]
    public async Task Report_EveryFinding_IsHighlightedAtItsWords()
    {
        var requests = new List<string>();
        CheckRun run = LongRun();
        IPage page = await OpenAsync(run, requests);

        ImmutableArray<Finding> findings = run.Drafts[0].Findings;
        for (int i = 0; i < findings.Length; i++)
        {
            string words = await page.EvaluateAsync<string>(
                @"id => Array.from(document.querySelectorAll('mark[data-f~=""' + id + '""]')).map(m => m.textContent).join('')", $"d0f{i}");
            Assert.Equal(findings[i].Location.Quote, words);
        }
        Assert.Equal(findings.Length, await page.Locator("aside .by-provision li.finding-item").CountAsync());
    }

    [SkippableFact]
    public async Task Report_ClickingAFinding_BringsItsWordsIntoView()
    {
        var requests = new List<string>();
        CheckRun run = LongRun();
        IPage page = await OpenAsync(run, requests);

        // From the last to the first, so that every click has to scroll.
        for (int i = run.Drafts[0].Findings.Length - 1; i >= 0; i--)
        {
            await page.ClickAsync($"aside .by-provision button.goto[data-f='d0f{i}']");

            Assert.True(await InViewAsync(page, $"d0f{i}"), $"The words of finding d0f{i} are not in view after clicking it.");
            Assert.Contains("current", await page.GetAttributeAsync($"mark[data-f~='d0f{i}']", "class") ?? string.Empty);
        }
    }

    [SkippableFact]
    public async Task Report_ClickingAFindingGroupedByRule_BringsItsWordsIntoView()
    {
        var requests = new List<string>();
        IPage page = await OpenAsync(LongRun(), requests);

        await page.CheckAsync("input[name='group'][value='rule']");
        await page.ClickAsync("aside .by-rule button.goto[data-f='d0f6']");

        Assert.False(await page.IsVisibleAsync("aside .by-provision"));
        Assert.True(await InViewAsync(page, "d0f6"));
    }

    [SkippableFact]
    public async Task Report_SeverityFilter_HidesFindingsAndTheirHighlights()
    {
        var requests = new List<string>();
        IPage page = await OpenAsync(LongRun(), requests);

        await page.UncheckAsync("input[data-severity='error']");

        Assert.Equal(0, await page.Locator("aside .by-provision li.finding-item[data-severity='error']:visible").CountAsync());
        Assert.Equal(4, await page.Locator("aside .by-provision li.finding-item[data-severity='warning']:visible").CountAsync());
        Assert.Contains("muted", await page.GetAttributeAsync("mark[data-f='d0f0']", "class") ?? string.Empty);
        Assert.DoesNotContain("muted", await page.GetAttributeAsync("mark[data-f='d0f1']", "class") ?? string.Empty);
    }

    [SkippableFact]
    public async Task Report_Opening_LoadsNothingButTheFileItself()
    {
        var requests = new List<string>();
        IPage page = await OpenAsync(Fixtures.Run(), requests);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal([page.Url], requests);
    }
}
