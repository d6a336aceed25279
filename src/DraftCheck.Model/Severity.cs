namespace DraftCheck.Model;

/// <summary>How serious a finding is, as a rule declares it by default.</summary>
public enum Severity
{
    /// <summary>Not shown to users; available to tools.</summary>
    Hidden = 0,

    /// <summary>Worth knowing: a drafting note or a point to discuss.</summary>
    Info = 1,

    /// <summary>Probably a problem: the draft falls short of the recommendation or a good practice.</summary>
    Warning = 2,

    /// <summary>A problem: the draft contradicts the recommendation the rule encodes.</summary>
    Error = 3,
}

/// <summary>The severity a user configured for a rule id; overrides the rule's <see cref="Severity"/>.</summary>
public enum ReportAs
{
    /// <summary>Keep the rule's default severity.</summary>
    Default = 0,

    /// <summary>Report as <see cref="Severity.Hidden"/>.</summary>
    Hidden,

    /// <summary>Report as <see cref="Severity.Info"/>.</summary>
    Info,

    /// <summary>Report as <see cref="Severity.Warning"/>.</summary>
    Warning,

    /// <summary>Report as <see cref="Severity.Error"/>.</summary>
    Error,

    /// <summary>Do not report at all.</summary>
    Suppress,
}

/// <summary>Parsing and printing of severities in the lowercase form used by the CLI and reports.</summary>
public static class SeverityText
{
    /// <summary>The lowercase name: <c>error</c>, <c>warning</c>, <c>info</c>, <c>hidden</c>.</summary>
    public static string ToText(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "hidden",
    };

    /// <summary>Parses <c>error</c>, <c>warning</c>, <c>info</c> or <c>hidden</c> (any case).</summary>
    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning": severity = Severity.Warning; return true;
            case "info": severity = Severity.Info; return true;
            case "hidden": severity = Severity.Hidden; return true;
            default: severity = default; return false;
        }
    }
}
