using CreditRules.Tests.Fixtures;
using static CreditRules.Tests.Fixtures.ScenarioBuilder;

namespace CreditRules.Tests.Engine.Rules;

public sealed class LevelRuleTests
{
    private static readonly DateRange V1 = new(new LocalDate(2013, 2, 1), new LocalDate(2016, 1, 31));

    [Fact]
    public void Evaluate_AlternativeLevels_ChoosesHighestAccepted()
    {
        var decision = new ScenarioBuilder
        {
            Versions = [Version(1, V1.Start, V1.End, Line(3, CreditLevel.VocationalCertificate, CreditLevel.LowerDivision, CreditLevel.UpperDivision))],
            AcceptedLevels = [CreditLevel.VocationalCertificate, CreditLevel.LowerDivision],
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        var reason = decision.Single(ReasonCode.AlternativeLevelUsed);
        reason.Severity.Should().Be(ReasonSeverity.Informational);
        reason.Message.Should().Be("The line 3 SH VocationalCertificate or LowerDivision or UpperDivision in mathematics is granted at LowerDivision, an alternative level.");
    }

    [Fact]
    public void Evaluate_FirstLevelIsHighestAccepted_NoAlternativeReason()
    {
        var decision = new ScenarioBuilder
        {
            Versions = [Version(1, V1.Start, V1.End, Line(3, CreditLevel.LowerDivision, CreditLevel.UpperDivision))],
            AcceptedLevels = [CreditLevel.LowerDivision],
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.HasReason(ReasonCode.AlternativeLevelUsed).Should().BeFalse();
    }

    [Fact]
    public void Evaluate_MultiLineVersionWithOneRefusedLine_LimitingAndPartialCredit()
    {
        var decision = new ScenarioBuilder
        {
            Versions = [Version(1, V1.Start, V1.End, Line(2, CreditLevel.LowerDivision, CreditLevel.UpperDivision), Line(1, CreditLevel.UpperDivision))],
            AcceptedLevels = [CreditLevel.LowerDivision],
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        var reason = decision.Single(ReasonCode.LineNotAccepted);
        reason.Severity.Should().Be(ReasonSeverity.Limiting);
        reason.Message.Should().Be("The line 1 SH UpperDivision in mathematics is not granted: none of its levels is accepted (LowerDivision).");
        decision.CreditsRecommended.Should().Be(CreditAmount.FromSemesterHours(3));
        decision.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(2));
    }

    [Fact]
    public void Evaluate_NoLevelAccepted_Blocks()
    {
        var decision = new ScenarioBuilder { AcceptedLevels = [CreditLevel.UpperDivision, CreditLevel.Graduate] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        var reason = decision.Single(ReasonCode.LevelNotAccepted);
        reason.Severity.Should().Be(ReasonSeverity.Blocking);
        reason.RuleId.Should().Be("institution.level");
        reason.Message.Should().Be("None of the levels LowerDivision of version 1 is accepted; accepted: UpperDivision, Graduate.");
        decision.CreditsGranted.Should().Be(CreditAmount.Zero(CreditUnit.SemesterHour));
    }

    [Fact]
    public void Evaluate_NoLevelAcceptedOnMultiLineVersion_BlocksListingEveryLevel()
    {
        var decision = new ScenarioBuilder
        {
            Versions = [Version(1, V1.Start, V1.End, Line(2, CreditLevel.LowerDivision), Line(1, CreditLevel.UpperDivision))],
            AcceptedLevels = [CreditLevel.VocationalCertificate],
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        decision.Single(ReasonCode.LevelNotAccepted).Message.Should().Be("None of the levels LowerDivision, UpperDivision of version 1 is accepted; accepted: VocationalCertificate.");
        decision.HasReason(ReasonCode.LineNotAccepted).Should().BeFalse("LevelNotAccepted already explains that no line is granted");
    }
}
