using CreditRules.Tests.Support;

namespace CreditRules.Tests.Domain.Common;

/// <summary>
/// The supported range of dates (issue 13, item 2): the Domain refuses a date outside it with a precise
/// <see cref="ArgumentOutOfRangeException"/>, and the engine decides every claim inside it without throwing.
/// </summary>
public sealed class SupportedDatesTests
{
    [Fact]
    public void Contains_Boundaries_AreInclusive()
    {
        SupportedDates.Contains(new LocalDate(1900, 1, 1)).Should().BeTrue();
        SupportedDates.Contains(new LocalDate(1899, 12, 31)).Should().BeFalse();
        SupportedDates.Contains(new LocalDate(2999, 12, 31)).Should().BeTrue();
        SupportedDates.Contains(new LocalDate(3000, 1, 1)).Should().BeFalse();
        SupportedDates.Contains(Instant.FromUtc(1899, 12, 31, 0, 0)).Should().BeTrue();
        SupportedDates.Contains(Instant.FromUtc(1899, 12, 30, 23, 59, 59)).Should().BeFalse();
        SupportedDates.Contains(Instant.FromUtc(3000, 1, 1, 23, 59, 59)).Should().BeTrue();
        SupportedDates.Contains(Instant.FromUtc(3000, 1, 2, 0, 0)).Should().BeFalse("the end instant is excluded");
        SupportedDates.Description.Should().Be("1900-01-01 to 2999-12-31");
    }

    [Fact]
    public void ExamAttempt_FarFutureStart_ThrowsNamingFieldAndValue()
    {
        var act = () => new ExamAttempt("uci-precalculus", Instant.FromUtc(9999, 12, 30, 10, 0), HostSamples.NewYork, ExamOutcome.Passed, Score.Percent(80));

        var thrown = act.Should().Throw<ArgumentOutOfRangeException>().Which;
        thrown.ParamName.Should().Be("startedAt");
        thrown.ActualValue.Should().Be("9999-12-30T10:00:00Z");
        thrown.Message.Should().StartWith("The instant 9999-12-30T10:00:00Z is outside the supported range 1900-01-01 to 2999-12-31 (instants: 1899-12-31T00:00:00Z up to 3000-01-02T00:00:00Z).");
    }

    [Fact]
    public void EvaluationRequest_AsOfOutsideTheRange_ThrowsNamingFieldAndValue()
    {
        var act = () => HostSamples.AdaRequest(new LocalDate(9999, 12, 31));

        var thrown = act.Should().Throw<ArgumentOutOfRangeException>().Which;
        thrown.ParamName.Should().Be("asOf");
        thrown.Message.Should().StartWith("The date 9999-12-31 is outside the supported range 1900-01-01 to 2999-12-31.");
    }

    [Fact]
    public void CourseCompletion_YearZero_Throws()
    {
        var act = () => new CourseCompletion("uci-precalculus-2013s", CompletionStatus.Completed, new LocalDate(0, 5, 12));

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("recordedOn");
    }

    [Fact]
    public void ProgramOverride_OpenEndedRange_IsAcceptedUpToTheLastRangeBound()
    {
        var open = new DateRange(new LocalDate(2012, 10, 1), SupportedDates.MaxRangeBound);

        var accepted = new ProgramOverride("ace-refused", OverrideKind.Refuse, "Refuses ACE credit from October 2012 on.", appliesTo: open);
        var beyond = () => new ProgramOverride("ace-refused", OverrideKind.Refuse, "Refuses ACE credit.", appliesTo: new DateRange(new LocalDate(1899, 12, 31), open.End));

        accepted.AppliesTo.Should().Be(open);
        beyond.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("appliesTo");
    }

    [Theory]
    [InlineData(1900, 1, 1)]
    [InlineData(2999, 12, 30)]
    public void Evaluate_FactsAtTheEdgesOfTheRange_DecidesWithoutThrowing(int year, int month, int day)
    {
        // Every date of the learner's record sits at the edge; the as-of date is the last supported day.
        var examAt = new LocalDate(year, month, day).At(new LocalTime(10, 0)).InZoneStrictly(HostSamples.NewYork).ToInstant();
        var learner = new LearnerRecord(
            "edge",
            courseEnrollments: [new CourseEnrollment("uci-precalculus-2013s", EnrollmentTrack.Verified, examAt)],
            completions: [new CourseCompletion("uci-precalculus-2013s", CompletionStatus.Completed, new LocalDate(year, month, day))],
            examAttempts:
            [
                new ExamAttempt("uci-precalculus", examAt, HostSamples.NewYork, ExamOutcome.Failed, Score.Percent(40)),
                new ExamAttempt("uci-precalculus", examAt, HostSamples.NewYork, ExamOutcome.Passed, Score.Percent(90)),
            ]);
        var evaluator = new EligibilityEvaluator(HostSamples.Catalog, HostSamples.Policies);

        var decisions = new[] { SupportedDates.MaxDate, new LocalDate(year, month, day) }
            .Select(asOf => evaluator.Evaluate(new EvaluationRequest(learner, "uci-precalculus", "eastern-state", "aa-general", asOf)))
            .ToArray();

        decisions.Should().OnlyContain(d => Enum.IsDefined(d.Outcome));
    }
}
