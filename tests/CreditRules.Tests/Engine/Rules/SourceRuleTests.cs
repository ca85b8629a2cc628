using CreditRules.Tests.Fixtures;

namespace CreditRules.Tests.Engine.Rules;

public sealed partial class SourceRuleTests
{
    [Fact]
    public void Evaluate_EvaluatorNotAccepted_Blocks()
    {
        var decision = new ScenarioBuilder { AcceptedEvaluators = ["nccrs"] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        var reason = decision.Single(ReasonCode.EvaluatorNotAccepted);
        reason.Severity.Should().Be(ReasonSeverity.Blocking);
        reason.RuleId.Should().Be("institution.evaluator");
        reason.Message.Should().Be("The institution policy inst-2013 accepts recommendations from nccrs, not from ace.");
    }

    [Fact]
    public void Evaluate_NoPolicyForSelectionDate_Blocks()
    {
        var decision = new ScenarioBuilder { PolicyAppliesTo = new DateRange(new LocalDate(2015, 1, 1), new LocalDate(2015, 12, 31)) }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        decision.PolicyVersion.Should().BeNull();
        decision.Single(ReasonCode.NoPolicyInEffect).Message.Should().Be("Institution inst has no policy version for 2014-06-30.");
    }

    [Fact]
    public void Evaluate_ProgramEnrolmentDate_SelectsPolicy()
    {
        var decision = new ScenarioBuilder
        {
            PolicyAppliesTo = new DateRange(new LocalDate(2012, 1, 1), new LocalDate(2012, 12, 31)),
            ProgramEnrollments = [new ProgramEnrollment(ScenarioBuilder.InstitutionId, ScenarioBuilder.ProgramId, new LocalDate(2012, 9, 1))],
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.PolicyVersion.Should().Be(ScenarioBuilder.PolicyId);
    }

    [Fact]
    public void Evaluate_ProgramEnrolmentAfterAsOf_IsIgnored()
    {
        var decision = new ScenarioBuilder
        {
            PolicyAppliesTo = new DateRange(new LocalDate(2014, 7, 1), new LocalDate(2014, 12, 31)),
            ProgramEnrollments = [new ProgramEnrollment(ScenarioBuilder.InstitutionId, ScenarioBuilder.ProgramId, new LocalDate(2014, 7, 1))],
        }.Evaluate();

        decision.HasReason(ReasonCode.NoPolicyInEffect).Should().BeTrue();
    }
}
