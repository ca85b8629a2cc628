using System.Text.Json.Nodes;
using CreditRules.Domain;
using CreditRules.OpenBadges.Tests.Support;
using NodaTime;

namespace CreditRules.OpenBadges.Tests.Import;

public sealed partial class BadgeImporterTests
{
    private static JsonObject Clr(params JsonObject[] achievementCredentials) => new()
    {
        ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"),
        ["id"] = "urn:uuid:clr-1",
        ["type"] = new JsonArray("VerifiableCredential", "ClrCredential"),
        ["issuer"] = new JsonObject { ["id"] = Fixture.IssuerId, ["type"] = "Profile", ["name"] = "ACE via Credly (test issuer)" },
        ["validFrom"] = "2013-07-01T00:00:00Z",
        ["name"] = "ACE transcript",
        ["credentialSubject"] = new JsonObject
        {
            ["type"] = "ClrSubject",
            ["identifier"] = new JsonArray(new JsonObject { ["type"] = "IdentityObject", ["identityType"] = "emailAddress", ["hashed"] = false, ["identityHash"] = Fixture.Email }),
            ["verifiableCredential"] = new JsonArray([.. achievementCredentials]),
        },
    };

    private static JsonObject GeneticsCredential(string email = Fixture.Email)
    {
        var credential = Fixture.Credential(score: 91, email: email, awarded: "2013-06-20T15:00:00Z", validFrom: "2013-06-20T15:00:00Z");
        credential["id"] = "urn:uuid:genetics";
        var achievement = credential["credentialSubject"]!["achievement"]!;
        achievement["id"] = "https://credly.example/achievements/duke-genetics";
        achievement["name"] = "Genetics and Evolution";
        achievement["alignment"] = new JsonArray(new JsonObject { ["type"] = new JsonArray("Alignment"), ["targetUrl"] = "https://ctdl.example/ce-genetics" });
        credential["credentialSubject"]!["activityEndDate"] = "2013-06-10T12:00:00Z";
        return credential;
    }

    [Fact]
    public void Import_SignedClrVcJwt_ImportsEveryHeldCredentialAsClrEvidence()
    {
        var options = Fixture.Options();
        options.Issuers[Fixture.IssuerId] = new IssuerProfile(EvidenceKind.Clr2, isOfficial: true, attestsResults: true);
        options.CourseMappings["https://ctdl.example/ce-genetics"] = "duke-genetics-evolution";
        var jwt = Fixture.Sign(Fixture.Payload(Clr(Fixture.Credential(), GeneticsCredential())), "EdDSA", "ed-1");

        var result = Fixture.Importer(options).Import(Fixture.Learner(), [Fixture.File(jwt)]);

        var report = result.Credentials.Single();
        report.Status.Should().Be(CredentialImportStatus.Verified);
        report.CredentialType.Should().Be("ClrCredential");
        report.Achievements.Select(a => a.CourseId + " by " + a.MatchedBy).Should().Equal(
            "uci-precalculus by alignment targetCode 'ACE-COUR-0001' (exhibit id)",
            "duke-genetics-evolution by mapping table: alignment targetUrl 'https://ctdl.example/ce-genetics'");
        result.Learner.Evidence.Select(e => e.Kind + " " + e.CourseId + " " + e.IssuedOn.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Should().Equal(
            "Clr2 uci-precalculus 2013-05-20", "Clr2 duke-genetics-evolution 2013-06-20");
        result.Learner.ExamAttempts.Select(e => e.CourseId + " " + e.Outcome + " " + e.Score).Should().Equal(
            "uci-precalculus Passed 84 (percent)", "duke-genetics-evolution Passed 91 (percent)");
        result.Learner.ExamAttempts[1].StartedAt.Should().Be(Instant.FromUtc(2013, 6, 20, 15, 0));
    }

    [Fact]
    public void Import_ClrHoldingSomeoneElsesCredential_RefusedWhole()
    {
        var jwt = Fixture.Sign(Fixture.Payload(Clr(Fixture.Credential(), GeneticsCredential(email: "eve@example.edu"))), "EdDSA", "ed-1");

        var result = Fixture.Importer().Import(Fixture.Learner(), [Fixture.File(jwt)]);

        result.Credentials.Single().Errors.Select(e => e.ToString()).Should().Equal(
            "RecipientMismatch at $.credentialSubject.verifiableCredential[1].credentialSubject.identifier: The credential names someone else: none of its 1 email identifiers matches an email of learner 'ada'.");
        result.Learner.Evidence.Should().BeEmpty("nothing of a refused CLR is imported, not even its other credential");
    }

    [Fact]
    public void Import_ClrHoldingAnExpiredCredential_RefusedNamingThePath()
    {
        var expired = GeneticsCredential();
        expired["validUntil"] = "2014-01-01T00:00:00Z";
        var jwt = Fixture.Sign(Fixture.Payload(Clr(Fixture.Credential(), expired)), "EdDSA", "ed-1");

        var report = Fixture.Importer().Read(Fixture.File(jwt), Fixture.Learner());

        report.Errors.Select(e => e.ToString()).Should().Equal(
            "Expired at $.credentialSubject.verifiableCredential[1].validUntil (value '2014-01-01T00:00:00Z'): The credential expired on 2014-01-01T00:00:00Z; it is now 2014-06-30T12:00:00Z.");
    }

    [Fact]
    public void Import_Md5IdentityHash_IgnoredWithAWarningSoTheRecipientIsUnidentified()
    {
        var credential = Fixture.Credential();
        credential["credentialSubject"]!["identifier"] = new JsonArray(new JsonObject
        {
            ["type"] = "IdentityObject", ["identityType"] = "emailAddress", ["hashed"] = true, ["identityHash"] = "md5$6a8f1c7b4e0d2c9a3b5f7e1d0c2b4a69",
        });

        var report = Fixture.Importer().Read(Fixture.File(Fixture.Sign(Fixture.Payload(credential), "ES256", "es-1")), Fixture.Learner());

        report.Warnings.Select(w => w.ToString()).Should().Equal(
            "RecipientUnidentified at $.credentialSubject.identifier[0].identityHash (value 'md5$6a8f1c7b4e0d2c9a3b5f7e1d0c2b4a69'): Only sha256 identity hashes are matched (MD5 is not collision-resistant); this identifier was ignored.");
        report.Errors.Select(e => e.Code).Should().Equal(BadgeIssueCode.RecipientUnidentified);
    }

    [Fact]
    public void Constructor_InvalidOptions_ListsEveryProblem()
    {
        var options = new BadgeImportOptions { MaxCredentialBytes = 10, MaxDepth = 1000, ClockSkew = Duration.FromHours(2) };
        options.CourseMappings["https://x.example/a"] = "no-such-course";

        var act = () => new BadgeImporter(Fixture.Catalog, options, Fixture.Clock);

        act.Should().Throw<ArgumentException>().WithParameterName("options").WithMessage(
            "The BadgeImportOptions are invalid:\n"
            + "- MaxCredentialBytes: 10 is out of range; it must be between 1024 and 16777216.\n"
            + "- MaxDepth: 1000 is out of range; it must be between 8 and 256.\n"
            + "- ClockSkew: 0:02:00:00 is out of range; it must be between 0 and 1 hour.\n"
            + "- CourseMappings['https://x.example/a']: 'no-such-course' is not a course of the catalog. (Parameter 'options')");
    }
}
