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
            Description = "The Word drafts to check (.docx, .docm, .dotx, .dotm): files, folders (every .docx inside, subfolders included, " +
                "but not Word lock files ~$*.docx nor hidden folders) and glob patterns in quotes ('drafts/**/*.docx').",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "The report format: text (grouped by provision, for people; in colour on a terminal), json (for programs; docs/json-report.md), " +
                "sarif (SARIF 2.1.0 for CI; docs/sarif.md), html (one self-contained page with the draft's text and its findings) " +
                "or markdown (with --checklist only: the table of concordance as a Markdown table).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json|sarif|html|markdown",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "html", "markdown");
        var reportFile = new Option<string>("--output", "-o")
        {
            Description = "Write the report to this file instead of the standard output.",
            HelpName = "file",
        };
        var annotate = new Option<string>("--annotate")
        {
            Description = "Write a copy of the (one) draft with a Word comment by DraftCheck at each finding's words and each suggested amendment as a tracked change.",
            HelpName = "out.docx",
        };
        var annotateDir = new Option<string>("--annotate-dir")
        {
            Description = "Write an annotated copy of every draft into this folder, under the draft's file name (name-2.docx... when two drafts share a name).",
            HelpName = "dir",
        };
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
        var parallel = new Option<int>("--parallel")
        {
            Description = "How many drafts to check at once (default: the number of processors); 1 checks them one after the other. " +
                "The report is the same, byte for byte, whatever the number.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            HelpName = "n",
        };
        parallel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--parallel must be at least 1.");
        });

        var command = new Command("check", "Check drafts against the rule packs and report the findings. " + Docx.DocxReadOptions.Default.DescribeLimits())
        {
            files, format, failOn, rules, revisions, reportFile, annotate, annotateDir, parallel,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(annotate) is not null && result.GetValue(annotateDir) is not null)
            {
                result.AddError("--annotate and --annotate-dir cannot be used together.");
            }
            else if (result.GetValue(annotate) is not null && result.GetValue(files) is { Length: > 1 })
            {
                result.AddError("--annotate takes one draft; use --annotate-dir <dir> to annotate several.");
            }
            if (result.GetValue(reportFile) is { } report && (result.GetValue(files) ?? []).Any(draft => AnnotatedDocx.IsSameFile(draft, report)))
            {
                result.AddError($"--output {report} is one of the drafts; the report would overwrite it.");
            }
        });
        var cache = new CacheOptions();
        cache.AddTo(command);
        var checklist = new ChecklistOptions();
        checklist.AddTo(command);
        command.Validators.Add(result =>
        {
            bool table = result.GetResult(checklist.Checklist) is not null;
            // The token, not GetValue: a value outside the accepted ones is reported by the parser, not thrown here.
            string? chosen = result.GetResult(format)?.Tokens.LastOrDefault()?.Value;
            if (!table && chosen == "markdown") result.AddError("--format markdown is the table of concordance: give --checklist too.");
            if (table && chosen is "sarif" or "html") result.AddError($"--checklist reports as text, json or markdown, not {chosen}.");
        });
        command.SetAction(parsed =>
        {
            DraftSelection selection = DraftInputs.Expand(parsed.GetValue(files)!);
            foreach (DraftError inputError in selection.Errors) error.WriteLine(inputError.ToString());
            if (!CanCheck(selection.Drafts, parsed.GetValue(annotate), parsed.GetValue(reportFile), error)) return ExitCodes.InvalidInput;

            ImmutableArray<string> packDirectories = RulePacks.Resolve(parsed.GetValue(rules));
            ImmutableArray<RulePack>? packs = RulePacks.Compile(packDirectories, error, cache.Resolve(parsed));
            if (packs is null) return ExitCodes.InvalidInput;

            var options = new CheckOptions
            {
                View = parsed.GetValue(revisions) == "original" ? RevisionView.Original : RevisionView.Accepted,
                KeepText = parsed.GetValue(format) == "html",
                Scope = checklist.ScopeOf(parsed),
            };
            ImmutableArray<RuleDescriptor>? items = checklist.IsRequested(parsed) ? checklist.ItemsOf(parsed, packs.Value, error) : null;
            if (checklist.IsRequested(parsed) && items is null) return ExitCodes.InvalidInput;
            var checker = new DraftChecker(packs.Value, options);
            var runner = new BatchRunner(checker, parsed.GetValue(parallel));
            ImmutableArray<DraftResult> results = BatchProgress.Run(runner, selection.Drafts, error, ConsoleTerminal.Instance);
            var run = new CheckRun(results, checker.Rules);

            foreach (DraftError draftError in results.SelectMany(r => r.Errors)) error.WriteLine(draftError.ToString());
            foreach (DraftResult result in results)
            {
                foreach (ReadWarning warning in result.Warnings) error.WriteLine($"{result.Draft}: warning {warning.Code}: {warning.Message}");
            }
            string? reportPath = parsed.GetValue(reportFile);
            bool reported = Report(run, parsed.GetValue(format)!, items, reportPath, output, error);
            bool annotated = Annotations.Write(results, parsed.GetValue(annotate), parsed.GetValue(annotateDir), error);

            SeverityText.TryParse(parsed.GetValue(failOn), out Severity threshold);
            int exitCode = run.ExitCode(threshold);
            // A report or a copy that could not be written, or an input that named no draft, is the user's input error,
            // unless something worse happened.
            return (reported && annotated && selection.Errors.IsEmpty) || exitCode == ExitCodes.Internal ? exitCode : ExitCodes.InvalidInput;
        });
        return command;
    }

    // What the command line's validators cannot see before the folders and patterns are expanded.
    private static bool CanCheck(ImmutableArray<string> drafts, string? annotate, string? reportPath, TextWriter error)
    {
        // Each input that named no draft has said so already; with none left there is nothing more to say.
        if (drafts.IsEmpty) return false;
        string? problem =
            annotate is not null && drafts.Length > 1 ? $"--annotate takes one draft, and the inputs name {drafts.Length}; use --annotate-dir <dir> to annotate several." :
            reportPath is not null && drafts.Any(draft => AnnotatedDocx.IsSameFile(draft, reportPath)) ? $"--output {reportPath} is one of the drafts; the report would overwrite it." :
            null;
        if (problem is null) return true;
        error.WriteLine($"draftcheck: error {new DraftError(DraftErrorKind.Usage, "", "").Code}: {problem}");
        return false;
    }

    private static bool Report(CheckRun run, string format, ImmutableArray<RuleDescriptor>? checklist, string? path, TextWriter output, TextWriter error)
    {
        IReporter reporter = format switch
        {
            "json" => new JsonReporter { ChecklistItems = checklist },
            _ when checklist is { } items => new ConcordanceReporter(items, markdown: format == "markdown"),
            "sarif" => new SarifReporter(),
            "html" => new HtmlReporter(),
            // Colour only on a terminal: never in a file, a pipe, or when NO_COLOR asks for none (no-color.org).
            _ => new TextReporter { UseColor = path is null && IsColorTerminal(output) },
        };
        if (path is null)
        {
            reporter.Render(run, output);
            return true;
        }
        try
        {
            using var file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            reporter.Render(run, file);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine(new DraftError(DraftErrorKind.Usage, path, $"cannot write the report ({ex.Message})").ToString());
            return false;
        }
    }

    private static bool IsColorTerminal(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && Environment.GetEnvironmentVariable("TERM") != "dumb";
}
