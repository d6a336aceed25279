using DraftCheck.Cli;

namespace DraftCheck.EndToEnd.Tests;

/// <summary>Runs <c>draftcheck</c> in this process, as a shell would, and captures what it writes.</summary>
internal static class InProcess
{
    /// <summary>The exit code, standard output and standard error (line ends as \n) of <c>draftcheck args...</c>.</summary>
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = Program.Run(args, output, error);
        return (exitCode, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }
}
