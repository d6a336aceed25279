using System.Collections.Immutable;
using System.CommandLine;
using DraftCheck.Checking;
using DraftCheck.Compilation;
using DraftCheck.Model;
using DraftCheck.Rules.Model;

namespace DraftCheck.Cli;

/// <summary><c>draftcheck explain &lt;ID&gt;</c>: what a rule checks, the authority it encodes, and its examples.</summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var id = new Argument<string>("id") { Description = "The rule id, such as IIPA001." };
        var rules = new Option<string[]>("--rules", "-r")
        {
            Description = "A rule pack folder to look in. Repeat for several packs. Default: the packs shipped with DraftCheck.",
            HelpName = "dir",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("explain", "Show what a rule checks: title, severity, category, source, description and the examples it declares.")
        {
            id, rules,
        };
        var cache = new CacheOptions();
        cache.AddTo(command);
        command.SetAction(parsed =>
        {
            string wanted = parsed.GetValue(id)!.Trim();
            ImmutableArray<RulePack>? packs = RulePacks.Compile(RulePacks.Resolve(parsed.GetValue(rules)), error, cache.Resolve(parsed));
            if (packs is null) return ExitCodes.InvalidInput;
            foreach (RulePack pack in packs.Value)
            {
                RuleDefinition? rule = pack.Definitions.FirstOrDefault(d => string.Equals(d.Descriptor?.Id, wanted, StringComparison.OrdinalIgnoreCase));
                if (rule is null) continue;
                Write(pack, rule, output);
                return ExitCodes.Success;
            }
            error.WriteLine($"draftcheck: error DC0001: no rule {wanted} in {string.Join(", ", packs.Value.Select(p => p.Name))}; 'draftcheck rules list' shows the rules");
            return ExitCodes.InvalidInput;
        });
        return command;
    }

    private static void Write(RulePack pack, RuleDefinition rule, TextWriter output)
    {
        RuleDescriptor descriptor = rule.Descriptor!;
        output.WriteLine($"{descriptor.Id}: {descriptor.Title}");
        output.WriteLine();
        output.WriteLine($"  severity  {descriptor.DefaultSeverity.ToText()}");
        output.WriteLine($"  category  {descriptor.Category}");
        output.WriteLine($"  source    {descriptor.Source}");
        string version = pack.Manifest.Version.Length > 0 ? " " + pack.Manifest.Version : string.Empty;
        output.WriteLine($"  pack      {pack.Name}{version} ({RulesCommand.PathShown(pack.Directory)})");
        if (descriptor.HelpUri.Length > 0) output.WriteLine($"  help      {descriptor.HelpUri}");
        if (!descriptor.Tags.IsEmpty) output.WriteLine($"  tags      {string.Join(", ", descriptor.Tags)}");
        if (descriptor.Description.Length > 0)
        {
            output.WriteLine();
            output.WriteLine(descriptor.Description);
        }
        ImmutableArray<RuleExample> examples = RuleExamples.Of(rule);
        foreach (bool fires in new[] { true, false })
        {
            RuleExample[] group = [.. examples.Where(e => e.Fires == fires)];
            if (group.Length == 0) continue;
            output.WriteLine();
            output.WriteLine(fires ? "Fires on (the finding points at the words in [|...|]):" : "Does not fire on:");
            foreach (RuleExample example in group)
            {
                output.WriteLine($"  - {example.Provision.ReplaceLineEndings("\n    ")}");
                if (example.Note.Length > 0) output.WriteLine($"    ({example.Note})");
            }
        }
    }
}
