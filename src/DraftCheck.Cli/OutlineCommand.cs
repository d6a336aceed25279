using System.CommandLine;
using DraftCheck.Docx;
using DraftCheck.Model;
using DraftCheck.Syntax;
using DraftCheck.Text;

namespace DraftCheck.Cli;

/// <summary><c>draftcheck outline &lt;file&gt;</c>: prints the provision tree the tool understood, with ids and labels.</summary>
internal static class OutlineCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file")
        {
            Description = "The Word draft to outline (.docx, .docm, .dotx, .dotm).",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "The outline format: text (indented labels with ids, for people) or json (nested provisions, for programs).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var revisions = new Option<string>("--revisions")
        {
            Description = "Which text to outline when the draft has tracked changes: accepted (all changes accepted, default) or original (all rejected).",
            DefaultValueFactory = _ => "accepted",
            HelpName = "accepted|original",
        };
        revisions.AcceptOnlyFromAmong("accepted", "original");

        var command = new Command("outline", "Print the draft's provision tree (articles, paragraphs, items) with stable ids and labels.")
        {
            file, format, revisions,
        };
        command.SetAction(parsed =>
        {
            string path = parsed.GetValue(file)!;
            var options = new DocxReadOptions { View = parsed.GetValue(revisions) == "original" ? RevisionView.Original : RevisionView.Accepted };
            DocxReadResult read = DocxReader.Read(path, options);
            if (read.Text is null)
            {
                error.WriteLine(read.Error!.ToString());
                return read.Error.ExitCode;
            }
            ProvisionTree tree = StructureBuilder.Build(read.Text);
            if (parsed.GetValue(format) == "json")
            {
                Outline.WriteJson(tree, path, output);
            }
            else
            {
                output.Write($"{path}: {Outline.Summary(tree)}\n\n");
                Outline.WriteText(tree, output);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
