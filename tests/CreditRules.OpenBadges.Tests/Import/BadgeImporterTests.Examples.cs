using System.Text;
using System.Text.Json;
using CreditRules.Domain;
using CreditRules.OpenBadges.Tests.Support;
using NodaTime;

namespace CreditRules.OpenBadges.Tests.Import;

/// <summary>The specification's own example credentials (tests/…/Examples, see its README) import with their facts.</summary>
public sealed partial class BadgeImporterTests
{
    /// <summary>The test vectors' Ed25519 key (linked-data-proof-ob.html): multikey z6MkjZRZ…hwi.</summary>
    private const string SpecMultikey = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";

    [Fact]
    public void Import_SpecCompleteOpenBadge_ImportsUnverifiedWithItsFacts()
    {
        var options = new BadgeImportOptions();
        options.CourseMappings["https://1edtech.edu/achievements/degree"] = "penn-calculus";

        var report = Fixture.Importer(options).Read(Fixture.Example("ob-complete.json"), Fixture.Learner("student@1edtech.edu"));

        report.Status.Should().Be(CredentialImportStatus.Unverified);
        report.Format.Should().Be(CredentialFormat.JsonLd);
        report.CredentialType.Should().Be("OpenBadgeCredential");
        report.CredentialId.Should().Be("http://1edtech.edu/credentials/3732");
        report.IssuerId.Should().Be("https://1edtech.edu/issuers/565049");
        report.Verification.Should().Be("not verified: no proof");
        report.Warnings.Select(w => w.ToString()).Should().Equal(
            "ProofUnverified at $.proof: The credential carries no proof; imported as unverified.",
            "StatusUnchecked at $.credentialStatus (value '1EdTechRevocationList'): No status checker is configured, so revocation was not checked; imported as unverified.",
            "ResultNotImported at $.credentialSubject.result (value 'https://1edtech.edu/issuers/565049'): Issuer 'https://1edtech.edu/issuers/565049' is not configured to attest completions and exam results; only the evidence document was imported.");
        var achievement = report.Achievements.Should().ContainSingle().Subject;
        achievement.AchievementId.Should().Be("https://1edtech.edu/achievements/degree");
        achievement.Name.Should().Be("1EdTech University Degree");
        achievement.MatchedBy.Should().Be("mapping table: achievement id 'https://1edtech.edu/achievements/degree'");
        achievement.CreditsStated.Should().Be(42.0m);
        achievement.Evidence.Should().BeEquivalentTo(new EvidenceDocument(EvidenceKind.OpenBadge3, new LocalDate(2010, 1, 1), isOfficial: false, isVerified: false, "penn-calculus"));
        achievement.Exam.Should().BeNull();
    }

    [Fact]
    public void Import_SpecCompleteOpenBadgeForAnotherLearner_Refused()
    {
        var options = new BadgeImportOptions();
        options.CourseMappings["https://1edtech.edu/achievements/degree"] = "penn-calculus";

        var report = Fixture.Importer(options).Read(Fixture.Example("ob-complete.json"), Fixture.Learner());

        report.Errors.Select(e => e.ToString()).Should().Equal(
            "RecipientMismatch at $.credentialSubject.identifier (value 'did:example:ebfeb1f712ebc6f1c276e12ec21'): The credential names someone else: none of its 2 email identifiers matches an email of learner 'ada'.");
    }

    [Theory]
    [InlineData("ob-basic.json", "https://example.com/achievements/21st-century-skills/teamwork", "Teamwork", "2010-01-01")]
    [InlineData("ob-signed-eddsa-rdfc-2022.json", "https://example.com/achievements/21st-century-skills/teamwork", "Teamwork", "2010-01-01")]
    [InlineData("ob-alignment-case.json", "https://1edtech.edu/achievements/1", "Text analysis", "2010-01-01")]
    [InlineData("clr-signed-eddsa-rdfc-2022.json", "urn:uuid:a7467ef6-56cb-11ec-bf63-0242ac130002", "Achievement 1", "2010-01-01")]
    public void Import_SpecExampleWithoutEmailRecipient_ImportsOnlyWhenTheHostAcceptsUnidentifiedRecipients(string file, string achievementId, string name, string issued)
    {
        var options = new BadgeImportOptions { AcceptUnidentifiedRecipients = true };
        options.CourseMappings[achievementId] = "duke-genetics-evolution";
        var learner = Fixture.Learner();

        var refused = Fixture.Importer().Read(Fixture.Example(file), learner);
        var result = Fixture.Importer(options).Import(learner, [Fixture.Example(file)]);

        refused.Status.Should().Be(CredentialImportStatus.Refused);
        refused.Errors.Single().Code.Should().Be(BadgeIssueCode.RecipientUnidentified);
        var report = result.Credentials.Single();
        report.Status.Should().Be(CredentialImportStatus.Unverified);
        report.Achievements.Should().ContainSingle().Which.Name.Should().Be(name);
        result.Learner.Evidence.Should().ContainSingle().Which.Should().BeEquivalentTo(new EvidenceDocument(
            file.StartsWith("clr", StringComparison.Ordinal) ? EvidenceKind.Clr2 : EvidenceKind.OpenBadge3,
            NodaTime.Text.LocalDatePattern.Iso.Parse(issued).Value, isOfficial: false, isVerified: false, "duke-genetics-evolution"));
    }

    [Fact]
    public void Import_SpecClrWithoutVerifier_SaysTheProofWasNotVerified()
    {
        var options = new BadgeImportOptions { AcceptUnidentifiedRecipients = true };

        var report = Fixture.Importer(options).Read(Fixture.Example("clr-signed-eddsa-rdfc-2022.json"), Fixture.Learner());

        report.CredentialType.Should().Be("ClrCredential");
        report.Verification.Should().Be("not verified: Data Integrity proof (eddsa-rdfc-2022) without a verifier");
        report.Warnings.Select(w => w.ToString()).Should().Equal(
            "ProofUnverified at $.proof[0] (value 'eddsa-rdfc-2022'): No Data Integrity verifier is configured (eddsa-rdfc-2022 needs RDF canonicalisation, which this package does not do); imported as unverified.",
            "RecipientUnidentified at $.credentialSubject (value 'did:example:ebfeb1f712ebc6f1c276e12ec21'): The credential names no email recipient; imported as unverified because the host accepts unidentified recipients.",
            "CourseNotMapped at $.credentialSubject.verifiableCredential[0].credentialSubject.achievement (value 'urn:uuid:a7467ef6-56cb-11ec-bf63-0242ac130002'): Achievement 'Achievement 1' maps to no catalog course (by the mapping table, alignment targetCode/targetUrl, or achievement id); nothing was imported for it.");
    }

    [Theory]
    [InlineData("ob-signed-eddsa-rdfc-2022.json", "obv3p0")]
    [InlineData("clr-signed-eddsa-rdfc-2022.json", "clrv2p0")]
    public void Import_SpecSignedExampleWithHostVerifier_VerifiesTheProofAgainstTheSpecTestVector(string file, string vector)
    {
        var verifier = new TestVectorVerifier(Fixture.ExampleText(vector + "-proof-canon.nq"), Fixture.ExampleText(vector + "-document-canon.nq"));
        var options = new BadgeImportOptions
        {
            AcceptUnidentifiedRecipients = true,
            DataIntegrityVerifier = verifier,
            KeyResolver = new CallbackKeyResolver(r => r.KeyId?.EndsWith("#" + SpecMultikey, StringComparison.Ordinal) == true ? DidKeyResolver.DecodeOrNull("did:key:" + SpecMultikey) : null),
        };

        var report = Fixture.Importer(options).Read(Fixture.Example(file), Fixture.Learner());

        report.Verification.Should().Be("Data Integrity proof verified by the host's verifier; imported as unverified (see warnings)");
        verifier.Calls.Should().Be(1);
        report.Warnings.Select(w => w.Code).Should().Contain(BadgeIssueCode.RecipientUnidentified);
        report.Status.Should().Be(CredentialImportStatus.Unverified, "the recipient is not identified, even though the proof verified");
    }

    [Fact]
    public void Import_SpecSignedExampleAlteredAfterSigning_HostVerifierRefusesIt()
    {
        var text = Fixture.ExampleText("ob-signed-eddsa-rdfc-2022.json").Replace("Teamwork Badge", "Leadership Badge", StringComparison.Ordinal);
        var options = new BadgeImportOptions
        {
            AcceptUnidentifiedRecipients = true,
            DataIntegrityVerifier = new TestVectorVerifier(Fixture.ExampleText("obv3p0-proof-canon.nq"), Fixture.ExampleText("obv3p0-document-canon.nq")),
            KeyResolver = new DidKeyResolver(),
        };

        var report = Fixture.Importer(options).Read(Fixture.File(text), Fixture.Learner());

        report.Errors.Select(e => e.ToString()).Should().Equal(
            "ProofInvalid at $.proof (value 'https://example.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi'): The host's Data Integrity verifier rejected the eddsa-rdfc-2022 proof: the credential was altered or signed with another key.");
    }

    [Fact]
    public void VerifyEddsaRdfc2022_SpecTestVector_VerifiesAndATamperedDocumentDoesNot()
    {
        var key = DidKeyResolver.DecodeOrNull("did:key:" + SpecMultikey)!;
        const string ProofValue = "z5x9aCBYovW3CQCbKdNyhEm7ffYSw1YpEdPywQJoNbzDD2gkzQDKJ1sYKJaWvqZtkMtSbz35HcbgXVEDYHxCzgkCr";
        var proof = Fixture.ExampleText("obv3p0-proof-canon.nq");
        var document = Fixture.ExampleText("obv3p0-document-canon.nq");

        DataIntegrityProofs.VerifyEddsaRdfc2022(proof, document, ProofValue, key).Should().BeTrue();
        DataIntegrityProofs.VerifyEddsaRdfc2022(proof, document.Replace("Teamwork", "Teamwerk", StringComparison.Ordinal), ProofValue, key).Should().BeFalse();
    }

    /// <summary>
    /// A host verifier for the specification's test vectors: it already holds their RDFC-1.0 canonical forms (what an RDF
    /// library would compute) and checks that the credential is the one they were computed from, then verifies the signature.
    /// </summary>
    private sealed class TestVectorVerifier(string proofCanon, string documentCanon) : IDataIntegrityVerifier
    {
        public int Calls { get; private set; }

        public bool Verify(DataIntegrityRequest request)
        {
            Calls++;
            using var credential = JsonDocument.Parse(request.CredentialJson);
            var name = credential.RootElement.GetProperty("name").GetString()!;
            using var proof = JsonDocument.Parse(request.ProofJson);
            return request.Key is not null
                && documentCanon.Contains("\"" + name + "\"", StringComparison.Ordinal)
                && DataIntegrityProofs.VerifyEddsaRdfc2022(proofCanon, documentCanon, proof.RootElement.GetProperty("proofValue").GetString()!, request.Key);
        }
    }

    [Fact]
    public void Import_TooLargeOrTooDeep_RefusedWithTheLimit()
    {
        var options = new BadgeImportOptions { MaxCredentialBytes = 1024, MaxDepth = 8 };
        var large = Fixture.File("{\"pad\":\"" + new string('x', 2000) + "\"}");
        var deep = Fixture.File(new string('[', 9) + new string(']', 9) is var nested ? "{\"a\":" + nested + "}" : "");

        var tooLarge = Fixture.Importer(options).Read(large, Fixture.Learner());
        var tooDeep = Fixture.Importer(options).Read(deep, Fixture.Learner());

        tooLarge.Errors.Select(e => e.ToString()).Should().Equal("InputTooLarge at $ (value '2010 bytes'): A credential may hold at most 1024 bytes.");
        tooDeep.Errors.Single().Code.Should().Be(BadgeIssueCode.InvalidJson);
        tooDeep.Errors.Single().Message.Should().StartWith("Not valid JSON within the limits (depth 8) (line 1, byte ");
    }

    [Fact]
    public void Import_StructureErrors_AllReportedWithPathAndValue()
    {
        var json = """{"type":["VerifiableCredential","OpenBadgeCredential"],"issuer":42,"validFrom":"yesterday","credentialSubject":{"id":7,"achievement":{}}}""";

        var report = Fixture.Importer().Read(Fixture.File(json), Fixture.Learner());

        report.Errors.Select(e => e.ToString()).Should().Equal(
            "InvalidField at $.issuer (value '42'): Expected a string; got a number.",
            "InvalidField at $.validFrom (value 'yesterday'): Expected an ISO 8601 date-time with an offset, e.g. 2013-05-20T14:00:00Z.",
            "InvalidField at $.credentialSubject.id (value '7'): Expected a string; got a number.");
    }

    [Fact]
    public void Import_EndorsementCredential_RefusedAsNotAnAchievementCredential()
    {
        var json = Encoding.UTF8.GetString(Fixture.Example("ob-basic.json").Content.Span).Replace("\"OpenBadgeCredential\"", "\"EndorsementCredential\"", StringComparison.Ordinal);

        var report = Fixture.Importer().Read(Fixture.File(json), Fixture.Learner());

        report.Errors.Select(e => e.ToString()).Should().Equal(
            "NotACredential at $.type (value 'VerifiableCredential,EndorsementCredential'): Expected a VerifiableCredential that is an OpenBadgeCredential, AchievementCredential or ClrCredential.");
    }
}
