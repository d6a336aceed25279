using System.IO.Compression;
using DraftCheck.Model;

namespace DraftCheck.Docx;

/// <summary>Checks a file is a sane zip package before the Open XML SDK sees it, so that every bad file gets one clear line.</summary>
internal static class PackageChecks
{
    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static DraftError? Inspect(Stream stream, string draft, DocxReadOptions options)
    {
        Span<byte> head = stackalloc byte[8];
        stream.Position = 0;
        int read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (read >= 8 && head.SequenceEqual(OleSignature))
        {
            return IsEncryptedOffice(stream)
                ? new DraftError(DraftErrorKind.Encrypted, draft, "the file is password-protected (an encrypted Office file); save an unprotected copy and check that")
                : new DraftError(DraftErrorKind.LegacyDoc, draft, "this is a legacy Word 97-2003 (.doc) file; open it in Word and save it as .docx");
        }
        if (read < 4 || !head[..4].SequenceEqual(ZipSignature))
        {
            return new DraftError(DraftErrorKind.NotAZip, draft, "not a Word file (.docx): the file is not a zip archive");
        }
        stream.Position = 0;
        try
        {
            using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (ZipArchiveEntry entry in archive.Entries)
            {
                total += entry.Length;
                if (total > options.MaxUncompressedBytes)
                {
                    return new DraftError(DraftErrorKind.ZipBomb, draft,
                        $"the archive expands to more than {options.MaxUncompressedBytes / (1024 * 1024)} MB; refusing to read it (possible zip bomb)");
                }
                if (entry.CompressedLength > 0 && entry.Length > 1024 * 1024 && (double)entry.Length / entry.CompressedLength > options.MaxCompressionRatio)
                {
                    return new DraftError(DraftErrorKind.ZipBomb, draft,
                        $"entry {entry.FullName} is compressed more than {options.MaxCompressionRatio}:1; refusing to read it (possible zip bomb)");
                }
            }
        }
        catch (InvalidDataException ex)
        {
            return new DraftError(DraftErrorKind.Truncated, draft, $"the zip archive is damaged or truncated ({ex.Message})");
        }
        return null;
    }

    private static bool IsEncryptedOffice(Stream stream)
    {
        // An encrypted OOXML file is an OLE compound file holding an "EncryptedPackage" stream (names are UTF-16LE).
        stream.Position = 0;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        ReadOnlySpan<byte> bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        ReadOnlySpan<byte> name = System.Text.Encoding.Unicode.GetBytes("EncryptedPackage");
        return bytes.IndexOf(name) >= 0;
    }
}
