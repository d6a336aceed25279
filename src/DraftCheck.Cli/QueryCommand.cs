using System.Collections;
using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Reflection;
using DraftCheck.Checking;
using DraftCheck.Docx;
using DraftCheck.Model;
using DraftCheck.Semantics;
using DraftCheck.Syntax;
using DraftCheck.Text;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using LinePosition = Microsoft.CodeAnalysis.Text.LinePosition;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace DraftCheck.Cli;

/// <summary>
/// <c>draftcheck query draft.docx "expression"</c>: evaluates a C# expression over what DraftCheck read from a draft
/// (its facts, provision tree and text), so that a rule author sees what the extractors found before writing a rule.
/// </summary>
internal static class QueryCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var draft = new Argument<string>("draft") { Description = "The Word draft (.docx), or a plain-text draft (.txt, one paragraph per line)." };
        var expression = new Argument<string>("expression")
        {
            Description = "A C# expression over Facts, Provisions, Tree and Text, such as: Facts.OfType<TermOfProtection>().Where(t => t.Years < 70)",
        };
        var revisions = new Option<string>("--revisions")
        {
            Description = "Which text to read when the draft has tracked changes: accepted (default) or original.",
            DefaultValueFactory = _ => "accepted",
            HelpName = "accepted|original",
        };
        revisions.AcceptOnlyFromAmong("accepted", "original");
        var command = new Command("query",
            "Evaluate a C# expression over a draft's facts and provisions and print the result, one item per line. " +
            "In scope: Facts (every fact, in document order), Provisions (every provision), Tree (the provision tree), " +
            "Text (the text layer), and the namespaces rules import (System.Linq, DraftCheck.Model, DraftCheck.Semantics...).\n\n" +
            "Exit codes: 0 the expression ran; 2 the draft cannot be read or the expression does not compile or throws.")
        {
            draft, expression, revisions,
        };
        command.SetAction(parsed =>
        {
            string path = parsed.GetValue(draft)!;
            RevisionView view = parsed.GetValue(revisions) == "original" ? RevisionView.Original : RevisionView.Accepted;
            TextLayer? text = Read(path, view, error);
            if (text is null) return ExitCodes.InvalidInput;
            var globals = new QueryGlobals(SemanticModel.Build(StructureBuilder.Build(text)));
            return Evaluate(parsed.GetValue(expression)!, globals, output, error);
        });
        return command;
    }

    private static TextLayer? Read(string path, RevisionView view, TextWriter error)
    {
        if (string.Equals(Path.GetExtension(path), ".txt", StringComparison.OrdinalIgnoreCase))
        {
            if (File.Exists(path)) return TextLayer.FromText(File.ReadAllText(path));
            error.WriteLine(new DraftError(DraftErrorKind.FileNotFound, path, "file not found").ToString());
            return null;
        }
        DocxReadResult read = DocxReader.Read(path, new DocxReadOptions { View = view });
        if (read.Error is not null) error.WriteLine(read.Error.ToString());
        return read.Text;
    }

    private static int Evaluate(string code, QueryGlobals globals, TextWriter output, TextWriter error)
    {
        ScriptOptions options = ScriptOptions.Default
            .WithReferences(References())
            .WithImports(DraftChecker.RuleEnvironment.GlobalUsings.Concat(["System.Collections.Immutable", "DraftCheck.Syntax", "DraftCheck.Text"]))
            .WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest);
        object? result;
        try
        {
            result = CSharpScript.EvaluateAsync<object?>(code, options, globals, typeof(QueryGlobals)).GetAwaiter().GetResult();
        }
        catch (CompilationErrorException ex)
        {
            foreach (Diagnostic diagnostic in ex.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                LinePosition start = diagnostic.Location.GetLineSpan().StartLinePosition;
                error.WriteLine($"query({start.Line + 1},{start.Character + 1}): error {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
            }
            return ExitCodes.InvalidInput;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            error.WriteLine($"query: error: the expression threw {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.InvalidInput;
        }
        QueryOutput.Write(result, output);
        return ExitCodes.Success;
    }

    private static IEnumerable<Assembly> References() =>
    [
        typeof(object).Assembly, typeof(Enumerable).Assembly, typeof(ImmutableArray).Assembly, typeof(List<>).Assembly,
        Assembly.Load("System.Runtime"), Assembly.Load("System.Collections"), typeof(QueryGlobals).Assembly,
        .. DraftChecker.RuleEnvironment.Assemblies,
    ];
}

/// <summary>What a <c>draftcheck query</c> expression sees.</summary>
public sealed class QueryGlobals
{
    internal QueryGlobals(SemanticModel model)
    {
        Facts = model.Facts;
        Tree = model.Tree;
        Text = model.Text;
    }

    /// <summary>Every fact extracted from the draft, in document order.</summary>
    public ImmutableArray<Fact> Facts { get; }

    /// <summary>Every provision of the draft, in document order, the document itself first.</summary>
    public IEnumerable<Provision> Provisions => Tree.Root.DescendantsAndSelf();

    /// <summary>The provision tree.</summary>
    public ProvisionTree Tree { get; }

    /// <summary>The draft's text layer.</summary>
    public TextLayer Text { get; }
}

/// <summary>Prints query results: one line per item, facts with their provision, span, values and words.</summary>
internal static class QueryOutput
{
    public static void Write(object? result, TextWriter output)
    {
        if (result is IEnumerable items and not string)
        {
            int count = 0;
            foreach (object? item in items)
            {
                output.WriteLine(Format(item));
                count++;
            }
            output.WriteLine($"({count} {(count == 1 ? "result" : "results")})");
            return;
        }
        output.WriteLine(Format(result));
    }

    internal static string Format(object? value) => value switch
    {
        null => "null",
        string text => text,
        Fact fact => FormatFact(fact),
        Provision provision => $"{provision.Label} ({provision.Id}) {provision.Kind} {provision.Span}",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Format)) + "]",
        _ => value.ToString() ?? string.Empty,
    };

    private static string FormatFact(Fact fact)
    {
        // The fact's own values, in declaration order; the provision, span and words are printed around them.
        IEnumerable<string> values = fact.GetType()
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.DeclaringType != typeof(Fact) && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .OrderBy(p => p.MetadataToken)
            .Select(p => $"{p.Name}={FormatValue(p.GetValue(fact))}");
        return $"{fact.Provision.Label} {fact.Span} {fact.GetType().Name} {string.Join(" ", values)} \"{fact.Text}\"";
    }

    private static string FormatValue(object? value) => value switch
    {
        null => "null",
        string text => "\"" + text + "\"",
        DraftCheck.Syntax.Grammars.Numeral numeral => $"{numeral.Text}({numeral.Value})",
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(FormatValue)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
