using DraftCheck.Model;

namespace DraftCheck.Semantics;

/// <summary>What a technological measure controls, as its definition states.</summary>
[Flags]
public enum MeasureControls
{
    /// <summary>The definition names no kind of control.</summary>
    None = 0,

    /// <summary>Access to the work: "control access to a work", "防止、限制未经权利人许可浏览、欣赏作品", "access control".</summary>
    Access = 1 << 0,

    /// <summary>Copying or other acts restricted by copyright: "prevent ... reproduction", "copy control mechanism", "protect the rights of the copyright owner".</summary>
    Copying = 1 << 1,
}

/// <summary>
/// A definition of technological (protection) measures: "技术措施，是指用于防止、限制未经权利人许可浏览、欣赏作品…的有效技术、装置或者部件",
/// "'technological measures' means any technology, device or component that ... is designed to prevent or restrict acts".
/// </summary>
public sealed record TpmDefinition : Fact
{
    /// <summary>Creates a definition fact.</summary>
    public TpmDefinition(ProvisionRef provision, Span span, string text, Span termSpan, MeasureControls controls)
        : base(provision, span, text)
    {
        TermSpan = termSpan;
        Controls = controls;
    }

    /// <summary>The defined term ("技术措施", "technological measures").</summary>
    public Span TermSpan { get; init; }

    /// <summary>What the measures control.</summary>
    public MeasureControls Controls { get; init; }

    /// <summary>The words covering access control, or none.</summary>
    public Span AccessSpan { get; init; } = Span.None;

    /// <summary>The words covering copy control, or none.</summary>
    public Span CopySpan { get; init; } = Span.None;

    /// <summary>Whether the definition covers access controls.</summary>
    public bool CoversAccess => (Controls & MeasureControls.Access) != 0;
}

/// <summary>What a TPM provision prohibits.</summary>
public enum TpmAct
{
    /// <summary>Circumventing a measure ("故意避开或者破坏技术措施", "No person shall circumvent").</summary>
    Circumvention,

    /// <summary>Trafficking in circumvention devices, components or services ("制造、进口或者向公众提供…装置或者部件", "manufacture, import, offer to the public, provide, or otherwise traffic in").</summary>
    Trafficking,
}

/// <summary>The trafficking acts a prohibition names.</summary>
[Flags]
public enum TraffickingActs
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>Manufacture (制造).</summary>
    Manufacture = 1 << 0,

    /// <summary>Import (进口).</summary>
    Import = 1 << 1,

    /// <summary>Export (出口).</summary>
    Export = 1 << 2,

    /// <summary>Distribution (发行, 销售渠道).</summary>
    Distribute = 1 << 3,

    /// <summary>Sale, letting for hire, rental (出售, 销售, 出租).</summary>
    Sell = 1 << 4,

    /// <summary>Providing, offering to the public (向公众提供, 提供).</summary>
    Provide = 1 << 5,

    /// <summary>Advertising, promoting, marketing.</summary>
    Advertise = 1 << 6,

    /// <summary>Possession for commercial purposes.</summary>
    Possess = 1 << 7,

    /// <summary>A general catch-all for trafficking ("or otherwise traffic in").</summary>
    OtherwiseTraffic = 1 << 8,
}

/// <summary>The circumvention tools a trafficking prohibition names.</summary>
[Flags]
public enum CircumventionTools
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>Devices, products, technology (装置, 设备, 技术).</summary>
    Devices = 1 << 0,

    /// <summary>Components and parts, software components (部件).</summary>
    Components = 1 << 1,

    /// <summary>Services (技术服务).</summary>
    Services = 1 << 2,
}

/// <summary>
/// A prohibition on circumventing technological measures or on trafficking in circumvention tools, with what it names:
/// the acts and tools, a link to infringement ("for the purpose of infringing"), and a restriction to measures applied
/// by the right holder ("权利人为其作品…采取的").
/// </summary>
public sealed record TpmProhibition : Fact
{
    /// <summary>Creates a prohibition fact.</summary>
    public TpmProhibition(ProvisionRef provision, Span span, string text, TpmAct act, Span actSpan)
        : base(provision, span, text)
    {
        Act = act;
        ActSpan = actSpan;
    }

    /// <summary>What is prohibited.</summary>
    public TpmAct Act { get; init; }

    /// <summary>The prohibiting words ("故意避开或者破坏", "No person shall circumvent", "commits an offence if he").</summary>
    public Span ActSpan { get; init; }

    /// <summary>The trafficking acts named (for <see cref="TpmAct.Trafficking"/>).</summary>
    public TraffickingActs Acts { get; init; }

    /// <summary>The words listing the trafficking acts, or none.</summary>
    public Span ActsSpan { get; init; } = Span.None;

    /// <summary>The tools named (for <see cref="TpmAct.Trafficking"/>).</summary>
    public CircumventionTools Tools { get; init; }

    /// <summary>Words conditioning the prohibition on infringement ("for the purpose of infringing", "thereby infringing"), or none.</summary>
    public Span InfringementNexusSpan { get; init; } = Span.None;

    /// <summary>Whether the prohibition applies only where copyright is infringed.</summary>
    public bool RequiresInfringement => !InfringementNexusSpan.IsNone;

    /// <summary>Words restricting protection to measures applied by the right holder ("taken by the right holder for his works", "权利人为其作品…采取的"), or none.</summary>
    public Span AppliedByRightHolderSpan { get; init; } = Span.None;

    /// <summary>Whether the words make the prohibition a criminal offence ("commits an offence", "shall be fined ... or imprisoned").</summary>
    public bool IsOffence { get; init; }

    /// <summary>
    /// Whether the prohibition is only implied by a sanction for the act ("有下列行为之一的，由著作权行政管理部门予以警告：（一）故意制造…"),
    /// rather than stated as a prohibition ("不得", "No person shall", "commits an offence").
    /// </summary>
    public bool IsStatedAsSanction { get; init; }

    /// <summary>Whether the prohibition is an obligation on others to provide protection ("Member States shall provide adequate legal protection against").</summary>
    public bool IsObligationToProtect { get; init; }

    /// <summary>Whether the export of tools is covered: named, or by a general catch-all for trafficking.</summary>
    public bool CoversExport => (Acts & (TraffickingActs.Export | TraffickingActs.OtherwiseTraffic)) != 0;

    /// <summary>Whether the import of tools is covered.</summary>
    public bool CoversImport => (Acts & (TraffickingActs.Import | TraffickingActs.OtherwiseTraffic)) != 0;
}

/// <summary>
/// What a draft says about technological measures as a whole, derived from its TPM facts: whether they are regulated,
/// defined with access control, which trafficking acts and tools the prohibitions name together, and which criminal
/// sanctions reach them. One per draft; its words are the first TPM provision's, or the title's when there is none.
/// </summary>
public sealed record TpmCoverage : Fact
{
    /// <summary>Creates a coverage fact.</summary>
    public TpmCoverage(ProvisionRef provision, Span span, string text) : base(provision, span, text)
    {
    }

    /// <summary>The first prohibition (circumvention first), or null.</summary>
    public TpmProhibition? FirstProhibition { get; init; }

    /// <summary>The first definition covering access control, or null.</summary>
    public TpmDefinition? AccessDefinition { get; init; }

    /// <summary>The first definition not covering access control, or null.</summary>
    public TpmDefinition? CopyOnlyDefinition { get; init; }

    /// <summary>Whether the draft prohibits circumvention or trafficking, or defines technological measures.</summary>
    public bool IsRegulated => FirstProhibition is not null || AccessDefinition is not null || CopyOnlyDefinition is not null;

    /// <summary>The first trafficking prohibition, or null.</summary>
    public TpmProhibition? FirstTrafficking { get; init; }

    /// <summary>Whether the draft prohibits trafficking in circumvention tools.</summary>
    public bool HasTrafficking => FirstTrafficking is not null;

    /// <summary>The trafficking acts the prohibitions name together.</summary>
    public TraffickingActs Acts { get; init; }

    /// <summary>The tools the prohibitions name together.</summary>
    public CircumventionTools Tools { get; init; }

    /// <summary>Whether export is covered, by name or by a catch-all for trafficking.</summary>
    public bool CoversExport => (Acts & (TraffickingActs.Export | TraffickingActs.OtherwiseTraffic)) != 0;

    /// <summary>Whether import is covered, by name or by a catch-all for trafficking.</summary>
    public bool CoversImport => (Acts & (TraffickingActs.Import | TraffickingActs.OtherwiseTraffic)) != 0;

    /// <summary>Whether the prohibitions name components and services as well as devices, and import and export.</summary>
    public bool IsTraffickingComplete =>
        (Tools & (CircumventionTools.Components | CircumventionTools.Services)) == (CircumventionTools.Components | CircumventionTools.Services)
        && CoversImport && CoversExport;

    /// <summary>The first criminal offence reaching circumvention or trafficking, or null.</summary>
    public CriminalSanction? Offence { get; init; }

    /// <summary>The first generic reference to criminal liability reaching circumvention or trafficking, or null.</summary>
    public CriminalSanction? GenericSanction { get; init; }

    /// <summary>An obligation on others to provide sanctions ("Member States shall provide appropriate sanctions"), or null.</summary>
    public CriminalSanction? SanctionsObligation { get; init; }
}
