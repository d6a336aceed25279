using System.Collections.Immutable;
using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using DraftCheck.Checking;
using DraftCheck.Compilation;
using DraftCheck.Model;
using DraftCheck.Rules;

namespace DraftCheck.Cli;

/// <summary><c>draftcheck rules list|validate|test|new</c>: the rule author's and CI's view of rule packs.</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("rules", "List, validate and test rule packs, and start new rules from a template.");
        command.Subcommands.Add(List(output, error));
        command.Subcommands.Add(Validate(output, error));
        command.Subcommands.Add(Test(output, error));
        command.Subcommands.Add(New(output, error));
        return command;
    }

    private static Argument<string[]> PackFolders() => new("packs")
    {
        Description = "Rule pack folders (.cs rule files and an optional pack.json). Default: the packs shipped with DraftCheck.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static Command List(TextWriter output, TextWriter error)
    {
        Argument<string[]> folders = PackFolders();
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (a table per pack) or json.",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("list", "List the rules of the packs: id, severity, category and title.") { folders, format };
        var cache = new CacheOptions();
        cache.AddTo(command);
        command.SetAction(parsed =>
        {
            ImmutableArray<RulePack>? packs = RulePacks.Compile(RulePacks.Resolve(parsed.GetValue(folders)), error, cache.Resolve(parsed));
            if (packs is null) return ExitCodes.InvalidInput;
            if (parsed.GetValue(format) == "json") WriteJson(packs.Value, output);
            else WriteTable(packs.Value, output);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteTable(ImmutableArray<RulePack> packs, TextWriter output)
    {
        foreach (RulePack pack in packs)
        {
            ImmutableArray<RuleDescriptor> rules = pack.Descriptors;
            string version = pack.Manifest.Version.Length > 0 ? " " + pack.Manifest.Version : string.Empty;
            output.WriteLine($"{pack.Name}{version} ({PathShown(pack.Directory)}): {rules.Length} {(rules.Length == 1 ? "rule" : "rules")}");
            int idWidth = rules.Select(r => r.Id.Length).DefaultIfEmpty(0).Max();
            int severityWidth = rules.Select(r => r.DefaultSeverity.ToText().Length).DefaultIfEmpty(0).Max();
            int categoryWidth = rules.Select(r => r.Category.Length).DefaultIfEmpty(0).Max();
            foreach (RuleDescriptor rule in rules)
            {
                output.WriteLine($"  {rule.Id.PadRight(idWidth)}  {rule.DefaultSeverity.ToText().PadRight(severityWidth)}  {rule.Category.PadRight(categoryWidth)}  {rule.Title}");
            }
        }
    }

    private static void WriteJson(ImmutableArray<RulePack> packs, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("packs");
            foreach (RulePack pack in packs)
            {
                json.WriteStartObject();
                json.WriteString("name", pack.Name);
                json.WriteString("version", pack.Manifest.Version);
                json.WriteString("path", PathShown(pack.Directory));
                json.WriteStartArray("rules");
                foreach (RuleDescriptor rule in pack.Descriptors)
                {
                    json.WriteStartObject();
                    json.WriteString("id", rule.Id);
                    json.WriteString("severity", rule.DefaultSeverity.ToText());
                    json.WriteString("category", rule.Category);
                    json.WriteString("title", rule.Title);
                    json.WriteString("source", rule.Source);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static Command Validate(TextWriter output, TextWriter error)
    {
        Argument<string[]> folders = PackFolders();
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (MSBuild-style lines: path(line,col): error CODE: message) or sarif (SARIF 2.1.0, for code scanning).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|sarif",
        };
        format.AcceptOnlyFromAmong("text", "sarif");
        var warningsAsErrors = new Option<bool>("--warnaserror")
        {
            Description = "Treat warnings (such as a rule without examples) as errors.",
        };
        var command = new Command("validate",
            "Compile the packs, run the sandbox (no files, network, processes, reflection, interop, unsafe code, threads, " +
            "environment or static mutable state) and check each rule's metadata (unique id, title, category, severity, " +
            "source, non-empty message, examples; retired ids never reused). Never uses the cache.\n\n" +
            "Exit codes: 0 every pack is valid (warnings allowed); 1 a pack has errors (or warnings, with --warnaserror); " +
            "2 usage error or a pack folder that does not exist.")
        {
            folders, format, warningsAsErrors,
        };
        command.SetAction(parsed =>
        {
            ImmutableArray<string> directories = RulePacks.Resolve(parsed.GetValue(folders));
            if (directories.IsEmpty)
            {
                error.WriteLine("draftcheck: error DC2002: no rule pack found; give the pack folders to validate");
                return ExitCodes.InvalidInput;
            }
            bool sarif = parsed.GetValue(format) == "sarif";
            bool strict = parsed.GetValue(warningsAsErrors);
            var all = new List<RulePackError>();
            bool invalid = false;
            bool missing = false;
            foreach (string directory in directories)
            {
                RulePackResult result = RulePackCompiler.Compile(directory, DraftChecker.RuleEnvironment, RulePackOptions.NoCache);
                all.AddRange(result.Diagnostics);
                missing |= result.Diagnostics.Any(d => d.Code == RulePackErrorCodes.FolderNotFound);
                int errors = result.Diagnostics.Count(d => d.IsError);
                int warnings = result.Diagnostics.Count(d => !d.IsError);
                invalid |= errors > 0 || (strict && warnings > 0);
                if (sarif) continue;
                foreach (RulePackError diagnostic in result.Diagnostics) output.WriteLine(diagnostic.ToString());
                string verdict = errors > 0 || (strict && warnings > 0) ? "invalid" : "valid";
                string rules = result.Pack is { } pack ? $"{pack.Definitions.Length} {(pack.Definitions.Length == 1 ? "rule" : "rules")}, " : string.Empty;
                output.WriteLine($"{PathShown(directory)}: {verdict}: {rules}{Count(errors, "error")}, {Count(warnings, "warning")}");
            }
            if (sarif) RulePackSarif.Write(all, output);
            return missing ? ExitCodes.InvalidInput : invalid ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    private static Command Test(TextWriter output, TextWriter error)
    {
        Argument<string[]> folders = PackFolders();
        var command = new Command("test",
            "Run the examples each rule declares in its source ([Fires(\"...\")] must produce a finding of the rule, at the " +
            "words marked [|like this|] if any; [DoesNotFire(\"...\")] must produce none).\n\n" +
            "Exit codes: 0 every example passed; 1 an example failed; 2 usage error or a pack that does not compile.")
        {
            folders,
        };
        var cache = new CacheOptions();
        cache.AddTo(command);
        command.SetAction(parsed =>
        {
            ImmutableArray<RulePack>? packs = RulePacks.Compile(RulePacks.Resolve(parsed.GetValue(folders)), error, cache.Resolve(parsed), withWarnings: true);
            if (packs is null) return ExitCodes.InvalidInput;
            int passed = 0, failed = 0;
            foreach (RulePack pack in packs.Value)
            {
                var checker = new DraftChecker([pack]);
                output.WriteLine($"{pack.Name} ({PathShown(pack.Directory)})");
                foreach (var rule in pack.Definitions.Where(d => d.Descriptor is not null))
                {
                    ImmutableArray<RuleExample> examples = RuleExamples.Of(rule);
                    if (examples.IsEmpty) output.WriteLine($"  none  {rule.Descriptor!.Id} declares no examples");
                    foreach (RuleExample example in examples)
                    {
                        ExampleOutcome outcome = RuleExamples.Run(checker, example);
                        string what = example.Fires ? "fires on" : "does not fire on";
                        output.WriteLine($"  {(outcome.Passed ? "pass" : "FAIL")}  {example.RuleId} {what} \"{Shorten(example.PlainText)}\"");
                        foreach (string problem in outcome.Problems) output.WriteLine($"          {problem}");
                        if (outcome.Passed) passed++;
                        else failed++;
                    }
                }
            }
            output.WriteLine($"{passed} passed, {failed} failed");
            return failed > 0 ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    private static Command New(TextWriter output, TextWriter error)
    {
        var id = new Argument<string>("id") { Description = "The new rule's id: the pack's prefix, then digits (IIPA029)." };
        var pack = new Option<string>("--pack", "-p")
        {
            Description = "The pack folder to write the rule into (created if absent).",
            HelpName = "dir",
            Required = true,
        };
        var tests = new Option<string>("--tests")
        {
            Description = "The folder to write the rule's test into (default: <pack>/tests, which the pack compiler does not read).",
            HelpName = "dir",
        };
        var command = new Command("new",
            "Write a new rule file <pack>/<ID>.cs from a template (a working rule with examples, which compiles and passes " +
            "'rules validate') and its xunit test <tests>/<ID>Tests.cs using DraftCheck.Testing.")
        {
            id, pack, tests,
        };
        command.SetAction(parsed =>
        {
            string ruleId = parsed.GetValue(id)!;
            string packFolder = parsed.GetValue(pack)!;
            string testFolder = parsed.GetValue(tests) ?? Path.Combine(packFolder, "tests");
            string? problem = RuleTemplate.Check(ruleId, packFolder, testFolder);
            if (problem is not null)
            {
                error.WriteLine($"draftcheck: error DC0001: {problem}");
                return ExitCodes.InvalidInput;
            }
            foreach (string written in RuleTemplate.Write(ruleId, packFolder, testFolder)) output.WriteLine($"wrote {PathShown(written)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    private static string Shorten(string text)
    {
        string line = text.ReplaceLineEndings(" ");
        return line.Length <= 90 ? line : line[..87] + "...";
    }

    internal static string PathShown(string path) => path.Length == 0 ? path : RulePackCompiler.DisplayPath(path);
}
