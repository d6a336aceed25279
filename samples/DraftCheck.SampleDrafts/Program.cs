using System.Globalization;
using DraftCheck.SampleDrafts;
using DraftCheck.SampleDrafts.Synthetic;
using DraftCheck.Syntax;

// Regenerates the sample drafts from their sources: dotnet run --project samples/DraftCheck.SampleDrafts -- samples
const string Usage = """
    Usage:
      DraftCheck.SampleDrafts samples [<samples-dir>]   Regenerate samples/*.docx from samples/source/*.txt
      DraftCheck.SampleDrafts docx <source.txt> <out.docx>   Write one draft source as .docx
      DraftCheck.SampleDrafts generate --articles N [--language en|zh] [--numbering typed|auto] [--seed S]
                                       (--out <file.docx> | --count M --out-dir <dir>)
          A synthetic draft of N articles (or M drafts with seeds S, S+1, ... named synthetic-<seed>.docx); the same
          arguments give the same bytes.
    """;

if (args.Length < 1 || args[0] is "-h" or "--help")
{
    Console.WriteLine(Usage);
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
    case "generate":
        return Generate(args.AsSpan(1));
    default:
        Console.Error.WriteLine($"unknown command or wrong arguments: {string.Join(' ', args)}");
        return 2;
}

static int Generate(ReadOnlySpan<string> args)
{
    int articles = 0, seed = 1, count = 1;
    var language = DraftLanguage.English;
    var numbering = DocxDraftOptions.Plain;
    string? output = null, outputDirectory = null;
    for (int i = 0; i < args.Length; i++)
    {
        string name = args[i];
        if (i + 1 >= args.Length) return Fail($"{name} needs a value");
        string value = args[++i];
        switch (name)
        {
            case "--articles" when int.TryParse(value, CultureInfo.InvariantCulture, out articles) && articles is >= 1 and <= 9999: break;
            case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out seed): break;
            case "--count" when int.TryParse(value, CultureInfo.InvariantCulture, out count) && count >= 1: break;
            case "--language" when value is "en" or "zh": language = value == "zh" ? DraftLanguage.Chinese : DraftLanguage.English; break;
            case "--numbering" when value is "typed" or "auto": numbering = new DocxDraftOptions { AutomaticNumbering = value == "auto" }; break;
            case "--out": output = value; break;
            case "--out-dir": outputDirectory = value; break;
            default: return Fail($"bad option or value: {name} {value}");
        }
    }
    if (articles == 0) return Fail("--articles N (1 to 9999) is required");
    if ((output is null) == (outputDirectory is null)) return Fail("give either --out <file.docx> or --out-dir <dir>");
    if (output is not null && count != 1) return Fail("--count needs --out-dir");

    if (outputDirectory is not null) Directory.CreateDirectory(outputDirectory);
    for (int n = 0; n < count; n++)
    {
        var spec = new SyntheticDraftSpec(articles, language, seed + n);
        string path = output ?? Path.Combine(outputDirectory!, $"synthetic-{spec.Seed.ToString("D4", CultureInfo.InvariantCulture)}.docx");
        File.WriteAllBytes(path, DocxDraftWriter.ToBytes(SyntheticDraft.Generate(spec), numbering));
    }
    return 0;
}

static int Fail(string message)
{
    Console.Error.WriteLine($"generate: {message}");
    return 2;
}
