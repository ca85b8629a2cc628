using CreditRules.Documents;
using CreditRules.Tests.Documents;
using CreditRules.Tests.Fixtures;
using CsCheck;

namespace CreditRules.Tests.Engine;

/// <summary>Deciding "as known on" a date: late results, late refunds and corrections on both sides of the boundary; the property that a date on or after every recording date gives today's decision.</summary>
public sealed class AsKnownOnTests
{
    private static readonly Lazy<(EligibilityEvaluator Evaluator, LearnerSet Audit)> Data = new(() =>
    {
        var catalog = CatalogDocument.LoadFile(Path.Combine(DocumentFiles.SamplesDirectory, "catalog.json")).Value;
        var policies = PolicyDocument.LoadFile(Path.Combine(DocumentFiles.SamplesDirectory, "policies.json")).Value;
        var audit = LearnerDocument.LoadFile(Path.Combine(DocumentFiles.SamplesDirectory, "learners-audit.json"), catalog, policies).Value;
        return (new EligibilityEvaluator(catalog, policies), audit);
    });

    private static Decision Decide(string learnerId, LocalDate? asKnownOn)
    {
        var (evaluator, audit) = Data.Value;
        return evaluator.Evaluate(new EvaluationRequest(audit.GetLearnerOrNull(learnerId)!, "penn-calculus", "northern-quarter", "bs-biology", new LocalDate(2014, 6, 30), asKnownOn));
    }

    [Fact]
    public void Evaluate_CorrectedScore_BeforeItsRecordingDayTheFirstScoreStands()
    {
        // The regrade was recorded at 2014-07-15 10:00 New York time (09:00 in Northern's zone, America/Chicago).
        var dayBefore = Decide("greta", new LocalDate(2014, 7, 14));
        var recordingDay = Decide("greta", new LocalDate(2014, 7, 15));

        dayBefore.Outcome.Should().Be(DecisionOutcome.NotEligible);
        dayBefore.Reasons.Should().Contain(r => r.Code == ReasonCode.ScoreBelowMinimum).Which.Message.Should().Be("Exam score 68 is 2 point(s) below the institution policy northern-2012 minimum 70.");
        recordingDay.Outcome.Should().Be(DecisionOutcome.Eligible);
        Decide("greta", null).Outcome.Should().Be(DecisionOutcome.Eligible, "today the correction is on record");
    }

    [Fact]
    public void Evaluate_CompletionRecordedLate_IsIgnoredUntilRecorded()
    {
        // The transcript (issued 2013-07-01) and the completion (2013-05-12) were entered on 2014-07-02 at 09:00 in Chicago, Northern's zone.
        var entered = Instant.FromUtc(2014, 7, 2, 14, 0);
        var learner = new LearnerBuilder("hal", DateTimeZoneProviders.Tzdb["America/New_York"])
            .JoinedVerifiedTrack("penn-calculus-2013s", new LocalDateTime(2013, 3, 8, 14, 0))
            .VerifiedIdentity(IdentityMethod.TypingPattern, new LocalDateTime(2013, 3, 10, 9, 0))
            .With(new CourseCompletion("penn-calculus-2013s", CompletionStatus.Completed, new LocalDate(2013, 5, 12), recordedAt: entered))
            .PassedExam("penn-calculus", new LocalDateTime(2013, 5, 20, 10, 0), Score.Percent(78))
            .PaidFee("penn-calculus", FeeKind.VerifiedTrack, Money.Usd(49), new LocalDate(2013, 3, 10))
            .PaidFee("penn-calculus", FeeKind.ProctoredExam, Money.Usd(90), new LocalDate(2013, 3, 10))
            .With(new EvidenceDocument(EvidenceKind.AceTranscriptCredly, new LocalDate(2013, 7, 1), true, true, "penn-calculus", recordedAt: entered))
            .Build();
        Decision Decide(LocalDate? asKnownOn) => Data.Value.Evaluator.Evaluate(new EvaluationRequest(learner, "penn-calculus", "northern-quarter", "bs-biology", new LocalDate(2014, 6, 30), asKnownOn));

        Decide(new LocalDate(2014, 7, 1)).Should().Match<Decision>(d => d.Outcome == DecisionOutcome.Incomplete && d.HasReason(ReasonCode.CourseNotCompleted), "the day before the completion was recorded");
        Decide(new LocalDate(2014, 7, 2)).Outcome.Should().Be(DecisionOutcome.Eligible, "the day they were recorded");
        Decide(null).Outcome.Should().Be(DecisionOutcome.Eligible);
    }

    [Fact]
    public void Evaluate_RefundRecordedLate_IsIgnoredUntilRecorded()
    {
        Decide("ravi", new LocalDate(2014, 6, 30)).Outcome.Should().Be(DecisionOutcome.Eligible);
        Decide("ravi", new LocalDate(2014, 8, 3)).Outcome.Should().Be(DecisionOutcome.Eligible);
        Decide("ravi", new LocalDate(2014, 8, 4)).Should().Match<Decision>(d => d.Outcome == DecisionOutcome.NotEligible && d.HasReason(ReasonCode.FeeRefunded));
        Decide("ravi", null).HasReason(ReasonCode.FeeRefunded).Should().BeTrue();
    }

    [Fact]
    public void Decision_StatesBothDates_InItsJsonAndRecord()
    {
        var decision = Decide("greta", new LocalDate(2014, 6, 30));

        (decision.AsOf, decision.AsKnownOn).Should().Be((new LocalDate(2014, 6, 30), (LocalDate?)new LocalDate(2014, 6, 30)));
        DecisionJson.From(decision).AsKnownOn.Should().Be("2014-06-30");
        DecisionRecords.Create(decision, Data.Value.Audit.GetLearnerOrNull("greta")!, "sha256:0000000000000000").AsKnownOn.Should().Be("2014-06-30");
        Decide("greta", null).AsKnownOn.Should().BeNull();
    }

    [Fact]
    public void Replay_AsKnownOnRecord_ReplaysOnItsOwnAsKnownOnDate()
    {
        var (evaluator, audit) = Data.Value;
        var greta = audit.GetLearnerOrNull("greta")!;
        var record = DecisionRecords.Create(Decide("greta", new LocalDate(2014, 6, 30)), greta, "v1");

        var replay = DecisionRecords.Replay(record, evaluator, "v1");

        replay.HasChanges.Should().BeFalse("the embedded facts include the later correction, and the record's as-known-on date leaves it out again");
        replay.Replayed.Outcome.Should().Be("NotEligible");
    }

    [Fact]
    public void Summarize_AsKnownOn_AgreesWithTheExplainedPath()
    {
        var (evaluator, audit) = Data.Value;
        foreach (var date in new[] { new LocalDate(2014, 6, 30), new LocalDate(2014, 7, 15), new LocalDate(2014, 8, 4) })
        {
            var plan = EvaluationPlan.Compile(evaluator.Catalog, evaluator.Policies, new LocalDate(2014, 6, 30), date);
            foreach (var learner in audit.Learners)
            {
                var claim = new CreditClaim(learner, "penn-calculus", "northern-quarter", "bs-biology");
                plan.Summarize(claim).Should().Be(DecisionSummary.FromDecision(plan.Explain(claim)), learner.LearnerId + " as known on " + date);
            }
        }
    }

    [Fact]
    public void Evaluate_AsKnownOnOnOrAfterTheLatestRecording_EqualsTodaysDecision()
    {
        var (evaluator, _) = Data.Value;
        var claims = PopulationGenerator.Generate(evaluator.Catalog, evaluator.Policies, 400, seed: 18).ToArray();
        var asOf = new LocalDate(2014, 6, 30);
        var gen = Gen.Select(Gen.Int[0, claims.Length - 1], Gen.Int[0, 500], Gen.Int[0, 60]);

        Property.ForAll(gen, t =>
        {
            var (index, lateDays, extraDays) = t;
            var claim = claims[index];
            // Some facts recorded late: every attempt's result and every fee's state recorded lateDays after their own date.
            var l = claim.Learner;
            var learner = new LearnerRecord(
                l.LearnerId,
                l.IsVeteran,
                l.ProgramEnrollments,
                l.CourseEnrollments,
                l.Completions,
                l.IdentityVerifications,
                l.ExamAttempts.Select(a => new ExamAttempt(a.CourseId, a.StartedAt, a.CandidateZone, a.Outcome, a.Score, a.Proctoring, a.IdCheck, a.Integrity, a.Invalidation, a.StartedAt.Plus(Duration.FromDays(lateDays)))),
                l.Fees.Select(f => new FeeObligation(f.CourseId, f.Kind, f.Amount, f.Status, f.StatusDate, f.WaiverReason, f.StatusDate?.PlusDays(lateDays).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant())),
                l.Evidence,
                l.PriorCredits,
                l.Emails);
            var zone = evaluator.Policies.GetInstitutionOrNull(claim.InstitutionId)!.TimeZone;
            var latest = LatestRecording(learner, zone);
            var knownOn = (latest ?? asOf).PlusDays(extraDays);

            var today = evaluator.Evaluate(new EvaluationRequest(learner, claim.CourseId, claim.InstitutionId, claim.ProgramId, asOf));
            var then = evaluator.Evaluate(new EvaluationRequest(learner, claim.CourseId, claim.InstitutionId, claim.ProgramId, asOf, knownOn));

            then.Outcome.Should().Be(today.Outcome);
            then.CreditsGranted.Should().Be(today.CreditsGranted);
            then.Reasons.Select(r => r.Code.Value + " " + r.Message).Should().Equal(today.Reasons.Select(r => r.Code.Value + " " + r.Message));
            then.NextSteps.Select(s => s.ToString()).Should().Equal(today.NextSteps.Select(s => s.ToString()));
        });
    }

    private static LocalDate? LatestRecording(LearnerRecord l, DateTimeZone zone) =>
        l.ProgramEnrollments.Select(e => e.EnrolledOn)
            .Concat(l.CourseEnrollments.Select(e => e.JoinedAt.InZone(zone).Date))
            .Concat(l.Completions.Select(c => c.RecordedOn))
            .Concat(l.IdentityVerifications.Select(v => v.RecordedAt.InZone(zone).Date))
            .Concat(l.ExamAttempts.Select(a => a.KnownFrom.InZone(zone).Date))
            .Concat(l.Fees.Where(f => f.RecordedAt is not null || f.StatusDate is not null).Select(f => f.RecordedAt?.InZone(zone).Date ?? f.StatusDate!.Value))
            .Concat(l.Evidence.Select(e => e.IssuedOn))
            .Concat(l.PriorCredits.Select(p => p.Date))
            .Select(d => (LocalDate?)d)
            .Max();
}
