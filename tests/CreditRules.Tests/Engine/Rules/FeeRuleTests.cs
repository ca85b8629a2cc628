using CreditRules.Tests.Fixtures;
using static CreditRules.Tests.Fixtures.ScenarioBuilder;

namespace CreditRules.Tests.Engine.Rules;

public sealed partial class FeeRuleTests
{
    private static readonly FeeObligation TrackPaid = Paid(FeeKind.VerifiedTrack, 49, new LocalDate(2013, 3, 10));

    [Fact]
    public void Evaluate_AllPaid_NoFeeReason()
    {
        var decision = new ScenarioBuilder().Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.Reasons.Should().NotContain(r => r.Code.Family == "fee");
    }

    [Fact]
    public void Evaluate_Waived_InformationalAndEligible()
    {
        var waived = new FeeObligation(CourseId, FeeKind.ProctoredExam, Money.Usd(90), FeeStatus.Waived, new LocalDate(2013, 5, 1), "financial aid");

        var decision = new ScenarioBuilder { Fees = [TrackPaid, waived] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        var reason = decision.Single(ReasonCode.FeeWaived);
        reason.Severity.Should().Be(ReasonSeverity.Informational);
        reason.Message.Should().Be("The ProctoredExam fee of USD 90.00 was waived: financial aid.");
    }

    [Fact]
    public void Evaluate_Unpaid_OutstandingWithPayStepAndCost()
    {
        var decision = new ScenarioBuilder { Fees = [TrackPaid, Unpaid(FeeKind.ProctoredExam, 90)] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Incomplete);
        var reason = decision.Single(ReasonCode.FeeUnpaid);
        reason.Severity.Should().Be(ReasonSeverity.Outstanding);
        reason.Message.Should().Be("The ProctoredExam fee of USD 90.00 is unpaid.");
        var step = decision.Step(NextStepCode.PayFee);
        step.Action.Should().Be("Pay the USD 90.00 exam fee.");
        step.Cost.Should().Be(Money.Usd(90));
        step.Deadline.Should().Be(new LocalDate(2016, 1, 31));
    }

    [Theory]
    [InlineData(FeeStatus.Refunded)]
    [InlineData(FeeStatus.PartiallyRefunded)]
    public void Evaluate_Refunded_Blocks(FeeStatus status)
    {
        var refunded = new FeeObligation(CourseId, FeeKind.ProctoredExam, Money.Usd(90), status, new LocalDate(2013, 6, 1));

        var decision = new ScenarioBuilder { Fees = [TrackPaid, refunded] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        var reason = decision.Single(ReasonCode.FeeRefunded);
        reason.Severity.Should().Be(ReasonSeverity.Blocking);
        reason.Message.Should().Be("The ProctoredExam fee of USD 90.00 was " + status + " on 2013-06-01; a refunded fee does not count.");
    }

    [Fact]
    public void Evaluate_PaidAfterAsOf_CountsAsUnpaid()
    {
        var decision = new ScenarioBuilder { Fees = [TrackPaid, Paid(FeeKind.ProctoredExam, 90, new LocalDate(2014, 7, 1))] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Incomplete);
        var reason = decision.Single(ReasonCode.FeeUnpaid);
        reason.Message.Should().Be("The ProctoredExam fee of USD 90.00 is unpaid.");
        reason.GetArgumentOrNull("Amount").Should().Be("USD 90.00");
        reason.TryGetValue<Money>("Amount", out var amount).Should().BeTrue();
        amount.Should().Be(Money.Usd(90));
    }

    [Fact]
    public void Evaluate_PaidOnAsOf_Counts()
    {
        var decision = new ScenarioBuilder { Fees = [TrackPaid, Paid(FeeKind.ProctoredExam, 90, new LocalDate(2014, 6, 30))] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
    }

    [Fact]
    public void Evaluate_PolicyDoesNotRequireFees_UnpaidIgnored()
    {
        var decision = new ScenarioBuilder { RequireProviderFees = false, Fees = [Unpaid(FeeKind.ProctoredExam, 90)] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.HasReason(ReasonCode.FeeUnpaid).Should().BeFalse();
    }

    [Fact]
    public void Evaluate_UnpaidFeeOfAnotherCourse_Ignored()
    {
        var decision = new ScenarioBuilder { Fees = [TrackPaid, Unpaid(FeeKind.ProctoredExam, 90, OtherCourseId)] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
    }
}
