namespace DraftCheck.Semantics.Extraction;

/// <summary>Recognises the kinds of works a provision names, in English and Chinese statute wording.</summary>
internal static class WorkCategories
{
    private static readonly (string Words, WorkCategory Category)[] s_cues =
    [
        ("work of a citizen", WorkCategory.NaturalPerson), ("works of citizens", WorkCategory.NaturalPerson),
        ("natural person", WorkCategory.NaturalPerson), ("公民的作品", WorkCategory.NaturalPerson), ("自然人的作品", WorkCategory.NaturalPerson),
        ("joint authorship", WorkCategory.JointWork), ("joint work", WorkCategory.JointWork), ("co-authorship", WorkCategory.JointWork),
        ("合作作品", WorkCategory.JointWork),
        ("legal person", WorkCategory.LegalEntity), ("legal entit", WorkCategory.LegalEntity), ("other organization", WorkCategory.LegalEntity),
        ("corporate body", WorkCategory.LegalEntity), ("法人或者其他组织的作品", WorkCategory.LegalEntity), ("法人或者非法人组织的作品", WorkCategory.LegalEntity),
        ("made for hire", WorkCategory.WorkMadeForHire), ("course of employment", WorkCategory.WorkMadeForHire), ("职务作品", WorkCategory.WorkMadeForHire),
        ("cinematograph", WorkCategory.Cinematographic), ("motion picture", WorkCategory.Cinematographic), ("audiovisual", WorkCategory.Cinematographic),
        ("电影作品", WorkCategory.Cinematographic), ("视听作品", WorkCategory.Cinematographic),
        ("photographic", WorkCategory.Photographic), ("摄影作品", WorkCategory.Photographic),
        ("anonymous", WorkCategory.Anonymous), ("unknown authorship", WorkCategory.Anonymous), ("作者身份不明", WorkCategory.Anonymous),
        ("pseudonymous", WorkCategory.Pseudonymous),
        ("computer-generated", WorkCategory.ComputerGenerated),
        ("computer software", WorkCategory.ComputerSoftware), ("computer program", WorkCategory.ComputerSoftware), ("计算机软件", WorkCategory.ComputerSoftware),
        ("sound recording", WorkCategory.SoundRecording), ("video recording", WorkCategory.SoundRecording), ("phonogram", WorkCategory.SoundRecording),
        ("录音录像制品", WorkCategory.SoundRecording), ("录音制品", WorkCategory.SoundRecording),
        ("performer", WorkCategory.Performance), ("performance", WorkCategory.Performance), ("表演者", WorkCategory.Performance), ("表演", WorkCategory.Performance),
        ("radio station", WorkCategory.Broadcast), ("television station", WorkCategory.Broadcast), ("broadcasting organisation", WorkCategory.Broadcast),
        ("broadcasting organization", WorkCategory.Broadcast), ("广播电台、电视台", WorkCategory.Broadcast), ("广播、电视", WorkCategory.Broadcast),
        ("layout design", WorkCategory.TypographicalArrangement), ("typographical arrangement", WorkCategory.TypographicalArrangement),
        ("published edition", WorkCategory.TypographicalArrangement), ("版式设计", WorkCategory.TypographicalArrangement),
    ];

    public static WorkCategory In(string text, int start, int end)
    {
        ReadOnlySpan<char> words = text.AsSpan(start, end - start);
        WorkCategory found = WorkCategory.None;
        foreach ((string cue, WorkCategory category) in s_cues)
        {
            if ((found & category) == 0 && words.Contains(cue, StringComparison.OrdinalIgnoreCase)) found |= category;
        }
        return found;
    }
}
