namespace CreditRules.Tests.Domain.Records;

public sealed class CreditCapTests
{
    public static TheoryData<decimal, bool> Percentages => new()
    {
        { 0m, false },      // a cap of nothing is not a percentage cap
        { 0.5m, true },
        { 100m, true },     // the whole program
        { 100.01m, false },
    };

    [Theory]
    [MemberData(nameof(Percentages))]
    public void Percent_Boundaries_AcceptOnlyMoreThanZeroUpToHundred(decimal percent, bool valid)
    {
        var act = () => CreditCap.Percent("half", percent);

        if (valid)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(percent))
                .WithMessage("A cap's percentage must be more than 0 and at most 100. (Parameter 'percent')*Actual value was " + percent.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
        }
    }

    [Fact]
    public void Absolute_SourceScopeWithoutSource_Throws()
    {
        var act = () => CreditCap.Absolute("exam-30", CreditAmount.FromSemesterHours(30), CapScope.Source);

        act.Should().Throw<ArgumentException>().WithParameterName("source")
            .WithMessage("Cap 'exam-30' is scoped to a source, so it takes a source and no level. (Parameter 'source')");
    }

    [Fact]
    public void Covers_ScopedCaps_CoverOnlyTheirSourceOrLevel()
    {
        var exam = CreditCap.Absolute("exam-30", CreditAmount.FromSemesterHours(30), CapScope.Source, source: PriorCreditSource.Exam);
        var upper = CreditCap.Absolute("upper", CreditAmount.FromSemesterHours(30), CapScope.Level, level: CreditLevel.UpperDivision);

        exam.Covers(PriorCreditSource.Exam, CreditLevel.LowerDivision).Should().BeTrue();
        exam.Covers(PriorCreditSource.Military, CreditLevel.LowerDivision).Should().BeFalse();
        upper.Covers(PriorCreditSource.Exam, CreditLevel.UpperDivision).Should().BeTrue();
        upper.Covers(PriorCreditSource.Exam, CreditLevel.LowerDivision).Should().BeFalse();
        exam.ToString().Should().Be("30 SH of Exam credit");
    }

    [Fact]
    public void Absolute_LocalCourseSource_ThrowsNamingTheCap()
    {
        var act = () => CreditCap.Absolute("local", CreditAmount.FromSemesterHours(30), CapScope.Source, PriorCreditSource.LocalCourse);

        act.Should().Throw<ArgumentException>().WithParameterName("source")
            .WithMessage("Cap 'local' limits LocalCourse credit, which never counts against a cap: a local course is earned at the institution itself. (Parameter 'source')");
    }
}
