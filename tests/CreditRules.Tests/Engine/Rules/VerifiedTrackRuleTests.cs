using CreditRules.Tests.Fixtures;
using static CreditRules.Tests.Fixtures.ScenarioBuilder;

namespace CreditRules.Tests.Engine.Rules;

public sealed class VerifiedTrackRuleTests
{
    private static readonly CourseSession Autumn2014 = Session("calc-2014f", new LocalDate(2014, 9, 8), new LocalDate(2014, 11, 16), At(2014, 9, 28, 12, 0));

    [Fact]
    public void Evaluate_JoinedExactlyAtDeadline_Counts()
    {
        var decision = new ScenarioBuilder { Enrollments = [new CourseEnrollment(SessionId, EnrollmentTrack.Verified, SpringDeadline)] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.Trace.Should().ContainSingle(t => t.RuleId == "learner.verified-track").Which.Outcome.Should().Be(RuleOutcome.Passed);
    }

    [Fact]
    public void Evaluate_JoinedOneMinuteLateNoLaterSession_BlocksJoinedLate()
    {
        var decision = new ScenarioBuilder
        {
            Enrollments = [new CourseEnrollment(SessionId, EnrollmentTrack.Verified, SpringDeadline.Plus(Duration.FromMinutes(1)))],
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        var reason = decision.Single(ReasonCode.VerifiedTrackJoinedLate);
        reason.Severity.Should().Be(ReasonSeverity.Blocking);
        reason.RuleId.Should().Be("learner.verified-track");
        reason.Message.Should().Be("Joined the verified track of session calc-2013s at 2013-03-24 12:01 EDT America/New_York, after its deadline 2013-03-24 12:00 EDT America/New_York.");
        decision.NextSteps.Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_JoinedLateLaterSessionOpen_OutstandingWithJoinStep()
    {
        var decision = new ScenarioBuilder
        {
            Sessions = [Session(SessionId, new LocalDate(2013, 3, 4), new LocalDate(2013, 5, 12), SpringDeadline), Autumn2014],
            Enrollments = [new CourseEnrollment(SessionId, EnrollmentTrack.Verified, SpringDeadline.Plus(Duration.FromMinutes(1)))],
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Incomplete);
        var reason = decision.Single(ReasonCode.NotOnVerifiedTrack);
        reason.Severity.Should().Be(ReasonSeverity.Outstanding);
        reason.Message.Should().Be("Not enrolled on the verified track of calc; the next session's deadline to join is 2014-09-28 12:00 EDT America/New_York.");
        decision.HasReason(ReasonCode.VerifiedTrackJoinedLate).Should().BeFalse();
        var step = decision.Step(NextStepCode.JoinVerifiedTrack);
        step.Action.Should().Be("Join the verified track of session calc-2014f by 2014-09-28 12:00 EDT America/New_York.");
        step.Deadline.Should().Be(new LocalDate(2014, 9, 28));
        step.Cost.Should().Be(Money.Usd(49));
    }

    [Fact]
    public void Evaluate_FreeTrackNoSessionOpen_BlocksClosed()
    {
        var decision = new ScenarioBuilder { Enrollments = [new CourseEnrollment(SessionId, EnrollmentTrack.Free, At(2013, 3, 8, 14, 0))] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        var reason = decision.Single(ReasonCode.VerifiedTrackClosed);
        reason.Severity.Should().Be(ReasonSeverity.Blocking);
        reason.Message.Should().Be("Not enrolled on the verified track of calc in time; the last join deadline passed on 2013-03-24 12:00 EDT America/New_York and no later session is open.");
    }

    [Fact]
    public void Evaluate_JoinedAfterAsOf_IsIgnored()
    {
        var decision = new ScenarioBuilder
        {
            Sessions = [Session(SessionId, new LocalDate(2013, 3, 4), new LocalDate(2013, 5, 12), SpringDeadline), Autumn2014],
            Enrollments = [new CourseEnrollment("calc-2014f", EnrollmentTrack.Verified, At(2014, 7, 1, 9, 0))],
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Incomplete);
        decision.Single(ReasonCode.NotOnVerifiedTrack).Severity.Should().Be(ReasonSeverity.Outstanding);
    }

    [Fact]
    public void Evaluate_EnrolledOnAnotherCourse_DoesNotCount()
    {
        var decision = new ScenarioBuilder { Enrollments = [new CourseEnrollment(OtherSessionId, EnrollmentTrack.Verified, At(2013, 3, 8, 14, 0))] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        decision.HasReason(ReasonCode.VerifiedTrackClosed).Should().BeTrue();
    }
}
