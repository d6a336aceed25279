using System.Collections.Immutable;
using System.CommandLine;
using DraftCheck.Compilation;
using DraftCheck.Model;
using DraftCheck.Semantics;

namespace DraftCheck.Cli;

/// <summary>The <c>--checklist</c> and <c>--scope</c> options of <c>check</c>: the table of concordance and the draft's scope.</summary>
internal sealed class ChecklistOptions
{
    private const string CopyrightLaw = "copyright-law";
    private const string NetworkRegulation = "network-regulation";

    public Option<string> Checklist { get; } = new("--checklist")
    {
        Description = "Report a table of concordance instead of the findings: every item of the checklist (the rules of the pack named, or of every pack checked) " +
            "with its assessment (violated, satisfied, not-applicable, not-assessed), the provision and the words that decide it, or the reason it does not apply. " +
            "With --format text (default), json (a \"checklist\" object in each draft, docs/json-report.md) or markdown (a Markdown table).",
        HelpName = "pack",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<string> Scope { get; } = new("--scope")
    {
        Description = $"What the drafts are, which decides the checklist items that apply: {CopyrightLaw} (every topic), {NetworkRegulation} " +
            "(intermediaries, TPMs, making available, injunctions against intermediaries), or a comma-separated list of topics (" +
            string.Join(", ", ScopeTopics.Names.Select(n => n.Name)) + "). Default: inferred from each draft's title and content.",
        HelpName = "scope",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Checklist);
        command.Options.Add(Scope);
        command.Validators.Add(result =>
        {
            if (result.GetValue(Scope) is { } scope && Parse(scope) is null)
            {
                result.AddError($"--scope {scope} is not a scope: give {CopyrightLaw}, {NetworkRegulation} or topics among {string.Join(", ", ScopeTopics.Names.Select(n => n.Name))}.");
            }
        });
    }

    /// <summary>Whether <c>--checklist</c> was given (with or without a pack name).</summary>
    public bool IsRequested(ParseResult parsed) => parsed.GetResult(Checklist) is not null;

    /// <summary>The configured scope, or null to infer each draft's.</summary>
    public DraftScope? ScopeOf(ParseResult parsed) => parsed.GetValue(Scope) is { } scope ? Parse(scope) : null;

    /// <summary>The checklist items: the rules of the pack named by <c>--checklist</c>, else of every pack; null (with an error written) when no pack has that name.</summary>
    public ImmutableArray<RuleDescriptor>? ItemsOf(ParseResult parsed, ImmutableArray<RulePack> packs, TextWriter error)
    {
        string? name = parsed.GetValue(Checklist);
        RulePack[] chosen = [.. packs.Where(p => name is null || string.Equals(p.Name, name, StringComparison.Ordinal))];
        if (chosen.Length == 0)
        {
            error.WriteLine(new DraftError(DraftErrorKind.Usage, "draftcheck", $"--checklist {name} names no pack checked; the packs are {string.Join(", ", packs.Select(p => p.Name))}").ToString());
            return null;
        }
        return [.. chosen.SelectMany(p => p.Descriptors)];
    }

    private static DraftScope? Parse(string value)
    {
        string given = value.Trim();
        if (given == CopyrightLaw) return DraftScope.Configured(ScopeKind.CopyrightLaw, ScopeTopic.All, $"--scope {CopyrightLaw}: a copyright law covers every topic");
        if (given == NetworkRegulation)
        {
            return DraftScope.Configured(ScopeKind.NetworkRegulation,
                ScopeTopic.Intermediaries | ScopeTopic.TechnologicalMeasures | ScopeTopic.MakingAvailable | ScopeTopic.IntermediaryInjunctions,
                $"--scope {NetworkRegulation}: regulations on the information network right cover intermediaries, TPMs, the making-available right and injunctions against intermediaries");
        }
        ScopeTopic topics = ScopeTopic.None;
        foreach (string name in given.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ScopeTopics.Parse(name) is not ScopeTopic topic) return null;
            topics |= topic;
        }
        return topics == ScopeTopic.None ? null : DraftScope.Configured(ScopeKind.Partial, topics, $"--scope {given}: the draft covers {ScopeTopics.Format(topics)} only");
    }
}
