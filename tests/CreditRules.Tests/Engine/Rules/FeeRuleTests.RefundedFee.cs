using CreditRules.Tests.Fixtures;
using static CreditRules.Tests.Fixtures.ScenarioBuilder;

namespace CreditRules.Tests.Engine.Rules;

/// <summary>The refunded-fee policy setting: Blocking (the default) or Outstanding with a next step to pay again, institution or program scope.</summary>
public sealed partial class FeeRuleTests
{
    private static ScenarioBuilder Refunded(FeeStatus status, RefundedFeeTreatment treatment, ProgramSettings? settings = null) => new()
    {
        Fees = [TrackPaid, new FeeObligation(CourseId, FeeKind.ProctoredExam, Money.Usd(90), status, new LocalDate(2013, 6, 1))],
        RefundedFee = treatment,
        ProgramSettings = settings,
    };

    [Theory]
    [InlineData(FeeStatus.Refunded, "refunded")]
    [InlineData(FeeStatus.PartiallyRefunded, "partly refunded")]
    public void Evaluate_RefundedUnderOutstanding_IncompleteWithPayAgainStep(FeeStatus status, string how)
    {
        var decision = Refunded(status, RefundedFeeTreatment.Outstanding).Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Incomplete);
        decision.HasReason(ReasonCode.FeeRefunded).Should().BeFalse();
        var reason = decision.Single(ReasonCode.FeeRefundedPayAgain);
        reason.Severity.Should().Be(ReasonSeverity.Outstanding);
        reason.Message.Should().Be("The ProctoredExam fee of USD 90.00 was " + status + " on 2013-06-01; the institution policy inst-2013 counts a refunded fee as unpaid, so it must be paid again.");
        var step = decision.Step(NextStepCode.PayFee);
        step.Action.Should().Be("Pay the USD 90.00 exam fee again: the payment was " + how + " on 2013-06-01.");
        step.Cost.Should().Be(Money.Usd(90));
        step.Deadline.Should().Be(new LocalDate(2016, 1, 31), "the route's current version ends then");
        decision.Settings.Single(s => s.Setting == PolicySetting.RefundedFee).Scope.Should().Be(SettingScope.InstitutionPolicy);
    }

    [Fact]
    public void Evaluate_RefundedUnderTheDefault_BlocksAndListsNoSetting()
    {
        var decision = Refunded(FeeStatus.Refunded, RefundedFeeTreatment.Blocking).Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        decision.HasReason(ReasonCode.FeeRefunded).Should().BeTrue();
        decision.HasReason(ReasonCode.FeeRefundedPayAgain).Should().BeFalse();
        decision.Settings.Should().NotContain(s => s.Setting == PolicySetting.RefundedFee, "the default is not listed unless a program states it");
    }

    [Fact]
    public void Evaluate_ProgramStatesBlockingOverAnOutstandingInstitution_BlocksNamingTheProgram()
    {
        var decision = Refunded(FeeStatus.Refunded, RefundedFeeTreatment.Outstanding, new ProgramSettings(refundedFee: RefundedFeeTreatment.Blocking)).Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        decision.HasReason(ReasonCode.FeeRefunded).Should().BeTrue();
        var setting = decision.Settings.Single(s => s.Setting == PolicySetting.RefundedFee);
        setting.Scope.Should().Be(SettingScope.Program);
        setting.TryGetValue<RefundedFeeTreatment>(out var treatment).Should().BeTrue();
        treatment.Should().Be(RefundedFeeTreatment.Blocking);
    }

    [Fact]
    public void Evaluate_ProgramStatesOutstanding_InheritsNothingElseAndAsksToPayAgain()
    {
        var decision = Refunded(FeeStatus.PartiallyRefunded, RefundedFeeTreatment.Blocking, new ProgramSettings(refundedFee: RefundedFeeTreatment.Outstanding)).Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Incomplete);
        decision.HasReason(ReasonCode.FeeRefundedPayAgain).Should().BeTrue();
        decision.Settings.Single(s => s.Setting == PolicySetting.RefundedFee).Scope.Should().Be(SettingScope.Program);
    }

    [Fact]
    public void Evaluate_RefundRecordedAfterAsOf_StillPaidThen()
    {
        var builder = Refunded(FeeStatus.Refunded, RefundedFeeTreatment.Outstanding);
        builder.AsOf = new LocalDate(2013, 5, 31);   // the day before the refund: the fee is unpaid then (its state is not known yet)

        var decision = builder.Evaluate();

        decision.HasReason(ReasonCode.FeeRefundedPayAgain).Should().BeFalse();
    }
}
