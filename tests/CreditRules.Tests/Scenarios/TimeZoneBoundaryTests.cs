using CreditRules.Tests.Fixtures;
using static CreditRules.Tests.Fixtures.ScenarioBuilder;

namespace CreditRules.Tests.Scenarios;

/// <summary>
/// An exam at 23:30 on 2014-01-31 in Los Angeles is 02:30 on 2014-02-01 in New York. Version 1 of the exhibit ends on
/// 2014-01-31, so the zone that fixes the qualifying date decides which version (if any) applies.
/// </summary>
public sealed class TimeZoneBoundaryTests
{
    private static readonly Instant LateInLosAngeles = At(2014, 1, 31, 23, 30, LosAngeles);
    private static readonly RecommendationVersion V1 = Version(1, new LocalDate(2013, 2, 1), new LocalDate(2014, 1, 31), Line(3));
    private static readonly RecommendationVersion V2 = Version(2, new LocalDate(2014, 2, 1), new LocalDate(2017, 1, 31), Line(4));

    public static TheoryData<QualifyingDateZone, LocalDate, int, string> Zones => new()
    {
        { QualifyingDateZone.Evaluator, new LocalDate(2014, 2, 1), 2, "America/New_York" },     // ACE's reference zone: already 1 Feb
        { QualifyingDateZone.Candidate, new LocalDate(2014, 1, 31), 1, "America/Los_Angeles" }, // the candidate's own evening: v1's last day
        { QualifyingDateZone.Institution, new LocalDate(2014, 2, 1), 2, "America/Chicago" },    // 01:30 in Chicago
    };

    [Theory]
    [MemberData(nameof(Zones))]
    public void Evaluate_ExamNearMidnight_ZoneSourceDecidesVersion(QualifyingDateZone source, LocalDate expectedDate, int expectedVersion, string expectedZone)
    {
        var decision = new ScenarioBuilder
        {
            InstitutionZone = Chicago,
            QualifyingDateZone = source,
            Versions = [V1, V2],
            Exams = [Passed(80, LateInLosAngeles, LosAngeles)],
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.QualifyingDate.Should().Be(expectedDate);
        decision.RecommendationVersion.Should().Be(expectedVersion);
        decision.QualifyingZone.Id.Should().Be(expectedZone);
        decision.QualifyingZoneSource.Should().Be(source);
    }

    [Fact]
    public void Evaluate_EvaluatorZoneOnLastDayOfOnlyVersion_NextDayIsOutsideVersion()
    {
        var decision = new ScenarioBuilder { Versions = [V1], Exams = [Passed(80, LateInLosAngeles, LosAngeles)] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
        decision.Single(ReasonCode.RecommendationNotInEffect).Message
            .Should().Be("Exhibit ACE-CALC has no version covering the qualifying date 2014-02-01; the last version ended on 2014-01-31.");
    }

    [Fact]
    public void Evaluate_CandidateZoneOnLastDayOfOnlyVersion_SameDayIsInside()
    {
        var decision = new ScenarioBuilder
        {
            QualifyingDateZone = QualifyingDateZone.Candidate,
            Versions = [V1],
            Exams = [Passed(80, LateInLosAngeles, LosAngeles)],
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.QualifyingDate.Should().Be(new LocalDate(2014, 1, 31));
        decision.RecommendationVersion.Should().Be(1);
    }

    public static TheoryData<Instant, QualifyingDateZone, LocalDate> DaylightSaving => new()
    {
        { Instant.FromUtc(2013, 3, 10, 4, 30), QualifyingDateZone.Evaluator, new LocalDate(2013, 3, 9) },   // night before spring-forward: EST (-5), 23:30 on the 9th
        { Instant.FromUtc(2013, 3, 10, 7, 30), QualifyingDateZone.Evaluator, new LocalDate(2013, 3, 10) },  // 03:30 EDT, just after the gap
        { Instant.FromUtc(2013, 11, 3, 4, 30), QualifyingDateZone.Evaluator, new LocalDate(2013, 11, 3) },  // night of fall-back: still EDT (-4), 00:30 on the 3rd
        { Instant.FromUtc(2013, 11, 3, 6, 30), QualifyingDateZone.Evaluator, new LocalDate(2013, 11, 3) },  // 01:30 EST, the repeated hour
        { Instant.FromUtc(2013, 11, 3, 6, 30), QualifyingDateZone.Candidate, new LocalDate(2013, 11, 2) },  // same instant is 23:30 PDT in Los Angeles, not yet fallen back
    };

    [Theory]
    [MemberData(nameof(DaylightSaving))]
    public void Evaluate_ExamAcrossDaylightSavingChange_DateFromZoneRules(Instant startedAt, QualifyingDateZone source, LocalDate expected)
    {
        var decision = new ScenarioBuilder
        {
            QualifyingDateZone = source,
            Exams = [Passed(80, startedAt, LosAngeles)],
        }.Evaluate();

        decision.QualifyingDate.Should().Be(expected);
    }

    [Fact]
    public void Evaluate_DaylightSavingDecidesVersion_SpringForwardNight()
    {
        // 04:30 UTC on 10 March 2013 is 23:30 EST on the 9th; a fixed EDT offset would wrongly say 00:30 on the 10th.
        var decision = new ScenarioBuilder
        {
            Versions =
            [
                Version(1, new LocalDate(2013, 2, 1), new LocalDate(2013, 3, 9), Line(3)),
                Version(2, new LocalDate(2013, 3, 10), new LocalDate(2016, 3, 9), Line(4)),
            ],
            Exams = [Passed(80, Instant.FromUtc(2013, 3, 10, 4, 30), NewYork)],
        }.Evaluate();

        decision.RecommendationVersion.Should().Be(1);
        decision.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
    }

    public static TheoryData<QualifyingDateZone, bool> AsOfBoundary => new()
    {
        { QualifyingDateZone.Evaluator, false },   // 2014-07-01 in New York: after the as-of date, ignored
        { QualifyingDateZone.Candidate, true },    // 2014-06-30 in Los Angeles: on the as-of date, counts
    };

    [Theory]
    [MemberData(nameof(AsOfBoundary))]
    public void Evaluate_ExamLateOnAsOfDate_ZoneDecidesWhetherItIsKnown(QualifyingDateZone source, bool counts)
    {
        var decision = new ScenarioBuilder
        {
            QualifyingDateZone = source,
            Exams = [Passed(80, At(2014, 6, 30, 23, 30, LosAngeles), LosAngeles)],
        }.Evaluate();

        decision.Outcome.Should().Be(counts ? DecisionOutcome.Eligible : DecisionOutcome.Incomplete);
        decision.HasReason(ReasonCode.ExamNotTaken).Should().Be(!counts);
    }
}
