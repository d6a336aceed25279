using System.Collections.Immutable;
using System.CommandLine;
using DraftCheck.Checking;
using DraftCheck.Compilation;
using DraftCheck.Findings;
using DraftCheck.Model;
using DraftCheck.Reports;
using DraftCheck.Text;

namespace DraftCheck.Cli;

/// <summary><c>draftcheck check &lt;files...&gt;</c>: checks drafts and reports findings.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "The Word drafts to check (.docx, .docm, .dotx, .dotm).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "The report format: text (grouped by provision, for people) or json (for programs; fields documented in README.md).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var failOn = new Option<string>("--fail-on")
        {
            Description = "The lowest severity that makes the exit code 1: error (default), warning or info.",
            DefaultValueFactory = _ => "error",
            HelpName = "error|warning|info",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");
        var rules = new Option<string[]>("--rules", "-r")
        {
            Description = "A rule pack folder of .cs rule files, compiled at run time. Repeat for several packs. Default: the packs shipped with DraftCheck.",
            HelpName = "dir",
            AllowMultipleArgumentsPerToken = false,
        };
        var revisions = new Option<string>("--revisions")
        {
            Description = "Which text to check when a draft has tracked changes: accepted (all changes accepted, default) or original (all rejected).",
            DefaultValueFactory = _ => "accepted",
            HelpName = "accepted|original",
        };
        revisions.AcceptOnlyFromAmong("accepted", "original");

        var command = new Command("check", "Check drafts against the rule packs and report the findings.")
        {
            files, format, failOn, rules, revisions,
        };
        var cache = new CacheOptions();
        cache.AddTo(command);
        command.SetAction(parsed =>
        {
            ImmutableArray<string> packDirectories = RulePacks.Resolve(parsed.GetValue(rules));
            ImmutableArray<RulePack>? packs = RulePacks.Compile(packDirectories, error, cache.Resolve(parsed));
            if (packs is null) return ExitCodes.InvalidInput;

            var options = new CheckOptions
            {
                View = parsed.GetValue(revisions) == "original" ? RevisionView.Original : RevisionView.Accepted,
            };
            var checker = new DraftChecker(packs.Value, options);
            ImmutableArray<DraftResult> results = [.. parsed.GetValue(files)!.Select(checker.Check)];
            var run = new CheckRun(results, checker.Rules);

            foreach (DraftError draftError in results.SelectMany(r => r.Errors)) error.WriteLine(draftError.ToString());
            IReporter reporter = parsed.GetValue(format) == "json" ? new JsonReporter() : new TextReporter();
            reporter.Render(run, output);

            SeverityText.TryParse(parsed.GetValue(failOn), out Severity threshold);
            return run.ExitCode(threshold);
        });
        return command;
    }
}
