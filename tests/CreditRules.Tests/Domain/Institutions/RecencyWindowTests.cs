namespace CreditRules.Tests.Domain.Institutions;

public sealed partial class RecencyWindowTests
{
    public static TheoryData<Period> NotPositive => new()
    {
        Period.Zero,                                    // no window at all
        Period.FromYears(-1),                           // negative
        Period.FromYears(1) - Period.FromDays(1),       // mixed signs
        Period.FromHours(24),                           // a time component, not whole days
    };

    [Theory]
    [MemberData(nameof(NotPositive))]
    public void Constructor_NotPositive_ThrowsNamingMaxAge(Period given)
    {
        var act = () => new RecencyWindow(given, RecencyAnchor.AsOfDate);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxAge")
            .WithMessage("The maximum age must be a positive period of whole days, weeks, months or years. (Parameter 'maxAge')*Actual value was " + given + ".");
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentNull()
    {
        var act = () => new RecencyWindow(null!, RecencyAnchor.AsOfDate);

        act.Should().Throw<ArgumentNullException>().WithParameterName("maxAge");
    }

    public static TheoryData<LocalDate, Period, LocalDate> LastDates => new()
    {
        { new LocalDate(2012, 2, 29), Period.FromYears(1), new LocalDate(2013, 2, 28) },   // leap day + 1 year: 28 Feb, not 1 Mar
        { new LocalDate(2012, 2, 29), Period.FromYears(4), new LocalDate(2016, 2, 29) },   // leap day + 4 years: a leap day again
        { new LocalDate(2013, 1, 31), Period.FromMonths(1), new LocalDate(2013, 2, 28) },  // month-end clamps
        { new LocalDate(2013, 1, 1), Period.FromDays(365), new LocalDate(2014, 1, 1) },    // days are days
    };

    [Theory]
    [MemberData(nameof(LastDates))]
    public void LastRecentDate_UsesCalendarArithmetic(LocalDate qualified, Period maxAge, LocalDate expected)
    {
        new RecencyWindow(maxAge, RecencyAnchor.ProgramEnrollmentDate).LastRecentDate(qualified).Should().Be(expected);
    }

    [Fact]
    public void ToString_NamesPeriodAndAnchor()
    {
        new RecencyWindow(Period.FromYears(5), RecencyAnchor.ProgramEnrollmentDate).ToString().Should().Be("P5Y to ProgramEnrollmentDate");
    }
}
