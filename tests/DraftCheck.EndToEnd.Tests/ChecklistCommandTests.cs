using System.Text.Json;
using DraftCheck.Cli;
using static DraftCheck.EndToEnd.Tests.InProcess;

namespace DraftCheck.EndToEnd.Tests;

/// <summary><c>check --checklist</c>: the table of concordance in text, Markdown and JSON, and <c>--scope</c>.</summary>
public sealed class ChecklistCommandTests
{
    [Fact]
    public void Check_Checklist_PrintsEveryItemOfSampleAWithItsAssessment()
    {
        (int exitCode, string output, string error) = Run("check", Samples.DraftA, "--rules", Samples.IipaPack, "--checklist", "--no-cache");

        Assert.Equal((1, string.Empty), (exitCode, error));
        Assert.StartsWith($"""
            {Samples.DraftA}: table of concordance (28 items: 26 violated, 2 satisfied, 0 not applicable, 0 not assessed)
            Scope: copyright law, every topic (inferred: its title names a copyright law ("Copyright Law"), which covers every topic)

            ITEM     ASSESSMENT     PROVISION         WORDS OR REASON
            IIPA001  violated       Article 21(1)     "the life of the author and fifty years after his death, expiring on December 31 of the fiftieth year after his death"
                                                      Term for works of natural persons is below life + 70 years
                                                      - error: Article 21(1) sets the term at life + 50 years after the author's death; IIPA recommends life + 70.
            """, output);
        Assert.Contains("""
            IIPA053  satisfied      Article 11(4)     "The citizen, legal person or other organization whose name is mentioned in connection with a work shall, in the absence of proof to the contrary, be deemed to be the author of the work."
                                                      No presumption of ownership
                                                      - Article 11(4) presumes that the person named on the work is its author or owner.
            """, output);
    }

    [Fact]
    public void Check_ChecklistAsMarkdown_IsOneTableRowPerItem()
    {
        (_, string output, _) = Run("check", Samples.DraftA, "--rules", Samples.IipaPack, "--checklist", "iipa-2020", "--format", "markdown", "--no-cache");

        Assert.StartsWith($"## Table of concordance: {Samples.DraftA}\n\n", output);
        Assert.Contains("| Item | Title | Assessment | Provision | Words or reason |\n| --- | --- | --- | --- | --- |\n", output);
        Assert.Contains("| IIPA031 | No remedy against apps and linking services for remotely hosted content | satisfied | Article 60 | “linking”: Article 60 gives a remedy against linking and search services (\"linking\"). |\n", output);
        Assert.Equal(28, output.Split('\n').Count(l => l.StartsWith("| IIPA", StringComparison.Ordinal)));
    }

    [Fact]
    public void Check_ChecklistAsJsonWithNetworkScope_DamagesItemIsNotApplicableBecauseOfTheConfiguredScope()
    {
        (_, string output, _) = Run("check", Samples.DraftA, "--rules", Samples.IipaPack, "--checklist", "--format", "json", "--scope", "network-regulation", "--no-cache");

        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement checklist = json.RootElement.GetProperty("drafts")[0].GetProperty("checklist");
        Assert.StartsWith("regulations on the information network right, intermediaries, technological-measures, making-available, intermediary-injunctions (configured: --scope network-regulation", checklist.GetProperty("scope").GetString());
        JsonElement damages = checklist.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "IIPA051");
        Assert.Equal("not-applicable", damages.GetProperty("assessment").GetString());
        Assert.StartsWith("out of scope: the configured scope does not cover damages (--scope network-regulation: ", damages.GetProperty("reason").GetString());
        Assert.Equal(28, checklist.GetProperty("items").GetArrayLength());
        Assert.Equal(28, checklist.GetProperty("counts").EnumerateObject().Sum(c => c.Value.GetInt32()));
    }

    [Fact]
    public void Check_MarkdownWithoutChecklist_IsAUsageError()
    {
        (int exitCode, _, string error) = Run("check", Samples.DraftA, "--format", "markdown");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("draftcheck: error DC0001: --format markdown is the table of concordance: give --checklist too.", error);
    }

    [Fact]
    public void Check_UnknownScope_IsAUsageErrorNamingTheScopes()
    {
        (int exitCode, _, string error) = Run("check", Samples.DraftA, "--scope", "trademarks");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("draftcheck: error DC0001: --scope trademarks is not a scope: give copyright-law, network-regulation or topics among term, rights, related-rights, intermediaries,", error);
    }

    [Fact]
    public void Check_ChecklistNamingAnotherPack_IsAUsageError()
    {
        (int exitCode, _, string error) = Run("check", Samples.DraftA, "--rules", Samples.IipaPack, "--checklist", "drafting", "--no-cache");

        Assert.Equal(2, exitCode);
        Assert.Equal("draftcheck: error DC0001: --checklist drafting names no pack checked; the packs are iipa-2020\n", error.Replace("\r\n", "\n"));
    }
}
