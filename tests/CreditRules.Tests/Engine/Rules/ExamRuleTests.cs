using CreditRules.Tests.Fixtures;
using static CreditRules.Tests.Fixtures.ScenarioBuilder;

namespace CreditRules.Tests.Engine.Rules;

public sealed class ExamRuleTests
{
    private static readonly Instant ExamDay = At(2013, 5, 20, 10, 0);

    [Fact]
    public void Evaluate_ScoreExactlyAtPassingScore_Passes()
    {
        var decision = new ScenarioBuilder { Exams = [Passed(60, ExamDay)] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.QualifyingDate.Should().Be(new LocalDate(2013, 5, 20));
    }

    [Fact]
    public void Evaluate_PassedByProviderOnePointBelowPassingScore_DoesNotQualify()
    {
        var decision = new ScenarioBuilder { Exams = [Passed(59, ExamDay)] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Incomplete);
        decision.QualifyingDate.Should().BeNull();
        var below = decision.Single(ReasonCode.ExamScoreBelowPassingScore);
        below.Severity.Should().Be(ReasonSeverity.Informational);
        below.Message.Should().Be("Attempt on 2013-05-20 scored 59 (percent), below the evaluator's minimum passing score 60 (percent) for version 1.");
        decision.Single(ReasonCode.ExamFailed).Message.Should().Be("No passing attempt: best score 59 (percent) against the passing score 60 (percent); 1 attempt(s) used.");
    }

    [Fact]
    public void Evaluate_Failed_OutstandingWithRetakeStep()
    {
        var decision = new ScenarioBuilder { Exams = [Failed(52, ExamDay)] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Incomplete);
        decision.Single(ReasonCode.ExamFailed).Severity.Should().Be(ReasonSeverity.Outstanding);
        var step = decision.Step(NextStepCode.RetakeProctoredExam);
        step.Action.Should().Be("Retake the proctored exam and pass it by 2016-01-31.");
        step.Deadline.Should().Be(new LocalDate(2016, 1, 31));
        step.Cost.Should().Be(Money.Usd(90));
    }

    [Fact]
    public void Evaluate_NoAttempt_OutstandingWithTakeExamStep()
    {
        var decision = new ScenarioBuilder { Exams = [] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Incomplete);
        decision.Single(ReasonCode.ExamNotTaken).Message.Should().Be("The proctored exam for calc has not been taken.");
        var step = decision.Step(NextStepCode.TakeProctoredExam);
        step.Action.Should().Be("Pass the proctored exam for Calculus by 2016-01-31, the last day the recommendation version is valid.");
        step.Cost.Should().Be(Money.Usd(90));
    }

    [Fact]
    public void Evaluate_ResultPending_OutstandingWithAwaitStep()
    {
        var decision = new ScenarioBuilder { Exams = [new ExamAttempt(CourseId, ExamDay, NewYork, ExamOutcome.Pending, null)] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Incomplete);
        decision.Single(ReasonCode.ExamResultPending).Message.Should().Be("The attempt on 2013-05-20 is awaiting its result.");
        decision.Step(NextStepCode.AwaitExamReview).Action.Should().Be("Wait for the exam taken on 2013-05-20: it is awaiting its result.");
    }

    [Theory]
    [InlineData(IntegrityReview.Flagged, "a decision on a proctor's flag")]
    [InlineData(IntegrityReview.Pending, "its integrity review")]   // record-and-review: up to 24 hours
    public void Evaluate_PassedButReviewOpen_Outstanding(IntegrityReview integrity, string awaiting)
    {
        var attempt = new ExamAttempt(CourseId, ExamDay, NewYork, ExamOutcome.Passed, Score.Percent(90), ProctoringMode.RecordAndReview, integrity: integrity);

        var decision = new ScenarioBuilder { Exams = [attempt] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Incomplete);
        decision.Single(ReasonCode.ExamResultPending).Message.Should().Be("The attempt on 2013-05-20 is awaiting " + awaiting + ".");
    }

    [Fact]
    public void Evaluate_AdministrativeInvalidationThenPass_LaterPassCounts()
    {
        var mismatch = new ExamAttempt(CourseId, ExamDay, NewYork, ExamOutcome.Passed, Score.Percent(90), idCheck: IdCheckResult.Failed, integrity: IntegrityReview.Invalidated, invalidation: InvalidationKind.Administrative);
        var retake = Passed(75, At(2013, 5, 27, 10, 0));

        var decision = new ScenarioBuilder { Exams = [mismatch, retake] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.QualifyingDate.Should().Be(new LocalDate(2013, 5, 27));
        var reason = decision.Single(ReasonCode.ExamInvalidatedAdministrative);
        reason.Severity.Should().Be(ReasonSeverity.Informational);
        reason.Message.Should().Be("Attempt on 2013-05-20 was invalidated for an administrative reason (ID check failed); it does not count and may be retaken.");
    }

    [Fact]
    public void Evaluate_OnlyAdministrativeInvalidation_IsCurable()
    {
        var technical = new ExamAttempt(CourseId, ExamDay, NewYork, ExamOutcome.Passed, Score.Percent(90), integrity: IntegrityReview.Invalidated, invalidation: InvalidationKind.Administrative);

        var decision = new ScenarioBuilder { Exams = [technical] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Incomplete);
        decision.Single(ReasonCode.ExamInvalidatedAdministrative).Message.Should().Be("Attempt on 2013-05-20 was invalidated for an administrative reason (administrative invalidation); it does not count and may be retaken.");
        decision.Single(ReasonCode.ExamRetakeRequired).Message.Should().Be("No attempt counts: 1 attempt(s) were invalidated for administrative reasons; the exam must be retaken.");
        decision.HasReason(ReasonCode.ExamNotTaken).Should().BeFalse("the exam was taken; the attempt just does not count");
        var step = decision.Step(NextStepCode.RetakeProctoredExam);
        step.Action.Should().Be("Retake the proctored exam for Calculus and pass it by 2016-01-31, the last day the recommendation version is valid.");
        step.EarliestDate.Should().BeNull();
        step.Deadline.Should().Be(new LocalDate(2016, 1, 31));
        step.Cost.Should().Be(Money.Usd(90));
    }

    [Fact]
    public void Evaluate_IntegrityViolation_BlocksEvenAfterLaterPass()
    {
        var cheated = new ExamAttempt(CourseId, ExamDay, NewYork, ExamOutcome.Passed, Score.Percent(95), integrity: IntegrityReview.Invalidated, invalidation: InvalidationKind.IntegrityViolation);

        var decision = new ScenarioBuilder { Exams = [cheated, Passed(80, At(2013, 9, 1, 10, 0))] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        var reason = decision.Single(ReasonCode.ExamIntegrityViolation);
        reason.Severity.Should().Be(ReasonSeverity.Blocking);
        reason.Message.Should().Be("Attempt on 2013-05-20 was invalidated for an integrity violation.");
        decision.CreditsGranted.IsZero.Should().BeTrue();
    }

    public static TheoryData<LocalDate, bool> RetakeDates => new()
    {
        { new LocalDate(2013, 4, 29), false },   // a day before 2013-01-31 + P3M = 2013-04-30: too soon
        { new LocalDate(2013, 4, 30), true },    // 3 calendar months (clamped to month end), though only 89 days
    };

    [Theory]
    [MemberData(nameof(RetakeDates))]
    public void Evaluate_RetakeWaitIsCalendarMonths_NotDays(LocalDate retakeDate, bool counts)
    {
        var builder = new ScenarioBuilder
        {
            Versions = [Version(1, new LocalDate(2013, 1, 1), new LocalDate(2016, 1, 31), Line(3))],
            Retakes = new RetakePolicy(Period.FromMonths(3), null),
            Exams = [Failed(50, At(2013, 1, 31, 10, 0)), Passed(80, At(retakeDate.Year, retakeDate.Month, retakeDate.Day, 10, 0))],
        };

        var decision = builder.Evaluate();

        if (counts)
        {
            decision.Outcome.Should().Be(DecisionOutcome.Eligible);
            decision.QualifyingDate.Should().Be(retakeDate);
            decision.HasReason(ReasonCode.ExamRetakeTooSoon).Should().BeFalse();
        }
        else
        {
            decision.Outcome.Should().Be(DecisionOutcome.Incomplete);
            var reason = decision.Single(ReasonCode.ExamRetakeTooSoon);
            reason.Severity.Should().Be(ReasonSeverity.Informational);
            reason.Message.Should().Be("Attempt on 2013-04-29 came before the earliest retake date 2013-04-30 (P3M after 2013-01-31) and does not count.");
            decision.Single(ReasonCode.ExamFailed).Message.Should().Be("No passing attempt: best score 50 (percent) against the passing score 60 (percent); 1 attempt(s) used.");
        }
    }

    [Fact]
    public void Evaluate_RetakeWaitNotOver_StepHasEarliestDate()
    {
        var decision = new ScenarioBuilder
        {
            AsOf = new LocalDate(2013, 6, 1),
            Retakes = new RetakePolicy(Period.FromMonths(3), 3),
            Exams = [Failed(50, ExamDay)],
        }.Evaluate();

        var step = decision.Step(NextStepCode.RetakeProctoredExam);
        step.EarliestDate.Should().Be(new LocalDate(2013, 8, 20));
        step.Action.Should().Be("Retake the proctored exam on or after 2013-08-20 and pass it by 2016-01-31 (2 attempt(s) left).");
    }

    [Fact]
    public void Evaluate_AttemptLimitReached_BlocksExhausted()
    {
        var decision = new ScenarioBuilder
        {
            Retakes = new RetakePolicy(null, 2),
            Exams = [Failed(50, ExamDay), Failed(55, At(2013, 6, 20, 10, 0))],
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        var reason = decision.Single(ReasonCode.ExamAttemptsExhausted);
        reason.Severity.Should().Be(ReasonSeverity.Blocking);
        reason.Message.Should().Be("All 2 allowed attempt(s) were used without a pass.");
        decision.NextSteps.Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_PassBeyondAttemptLimit_DoesNotCount()
    {
        var decision = new ScenarioBuilder
        {
            Retakes = new RetakePolicy(null, 2),
            Exams = [Failed(50, ExamDay), Failed(55, At(2013, 6, 20, 10, 0)), Passed(90, At(2013, 7, 20, 10, 0))],
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        decision.QualifyingDate.Should().BeNull();
        decision.HasReason(ReasonCode.ExamAttemptsExhausted).Should().BeTrue();
    }

    [Fact]
    public void Evaluate_FailedThenPassedWithinLimit_Eligible()
    {
        var decision = new ScenarioBuilder
        {
            Retakes = new RetakePolicy(null, 2),
            Exams = [Passed(70, At(2013, 6, 20, 10, 0)), Failed(50, ExamDay)],   // given out of order
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.QualifyingDate.Should().Be(new LocalDate(2013, 6, 20));
    }

    [Theory]
    [InlineData(true, DecisionOutcome.Eligible)]       // the pass is the first attempt in record order: it counts
    [InlineData(false, DecisionOutcome.NotEligible)]   // the fail is first: it uses the only attempt allowed
    public void Evaluate_AttemptsAtTheSameInstant_RecordOrderDecides(bool passRecordedFirst, DecisionOutcome expected)
    {
        var pass = Passed(90, ExamDay);
        var fail = Failed(50, ExamDay);
        var later = Failed(40, At(2013, 6, 20, 10, 0));   // recorded first, taken last: beyond the limit either way
        var decision = new ScenarioBuilder
        {
            Retakes = new RetakePolicy(null, 1),
            Exams = passRecordedFirst ? [later, pass, fail] : [later, fail, pass],
        }.Evaluate();

        decision.Outcome.Should().Be(expected);
        decision.QualifyingDate.Should().Be(passRecordedFirst ? new LocalDate(2013, 5, 20) : null);
        decision.HasReason(ReasonCode.ExamAttemptsExhausted).Should().Be(!passRecordedFirst);
    }

    [Fact]
    public void Evaluate_PassedAfterAsOf_IsIgnored()
    {
        var decision = new ScenarioBuilder { Exams = [Passed(90, At(2014, 7, 1, 10, 0))] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Incomplete);
        decision.HasReason(ReasonCode.ExamNotTaken).Should().BeTrue();
        decision.QualifyingDate.Should().BeNull();
    }

    [Fact]
    public void Evaluate_ExamForAnotherCourse_DoesNotCount()
    {
        var decision = new ScenarioBuilder { Exams = [Passed(90, ExamDay, courseId: OtherCourseId)] }.Evaluate();

        decision.HasReason(ReasonCode.ExamNotTaken).Should().BeTrue();
    }

    [Fact]
    public void Evaluate_PassingScoreOnAnotherScale_ThrowsNamingTheExamAttempt()
    {
        var scaled = new RecommendationVersion(1, new DateRange(new LocalDate(2013, 2, 1), new LocalDate(2016, 1, 31)), [Line(3)], new Score(50, ScoreScale.Scaled20To80));
        var builder = new ScenarioBuilder { Versions = [scaled] };

        var act = () => builder.Evaluate();

        var error = act.Should().Throw<InvalidLearnerDataException>().Which;
        error.Message.Should().Be("ExamAttempts[0].Score = '80 (percent)': learner 'L1' has an exam attempt for course 'calc' scored on percent[0..100], but exhibit 'ACE-CALC' sets its minimum passing score 50 (scaled-20-80) on scaled-20-80[20..80]; record the attempt's score on that scale.");
        (error.Path, error.AttemptedValue, error.ParamName).Should().Be(("ExamAttempts[0].Score", "80 (percent)", "ExamAttempts[0].Score"));
    }

    [Fact]
    public void Evaluate_FailedWithoutEvaluatorMinimum_NamesProviderMark()
    {
        var noMinimum = new RecommendationVersion(1, new DateRange(new LocalDate(2013, 2, 1), new LocalDate(2016, 1, 31)), [Line(3)]);

        var decision = new ScenarioBuilder { Versions = [noMinimum], Exams = [Failed(52, ExamDay), Failed(58, At(2013, 6, 20, 10, 0))] }.Evaluate();

        decision.Single(ReasonCode.ExamFailed).Message.Should().Be("No passing attempt: best score 58 (percent) against the passing score set by the exam provider; 2 attempt(s) used.");
    }

    [Fact]
    public void Evaluate_NoEvaluatorMinimum_ProviderPassCounts()
    {
        var noMinimum = new RecommendationVersion(1, new DateRange(new LocalDate(2013, 2, 1), new LocalDate(2016, 1, 31)), [Line(3)]);

        var decision = new ScenarioBuilder { Versions = [noMinimum], Exams = [Passed(40, ExamDay)] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
    }
}
