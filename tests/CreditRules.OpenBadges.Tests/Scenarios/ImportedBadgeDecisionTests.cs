using CreditRules.Domain;
using CreditRules.Engine;
using CreditRules.OpenBadges.Tests.Support;
using NodaTime;

namespace CreditRules.OpenBadges.Tests.Scenarios;

/// <summary>
/// A learner whose exam, completion and evidence come only from imported badges is decided exactly as the same facts
/// written by hand: the import adds facts, never a second route through the engine.
/// </summary>
public sealed class ImportedBadgeDecisionTests
{
    private static readonly LocalDate AsOf = new(2014, 6, 30);

    /// <summary>Sample learner ada's other facts (enrolment, identity, fees), without exam, completion or evidence.</summary>
    private static LearnerRecord Base(params CourseCompletion[] completions) => new(
        "ada",
        courseEnrollments: [new CourseEnrollment("uci-precalculus-2013s", EnrollmentTrack.Verified, Instant.FromUtc(2013, 3, 8, 19, 0))],
        completions: completions,
        identityVerifications: [new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Verified, Instant.FromUtc(2013, 3, 10, 13, 0))],
        fees:
        [
            new FeeObligation("uci-precalculus", FeeKind.VerifiedTrack, Money.Usd(49), FeeStatus.Paid, new LocalDate(2013, 3, 10)),
            new FeeObligation("uci-precalculus", FeeKind.ProctoredExam, Money.Usd(90), FeeStatus.Paid, new LocalDate(2013, 3, 10)),
        ],
        emails: [Fixture.Email]);

    private static LearnerRecord ByHand(decimal score, bool verified) => new(
        "ada",
        courseEnrollments: Base().CourseEnrollments,
        completions: [new CourseCompletion("uci-precalculus-2013s", CompletionStatus.Completed, new LocalDate(2013, 5, 12))],
        identityVerifications: Base().IdentityVerifications,
        examAttempts: [new ExamAttempt("uci-precalculus", Instant.FromUtc(2013, 5, 20, 14, 0), DateTimeZone.Utc, score >= 60 ? ExamOutcome.Passed : ExamOutcome.Failed, Score.Percent(score))],
        fees: Base().Fees,
        evidence: [new EvidenceDocument(EvidenceKind.AceTranscriptCredly, new LocalDate(2013, 5, 20), isOfficial: true, isVerified: verified, "uci-precalculus")],
        emails: [Fixture.Email]);

    public static TheoryData<decimal, bool, DecisionOutcome> Cases => new()
    {
        { 84, true, DecisionOutcome.Eligible },      // signed VC-JWT, passed: eastern-state's official, verified Credly evidence is met
        { 55, true, DecisionOutcome.Incomplete },    // signed, but the exam was failed (55 < ACE's 60): a retake is the next step
        { 84, false, DecisionOutcome.Incomplete },   // unverified (status unchecked): the verified-evidence requirement stays outstanding
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_LearnerWhoseOnlyEvidenceIsImportedBadges_DecidedAsTheSameFactsWrittenByHand(decimal score, bool verified, DecisionOutcome expected)
    {
        var credential = Fixture.Credential(score: score);
        if (!verified)
        {
            credential["credentialStatus"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "https://credly.example/status/1", ["type"] = "1EdTechRevocationList" };
        }

        var imported = Fixture.Importer().Import(Base(), [Fixture.File(Fixture.Sign(Fixture.Payload(credential), "ES256", "es-1"))]).Learner;
        var evaluator = new EligibilityEvaluator(Fixture.Catalog, Fixture.Policies);

        var fromBadges = evaluator.Evaluate(new EvaluationRequest(imported, "uci-precalculus", "eastern-state", "aa-general", AsOf));
        var byHand = evaluator.Evaluate(new EvaluationRequest(ByHand(score, verified), "uci-precalculus", "eastern-state", "aa-general", AsOf));

        fromBadges.Outcome.Should().Be(expected, string.Join("; ", fromBadges.Reasons.Select(r => r.Code.ToString())));
        Describe(fromBadges).Should().Equal(Describe(byHand));
        if (!verified)
        {
            fromBadges.HasReason(ReasonCode.EvidenceMissing).Should().BeTrue("the imported evidence is unverified and the institution requires verified evidence");
        }
    }

    private static List<string> Describe(Decision d) =>
    [
        d.ToString(), d.CreditsRecommended.ToString(), d.QualifyingDate.ToString() ?? "", d.ExhibitId ?? "",
        .. d.Reasons.Select(r => r.Code + ": " + r.Message),
        .. d.NextSteps.Select(s => s.Code + ": " + s.Action),
    ];
}
