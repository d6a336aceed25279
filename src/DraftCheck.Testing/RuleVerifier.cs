using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using DraftCheck.Checking;
using DraftCheck.Compilation;
using DraftCheck.Findings;
using DraftCheck.Model;
using DraftCheck.Rules;
using DraftCheck.Rules.Model;
using DraftCheck.Semantics;

namespace DraftCheck.Testing;

/// <summary>
/// Runs rules over provision text and checks their findings, for rule authors' tests (xunit or any framework: a
/// failure is a <see cref="RuleAssertionException"/> whose message lists every difference). Mark the words each finding
/// must point at: <c>[|...|]</c> for a finding of any rule run, <c>{|IIPA001:...|}</c> for a finding of IIPA001.
/// <code>
/// private static readonly RuleVerifier s_iipa001 = RuleVerifier.ForPack("rules/iipa-2020").Only("IIPA001");
///
/// [Fact]
/// public void Iipa001_LifePlusFifty_Fires() =>
///     s_iipa001.Verify("Article 21 The term shall be [|the life of the author and fifty years after his death|].");
/// </code>
/// Text without an article label is checked as the first paragraph of "Article 1" ("第一条" for Chinese). Spans in
/// messages and in the findings returned count from the start of the text given, without markup.
/// </summary>
public sealed class RuleVerifier
{
    private static readonly ConcurrentDictionary<string, Lazy<RulePack>> s_packs = new(StringComparer.Ordinal);

    private readonly ImmutableArray<RulePack> _packs;
    private readonly ImmutableHashSet<string>? _only;
    private readonly CheckOptions _options;
    private readonly DraftChecker _checker;

    private RuleVerifier(ImmutableArray<RulePack> packs, ImmutableHashSet<string>? only, CheckOptions options)
    {
        _packs = packs;
        _only = only;
        _options = options;
        _checker = new DraftChecker(packs, options);
    }

    /// <summary>
    /// The rules of the pack in <paramref name="directory"/>, compiled once per test process (without the disk cache).
    /// </summary>
    /// <exception cref="RuleAssertionException">The pack does not compile or breaks the pack rules; the message lists the errors.</exception>
    public static RuleVerifier ForPack(string directory)
    {
        string full = Path.GetFullPath(directory);
        RulePack pack = s_packs.GetOrAdd(full, path => new Lazy<RulePack>(() => CompilePack(path))).Value;
        return ForPacks(pack);
    }

    /// <summary>
    /// The rules of the pack at <paramref name="relativePath"/> from the folder of the calling source file: a test next to
    /// its pack says <c>RuleVerifier.ForPackRelativeToSource("..")</c> and runs from any build folder.
    /// </summary>
    public static RuleVerifier ForPackRelativeToSource(string relativePath, [CallerFilePath] string sourceFile = "") =>
        ForPack(Path.Combine(Path.GetDirectoryName(sourceFile) ?? string.Empty, relativePath));

    /// <summary>The rules of packs already compiled.</summary>
    public static RuleVerifier ForPacks(params RulePack[] packs) => new([.. packs], null, CheckOptions.Default);

    /// <summary>Rule objects compiled with the test project (no sandbox, no time-budget checks inside their code).</summary>
    public static RuleVerifier ForRules(params Rule[] rules) => ForPacks(RulePack.FromRules("rules", rules));

    /// <summary>The ids of the rules whose findings are checked, in order.</summary>
    public ImmutableArray<string> RuleIds =>
        [.. _packs.SelectMany(p => p.Descriptors).Select(d => d.Id).Where(id => _only is null || _only.Contains(id)).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Checks only the findings of <paramref name="ruleIds"/>. Every rule of the packs still runs, so that facts other
    /// rules derive are there; the findings of the others are ignored.
    /// </summary>
    /// <exception cref="ArgumentException">A rule id is not in the packs.</exception>
    public RuleVerifier Only(params string[] ruleIds)
    {
        var known = _packs.SelectMany(p => p.Descriptors).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        string[] unknown = [.. ruleIds.Where(id => !known.Contains(id))];
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"No rule {string.Join(", ", unknown)} in {DescribePacks()}; the rules are {string.Join(", ", known.Order(StringComparer.Ordinal))}.", nameof(ruleIds));
        }
        return new RuleVerifier(_packs, [.. ruleIds], _options);
    }

    /// <summary>The descriptors of the rules whose findings are checked, by id.</summary>
    public ImmutableArray<RuleDescriptor> Descriptors =>
        [.. _packs.SelectMany(p => p.Descriptors).Where(d => _only is null || _only.Contains(d.Id)).OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>
    /// The same rules checking every provision under <paramref name="scope"/> (a checklist item about something missing
    /// applies only to topics the scope covers), instead of the scope inferred from the provision's words; null infers it.
    /// </summary>
    public RuleVerifier WithScope(DraftScope? scope) => new(_packs, _only, _options with { Scope = scope });

    /// <summary>The same rules with another time budget per check (the default is <see cref="CheckOptions.Default"/>'s).</summary>
    public RuleVerifier WithTimeBudget(TimeSpan budget) => new(_packs, _only, _options with { RuleTimeBudget = budget });

    /// <summary>
    /// Runs the rules on <paramref name="provision"/> (markup, if any, is removed) and returns the findings of the rules
    /// checked, with spans counted in the provision text. Asserts nothing, except that no rule failed.
    /// </summary>
    /// <exception cref="RuleAssertionException">A rule threw or ran out of time.</exception>
    public ImmutableArray<Finding> Run(string provision)
    {
        (ProvisionSnippet snippet, ImmutableArray<Finding> findings) = Check(provision);
        return [.. findings.Select(f => InSnippet(f, snippet))];
    }

    /// <summary>
    /// Runs the rules on the provision and asserts that their findings are exactly the marked ones: each mark has a
    /// finding at exactly its words (of the rule the mark names, if it names one), and each finding has a mark. Text
    /// without markup asserts that there is no finding. Returns the findings, with spans counted in the provision text.
    /// </summary>
    /// <exception cref="RuleAssertionException">The findings differ from the marks, or a rule failed.</exception>
    public ImmutableArray<Finding> Verify(string markup)
    {
        (ProvisionSnippet snippet, ImmutableArray<Finding> findings) = Check(markup);
        ImmutableArray<string> problems = snippet.Compare(findings);
        if (!problems.IsEmpty) throw Failure(snippet, problems, findings);
        return [.. findings.Select(f => InSnippet(f, snippet))];
    }

    /// <summary>Asserts that the rules checked report nothing on <paramref name="provision"/>.</summary>
    /// <exception cref="RuleAssertionException">A rule checked reported a finding, or a rule failed.</exception>
    public void VerifyNoFindings(string provision)
    {
        ProvisionSnippet snippet = Parse(provision);
        if (snippet.Marked.Length > 0) throw new ArgumentException("VerifyNoFindings takes text without markup; use Verify to expect findings.", nameof(provision));
        Verify(provision);
    }

    /// <summary>
    /// Asserts the marked findings (as <see cref="Verify"/>), that exactly one of them suggests a fix, and that applying
    /// the fix to the provision gives <paramref name="amended"/>.
    /// </summary>
    /// <exception cref="RuleAssertionException">The findings or the amended text differ.</exception>
    public Finding VerifyFix(string markup, string amended)
    {
        ImmutableArray<Finding> findings = Verify(markup);
        Finding[] withFix = [.. findings.Where(f => f.HasFix)];
        string text = Parse(markup).Text;
        if (withFix.Length != 1)
        {
            throw new RuleAssertionException($"Expected exactly one finding with a fix on \"{Shorten(text)}\", got {withFix.Length}.{Environment.NewLine}{List(findings)}");
        }
        string actual = Amended(text, withFix[0].Fix!);
        if (actual != amended)
        {
            throw new RuleAssertionException(
                $"The fix \"{withFix[0].Fix!.Title}\" of {withFix[0].RuleId} gives different wording.{Environment.NewLine}" +
                $"  expected: {amended}{Environment.NewLine}  actual:   {actual}{Environment.NewLine}  first difference at {FirstDifference(amended, actual)}");
        }
        return withFix[0];
    }

    /// <summary>
    /// Runs the examples the rules checked declare (<see cref="FiresAttribute"/>, <see cref="DoesNotFireAttribute"/>)
    /// and asserts that every one behaves as declared. Returns the outcomes.
    /// </summary>
    /// <exception cref="RuleAssertionException">An example failed; the message lists every failure.</exception>
    public ImmutableArray<ExampleOutcome> VerifyExamples()
    {
        IEnumerable<RuleDefinition> rules = _packs.SelectMany(p => p.Definitions)
            .Where(d => d.Descriptor is not null && (_only is null || _only.Contains(d.Descriptor.Id)));
        ImmutableArray<ExampleOutcome> outcomes = RuleExamples.Run(_checker, rules);
        ExampleOutcome[] failed = [.. outcomes.Where(o => !o.Passed)];
        if (failed.Length > 0)
        {
            var message = new StringBuilder($"{failed.Length} of {outcomes.Length} examples failed:");
            foreach (ExampleOutcome outcome in failed)
            {
                message.Append(Environment.NewLine).Append($"  {outcome.Example.RuleId} {(outcome.Example.Fires ? "fires on" : "does not fire on")} \"{Shorten(outcome.Example.PlainText)}\"");
                foreach (string problem in outcome.Problems) message.Append(Environment.NewLine).Append("    ").Append(problem);
            }
            throw new RuleAssertionException(message.ToString());
        }
        return outcomes;
    }

    /// <summary>The provision text with a fix's edits applied; the edits' spans count in <paramref name="text"/>.</summary>
    public static string Amended(string text, Fix fix)
    {
        var builder = new StringBuilder(text);
        foreach (TextEdit edit in fix.Edits.OrderByDescending(e => e.Span.Start))
        {
            builder.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText);
        }
        return builder.ToString();
    }

    private (ProvisionSnippet Snippet, ImmutableArray<Finding> Findings) Check(string markup)
    {
        ProvisionSnippet snippet = Parse(markup);
        DraftResult result = snippet.Check(_checker);
        ImmutableArray<Finding> findings = [.. result.Findings.Where(f => _only is null || _only.Contains(f.RuleId))];
        if (!result.Errors.IsEmpty)
        {
            throw Failure(snippet, [.. result.Errors.Select(e => $"{e.Code}: {e.Message}")], findings);
        }
        return (snippet, findings);
    }

    private static ProvisionSnippet Parse(string markup)
    {
        try
        {
            return ProvisionSnippet.Parse(markup);
        }
        catch (FormatException ex)
        {
            throw new ArgumentException($"The provision's {ex.Message}.", nameof(markup), ex);
        }
    }

    private RuleAssertionException Failure(ProvisionSnippet snippet, IReadOnlyList<string> problems, ImmutableArray<Finding> findings)
    {
        var message = new StringBuilder();
        message.Append($"{string.Join(", ", RuleIds)} on \"{Shorten(snippet.Text)}\": {problems.Count} {(problems.Count == 1 ? "problem" : "problems")}");
        foreach (string problem in problems) message.Append(Environment.NewLine).Append("  ").Append(problem);
        message.Append(Environment.NewLine).Append(findings.IsEmpty ? "No findings." : "Findings:");
        foreach (Finding finding in findings.OrderBy(f => f.Location.Span))
        {
            message.Append(Environment.NewLine).Append($"  {finding.RuleId} {finding.Severity.ToText()} {snippet.Describe(snippet.ToSnippet(finding.Location.Span))}: {finding.Message}");
        }
        return new RuleAssertionException(message.ToString());
    }

    private static Finding InSnippet(Finding finding, ProvisionSnippet snippet)
    {
        Location Shift(Location location) => location with { Span = snippet.ToSnippet(location.Span) };
        return finding with
        {
            Location = Shift(finding.Location),
            AdditionalLocations = [.. finding.AdditionalLocations.Select(Shift)],
            Fix = finding.Fix is null ? null : finding.Fix with { Edits = [.. finding.Fix.Edits.Select(e => e with { Span = snippet.ToSnippet(e.Span) })] },
        };
    }

    private static string List(ImmutableArray<Finding> findings) =>
        string.Join(Environment.NewLine, findings.Select(f => $"  {f.RuleId} {f.Location.Span} {f.Message}{(f.HasFix ? $" (fix: {f.Fix!.Title})" : "")}"));

    private static string FirstDifference(string expected, string actual)
    {
        int i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i]) i++;
        return $"{i}: expected \"{Shorten(expected[i..])}\", actual \"{Shorten(actual[i..])}\"";
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    private string DescribePacks() => string.Join(", ", _packs.Select(p => p.Name));

    private static RulePack CompilePack(string directory)
    {
        RulePackResult result = RulePackCompiler.Compile(directory, DraftChecker.RuleEnvironment);
        if (result.Succeeded) return result.Pack!;
        throw new RuleAssertionException($"The rule pack {directory} does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, result.Errors.Select(e => "  " + e))}");
    }
}

/// <summary>A rule did not behave as a test said: the message lists the differences and the findings.</summary>
public sealed class RuleAssertionException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    public RuleAssertionException(string message)
        : base(message)
    {
    }
}
