using System.Text;
using DraftCheck.Compilation;
using DraftCheck.Rules;

namespace DraftCheck.Cli;

/// <summary>
/// The files <c>draftcheck rules new</c> writes: a working rule (it compiles, passes <c>rules validate</c> and its
/// examples pass <c>rules test</c>) for the author to change, and an xunit test of it using DraftCheck.Testing.
/// </summary>
internal static class RuleTemplate
{
    private const string Fires = "Article 1 The term of protection for the rights of a producer of sound recordings shall be [|twenty years, expiring on December 31 of the twentieth year after the first completion of the production|].";
    private const string DoesNotFire = "Article 1 The term of protection for the rights of a producer of sound recordings shall be fifty years, expiring on December 31 of the fiftieth year after the first completion of the production.";
    private const string Amended = "Article 1 The term of protection for the rights of a producer of sound recordings shall be fifty years, expiring on December 31 of the fiftieth year after the first completion of the production.";

    /// <summary>Why the rule cannot be written, or null.</summary>
    public static string? Check(string id, string packFolder, string testFolder)
    {
        if (!RuleIds.IsValid(id)) return $"'{id}' is not a rule id: capital letters then digits, such as IIPA029";
        PackManifest manifest = ManifestOf(packFolder);
        if (manifest.Prefix.Length > 0 && RuleIds.PrefixOf(id) != manifest.Prefix)
        {
            return $"rule id '{id}' must start with the pack's prefix '{manifest.Prefix}' (pack.json)";
        }
        if (manifest.RetiredIds.Contains(id, StringComparer.Ordinal)) return $"rule id '{id}' was retired (pack.json retiredIds) and is never used again";
        foreach (string path in new[] { RulePath(id, packFolder), TestPath(id, testFolder) })
        {
            if (File.Exists(path)) return $"{RulesCommand.PathShown(path)} exists; choose another id or remove the file";
        }
        return null;
    }

    /// <summary>Writes the rule and its test; returns their paths.</summary>
    public static IReadOnlyList<string> Write(string id, string packFolder, string testFolder)
    {
        PackManifest manifest = ManifestOf(packFolder);
        string space = "DraftCheck.Packs." + Identifier(manifest.Name);
        string rulePath = RulePath(id, packFolder);
        string testPath = TestPath(id, testFolder);
        Directory.CreateDirectory(packFolder);
        Directory.CreateDirectory(testFolder);
        string relativePack = Path.GetRelativePath(Path.GetFullPath(testFolder), Path.GetFullPath(packFolder)).Replace('\\', '/');
        File.WriteAllText(rulePath, RuleSource(id, space), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.WriteAllText(testPath, TestSource(id, space, relativePack), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return [rulePath, testPath];
    }

    private static string RulePath(string id, string packFolder) => Path.Combine(packFolder, id + ".cs");

    private static string TestPath(string id, string testFolder) => Path.Combine(testFolder, id + "Tests.cs");

    private static PackManifest ManifestOf(string packFolder)
    {
        string folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(packFolder)));
        string path = Path.Combine(packFolder, PackManifest.FileName);
        return File.Exists(path) ? PackManifest.Parse(File.ReadAllText(path), path, folderName, new List<RulePackError>()) : PackManifest.For(folderName);
    }

    /// <summary>A pack name as a C# identifier: <c>iipa-2020</c> becomes <c>Iipa2020</c>.</summary>
    internal static string Identifier(string name)
    {
        var builder = new StringBuilder();
        foreach (string part in new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')]).Split(' '))
        {
            if (part.Length > 0) builder.Append(char.ToUpperInvariant(part[0])).Append(part.AsSpan(1));
        }
        if (builder.Length == 0 || char.IsAsciiDigit(builder[0])) builder.Insert(0, "Pack");
        return builder.ToString();
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string RuleSource(string id, string space) => $$"""
        // {{id}}: terms of protection shorter than 50 years. A starting point: change the title, the source, the
        // conditions and the examples to say what your rule checks. See what facts a draft yields with
        //   draftcheck query draft.docx "Facts"
        namespace {{space}};

        [Rule("{{id}}",
            Title = "Term of protection is shorter than 50 years",
            Category = "Term",
            Severity = Severity.Warning,
            Source = "Berne Convention, Article 7(1) (replace with the authority your rule encodes)",
            Description = "Why a finding matters and what the drafter should do about it.")]
        [Fires({{Quote(Fires)}})]
        [DoesNotFire({{Quote(DoesNotFire)}})]
        public sealed class {{id}} : Rule
        {
            public override void Define()
            {
                TermOfProtection term = null!;

                // When(): the facts to match, with conditions on them.
                When()
                    .Match(() => term, t => t.Years < 50);

                // Then(): report a finding at the fact's words, naming the provision, with a suggested amendment.
                Then()
                    .Do(ctx => ctx.Report(term,
                        $"{term.Provision.Label} sets a term of {term.Years} years; the minimum is 50.",
                        Amend.Numbers("Extend the term to 50 years", term.YearMentions, 50)));
            }
        }

        """;

    private static string TestSource(string id, string space, string relativePack) => $$"""
        using DraftCheck.Testing;
        using Xunit;

        namespace {{space}}.Tests;

        /// <summary>Rule {{id}} on provision text: the words a finding must point at are marked [|like this|].</summary>
        public sealed class {{id}}Tests
        {
            private static readonly RuleVerifier s_rule = RuleVerifier.ForPackRelativeToSource({{Quote(relativePack)}}).Only("{{id}}");

            [Fact]
            public void {{id}}_TermOfTwentyYears_PointsAtTheTerm() =>
                s_rule.Verify({{Quote(Fires)}});

            [Fact]
            public void {{id}}_TermOfFiftyYears_HasNoFinding() =>
                s_rule.VerifyNoFindings({{Quote(DoesNotFire)}});

            [Fact]
            public void {{id}}_Fix_ExtendsTheTermToFiftyYears() =>
                s_rule.VerifyFix({{Quote(Fires)}},
                    {{Quote(Amended)}});

            [Fact]
            public void {{id}}_DeclaredExamples_BehaveAsDeclared() => s_rule.VerifyExamples();
        }

        """;
}
