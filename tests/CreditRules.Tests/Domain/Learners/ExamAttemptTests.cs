using CreditRules.Tests.Fixtures;

namespace CreditRules.Tests.Domain.Learners;

public sealed class ExamAttemptTests
{
    private static readonly Instant LateEvening = ScenarioBuilder.At(2013, 5, 31, 23, 30, ScenarioBuilder.LosAngeles);

    [Fact]
    public void Constructor_MissingZone_ThrowsExplainingWhy()
    {
        var act = () => new ExamAttempt("calc", LateEvening, null!, ExamOutcome.Passed, Score.Percent(80));

        act.Should().Throw<ArgumentNullException>().WithParameterName("candidateZone")
            .WithMessage("An exam attempt needs the candidate's time zone to fix its local date. (Parameter 'candidateZone')");
    }

    [Theory]
    [InlineData(ExamOutcome.Passed)]
    [InlineData(ExamOutcome.Failed)]
    public void Constructor_ScoredOutcomeWithoutScore_ThrowsNamingScore(ExamOutcome outcome)
    {
        var act = () => new ExamAttempt("calc", LateEvening, ScenarioBuilder.LosAngeles, outcome, null);

        act.Should().Throw<ArgumentException>().WithParameterName("score")
            .WithMessage("A " + outcome + " exam attempt needs a score. (Parameter 'score')");
    }

    [Fact]
    public void Constructor_PendingWithoutScore_IsAllowed()
    {
        var attempt = new ExamAttempt("calc", LateEvening, ScenarioBuilder.LosAngeles, ExamOutcome.Pending, null);

        attempt.Score.Should().BeNull();
        attempt.Proctoring.Should().Be(ProctoringMode.LiveOnline);
        attempt.IdCheck.Should().Be(IdCheckResult.Passed);
        attempt.Integrity.Should().Be(IntegrityReview.Clean);
    }

    [Fact]
    public void Constructor_DefaultScore_ThrowsNamingScore()
    {
        var act = () => new ExamAttempt("calc", LateEvening, ScenarioBuilder.LosAngeles, ExamOutcome.Passed, default(Score));

        act.Should().Throw<ArgumentException>().WithParameterName("score")
            .WithMessage("The score has no scale. (Parameter 'score')");
    }

    [Fact]
    public void Constructor_InvalidatedWithoutKind_ThrowsNamingInvalidation()
    {
        var act = () => new ExamAttempt("calc", LateEvening, ScenarioBuilder.LosAngeles, ExamOutcome.Passed, Score.Percent(80), integrity: IntegrityReview.Invalidated);

        act.Should().Throw<ArgumentException>().WithParameterName("invalidation")
            .WithMessage("An invalidated attempt must say why (Administrative or IntegrityViolation). (Parameter 'invalidation')");
    }

    [Fact]
    public void Constructor_KindWithoutInvalidation_ThrowsNamingMismatch()
    {
        var act = () => new ExamAttempt("calc", LateEvening, ScenarioBuilder.LosAngeles, ExamOutcome.Passed, Score.Percent(80), invalidation: InvalidationKind.Administrative);

        act.Should().Throw<ArgumentException>().WithParameterName("invalidation")
            .WithMessage("Only an invalidated attempt has an invalidation kind; integrity is Clean, got Administrative. (Parameter 'invalidation')");
    }

    [Fact]
    public void Constructor_UndefinedOutcome_ThrowsNamingOutcome()
    {
        var act = () => new ExamAttempt("calc", LateEvening, ScenarioBuilder.LosAngeles, (ExamOutcome)9, Score.Percent(80));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("outcome")
            .WithMessage("Value is not a defined ExamOutcome. (Parameter 'outcome')*Actual value was 9.");
    }

    [Fact]
    public void Constructor_BlankCourse_ThrowsNamingCourse()
    {
        var act = () => new ExamAttempt(" ", LateEvening, ScenarioBuilder.LosAngeles, ExamOutcome.Passed, Score.Percent(80));

        act.Should().Throw<ArgumentException>().WithParameterName("courseId")
            .WithMessage("Value must not be empty or white space; got ' '. (Parameter 'courseId')");
    }

    public static TheoryData<DateTimeZone, LocalDate> Dates => new()
    {
        { ScenarioBuilder.LosAngeles, new LocalDate(2013, 5, 31) },   // the candidate's own evening
        { ScenarioBuilder.NewYork, new LocalDate(2013, 6, 1) },       // 02:30 the next morning in New York
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void DateIn_NearMidnight_DependsOnZone(DateTimeZone zone, LocalDate expected)
    {
        var attempt = ScenarioBuilder.Passed(80, LateEvening, ScenarioBuilder.LosAngeles);

        attempt.DateIn(zone).Should().Be(expected);
    }

    [Fact]
    public void ToString_NamesCourseInstantAndZone()
    {
        ScenarioBuilder.Passed(80, LateEvening, ScenarioBuilder.LosAngeles).ToString()
            .Should().Be("calc @ 2013-06-01T06:30:00Z (America/Los_Angeles)");
    }
}
