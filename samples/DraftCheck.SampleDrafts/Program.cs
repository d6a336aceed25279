using DraftCheck.SampleDrafts;

// Regenerates the sample drafts from their sources: dotnet run --project samples/DraftCheck.SampleDrafts -- samples
if (args.Length < 1 || args[0] is "-h" or "--help")
{
    Console.WriteLine("""
        Usage:
          DraftCheck.SampleDrafts samples [<samples-dir>]   Regenerate samples/*.docx from samples/source/*.txt
          DraftCheck.SampleDrafts docx <source.txt> <out.docx>   Write one draft source as .docx
        """);
    return args.Length < 1 ? 2 : 0;
}

switch (args[0])
{
    case "samples":
        string root = args.Length > 1 ? args[1] : "samples";
        foreach ((string source, string target) in SampleSet.Files)
        {
            string from = Path.Combine(root, "source", source);
            string to = Path.Combine(root, target);
            DocxDraftWriter.Write(DraftDocument.Parse(File.ReadAllText(from)), to);
            Console.WriteLine($"{from} -> {to}");
        }
        return 0;
    case "docx" when args.Length == 3:
        DocxDraftWriter.Write(DraftDocument.Parse(File.ReadAllText(args[1])), args[2]);
        return 0;
    default:
        Console.Error.WriteLine($"unknown command or wrong arguments: {string.Join(' ', args)}");
        return 2;
}
