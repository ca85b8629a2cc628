using CreditRules.Tests.Fixtures;
using static CreditRules.Tests.Fixtures.ScenarioBuilder;

namespace CreditRules.Tests.Engine.Rules;

public sealed partial class RecencyRuleTests
{
    private static ScenarioBuilder QualifiedOnLeapDay(RecencyWindow window) => new()
    {
        Versions = [Version(1, new LocalDate(2012, 1, 1), new LocalDate(2014, 12, 31), Line(3))],
        Exams = [Passed(80, At(2012, 2, 29, 10, 0))],
        Recency = window,
    };

    public static TheoryData<LocalDate, bool> EnrolmentDates => new()
    {
        { new LocalDate(2013, 2, 28), true },    // 2012-02-29 + P1Y = 2013-02-28: still recent (inclusive)
        { new LocalDate(2013, 3, 1), false },    // the day after: expired
    };

    [Theory]
    [MemberData(nameof(EnrolmentDates))]
    public void Evaluate_LeapDayPlusOneYear_AnchoredOnProgramEnrolment(LocalDate enrolledOn, bool recent)
    {
        var builder = QualifiedOnLeapDay(new RecencyWindow(Period.FromYears(1), RecencyAnchor.ProgramEnrollmentDate));
        builder.ProgramEnrollments = [new ProgramEnrollment(InstitutionId, ProgramId, enrolledOn)];

        var decision = builder.Evaluate();

        decision.Recency!.LastRecentDate.Should().Be(new LocalDate(2013, 2, 28));
        decision.Recency.AnchorDate.Should().Be(enrolledOn);
        decision.Recency.AnchoredOnEnrollment.Should().BeTrue();
        decision.Recency.IsRecent.Should().Be(recent);
        decision.AttemptDates.Should().ContainSingle().Which.Date.Should().Be(new LocalDate(2012, 2, 29));
        if (recent)
        {
            decision.Outcome.Should().Be(DecisionOutcome.Eligible);
            decision.HasReason(ReasonCode.RecencyExpired).Should().BeFalse();
        }
        else
        {
            decision.Outcome.Should().Be(DecisionOutcome.NotEligible);
            var reason = decision.Single(ReasonCode.RecencyExpired);
            reason.Severity.Should().Be(ReasonSeverity.Blocking);
            reason.Message.Should().Be("Qualified on 2012-02-29; credit counts only until 2013-02-28 (P1Y to the program enrolment date 2013-03-01).");
            reason.TryGetValue<LocalDate>("QualifyingDate", out var qualified).Should().BeTrue();
            qualified.Should().Be(new LocalDate(2012, 2, 29));
            reason.TryGetValue<LocalDate>("LastDate", out var last).Should().BeTrue();
            last.Should().Be(new LocalDate(2013, 2, 28));
            reason.TryGetValue<LocalDate>("AnchorDate", out var anchor).Should().BeTrue();
            anchor.Should().Be(new LocalDate(2013, 3, 1));
            reason.TryGetValue<string>("LastDate", out _).Should().BeFalse("a typed value is read as its own type only");
        }
    }

    public static TheoryData<LocalDate, bool> AsOfDates => new()
    {
        { new LocalDate(2017, 2, 28), true },    // 2012-02-29 + P5Y = 2017-02-28
        { new LocalDate(2017, 3, 1), false },    // the day after
    };

    [Theory]
    [MemberData(nameof(AsOfDates))]
    public void Evaluate_AnchoredOnAsOfDate(LocalDate asOf, bool recent)
    {
        var builder = QualifiedOnLeapDay(new RecencyWindow(Period.FromYears(5), RecencyAnchor.AsOfDate));
        builder.AsOf = asOf;

        var decision = builder.Evaluate();

        decision.HasReason(ReasonCode.RecencyExpired).Should().Be(!recent);
        if (!recent)
        {
            decision.Single(ReasonCode.RecencyExpired).Message.Should().Be("Qualified on 2012-02-29; credit counts only until 2017-02-28 (P5Y to the as-of date 2017-03-01).");
        }
    }

    [Fact]
    public void Evaluate_ProgramAnchorWithoutEnrolment_FallsBackToAsOfAndSaysSo()
    {
        var decision = QualifiedOnLeapDay(new RecencyWindow(Period.FromYears(1), RecencyAnchor.ProgramEnrollmentDate)).Evaluate();

        decision.Single(ReasonCode.RecencyExpired).Message.Should().Be("Qualified on 2012-02-29; credit counts only until 2013-02-28 (P1Y to the as-of date 2014-06-30).");
    }

    [Fact]
    public void Evaluate_NoQualifyingDate_RecencySkipped()
    {
        var decision = new ScenarioBuilder { Recency = new RecencyWindow(Period.FromYears(1), RecencyAnchor.AsOfDate), Exams = [] }.Evaluate();

        decision.HasReason(ReasonCode.RecencyExpired).Should().BeFalse();
        decision.Trace.Single(t => t.RuleId == "institution.recency").Outcome.Should().Be(RuleOutcome.Skipped);
    }
}
