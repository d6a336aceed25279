using System.IO.Compression;

namespace DraftCheck.Reports;

/// <summary>Rewrites a zip package with fixed timestamps, so that the same content always gives the same bytes.</summary>
internal static class DeterministicZip
{
    // The earliest time a zip entry can hold; System.IO.Packaging would stamp new entries with the current time.
    private static readonly DateTimeOffset s_timestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] zip)
    {
        using var input = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (ZipArchiveEntry entry in input.Entries)
            {
                ZipArchiveEntry copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = s_timestamp;
                using Stream from = entry.Open();
                using Stream to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}
