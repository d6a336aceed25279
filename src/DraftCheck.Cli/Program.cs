using System.CommandLine;
using System.CommandLine.Invocation;
using DraftCheck.Model;

namespace DraftCheck.Cli;

/// <summary>The <c>draftcheck</c> program: wiring of commands, and the exit-code table of <see cref="ExitCodes"/>.</summary>
public static class Program
{
    /// <summary>Runs <c>draftcheck</c> with <paramref name="args"/> and returns the exit code.</summary>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs <c>draftcheck</c> writing to the given streams: what end-to-end tests call.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand(
            "DraftCheck checks draft laws in Word (.docx) against checklists written as C# rules, and reports findings " +
            "with their exact words, the source each rule encodes and suggested amendments.\n\n" +
            "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above --fail-on; 2 usage error, unreadable " +
            "draft or a rule pack that does not compile; 3 a rule threw or ran out of time; 70 internal error.");
        root.Subcommands.Add(CheckCommand.Create(output, error));
        root.Subcommands.Add(RulesCommand.Create(output, error));
        root.Subcommands.Add(ExplainCommand.Create(output, error));
        root.Subcommands.Add(QueryCommand.Create(output, error));
        root.Subcommands.Add(OutlineCommand.Create(output, error));

        ParseResult parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            foreach (System.CommandLine.Parsing.ParseError parseError in parsed.Errors)
            {
                error.WriteLine($"draftcheck: error {new DraftError(DraftErrorKind.Usage, "", "").Code}: {parseError.Message}");
            }
            error.WriteLine("Run 'draftcheck --help' to see the commands and their options.");
            return ExitCodes.InvalidInput;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            error.WriteLine($"draftcheck: internal error DC9001: {ex.GetType().Name}: {ex.Message}");
            error.WriteLine(ex.StackTrace);
            return ExitCodes.Internal;
        }
    }
}
