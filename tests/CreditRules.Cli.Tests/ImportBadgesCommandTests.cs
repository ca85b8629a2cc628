using System.Text.Json;
using CreditRules.Tests.Fixtures;
using Spectre.Console.Testing;

namespace CreditRules.Cli.Tests;

/// <summary><c>import-badges</c> on the sample badges (samples/badges: a VC-JWT for learner cal, a tampered copy, the issuer's JWKS).</summary>
public sealed class ImportBadgesCommandTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "creditrules-import-" + Guid.NewGuid().ToString("N") + ".json");

    public void Dispose() => File.Delete(_out);

    private static string Badge(string name) => RepositoryRoot.File("samples", "badges", name);

    private static (int ExitCode, string Console, string Stdout) Run(params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 400;
        using var stdout = new StringWriter();
        var exitCode = Program.Run(args, console, stdout);
        return (exitCode, console.Output, stdout.ToString());
    }

    private string[] Import(string badge, params string[] extra) =>
    [
        "import-badges", Badge(badge), "--learner", "cal", "--email", "cal@example.edu", "--keys", Badge("keys.jwks.json"),
        "--issuers", Badge("issuers.json"), "--now", "2014-06-30T12:00:00Z", "--out", _out, .. extra,
    ];

    [Fact]
    public void ImportBadges_SignedCredential_VerifiesMergesAndEvaluateThenFindsCalEligible()
    {
        var (exitCode, console, stdout) = Run(Import("cal-precalculus.jwt"));

        exitCode.Should().Be(0);
        stdout.Split('\n').Select(l => l.TrimEnd()).Should().StartWith(
        [
            Badge("cal-precalculus.jwt") + ": Verified (VcJwt, AchievementCredential, urn:uuid:6f1d2c3b-8e4a-4b7f-9c2d-3a5e7f9b1c20)",
            "  verification: ES256 signature verified with ES256 key 'credly-2013'",
            "  achievement 'Pre-Calculus' -> course uci-precalculus (alignment targetCode 'ACE-COUR-0001' (exhibit id))",
            "    evidence: AceTranscriptCredly issued 2013-06-15, official, verified",
        ]);
        console.Trim().Should().Be("1 credential(s): 1 verified, 0 unverified, 0 refused; learner 'cal' written to " + _out + " (+1 evidence, +0 exam attempts, +0 completions).");

        var (evaluated, _, json) = Run("evaluate", "--json", "--learners", _out);
        evaluated.Should().Be(0);
        using var decisions = JsonDocument.Parse(json);
        var cal = decisions.RootElement.EnumerateArray().Single(d => d.GetProperty("learnerId").GetString() == "cal");
        cal.GetProperty("outcome").GetString().Should().Be("Eligible", "the sample says cal is Incomplete only for want of an official ACE transcript");
    }

    [Fact]
    public void ImportBadges_TamperedCredential_RefusedWithReasonAndExitsOne()
    {
        var (exitCode, console, stdout) = Run(Import("cal-precalculus-tampered.jwt"));

        exitCode.Should().Be(1);
        stdout.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).Should().Equal(
            Badge("cal-precalculus-tampered.jwt") + ": REFUSED (VcJwt)",
            "  verification: not verified",
            "  error: SignatureInvalid at $header (value 'credly-2013'): The ES256 signature does not verify with ES256 key 'credly-2013': the credential was altered or signed with another key.");
        console.Trim().Should().Be("1 credential(s): 0 verified, 0 unverified, 1 refused; learner 'cal' written to " + _out + " (+0 evidence, +0 exam attempts, +0 completions).");
    }

    [Fact]
    public void ImportBadges_Json_ReportsEachCredential()
    {
        var (exitCode, _, stdout) = Run(Import("cal-precalculus.jwt", "--json"));

        exitCode.Should().Be(0);
        using var report = JsonDocument.Parse(stdout);
        var credential = report.RootElement.GetProperty("credentials").EnumerateArray().Single();
        credential.GetProperty("status").GetString().Should().Be("Verified");
        credential.GetProperty("achievements")[0].GetProperty("courseId").GetString().Should().Be("uci-precalculus");
    }

    [Fact]
    public void ImportBadges_WithoutTheIssuersKey_RefusesKeyNotFound()
    {
        var (exitCode, _, stdout) = Run("import-badges", Badge("cal-precalculus.jwt"), "--learner", "cal", "--email", "cal@example.edu", "--now", "2014-06-30T12:00:00Z", "--out", _out);

        exitCode.Should().Be(1);
        stdout.Should().Contain("  error: KeyNotFound at $header.kid (value 'credly-2013'): No trusted key for kid 'credly-2013' of issuer 'https://credly.example/issuers/ace-transcripts'; supply it through a JWKS, a did:key or a callback resolver.");
    }
}
