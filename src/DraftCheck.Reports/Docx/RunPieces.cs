using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftCheck.Docx;

namespace DraftCheck.Reports;

/// <summary>One piece of a split run: the characters [Start..End) of the original run's text, in its own <c>w:r</c>.</summary>
internal readonly record struct RunPiece(int Start, int End, Run Run);

/// <summary>
/// A run split at offsets of its text (counted as <see cref="WordAnchors.RunText"/> counts them), each piece a
/// <c>w:r</c> with a copy of the run's properties, so that marks and tracked changes can go between characters.
/// </summary>
internal sealed class RunPieces
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private RunPieces(IReadOnlyList<RunPiece> pieces) => Pieces = pieces;

    /// <summary>The pieces in order; the first is the original element.</summary>
    public IReadOnlyList<RunPiece> Pieces { get; }

    /// <summary>The length of a run's text.</summary>
    public static int LengthOf(Run run) => run.ChildElements.Sum(child => WordAnchors.RunText(child)?.Length ?? 0);

    /// <summary>The run as one piece.</summary>
    public static RunPieces Whole(Run run) => new([new RunPiece(0, LengthOf(run), run)]);

    /// <summary>
    /// Splits <paramref name="run"/> at <paramref name="offsets"/> (those at its ends are no cut). Text elements are
    /// split between characters; other content goes with the character after it (with the last piece at the end).
    /// A tracked formatting change in the run's properties is repeated on every piece, each under an id from
    /// <paramref name="nextId"/>, since annotation ids must stay unique.
    /// </summary>
    public static RunPieces Split(Run run, IEnumerable<int> offsets, Func<string> nextId)
    {
        int length = LengthOf(run);
        List<int> bounds = [0, .. offsets.Where(o => o > 0 && o < length).Distinct().Order(), length];
        if (bounds.Count == 2) return Whole(run);

        var runs = new List<Run> { run };
        RunProperties? properties = run.RunProperties;
        for (int i = 1; i < bounds.Count - 1; i++)
        {
            var piece = (Run)run.CloneNode(deep: false);
            if (properties is not null)
            {
                OpenXmlElement copy = piece.AppendChild(properties.CloneNode(deep: true));
                foreach (OpenXmlElement tracked in copy.Descendants().Where(HasWordId).ToList())
                {
                    tracked.SetAttribute(new OpenXmlAttribute("w", "id", WordNamespace, nextId()));
                }
            }
            runs.Add(piece);
        }

        List<OpenXmlElement> content = [.. run.ChildElements.Where(child => child is not RunProperties)];
        int offset = 0;
        foreach (OpenXmlElement child in content)
        {
            child.Remove();
            string? text = WordAnchors.RunText(child);
            int childLength = text?.Length ?? 0;
            if (childLength > 1 && child is OpenXmlLeafTextElement)
            {
                // A w:t or w:delText may straddle cuts: one element per piece, each keeping its spaces.
                int from = 0;
                while (from < childLength)
                {
                    int piece = PieceAt(bounds, offset + from);
                    int to = Math.Min(childLength, bounds[piece + 1] - offset);
                    var part = (OpenXmlLeafTextElement)child.CloneNode(deep: true);
                    part.Text = text![from..to];
                    part.SetAttribute(new OpenXmlAttribute("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve"));
                    runs[piece].AppendChild(part);
                    from = to;
                }
            }
            else
            {
                runs[PieceAt(bounds, offset)].AppendChild(child);
            }
            offset += childLength;
        }

        OpenXmlElement previous = run;
        for (int i = 1; i < runs.Count; i++)
        {
            previous.InsertAfterSelf(runs[i]);
            previous = runs[i];
        }
        return new RunPieces([.. runs.Select((r, i) => new RunPiece(bounds[i], bounds[i + 1], r))]);
    }

    private static bool HasWordId(OpenXmlElement element) =>
        element.GetAttributes().Any(a => a.LocalName == "id" && a.NamespaceUri == WordNamespace);

    // The piece holding the character at offset; past the end, the last piece.
    private static int PieceAt(List<int> bounds, int offset)
    {
        for (int i = bounds.Count - 2; i >= 0; i--)
        {
            if (offset >= bounds[i]) return Math.Min(i, bounds.Count - 2);
        }
        return 0;
    }
}
