using System.Globalization;
using System.IO.Compression;
using System.IO.Hashing;
using System.Xml;
using DraftCheck.Model;

namespace DraftCheck.Docx;

/// <summary>
/// Checks a file is a sane Word package before the Open XML SDK sees it, so that every bad file gets one clear line
/// instead of an exception, a hang or a crash. In one pass over the archive it checks: the file's signature (zip, or
/// an OLE file: legacy .doc or password-protected), the central directory, the declared and the actual sizes against
/// the zip-bomb limits, every entry's CRC, and every XML entry for a DTD (never processed) and for nesting beyond the
/// limits (the SDK parses recursively, so a deep enough file would overflow the stack and kill the process).
/// </summary>
internal static class PackageChecks
{
    // Entries up to this size may have any compression ratio: the ratio guards against large expansions only.
    private const long RatioFloorBytes = 1024 * 1024;

    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> EmptyZipSignature => [0x50, 0x4B, 0x05, 0x06];

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
        if (read >= 5 && head[..5].SequenceEqual("{\\rtf"u8))
        {
            return new DraftError(DraftErrorKind.NotAZip, draft, "this is a Rich Text Format (.rtf) file, not a .docx; open it in Word and save it as .docx");
        }
        if (read < 4 || !(head[..4].SequenceEqual(ZipSignature) || head[..4].SequenceEqual(EmptyZipSignature)))
        {
            return new DraftError(DraftErrorKind.NotAZip, draft, "not a Word file (.docx): the file is not a zip archive");
        }
        stream.Position = 0;
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            return new DraftError(DraftErrorKind.Truncated, draft, $"the zip archive is damaged or truncated ({ex.Message})");
        }
        using (archive)
        {
            try
            {
                return CheckDeclaredSizes(archive, draft, options) ?? CheckEntries(archive, draft, options);
            }
            catch (InvalidDataException ex)
            {
                return new DraftError(DraftErrorKind.Truncated, draft, $"the zip archive is damaged or truncated ({ex.Message})");
            }
        }
    }

    private static DraftError? CheckDeclaredSizes(ZipArchive archive, string draft, DocxReadOptions options)
    {
        long total = 0;
        foreach (ZipArchiveEntry entry in archive.Entries)
        {
            total += entry.Length;
            if (total > options.MaxUncompressedBytes) return TooLarge(draft, options);
            if (IsTooCompressed(entry.Length, entry.CompressedLength, options)) return TooCompressed(draft, entry.FullName, options);
        }
        return null;
    }

    // Reads every entry once: the actual sizes (a zip may lie about them), the CRC, and the XML checks.
    private static DraftError? CheckEntries(ZipArchive archive, string draft, DocxReadOptions options)
    {
        long total = 0;
        foreach (ZipArchiveEntry entry in archive.Entries)
        {
            if (entry.FullName.EndsWith('/') && entry.Length == 0) continue;
            Stream content;
            try
            {
                content = entry.Open();
            }
            catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or IOException)
            {
                return Corrupt(draft, entry.FullName, ex.Message);
            }
            using var checkedContent = new CheckedStream(content, entry, total, options);
            try
            {
                // Every entry is scanned, whatever its name: the SDK loads parts by content type, not by extension, and
                // a binary entry stops the XML reader at its first byte.
                if (ScanXml(checkedContent, entry.FullName, draft, options) is { } xmlError) return xmlError;
                checkedContent.CopyTo(Stream.Null);
            }
            catch (SizeLimitException limit)
            {
                return limit.IsTotal ? TooLarge(draft, options) : TooCompressed(draft, entry.FullName, options);
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException)
            {
                return Corrupt(draft, entry.FullName, ex.Message);
            }
            if (checkedContent.Crc != entry.Crc32)
            {
                return new DraftError(DraftErrorKind.CorruptEntry, draft, $"the zip entry {entry.FullName} is damaged (its CRC check fails)");
            }
            total += checkedContent.BytesRead;
        }
        return null;
    }

    private static DraftError? ScanXml(Stream content, string entryName, string draft, DocxReadOptions options)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };
        using XmlReader reader = XmlReader.Create(content, settings);
        string table = reader.NameTable.Add("tbl");
        int[] openTables = new int[options.MaxTableNesting + 1];
        int tables = 0;
        bool sawElement = false;
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    sawElement = true;
                    if (reader.Depth >= options.MaxXmlDepth)
                    {
                        return new DraftError(DraftErrorKind.TooDeeplyNested, draft,
                            $"{entryName} nests XML elements more than {options.MaxXmlDepth} deep; refusing to read it");
                    }
                    if (ReferenceEquals(reader.LocalName, table) && !reader.IsEmptyElement)
                    {
                        if (tables == options.MaxTableNesting)
                        {
                            return new DraftError(DraftErrorKind.TooDeeplyNested, draft,
                                $"{entryName} nests tables more than {options.MaxTableNesting} deep; refusing to read it");
                        }
                        openTables[tables++] = reader.Depth;
                    }
                }
                else if (reader.NodeType == XmlNodeType.EndElement && tables > 0 && openTables[tables - 1] == reader.Depth && ReferenceEquals(reader.LocalName, table))
                {
                    tables--;
                }
            }
        }
        catch (XmlException ex) when (!sawElement && ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return new DraftError(DraftErrorKind.ExternalEntity, draft,
                $"{entryName} declares a DTD (<!DOCTYPE>), which may define external entities; DraftCheck never processes them, so it does not read the file");
        }
        catch (XmlException)
        {
            // Not well-formed: whether that matters depends on the part; the reader reports it when it loads the part.
        }
        return null;
    }

    private static bool IsTooCompressed(long length, long compressedLength, DocxReadOptions options) =>
        length > RatioFloorBytes && (compressedLength <= 0 || (double)length / compressedLength > options.MaxCompressionRatio);

    private static DraftError TooLarge(string draft, DocxReadOptions options) => new(DraftErrorKind.ZipBomb, draft,
        $"the archive expands to more than {FormatSize(options.MaxUncompressedBytes)}; refusing to read it (possible zip bomb)");

    private static DraftError TooCompressed(string draft, string entry, DocxReadOptions options) => new(DraftErrorKind.ZipBomb, draft,
        $"the zip entry {entry} is compressed more than {options.MaxCompressionRatio.ToString(CultureInfo.InvariantCulture)}:1; refusing to read it (possible zip bomb)");

    private static DraftError Corrupt(string draft, string entry, string reason) =>
        new(DraftErrorKind.CorruptEntry, draft, $"the zip entry {entry} cannot be decompressed ({reason})");

    /// <summary>A size for messages: "512 MB", "64 KB", "500 bytes".</summary>
    internal static string FormatSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{(bytes / (1024.0 * 1024)).ToString("0.##", CultureInfo.InvariantCulture)} MB",
        >= 1024 => $"{(bytes / 1024.0).ToString("0.##", CultureInfo.InvariantCulture)} KB",
        _ => $"{bytes.ToString(CultureInfo.InvariantCulture)} bytes",
    };

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

    private sealed class SizeLimitException(bool isTotal) : Exception
    {
        public bool IsTotal { get; } = isTotal;
    }

    /// <summary>An entry's content, counting the bytes and their CRC, and stopping at the size limits whatever the zip declares.</summary>
    private sealed class CheckedStream(Stream inner, ZipArchiveEntry entry, long totalBefore, DocxReadOptions options) : Stream
    {
        private readonly Crc32 _crc = new();
        private readonly long _limit = Math.Max(entry.Length, Math.Min(RatioFloorBytes, options.MaxUncompressedBytes));

        public long BytesRead { get; private set; }

        public uint Crc => _crc.GetCurrentHashAsUInt32();

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int read = inner.Read(buffer);
            BytesRead += read;
            if (totalBefore + BytesRead > options.MaxUncompressedBytes) throw new SizeLimitException(isTotal: true);
            // More than the zip declares: only a bomb or a damaged entry does that.
            if (BytesRead > _limit && IsTooCompressed(BytesRead, entry.CompressedLength, options)) throw new SizeLimitException(isTotal: false);
            _crc.Append(buffer[..read]);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
