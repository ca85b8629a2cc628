using System.Text;
using System.Text.Json.Nodes;
using CreditRules.Domain;
using CreditRules.OpenBadges.Tests.Support;
using NodaTime;

namespace CreditRules.OpenBadges.Tests.Import;

public sealed partial class BadgeImporterTests
{
    [Theory]
    [InlineData("ES256", "es-1", "ES256 signature verified with ES256 key 'es-1'")]
    [InlineData("RS256", "rs-1", "RS256 signature verified with RS256 key 'rs-1'")]
    [InlineData("EdDSA", "ed-1", "EdDSA signature verified with EdDSA key 'ed-1'")]
    public void Import_SignedVcJwt_VerifiesAndImportsEvidenceCompletionAndExam(string alg, string kid, string verification)
    {
        var jwt = Fixture.Sign(Fixture.Payload(Fixture.Credential()), alg, kid);

        var result = Fixture.Importer().Import(Fixture.Learner(), [Fixture.File(jwt)]);

        var report = result.Credentials.Should().ContainSingle().Subject;
        report.Status.Should().Be(CredentialImportStatus.Verified);
        report.Format.Should().Be(CredentialFormat.VcJwt);
        report.Verification.Should().Be(verification);
        report.Errors.Should().BeEmpty();
        report.Warnings.Should().BeEmpty();
        var achievement = report.Achievements.Should().ContainSingle().Subject;
        achievement.CourseId.Should().Be("uci-precalculus");
        achievement.MatchedBy.Should().Be("alignment targetCode 'ACE-COUR-0001' (exhibit id)");
        result.Learner.Evidence.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new EvidenceDocument(EvidenceKind.AceTranscriptCredly, new LocalDate(2013, 5, 20), isOfficial: true, isVerified: true, "uci-precalculus"));
        var exam = result.Learner.ExamAttempts.Should().ContainSingle().Subject;
        exam.StartedAt.Should().Be(Instant.FromUtc(2013, 5, 20, 14, 0));
        exam.Outcome.Should().Be(ExamOutcome.Passed);
        exam.Score.Should().Be(Score.Percent(84));
        result.Learner.Completions.Should().ContainSingle().Which.SessionId.Should().Be("uci-precalculus-2013s");
    }

    [Fact]
    public void Import_Ed25519SignedWithDidKey_ResolvesTheKeyFromTheDid()
    {
        var credential = Fixture.Credential(issuer: Fixture.Ed25519Did);
        var jwt = Fixture.Sign(Fixture.Payload(credential), "EdDSA", Fixture.Ed25519Did + "#" + Fixture.Ed25519Did["did:key:".Length..]);
        var options = new BadgeImportOptions { KeyResolver = new DidKeyResolver([Fixture.Ed25519Did]) };

        var report = Fixture.Importer(options).Read(Fixture.File(jwt), Fixture.Learner());

        report.Status.Should().Be(CredentialImportStatus.Verified);
        report.Verification.Should().Be("EdDSA signature verified with EdDSA key '" + Fixture.Ed25519Did + "'");
        report.Achievements.Single().Evidence!.Kind.Should().Be(EvidenceKind.OpenBadge3, "an issuer the host did not profile gives Open Badge evidence");
    }

    [Fact]
    public void Import_SaltedSha256EmailIdentifier_MatchesTheLearnersEmail()
    {
        var jwt = Fixture.Sign(Fixture.Payload(Fixture.Credential(hashed: true)), "ES256", "es-1");

        var report = Fixture.Importer().Read(Fixture.File(jwt), Fixture.Learner("ADA@example.edu", "other@example.org"));

        report.Status.Should().Be(CredentialImportStatus.Verified);
    }

    public static TheoryData<string, Func<string>, string> Tampered => new()
    {
        {
            "alg none",
            () => Fixture.Sign(Fixture.Payload(Fixture.Credential()), "none", "es-1"),
            "UnsupportedAlgorithm at $header.alg (value 'none'): alg 'none' is refused: an unsigned credential proves nothing."
        },
        {
            "HS256 keyed with the public JWKS (algorithm confusion)",
            () => Fixture.Sign(Fixture.Payload(Fixture.Credential()), "HS256", "es-1"),
            "UnsupportedAlgorithm at $header.alg (value 'HS256'): Symmetric algorithms are refused: whoever can verify the credential could also forge it."
        },
        {
            "RS256 claimed for the ES256 key (algorithm confusion)",
            () => Fixture.Sign(Fixture.Payload(Fixture.Credential()), "RS256", "es-1"),
            "AlgorithmMismatch at $header.alg (value 'RS256'): The trusted key 'es-1' is an ES256 key; a credential signed with it must name ES256, not RS256."
        },
        {
            "signed with another key than the kid names",
            () => SignWithStranger(Fixture.Sign(Fixture.Payload(Fixture.Credential()), "ES256", "es-1")),
            "SignatureInvalid at $header (value 'es-1'): The ES256 signature does not verify with ES256 key 'es-1': the credential was altered or signed with another key."
        },
        {
            "payload tampered (score raised from 55 to 95)",
            () => TamperPayload(Fixture.Sign(Fixture.Payload(Fixture.Credential(score: 55)), "ES256", "es-1"), "\"55\"", "\"95\""),
            "SignatureInvalid at $header (value 'es-1'): The ES256 signature does not verify with ES256 key 'es-1': the credential was altered or signed with another key."
        },
        {
            "unknown kid",
            () => Fixture.Sign(Fixture.Payload(Fixture.Credential()), "ES256", "es-9"),
            "KeyNotFound at $header.kid (value 'es-9'): No trusted key for kid 'es-9' of issuer 'https://credly.example/issuers/ace'; supply it through a JWKS, a did:key or a callback resolver."
        },
        {
            "not yet valid",
            () => Fixture.Sign(Fixture.Payload(Fixture.Credential(validFrom: "2014-07-01T00:00:00Z")), "ES256", "es-1"),
            "NotYetValid at $.validFrom (value '2014-07-01T00:00:00Z'): The credential is valid only from 2014-07-01T00:00:00Z; it is now 2014-06-30T12:00:00Z."
        },
        {
            "expired",
            () => Fixture.Sign(Fixture.Payload(Fixture.Credential(validUntil: "2014-06-30T11:00:00Z")), "ES256", "es-1"),
            "Expired at $.validUntil (value '2014-06-30T11:00:00Z'): The credential expired on 2014-06-30T11:00:00Z; it is now 2014-06-30T12:00:00Z."
        },
        {
            "someone else's credential",
            () => Fixture.Sign(Fixture.Payload(Fixture.Credential(email: "eve@example.edu")), "ES256", "es-1"),
            "RecipientMismatch at $.credentialSubject.identifier: The credential names someone else: none of its 1 email identifiers matches an email of learner 'ada'."
        },
        {
            "iss claim differs from issuer.id",
            () => Fixture.Sign(WithClaim(Fixture.Payload(Fixture.Credential()), "iss", "https://evil.example/issuer"), "ES256", "es-1"),
            "ClaimMismatch at $.iss (value 'https://evil.example/issuer'): The iss claim must equal issuer.id 'https://credly.example/issuers/ace'."
        },
    };

    [Theory]
    [MemberData(nameof(Tampered))]
    public void Import_TamperedVcJwt_RefusedWithReasonAndNothingImported(string scenario, Func<string> jwt, string error)
    {
        var learner = Fixture.Learner();

        var result = Fixture.Importer().Import(learner, [Fixture.File(jwt(), scenario)]);

        var report = result.Credentials.Should().ContainSingle().Subject;
        report.Status.Should().Be(CredentialImportStatus.Refused, scenario);
        report.Errors.Select(e => e.ToString()).Should().Equal([error], scenario);
        report.Achievements.Should().BeEmpty();
        result.Learner.Evidence.Should().BeEmpty();
        result.Learner.ExamAttempts.Should().BeEmpty();
        result.Learner.Completions.Should().BeEmpty();
    }

    [Fact]
    public void Import_ExpiredWithinClockSkew_StillImports()
    {
        // validUntil 4 minutes before now: inside the default 5-minute skew.
        var jwt = Fixture.Sign(Fixture.Payload(Fixture.Credential(validUntil: "2014-06-30T11:56:00Z")), "ES256", "es-1");

        Fixture.Importer().Read(Fixture.File(jwt), Fixture.Learner()).Status.Should().Be(CredentialImportStatus.Verified);
    }

    [Fact]
    public void Import_RevokedThroughHostChecker_Refused()
    {
        var credential = Fixture.Credential();
        credential["credentialStatus"] = new JsonObject { ["id"] = "https://credly.example/status/1", ["type"] = "1EdTechRevocationList" };
        var options = Fixture.Options();
        options.StatusChecker = new StatusChecker(CredentialStatusState.Revoked);

        var report = Fixture.Importer(options).Read(Fixture.File(Fixture.Sign(Fixture.Payload(credential), "ES256", "es-1")), Fixture.Learner());

        report.Status.Should().Be(CredentialImportStatus.Refused);
        report.Errors.Select(e => e.ToString()).Should().Equal(
            "Revoked at $.credentialStatus (value '1EdTechRevocationList'): The issuer has revoked this credential (host status checker).");
    }

    [Fact]
    public void Import_StatusWithoutChecker_ImportsUnverifiedSoEvidenceIsNotVerified()
    {
        var credential = Fixture.Credential();
        credential["credentialStatus"] = new JsonObject { ["id"] = "https://credly.example/status/1", ["type"] = "1EdTechRevocationList" };

        var result = Fixture.Importer().Import(Fixture.Learner(), [Fixture.File(Fixture.Sign(Fixture.Payload(credential), "ES256", "es-1"))]);

        result.Credentials[0].Status.Should().Be(CredentialImportStatus.Unverified);
        result.Credentials[0].Warnings.Select(w => w.Code).Should().Equal(BadgeIssueCode.StatusUnchecked);
        result.Learner.Evidence.Single().IsVerified.Should().BeFalse();
    }

    [Fact]
    public void Import_SameCredentialTwice_SecondRefusedAndFactsOnce()
    {
        var jwt = Fixture.Sign(Fixture.Payload(Fixture.Credential()), "ES256", "es-1");

        var result = Fixture.Importer().Import(Fixture.Learner(), [Fixture.File(jwt, "a.jwt"), Fixture.File(jwt, "b.jwt")]);

        result.Credentials.Select(c => c.Status).Should().Equal(CredentialImportStatus.Verified, CredentialImportStatus.Refused);
        result.Credentials[1].Errors.Single().ToString().Should().Be("DuplicateCredential at $.id (value 'urn:uuid:0b2e8f54-7a11-4c55-9a3c-5b6f0d1e2a01'): The credential was already imported from 'a.jwt'.");
        result.Learner.Evidence.Should().ContainSingle();
        result.Learner.ExamAttempts.Should().ContainSingle();
    }

    [Fact]
    public void Import_FailedScoreBelowRequiredValue_ImportsAFailedExam()
    {
        var jwt = Fixture.Sign(Fixture.Payload(Fixture.Credential(score: 55)), "ES256", "es-1");

        var exam = Fixture.Importer().Read(Fixture.File(jwt), Fixture.Learner()).Achievements.Single().Exam!;

        exam.Outcome.Should().Be(ExamOutcome.Failed);
        exam.Score.Should().Be(Score.Percent(55));
    }

    [Fact]
    public void Import_CreditsDifferFromTheCatalog_WarnsNamingBoth()
    {
        var credential = Fixture.Credential();
        credential["credentialSubject"]!["creditsEarned"] = 4;

        var report = Fixture.Importer().Read(Fixture.File(Fixture.Sign(Fixture.Payload(credential), "ES256", "es-1")), Fixture.Learner());

        report.Warnings.Select(w => w.ToString()).Should().Equal(
            "CreditsMismatch at $.credentialSubject.creditsEarned (value '4'): The credential states 4 credits; the catalog's recommendation ACE-COUR-0001 version 1 is 3 SH, which the decision uses.");
        report.Status.Should().Be(CredentialImportStatus.Verified, "a credit mismatch does not cast doubt on authenticity");
    }

    private static string TamperPayload(string jwt, string from, string to)
    {
        var parts = jwt.Split('.');
        var payload = Encoding.UTF8.GetString(CreditRules.OpenBadges.Internal.Base64Url.DecodeOrNull(parts[1])!);
        payload.Should().Contain(from);
        return parts[0] + "." + CreditRules.OpenBadges.Internal.Base64Url.Encode(Encoding.UTF8.GetBytes(payload.Replace(from, to, StringComparison.Ordinal))) + "." + parts[2];
    }

    private static string SignWithStranger(string jwt)
    {
        // Re-sign the same header and payload with a fresh P-256 key: the kid still names the trusted 'es-1'.
        using var stranger = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var parts = jwt.Split('.');
        var signature = stranger.SignData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return parts[0] + "." + parts[1] + "." + CreditRules.OpenBadges.Internal.Base64Url.Encode(signature);
    }

    private static JsonObject WithClaim(JsonObject payload, string name, string value)
    {
        payload[name] = value;
        return payload;
    }

    private sealed class StatusChecker(CredentialStatusState state) : ICredentialStatusChecker
    {
        public CredentialStatusState Check(CredentialStatusRequest request) => state;
    }
}
