using CreditRules.Documents;

namespace CreditRules.Tests.Domain.Learners;

/// <summary>LearnerRecord.AsKnownOn: which facts were on record by a date (recordedAt, default the fact's own date), and corrections that supersede earlier facts.</summary>
public sealed class LearnerRecordAsKnownOnTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    private static readonly Instant ExamStart = Instant.FromUtc(2013, 5, 20, 14, 0);

    private static ExamAttempt Attempt(decimal score, Instant? recordedAt = null, string? id = null, string? supersedes = null) =>
        new("penn-calculus", ExamStart, NewYork, ExamOutcome.Passed, Score.Percent(score), recordedAt: recordedAt, id: id, supersedes: supersedes);

    private static LearnerRecord Learner(params ExamAttempt[] attempts) => new("greta", examAttempts: attempts);

    [Fact]
    public void AsKnownOn_RecordedAtLateOnTheDateInTheZone_IsKnown()
    {
        // 23:59 in New York on 2014-07-15 is 03:59 UTC on the 16th.
        var late = Instant.FromUtc(2014, 7, 16, 3, 59);
        var learner = Learner(Attempt(68, id: "a"), Attempt(78, late, "b", "a"));

        learner.AsKnownOn(new LocalDate(2014, 7, 15), NewYork).ExamAttempts.Select(a => a.Score!.Value.Value).Should().Equal(78m);
    }

    [Fact]
    public void AsKnownOn_TheDayBeforeRecordedAt_KeepsTheSupersededFact()
    {
        var recorded = Instant.FromUtc(2014, 7, 15, 14, 0);
        var learner = Learner(Attempt(68, id: "a"), Attempt(78, recorded, "b", "a"));

        learner.AsKnownOn(new LocalDate(2014, 7, 14), NewYork).ExamAttempts.Select(a => a.Score!.Value.Value).Should().Equal(68m);
        learner.AsKnownOn(new LocalDate(2014, 7, 15), NewYork).ExamAttempts.Select(a => a.Score!.Value.Value).Should().Equal(78m);
    }

    [Fact]
    public void AsKnownOn_AnInstantNearMidnight_IsKnownOnItsDateInTheZoneGiven()
    {
        // 2014-07-01 23:30 in Los Angeles is 2014-07-02 02:30 in New York.
        var recorded = Instant.FromUtc(2014, 7, 2, 6, 30);
        var learner = Learner(Attempt(68, id: "a"), Attempt(78, recorded, "b", "a"));
        var date = new LocalDate(2014, 7, 1);

        learner.AsKnownOn(date, LosAngeles).ExamAttempts.Single().Score!.Value.Value.Should().Be(78m, "it was recorded on 2014-07-01 in Los Angeles");
        learner.AsKnownOn(date, NewYork).ExamAttempts.Single().Score!.Value.Value.Should().Be(68m, "it was recorded on 2014-07-02 in New York");
    }

    [Fact]
    public void AsKnownOn_WithoutRecordedAt_UsesTheFactsOwnDate()
    {
        var learner = new LearnerRecord(
            "ada",
            examAttempts: [Attempt(84)],
            fees: [new FeeObligation("penn-calculus", FeeKind.ProctoredExam, Money.Usd(90), FeeStatus.Paid, new LocalDate(2013, 3, 10)), new FeeObligation("penn-calculus", FeeKind.VerifiedTrack, Money.Usd(49), FeeStatus.Unpaid)],
            completions: [new CourseCompletion("penn-calculus-2013s", CompletionStatus.Completed, new LocalDate(2013, 5, 12))]);

        var before = learner.AsKnownOn(new LocalDate(2013, 3, 9), NewYork);
        var examDay = learner.AsKnownOn(new LocalDate(2013, 5, 20), NewYork);

        before.Fees.Select(f => f.Status).Should().Equal([FeeStatus.Unpaid], "an unpaid fee has no date and is always known; the payment dates from 2013-03-10");
        before.ExamAttempts.Should().BeEmpty();
        before.Completions.Should().BeEmpty();
        examDay.ExamAttempts.Should().ContainSingle("an attempt is known from the instant it started");
        examDay.Completions.Should().ContainSingle();
        examDay.Fees.Should().HaveCount(2);
    }

    [Fact]
    public void AsKnownOn_ALateRefundSupersedingAPayment_StandsOnlyOnceRecorded()
    {
        var paid = new FeeObligation("penn-calculus", FeeKind.ProctoredExam, Money.Usd(90), FeeStatus.Paid, new LocalDate(2013, 3, 10), id: "fee");
        var refund = new FeeObligation("penn-calculus", FeeKind.ProctoredExam, Money.Usd(90), FeeStatus.Refunded, new LocalDate(2014, 6, 20), recordedAt: Instant.FromUtc(2014, 8, 4, 13, 30), id: "refund", supersedes: "fee");
        var learner = new LearnerRecord("ravi", fees: [paid, refund]);

        learner.AsKnownOn(new LocalDate(2014, 8, 3), NewYork).Fees.Select(f => f.Status).Should().Equal(FeeStatus.Paid);
        learner.AsKnownOn(new LocalDate(2014, 8, 4), NewYork).Fees.Select(f => f.Status).Should().Equal(FeeStatus.Refunded);
    }

    [Fact]
    public void Constructor_SupersedesAnUnknownId_ThrowsNamingTheFact()
    {
        var act = () => Learner(Attempt(68, id: "a"), Attempt(78, id: "b", supersedes: "z"));

        act.Should().Throw<ArgumentException>().WithMessage("examAttempts[1]: supersedes 'z', which is not the id of any of the learner's examAttempts. (Parameter 'examAttempts')");
    }

    [Fact]
    public void Constructor_DuplicateFactIds_Throw()
    {
        var act = () => Learner(Attempt(68, id: "a"), Attempt(78, id: "a"));

        act.Should().Throw<ArgumentException>().WithMessage("examAttempts[1]: the id 'a' is used twice; give each fact its own id. (Parameter 'examAttempts')");
    }

    [Fact]
    public void ExamAttempt_SupersedingItself_Throws()
    {
        var act = () => Attempt(78, id: "a", supersedes: "a");

        act.Should().Throw<ArgumentException>().WithMessage("The fact 'a' supersedes itself; name the earlier fact it corrects. (Parameter 'supersedes')");
    }

    [Fact]
    public void AsKnownOn_CompletionEvidenceAndEnrolmentRecordedLate_KnownFromTheDayRecorded()
    {
        // Each dated 2013 but entered on 2014-07-15 at 23:59 in New York (03:59 UTC on the 16th).
        var entered = Instant.FromUtc(2014, 7, 16, 3, 59);
        var learner = new LearnerRecord(
            "hal",
            programEnrollments: [new ProgramEnrollment("northern-quarter", "bs-biology", new LocalDate(2013, 1, 7), recordedAt: entered)],
            completions: [new CourseCompletion("penn-calculus-2013s", CompletionStatus.Completed, new LocalDate(2013, 5, 12), recordedAt: entered)],
            evidence: [new EvidenceDocument(EvidenceKind.AceTranscriptCredly, new LocalDate(2013, 7, 1), true, true, "penn-calculus", recordedAt: entered)]);

        var dayBefore = learner.AsKnownOn(new LocalDate(2014, 7, 14), NewYork);
        var onTheDay = learner.AsKnownOn(new LocalDate(2014, 7, 15), NewYork);

        dayBefore.ProgramEnrollments.Should().BeEmpty();
        dayBefore.Completions.Should().BeEmpty();
        dayBefore.Evidence.Should().BeEmpty();
        onTheDay.ProgramEnrollments.Should().ContainSingle();
        onTheDay.Completions.Should().ContainSingle();
        onTheDay.Evidence.Should().ContainSingle();
        learner.AsKnownOn(new LocalDate(2014, 7, 15), LosAngeles).Completions.Should().ContainSingle("20:59 on the 15th in Los Angeles");
    }

    [Fact]
    public void AsKnownOn_CompletionWithoutRecordedAt_KnownFromItsOwnDate()
    {
        var learner = new LearnerRecord("hal", completions: [new CourseCompletion("penn-calculus-2013s", CompletionStatus.Completed, new LocalDate(2013, 5, 12))]);

        learner.AsKnownOn(new LocalDate(2013, 5, 11), NewYork).Completions.Should().BeEmpty();
        learner.AsKnownOn(new LocalDate(2013, 5, 12), NewYork).Completions.Should().ContainSingle();
    }

    [Fact]
    public void AsKnownOn_PriorCreditRecordedLate_KnownFromTheDayRecordedInTheZone()
    {
        // Transfer credit earned in 2012, entered on the transcript on 2014-07-15 at 23:59 in New York (03:59 UTC on the 16th).
        var entered = Instant.FromUtc(2014, 7, 16, 3, 59);
        var learner = new LearnerRecord(
            "hal",
            priorCredits: [new PriorCredit("tr-1", PriorCreditSource.Transfer, CreditAmount.FromHours(3, CreditUnit.SemesterHour), CreditLevel.LowerDivision, new LocalDate(2012, 12, 14), isPosted: true, recordedAt: entered)]);

        learner.AsKnownOn(new LocalDate(2014, 7, 14), NewYork).PriorCredits.Should().BeEmpty("entered a day later");
        learner.AsKnownOn(new LocalDate(2014, 7, 15), NewYork).PriorCredits.Should().ContainSingle("entered at 23:59 that day in New York");
        learner.AsKnownOn(new LocalDate(2014, 7, 15), LosAngeles).PriorCredits.Should().ContainSingle("20:59 on the 15th in Los Angeles");
        learner.AsKnownOn(new LocalDate(2014, 7, 15), DateTimeZone.Utc).PriorCredits.Should().BeEmpty("03:59 on the 16th in UTC");
    }

    [Fact]
    public void AsKnownOn_PriorCreditWithoutRecordedAt_KnownFromItsOwnDate()
    {
        var learner = new LearnerRecord(
            "hal",
            priorCredits: [new PriorCredit("tr-1", PriorCreditSource.Transfer, CreditAmount.FromHours(3, CreditUnit.SemesterHour), CreditLevel.LowerDivision, new LocalDate(2012, 12, 14), isPosted: true)]);

        learner.AsKnownOn(new LocalDate(2012, 12, 13), NewYork).PriorCredits.Should().BeEmpty();
        learner.AsKnownOn(new LocalDate(2012, 12, 14), NewYork).PriorCredits.Should().ContainSingle();
    }

    [Fact]
    public void LearnerDocument_PriorCreditRecordedAt_RoundTripsAndLocatesErrors()
    {
        const string Json = """{ "schemaVersion": 1, "learners": [ { "id": "x", "priorCredits": [ { "id": "tr-1", "source": "Transfer", "credits": 3, "level": "LowerDivision", "date": "2012-12-14", "posted": true, "recordedAt": "%" } ] } ] }""";
        var loaded = LearnerDocument.Load(Json.Replace("%", "2014-07-15T10:00:00-04:00", StringComparison.Ordinal)).Value.GetLearnerOrNull("x")!;
        var again = LearnerDocument.Load(LearnerDocument.Write(new LearnerSet([loaded]))).Value.GetLearnerOrNull("x")!;

        again.PriorCredits.Single().RecordedAt.Should().Be(Instant.FromUtc(2014, 7, 15, 14, 0));
        LearnerDocument.Load(Json.Replace("%", "2014-07-15", StringComparison.Ordinal)).Errors.Should().ContainSingle().Which.Path.Should().Be("$.learners[0].priorCredits[0].recordedAt");
    }
}
