using System.Text;
using System.Text.RegularExpressions;
using CreditRules.Domain;
using CreditRules.OpenBadges.Tests.Support;
using NodaTime;

namespace CreditRules.OpenBadges.Tests.Packaging;

/// <summary>The package README's C# block is the region marked <c>// README</c> below, compiled and run on a signed credential.</summary>
public sealed partial class PackageReadmeTests
{
    [Fact]
    public void Readme_CSharpBlock_IsTheCompiledRegion()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "CreditRules.OpenBadges", "README.md"));
        var block = CSharpBlock().Match(readme).Groups[1].Value.Trim();
        var source = File.ReadAllLines(Path.Combine(RepositoryRoot(), "tests", "CreditRules.OpenBadges.Tests", "Packaging", "PackageReadmeTests.cs"));
        var begin = Array.FindIndex(source, l => l.Trim() == "// README begin");
        var end = Array.FindIndex(source, l => l.Trim() == "// README end");
        var region = string.Join("\n", source[(begin + 1)..end].Select(l => l.Length >= 8 ? l[8..] : l.TrimStart())).Trim();

        block.Should().Be(region);
    }

    [Fact]
    public void ReadmeExample_SignedCredential_ImportsAndPrintsItsStatus()
    {
        var path = Path.Combine(Path.GetTempPath(), "cal-" + Guid.NewGuid().ToString("N") + ".jwt");
        File.WriteAllText(path, Fixture.Sign(Fixture.Payload(Fixture.Credential(issuer: "https://credly.example/issuers/ace-transcripts")), "ES256", "es-1"));
        using var output = new StringWriter();
        try
        {
            var updated = Example(Fixture.Catalog, Fixture.Clock, Fixture.Learner(), Encoding.UTF8.GetBytes(Fixture.Jwks()), [Fixture.Ed25519Did], path, output);

            output.ToString().Should().Be("cal.jwt: Verified (ES256 signature verified with ES256 key 'es-1') \n");
            updated.Evidence.Should().ContainSingle().Which.Kind.Should().Be(EvidenceKind.AceTranscriptCredly);
            updated.ExamAttempts.Should().BeEmpty("the README's issuer profile does not attest results");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static LearnerRecord Example(Catalog catalog, IClock clock, LearnerRecord learner, byte[] jwksBytes, string[] trustedDids, string path, TextWriter Console)
    {
        // README begin
        var options = new BadgeImportOptions
        {
            KeyResolver = CallbackKeyResolver.FirstOf(JsonWebKeySet.Parse(jwksBytes), new DidKeyResolver(trustedDids)),
        };
        options.Issuers["https://credly.example/issuers/ace-transcripts"] = new IssuerProfile(EvidenceKind.AceTranscriptCredly, isOfficial: true, attestsResults: false);
        var importer = new BadgeImporter(catalog, options, clock);

        BadgeImportResult result = importer.Import(learner, [new CredentialFile("cal.jwt", File.ReadAllBytes(path))]);
        foreach (CredentialImport report in result.Credentials)
            Console.WriteLine($"{report.Source}: {report.Status} ({report.Verification}) {string.Join("; ", report.Errors)}");
        LearnerRecord updated = result.Learner;   // the original facts plus those of every credential not refused
        // README end
        return updated;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CreditRules.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No folder above '" + AppContext.BaseDirectory + "' holds CreditRules.sln.");
    }

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
