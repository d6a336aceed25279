namespace DraftCheck.Model;

/// <summary>The closed set of reasons a draft could not be read or checked. Each has one code and one exit code (see <see cref="ExitCodes"/>).</summary>
public enum DraftErrorKind
{
    /// <summary>The command line is wrong (unknown option, missing argument).</summary>
    Usage,

    /// <summary>The file does not exist or cannot be opened.</summary>
    FileNotFound,

    /// <summary>The file is not a zip archive, so not a Word (.docx) file.</summary>
    NotAZip,

    /// <summary>The zip archive ends early (no central directory, short entry).</summary>
    Truncated,

    /// <summary>A zip entry fails its CRC check or cannot be decompressed.</summary>
    CorruptEntry,

    /// <summary>The file is a password-protected (encrypted) Office file.</summary>
    Encrypted,

    /// <summary>The file is a legacy Word 97-2003 (.doc) binary file.</summary>
    LegacyDoc,

    /// <summary>The package has no main document part.</summary>
    MissingMainPart,

    /// <summary>The archive would expand beyond the size or ratio limits.</summary>
    ZipBomb,

    /// <summary>An XML part declares a DTD or an external entity (never resolved).</summary>
    ExternalEntity,

    /// <summary>An XML part the check needs is not well-formed.</summary>
    MalformedXml,

    /// <summary>The content nests deeper than the reader's limit (tables in tables...).</summary>
    TooDeeplyNested,

    /// <summary>A rule pack does not compile or breaks the pack's rules (sandbox, metadata).</summary>
    RulePackInvalid,

    /// <summary>A rule threw while matching or acting; other rules still ran.</summary>
    RuleThrew,

    /// <summary>A rule ran past its time budget or cycle bound; other rules still ran.</summary>
    RuleTimeout,

    /// <summary>A bug in DraftCheck.</summary>
    Internal,
}

/// <summary>The process exit codes of <c>draftcheck</c>, one table for every command.</summary>
public static class ExitCodes
{
    /// <summary>Everything was read and checked; no finding at or above the failure threshold.</summary>
    public const int Success = 0;

    /// <summary>There are findings at or above the failure threshold.</summary>
    public const int Findings = 1;

    /// <summary>Usage error, unreadable draft, or a rule pack that does not compile.</summary>
    public const int InvalidInput = 2;

    /// <summary>A rule threw or ran out of time; the other rules' findings were still reported.</summary>
    public const int RuleFailure = 3;

    /// <summary>A bug in DraftCheck (EX_SOFTWARE).</summary>
    public const int Internal = 70;
}

/// <summary>
/// A failure to read or check a draft: one line naming the file and the reason, and one exit code.
/// Never a finding: findings are about what the draft says, errors about whether it could be read.
/// </summary>
public sealed record DraftError(DraftErrorKind Kind, string Draft, string Message)
{
    /// <summary>The stable code printed with the error, such as <c>DC1002</c>.</summary>
    public string Code => Kind switch
    {
        DraftErrorKind.Usage => "DC0001",
        DraftErrorKind.FileNotFound => "DC1001",
        DraftErrorKind.NotAZip => "DC1002",
        DraftErrorKind.Truncated => "DC1003",
        DraftErrorKind.CorruptEntry => "DC1004",
        DraftErrorKind.Encrypted => "DC1005",
        DraftErrorKind.LegacyDoc => "DC1006",
        DraftErrorKind.MissingMainPart => "DC1007",
        DraftErrorKind.ZipBomb => "DC1008",
        DraftErrorKind.ExternalEntity => "DC1009",
        DraftErrorKind.MalformedXml => "DC1010",
        DraftErrorKind.TooDeeplyNested => "DC1011",
        DraftErrorKind.RulePackInvalid => "DC2001",
        DraftErrorKind.RuleThrew => "DC3001",
        DraftErrorKind.RuleTimeout => "DC3002",
        _ => "DC9001",
    };

    /// <summary>The exit code this error gives <c>draftcheck</c>.</summary>
    public int ExitCode => Kind switch
    {
        DraftErrorKind.RuleThrew or DraftErrorKind.RuleTimeout => ExitCodes.RuleFailure,
        DraftErrorKind.Internal => ExitCodes.Internal,
        _ => ExitCodes.InvalidInput,
    };

    /// <summary>The one line shown to users: <c>draft.docx: error DC1002: not a Word file (not a zip archive)</c>.</summary>
    public override string ToString() =>
        string.IsNullOrEmpty(Draft) ? $"error {Code}: {Message}" : $"{Draft}: error {Code}: {Message}";
}

/// <summary>Carries a <see cref="DraftError"/> out of deep code to the stage boundary that turns it into a result.</summary>
public sealed class DraftErrorException : Exception
{
    /// <summary>Wraps <paramref name="error"/>.</summary>
    public DraftErrorException(DraftError error, Exception? inner = null)
        : base(error.ToString(), inner) => Error = error;

    /// <summary>The error.</summary>
    public DraftError Error { get; }
}
