using System.Collections.Immutable;
using DraftCheck.Compilation;
using DraftCheck.Docx;
using DraftCheck.Engine;
using DraftCheck.Findings;
using DraftCheck.Model;
using DraftCheck.Rules;
using DraftCheck.Semantics;
using DraftCheck.Syntax;
using DraftCheck.Text;

namespace DraftCheck.Checking;

/// <summary>How to check drafts.</summary>
public sealed record CheckOptions
{
    /// <summary>Which text to check when a draft has tracked changes.</summary>
    public RevisionView View { get; init; } = RevisionView.Accepted;

    /// <summary>How long the rules may run on one draft before they are stopped.</summary>
    public TimeSpan RuleTimeBudget { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether results keep the draft's words (<see cref="DraftResult.Text"/>), as the HTML report needs.</summary>
    public bool KeepText { get; init; }

    /// <summary>The drafts' scope (the topics they cover) when the user gives it; null to infer it from each draft's title and content.</summary>
    public DraftScope? Scope { get; init; }

    /// <summary>The engine's limits.</summary>
    public EngineOptions Engine { get; init; } = EngineOptions.Default;

    /// <summary>The defaults.</summary>
    public static CheckOptions Default { get; } = new();
}

/// <summary>
/// Checks drafts: reads the Word file, builds the provision tree, extracts facts, runs the rules and returns the
/// findings with their exact locations. One checker serves many drafts; the rules are compiled once.
/// </summary>
public sealed class DraftChecker
{
    private readonly ISessionFactory _sessions;
    private readonly CheckOptions _options;

    /// <summary>Creates a checker running the rules of <paramref name="packs"/>.</summary>
    public DraftChecker(IEnumerable<RulePack> packs, CheckOptions? options = null)
    {
        ImmutableArray<RulePack> all = [.. packs];
        _options = options ?? CheckOptions.Default;
        _sessions = SessionFactory.Create(all.SelectMany(p => p.Definitions), _options.Engine);
        Rules = [.. all.SelectMany(p => p.Descriptors).OrderBy(d => d.Id, StringComparer.Ordinal)];
    }

    /// <summary>The descriptors of every rule the checker runs, by id.</summary>
    public ImmutableArray<RuleDescriptor> Rules { get; }

    /// <summary>What a rule pack compiled for DraftCheck may see: the model, the rules surface and the fact types.</summary>
    public static RulePackEnvironment RuleEnvironment { get; } = new(
        [typeof(Span).Assembly, typeof(TextLayer).Assembly, typeof(ProvisionTree).Assembly, typeof(SemanticModel).Assembly, typeof(Rule).Assembly],
        ["System", "System.Collections.Generic", "System.Linq", "DraftCheck.Model", "DraftCheck.Rules", "DraftCheck.Semantics"]);

    /// <summary>Checks the Word draft at <paramref name="path"/>. Never throws for a bad draft: the error is in the result.</summary>
    public DraftResult Check(string path)
    {
        DocxReadResult read = DocxReader.Read(path, new DocxReadOptions { View = _options.View });
        if (read.Text is null) return DraftResult.Failed(read.Error!);
        return Check(read.Text, path, read.Warnings);
    }

    /// <summary>Checks a draft already read into a text layer.</summary>
    public DraftResult Check(TextLayer text, string draft, IEnumerable<ReadWarning>? warnings = null)
    {
        SemanticModel model = SemanticModel.Build(StructureBuilder.Build(text), _options.Scope);
        ISession session = _sessions.CreateSession();
        // The budget covers inserting too: the network evaluates conditions as facts arrive. Its token stops the engine
        // between firings; the checks compiled into the packs stop a rule inside its own code.
        using (BudgetScope budget = RuleBudget.Start(_options.RuleTimeBudget))
        {
            session.InsertAll(model.Facts);
            session.Fire(budget.Token);
        }

        ProvisionTree tree = model.Tree;
        ImmutableArray<Finding> findings = Fingerprints.Assign(
            session.Query<Finding>().Select(f => Resolve(f, text, draft)),
            f => f.Location.Provision.Id != ProvisionId.Document && tree.Find(f.Location.Provision.Id) is { } provision ? text[provision.TextSpan] : string.Empty);
        IEnumerable<DraftError> errors = ToDraftErrors(session.Errors, draft);
        ImmutableArray<Conclusion> conclusions =
        [
            .. session.Query<Conclusion>()
                .Select(c => c with { Location = c.Location.IsNone ? c.Location with { Draft = draft } : c.Location with { Draft = draft, Word = text.SourceMap.RangeOf(c.Location.Span) } })
                .OrderBy(c => c.Location.Span).ThenBy(c => c.ItemId, StringComparer.Ordinal).ThenBy(c => c.Reason, StringComparer.Ordinal),
        ];
        return new DraftResult(draft, findings, warnings ?? [], errors)
        {
            Conclusions = conclusions,
            Scope = model.FactsOf<DraftScope>().FirstOrDefault()?.Describe() ?? string.Empty,
            RevisionCount = text.RevisionCount,
            Outline = Outline(tree),
            Text = _options.KeepText ? Words(text) : null,
        };
    }

    // What reporters need of the text layer and the tree, as plain values (reports do not depend on Text or Syntax).
    private static ImmutableArray<DraftProvision> Outline(ProvisionTree tree)
    {
        var provisions = ImmutableArray.CreateBuilder<DraftProvision>(tree.Provisions.Length);
        AddToOutline(tree.Root, parentIndex: -1, provisions);
        return provisions.ToImmutable();
    }

    private static DraftText Words(TextLayer text) =>
        new(text.Text, [.. text.Paragraphs.Select(p => new DraftParagraph(p.Span, p.Story.ToString().ToLowerInvariant()))]);

    // Pre-order, like ProvisionTree.Provisions: a parent always comes before its children.
    private static void AddToOutline(Provision provision, int parentIndex, ImmutableArray<DraftProvision>.Builder outline)
    {
        int index = outline.Count;
        outline.Add(new DraftProvision(provision.Ref, provision.Kind.ToString().ToLowerInvariant(), provision.Span, parentIndex));
        foreach (Provision child in provision.Children) AddToOutline(child, index, outline);
    }

    private static Finding Resolve(Finding finding, TextLayer text, string draft)
    {
        Location location = finding.Location with { Draft = draft, Word = text.SourceMap.RangeOf(finding.Location.Span) };
        Fix? fix = finding.Fix is null ? null : finding.Fix with
        {
            Edits = [.. finding.Fix.Edits.Select(e => e with { OldText = text[e.Span], Word = text.SourceMap.RangeOf(e.Span) })],
        };
        return finding with
        {
            Location = location,
            AdditionalLocations = [.. finding.AdditionalLocations.Select(l => l with { Draft = draft, Word = text.SourceMap.RangeOf(l.Span) })],
            Fix = fix,
        };
    }

    /// <summary>
    /// The draft errors of a run. A rule stopped by the time budget inside its own code becomes one RuleTimeout naming it
    /// and the place it was stopped; the cancellation and the failures of other rules that follow it are its echoes.
    /// </summary>
    private static IEnumerable<DraftError> ToDraftErrors(IReadOnlyList<RuleError> errors, string draft)
    {
        RuleError? stopped = errors.FirstOrDefault(e => TimeoutOf(e) is not null);
        if (stopped is null) return errors.Select(e => ToDraftError(e, draft));
        RuleTimeoutException timeout = TimeoutOf(stopped)!;
        var first = new DraftError(DraftErrorKind.RuleTimeout, draft, $"rule {stopped.RuleName} {timeout.Message}");
        return errors.TakeWhile(e => !ReferenceEquals(e, stopped)).Select(e => ToDraftError(e, draft)).Append(first);
    }

    private static RuleTimeoutException? TimeoutOf(RuleError error)
    {
        for (Exception? cause = error.Exception; cause is not null; cause = cause.InnerException)
        {
            if (cause is RuleTimeoutException timeout) return timeout;
        }
        return null;
    }

    private static DraftError ToDraftError(RuleError error, string draft) => error.Kind switch
    {
        RuleErrorKind.CycleLimit or RuleErrorKind.Cancelled => new DraftError(DraftErrorKind.RuleTimeout, draft,
            error.Kind == RuleErrorKind.Cancelled ? "the rules ran past their time budget and were stopped" : error.Message),
        _ => new DraftError(DraftErrorKind.RuleThrew, draft, error.Message),
    };
}
