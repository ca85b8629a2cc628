using CreditRules.Tests.Fixtures;

namespace CreditRules.Tests.Engine.Rules;

public sealed class CreditRuleTests
{
    [Fact]
    public void Evaluate_QuarterHourInstitutionWithFloor_ConvertsThenRoundsLimiting()
    {
        var decision = new ScenarioBuilder
        {
            InstitutionUnit = CreditUnit.QuarterHour,
            InstitutionZone = ScenarioBuilder.Chicago,
            Rounding = RoundingPolicy.FloorTo(1),
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.CreditsRecommended.Should().Be(CreditAmount.FromQuarterHours(4.5m));
        decision.CreditsGranted.Should().Be(CreditAmount.FromQuarterHours(4));
        decision.Rounding.Should().Be(RoundingPolicy.FloorTo(1));
        var converted = decision.Single(ReasonCode.CreditsConverted);
        converted.Severity.Should().Be(ReasonSeverity.Informational);
        converted.Message.Should().Be("3 SH converted to 4.5 QH (1 QH = 2/3 SH).");
        var rounded = decision.Single(ReasonCode.CreditsRounded);
        rounded.Severity.Should().Be(ReasonSeverity.Limiting);
        rounded.Message.Should().Be("4.5 QH recorded as 4 QH under Floor(1).");
    }

    [Fact]
    public void Evaluate_QuarterHourInstitutionExact_NoRoundingReason()
    {
        var decision = new ScenarioBuilder { InstitutionUnit = CreditUnit.QuarterHour }.Evaluate();

        decision.CreditsGranted.Should().Be(CreditAmount.FromQuarterHours(4.5m));
        decision.HasReason(ReasonCode.CreditsRounded).Should().BeFalse();
        decision.HasReason(ReasonCode.CreditsConverted).Should().BeTrue();
    }

    [Fact]
    public void Evaluate_RoundingUp_IsInformationalNotLimiting()
    {
        var decision = new ScenarioBuilder { InstitutionUnit = CreditUnit.QuarterHour, Rounding = RoundingPolicy.HalfUpTo(1) }.Evaluate();

        decision.CreditsGranted.Should().Be(CreditAmount.FromQuarterHours(5));
        var rounded = decision.Single(ReasonCode.CreditsRounded);
        rounded.Severity.Should().Be(ReasonSeverity.Informational);
        rounded.Message.Should().Be("4.5 QH recorded as 5 QH under HalfUp(1).");
    }

    [Fact]
    public void Evaluate_SemesterHourInstitution_NoConversion()
    {
        var decision = new ScenarioBuilder().Evaluate();

        decision.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
        decision.HasReason(ReasonCode.CreditsConverted).Should().BeFalse();
        decision.Single(ReasonCode.NotResidenceCredit).Message.Should().Be("Credit by evaluation never counts toward residency.");
    }

    [Fact]
    public void Evaluate_NotEligible_NoResidenceNote()
    {
        var decision = new ScenarioBuilder { AcceptedEvaluators = ["nccrs"] }.Evaluate();

        decision.HasReason(ReasonCode.NotResidenceCredit).Should().BeFalse();
    }
}
