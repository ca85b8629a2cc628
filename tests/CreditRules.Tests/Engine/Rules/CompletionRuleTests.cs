using CreditRules.Tests.Fixtures;
using static CreditRules.Tests.Fixtures.ScenarioBuilder;

namespace CreditRules.Tests.Engine.Rules;

public sealed class CompletionRuleTests
{
    [Fact]
    public void Evaluate_NoCompletion_OutstandingWithCompleteStep()
    {
        var decision = new ScenarioBuilder { Completions = [] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Incomplete);
        var reason = decision.Single(ReasonCode.CourseNotCompleted);
        reason.Severity.Should().Be(ReasonSeverity.Outstanding);
        reason.Message.Should().Be("Course calc is not completed (latest status: no record).");
        var step = decision.Step(NextStepCode.CompleteCourse);
        step.Action.Should().Be("Complete Calculus.");
        step.Deadline.Should().Be(new LocalDate(2016, 1, 31));   // the route ends with the version
    }

    [Fact]
    public void Evaluate_InProgress_DeadlineIsSessionEnd()
    {
        var decision = new ScenarioBuilder
        {
            AsOf = new LocalDate(2013, 4, 15),
            Completions = [new CourseCompletion(SessionId, CompletionStatus.InProgress, new LocalDate(2013, 4, 1))],
        }.Evaluate();

        decision.Single(ReasonCode.CourseNotCompleted).Message.Should().Be("Course calc is not completed (latest status: InProgress).");
        decision.Step(NextStepCode.CompleteCourse).Deadline.Should().Be(new LocalDate(2013, 5, 12));
    }

    [Fact]
    public void Evaluate_FailedThenCompleted_Counts()
    {
        var decision = new ScenarioBuilder
        {
            Completions =
            [
                new CourseCompletion(SessionId, CompletionStatus.Failed, new LocalDate(2013, 5, 12)),
                new CourseCompletion(SessionId, CompletionStatus.Completed, new LocalDate(2013, 5, 13)),
            ],
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
    }

    [Theory]
    [InlineData(CompletionStatus.Failed)]
    [InlineData(CompletionStatus.Withdrew)]
    public void Evaluate_NotCompleted_ReportsLatestStatus(CompletionStatus status)
    {
        var decision = new ScenarioBuilder { Completions = [new CourseCompletion(SessionId, status, new LocalDate(2013, 5, 12))] }.Evaluate();

        decision.Single(ReasonCode.CourseNotCompleted).Message.Should().Be("Course calc is not completed (latest status: " + status + ").");
    }

    [Fact]
    public void Evaluate_CompletedAfterAsOf_IsIgnored()
    {
        var decision = new ScenarioBuilder { Completions = [new CourseCompletion(SessionId, CompletionStatus.Completed, new LocalDate(2014, 7, 1))] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Incomplete);
        decision.Single(ReasonCode.CourseNotCompleted).Message.Should().Be("Course calc is not completed (latest status: no record).");
    }

    [Fact]
    public void Evaluate_CompletedAnotherCourse_DoesNotCount()
    {
        var decision = new ScenarioBuilder { Completions = [new CourseCompletion(OtherSessionId, CompletionStatus.Completed, new LocalDate(2013, 5, 12))] }.Evaluate();

        decision.HasReason(ReasonCode.CourseNotCompleted).Should().BeTrue();
    }
}
