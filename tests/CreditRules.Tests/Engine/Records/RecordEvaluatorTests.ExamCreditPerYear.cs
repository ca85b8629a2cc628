using static CreditRules.Tests.Engine.Records.RecordFixture;

namespace CreditRules.Tests.Engine.Records;

/// <summary>The example record rule kind: at most N credits by exam per academic year (<see cref="ExamCreditYearLimit"/>).</summary>
public sealed partial class RecordEvaluatorTests
{
    /// <summary>3 SH of posted exam credit dated 2012-12-15 (academic year from 2012-07-01); genetics (3 SH) passed 2013-05-20.</summary>
    private static LearnerRecord ExamCredits(LocalDate algebraExam) =>
        Learner("kim", [Posted("clep", 3, PriorCreditSource.Exam)], false, ("genetics", new LocalDate(2013, 5, 20), 80), ("algebra", algebraExam, 80));

    private static RecordPolicy YearLimit(decimal hours, bool partial = false, AnnualDate? start = null) =>
        new("record", allowPartialAwards: partial, examCreditsPerAcademicYear: new ExamCreditYearLimit(CreditAmount.FromSemesterHours(hours), start));

    public static TheoryData<LocalDate, decimal, string?> AcademicYearBoundaries => new()
    {
        { new LocalDate(2013, 6, 30), 0m, "At most 6 SH by exam in the academic year from 2012-07-01; 6 SH already counted, so 0 SH of the 3 SH this course carries is granted." },   // last day of the year: the limit is used
        { new LocalDate(2013, 7, 1), 3m, null },   // first day of the next year (1 July, the default start, is included): nothing counted yet
    };

    [Theory]
    [MemberData(nameof(AcademicYearBoundaries))]
    public void Evaluate_ExamCreditPerYear_CountsPriorExamCreditThenClaimsInTheAcademicYear(LocalDate algebraExam, decimal algebraHours, string? message)
    {
        var decision = Evaluate(YearLimit(6), ExamCredits(algebraExam), "algebra", "genetics");

        decision.GetAwardOrNull("genetics")!.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
        var algebra = decision.GetAwardOrNull("algebra")!;
        algebra.Outcome.Should().Be(DecisionOutcome.Eligible, "a limit limits, it never refuses");
        algebra.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(algebraHours));
        if (message is null)
        {
            algebra.Reasons.Should().BeEmpty();
        }
        else
        {
            var reason = algebra.Single(ReasonCode.ExamCreditYearLimitReached);
            reason.Severity.Should().Be(ReasonSeverity.Limiting);
            reason.RuleId.Should().Be("record.exam-credit-per-year");
            reason.Message.Should().Be(message);
            reason.TryGetValue<LocalDate>("YearStart", out var start).Should().BeTrue();
            start.Should().Be(new LocalDate(2012, 7, 1));
        }
    }

    [Fact]
    public void Evaluate_ExamCreditPerYearWithPartialAwards_GrantsWhatIsLeft()
    {
        var decision = Evaluate(YearLimit(7, partial: true), ExamCredits(new LocalDate(2013, 6, 1)), "algebra", "genetics");

        var algebra = decision.GetAwardOrNull("algebra")!;
        algebra.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(1));
        algebra.Single(ReasonCode.ExamCreditYearLimitReached).Message.Should().Be("At most 7 SH by exam in the academic year from 2012-07-01; 6 SH already counted, so 1 SH of the 3 SH this course carries is granted.");
        decision.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(4));
    }

    public static TheoryData<LocalDate, decimal> SeptemberStart => new()
    {
        { new LocalDate(2013, 8, 31), 0m },   // the day before 1 September: same year as the 2012-12-15 credit and genetics
        { new LocalDate(2013, 9, 1), 3m },    // 1 September starts the next academic year
    };

    [Theory]
    [MemberData(nameof(SeptemberStart))]
    public void Evaluate_ExamCreditPerYearFromSeptember_UsesThePolicysYearStart(LocalDate algebraExam, decimal algebraHours)
    {
        var decision = Evaluate(YearLimit(6, start: new AnnualDate(9, 1)), ExamCredits(algebraExam), "algebra", "genetics");

        decision.GetAwardOrNull("algebra")!.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(algebraHours));
    }

    [Fact]
    public void Summarize_ExamCreditPerYear_AgreesWithTheExplainedRecord()
    {
        var evaluator = Evaluator(Institution(YearLimit(7, partial: true)));
        var request = new RecordEvaluationRequest(ExamCredits(new LocalDate(2013, 6, 1)), ["algebra", "genetics"], "inst", "prog", AsOf);
        var summaries = new DecisionSummary[2];

        var summary = evaluator.Summarize(request, summaries);

        var explained = evaluator.Evaluate(request);
        summaries.Should().Equal(request.CourseIds.Select(id => DecisionSummary.FromAward(explained.GetAwardOrNull(id)!)));
        summaries[0].Reasons.Contains(ReasonCode.ExamCreditYearLimitReached).Should().BeTrue();
        summary.Should().Be(RecordSummary.FromDecision(explained));
    }

    public static TheoryData<LocalDate, LocalDate> YearStarts => new()
    {
        { new LocalDate(2013, 6, 30), new LocalDate(2012, 7, 1) },   // the last day of an academic year
        { new LocalDate(2013, 7, 1), new LocalDate(2013, 7, 1) },    // its start day begins the year (inclusive)
        { new LocalDate(2016, 2, 29), new LocalDate(2015, 7, 1) },   // a leap day
    };

    [Theory]
    [MemberData(nameof(YearStarts))]
    public void ExamCreditYearLimit_YearStartOf_IsTheStartDayOnOrBefore(LocalDate date, LocalDate expected) =>
        new ExamCreditYearLimit(CreditAmount.FromSemesterHours(6)).YearStartOf(date).Should().Be(expected);

    [Fact]
    public void ExamCreditYearLimit_Defaults_StartOnFirstJuly() =>
        new ExamCreditYearLimit(CreditAmount.FromSemesterHours(6)).AcademicYearStart.Should().Be(new AnnualDate(7, 1));

    [Fact]
    public void ExamCreditYearLimit_ZeroLimitOrLeapDayStart_Throws()
    {
        var zero = () => new ExamCreditYearLimit(CreditAmount.FromSemesterHours(0));
        var leapDay = () => new ExamCreditYearLimit(CreditAmount.FromSemesterHours(6), new AnnualDate(2, 29));

        zero.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("limit")
            .WithMessage("The limit on credit by exam per academic year must be more than zero. (Parameter 'limit')*Actual value was 0 SH.");
        leapDay.Should().Throw<ArgumentException>().WithParameterName("academicYearStart")
            .WithMessage("An academic year cannot start on 29 February; it does not occur every year. (Parameter 'academicYearStart')");
    }
}
