using CreditRules.Tests.Fixtures;
using static CreditRules.Tests.Fixtures.ScenarioBuilder;

namespace CreditRules.Tests.Engine.Rules;

public sealed class VersionRuleTests
{
    private static readonly RecommendationVersion V1 = Version(1, new LocalDate(2013, 2, 1), new LocalDate(2014, 1, 31), Line(3));
    private static readonly RecommendationVersion V2 = Version(2, new LocalDate(2014, 2, 1), new LocalDate(2017, 1, 31), Line(4));

    public static TheoryData<LocalDate, int, decimal> QualifyingDates => new()
    {
        { new LocalDate(2013, 2, 1), 1, 3m },    // first day of v1
        { new LocalDate(2014, 1, 31), 1, 3m },   // last day of v1: the end is inclusive
        { new LocalDate(2014, 2, 1), 2, 4m },    // first day of v2
    };

    [Theory]
    [MemberData(nameof(QualifyingDates))]
    public void Evaluate_QualifyingDateOnVersionBoundary_UsesCoveringVersion(LocalDate examDate, int version, decimal credits)
    {
        var decision = new ScenarioBuilder
        {
            Versions = [V1, V2],
            Exams = [Passed(80, At(examDate.Year, examDate.Month, examDate.Day, 10, 0))],
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.RecommendationVersion.Should().Be(version);
        decision.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(credits));
    }

    [Fact]
    public void Evaluate_QualifiedDayAfterLastVersion_BlocksNotInEffect()
    {
        var decision = new ScenarioBuilder { Versions = [V1], Exams = [Passed(80, At(2014, 2, 1, 10, 0))] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        decision.RecommendationVersion.Should().BeNull();
        var reason = decision.Single(ReasonCode.RecommendationNotInEffect);
        reason.Severity.Should().Be(ReasonSeverity.Blocking);
        reason.Message.Should().Be("Exhibit ACE-CALC has no version covering the qualifying date 2014-02-01; the last version ended on 2014-01-31.");
    }

    [Fact]
    public void Evaluate_QualifiedBeforeFirstVersion_BlocksNotInEffect()
    {
        var decision = new ScenarioBuilder { Versions = [V1], Exams = [Passed(80, At(2013, 1, 31, 10, 0))] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        decision.Single(ReasonCode.RecommendationNotInEffect).Message
            .Should().Be("Exhibit ACE-CALC has no version covering the qualifying date 2013-01-31; the first version starts on 2013-02-01.");
    }

    [Fact]
    public void Evaluate_QualifiedInGapBetweenVersions_BlocksNamingBoth()
    {
        var late = Version(2, new LocalDate(2014, 3, 1), new LocalDate(2017, 1, 31), Line(4));

        var decision = new ScenarioBuilder { Versions = [V1, late], Exams = [Passed(80, At(2014, 2, 15, 10, 0))] }.Evaluate();

        decision.Single(ReasonCode.RecommendationNotInEffect).Message
            .Should().Be("Exhibit ACE-CALC has no version covering the qualifying date 2014-02-15; it falls in the gap between version 1 (ended 2014-01-31) and version 2 (starts 2014-03-01).");
    }

    [Fact]
    public void Evaluate_AsOfAfterEveryVersionWithoutPass_BlocksExpired()
    {
        var decision = new ScenarioBuilder { AsOf = new LocalDate(2016, 2, 1), Exams = [] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        var reason = decision.Single(ReasonCode.RecommendationExpired);
        reason.Severity.Should().Be(ReasonSeverity.Blocking);
        reason.Message.Should().Be("Exhibit ACE-CALC has no version in effect on or after 2016-02-01; the last ended on 2016-01-31.");
        decision.NextSteps.Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_AsOfOnLastDayWithoutPass_StillObtainable()
    {
        var decision = new ScenarioBuilder { AsOf = new LocalDate(2016, 1, 31), Exams = [] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Incomplete);
        decision.HasReason(ReasonCode.RecommendationExpired).Should().BeFalse();
        decision.RecommendationVersion.Should().Be(1);
        decision.Step(NextStepCode.TakeProctoredExam).Deadline.Should().Be(new LocalDate(2016, 1, 31));
    }

    [Fact]
    public void Evaluate_CourseWithoutRecommendation_BlocksNoRecommendation()
    {
        var decision = new ScenarioBuilder { HasRecommendation = false }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        decision.ExhibitId.Should().BeNull();
        decision.Single(ReasonCode.NoRecommendation).Message.Should().Be("Course calc carries no credit recommendation.");
    }
}
