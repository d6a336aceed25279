namespace DraftCheck.Compilation;

/// <summary>
/// A rule author's mistake found while compiling or loading a pack, printed the way MSBuild prints compiler errors:
/// <c>rules/iipa-2020/IIPA001.cs(12,5): error CS1002: ; expected</c>. Line and column count from 1.
/// </summary>
public sealed record RulePackError(string Path, int Line, int Column, bool IsError, string Code, string Message)
{
    /// <summary>The MSBuild-style line.</summary>
    public override string ToString() =>
        Line > 0
            ? $"{Path}({Line},{Column}): {(IsError ? "error" : "warning")} {Code}: {Message}"
            : $"{Path}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
