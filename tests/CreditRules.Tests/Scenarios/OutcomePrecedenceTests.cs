using CreditRules.Tests.Fixtures;
using static CreditRules.Tests.Fixtures.ScenarioBuilder;

namespace CreditRules.Tests.Scenarios;

public sealed class OutcomePrecedenceTests
{
    private static readonly FeeObligation TrackPaid = Paid(FeeKind.VerifiedTrack, 49, new LocalDate(2013, 3, 10));

    [Fact]
    public void Evaluate_BlockingAndOutstanding_NotEligibleWithBothReasons()
    {
        var decision = new ScenarioBuilder
        {
            AcceptedLevels = [CreditLevel.UpperDivision],
            Fees = [TrackPaid, Unpaid(FeeKind.ProctoredExam, 90)],
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        decision.Codes().Should().Contain(["FeeUnpaid", "LevelNotAccepted"]);
        decision.NextSteps.Should().BeEmpty("next steps are given only when the claim is incomplete");
        decision.CreditsGranted.Should().Be(CreditAmount.Zero(CreditUnit.SemesterHour));
        decision.CreditsRecommended.Should().Be(CreditAmount.FromSemesterHours(3));
    }

    [Fact]
    public void Evaluate_OutstandingOnly_IncompleteWithStepsAndNoCredit()
    {
        var decision = new ScenarioBuilder { Fees = [TrackPaid, Unpaid(FeeKind.ProctoredExam, 90)] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Incomplete);
        decision.NextSteps.Select(s => s.Code).Should().Equal(NextStepCode.PayFee);
        decision.CreditsGranted.IsZero.Should().BeTrue();
        decision.CreditsRecommended.Should().Be(CreditAmount.FromSemesterHours(3));
    }

    [Fact]
    public void Evaluate_SeveralOutstanding_AllCollectedWithTheirSteps()
    {
        var decision = new ScenarioBuilder
        {
            Identity = [new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Pending, At(2013, 3, 10, 9, 0))],
            Fees = [TrackPaid, Unpaid(FeeKind.ProctoredExam, 90)],
            Evidence = new EvidenceRequirement([EvidenceKind.AceTranscriptCredly]),
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Incomplete);
        decision.Codes().Should().Equal("IdentityVerificationPending", "FeeUnpaid", "EvidenceMissing");
        decision.NextSteps.Select(s => s.Code.Value).Should().Equal("AwaitIdentityReview", "PayFee", "SubmitEvidence");
    }

    [Fact]
    public void Evaluate_SeveralBlocking_AllCollected()
    {
        var decision = new ScenarioBuilder
        {
            AcceptedLevels = [CreditLevel.Graduate],
            MinimumScore = Score.Percent(90),
            Overrides = [new ProgramOverride("no-ace", OverrideKind.Refuse, "no ACE credit")],
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        decision.Codes().Should().Contain(["ProgramRefusesCredit", "LevelNotAccepted", "ScoreBelowMinimum"]);
    }

    [Fact]
    public void Evaluate_LimitingOnly_StaysEligible()
    {
        var decision = new ScenarioBuilder
        {
            Overrides = [new ProgramOverride("cap-1", OverrideKind.Restrict, "at most 1 SH", maxCreditsPerCourse: CreditAmount.FromSemesterHours(1))],
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(1));
        decision.Reasons.Should().NotContain(r => r.Severity == ReasonSeverity.Blocking || r.Severity == ReasonSeverity.Outstanding);
    }

    [Fact]
    public void Evaluate_Eligible_NamesEverythingUsed()
    {
        var decision = new ScenarioBuilder().Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.LearnerId.Should().Be(LearnerId);
        decision.CourseId.Should().Be(CourseId);
        decision.InstitutionId.Should().Be(InstitutionId);
        decision.ProgramId.Should().Be(ProgramId);
        decision.AsOf.Should().Be(new LocalDate(2014, 6, 30));
        decision.PolicyVersion.Should().Be(PolicyId);
        decision.ExhibitId.Should().Be(ExhibitId);
        decision.RecommendationVersion.Should().Be(1);
        decision.QualifyingDate.Should().Be(new LocalDate(2013, 5, 20));
        decision.QualifyingZone.Should().Be(NewYork);
        decision.QualifyingZoneSource.Should().Be(QualifyingDateZone.Evaluator);
        decision.CreditsRecommended.Should().Be(CreditAmount.FromSemesterHours(3));
        decision.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
        decision.Rounding.Should().Be(RoundingPolicy.Exact);
        decision.NextSteps.Should().BeEmpty();
        decision.Reasons.Should().OnlyContain(r => r.Severity == ReasonSeverity.Informational);
        decision.ToString().Should().Be("L1 calc @ inst/prog: Eligible 3 SH");
    }

    [Fact]
    public void Evaluate_EveryReason_CarriesRuleAndPolicyVersion()
    {
        var decision = new ScenarioBuilder { AcceptedLevels = [CreditLevel.UpperDivision], Fees = [Unpaid(FeeKind.ProctoredExam, 90)] }.Evaluate();

        decision.Reasons.Should().NotBeEmpty().And.OnlyContain(r => r.PolicyVersion == PolicyId && r.RuleId.Length > 0);
    }

    [Fact]
    public void Evaluate_Trace_HasOneEntryPerRuleInPipelineOrder()
    {
        var decision = new ScenarioBuilder().Evaluate();

        decision.Trace.Select(t => t.RuleId).Should().Equal(
            "institution.evaluator", "learner.verified-track", "learner.completion", "learner.identity", "learner.exam",
            "recommendation.version", "learner.fees", "learner.evidence", "program.override", "institution.level",
            "institution.minimum-score", "institution.recency", "credits.conversion", "learner.exceptions");
    }

    [Fact]
    public void Evaluate_SameInputsTwice_SameDecision()
    {
        var builder = new ScenarioBuilder { Fees = [Unpaid(FeeKind.ProctoredExam, 90)], InstitutionUnit = CreditUnit.QuarterHour, Rounding = RoundingPolicy.TruncateTo(1) };
        var evaluator = builder.BuildEvaluator();
        var request = builder.BuildRequest();

        var first = evaluator.Evaluate(request);
        var second = evaluator.Evaluate(request);

        second.Outcome.Should().Be(first.Outcome);
        second.Reasons.Select(r => r.ToString()).Should().Equal(first.Reasons.Select(r => r.ToString()));
        second.NextSteps.Select(s => s.ToString()).Should().Equal(first.NextSteps.Select(s => s.ToString()));
        second.Trace.Select(t => t.ToString()).Should().Equal(first.Trace.Select(t => t.ToString()));
    }
}
