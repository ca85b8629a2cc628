namespace CreditRules.Tests.Domain.Common;

public sealed class DateRangeTests
{
    private static readonly DateRange Version1 = new(new LocalDate(2013, 2, 7), new LocalDate(2016, 2, 6));

    public static TheoryData<LocalDate, bool> Membership => new()
    {
        { new LocalDate(2013, 2, 6), false },   // the day before the start
        { new LocalDate(2013, 2, 7), true },    // the start is inclusive
        { new LocalDate(2014, 7, 1), true },    // inside
        { new LocalDate(2016, 2, 6), true },    // the end is inclusive
        { new LocalDate(2016, 2, 7), false },   // the day after the end
    };

    [Theory]
    [MemberData(nameof(Membership))]
    public void Contains_Boundaries_EndsIncluded(LocalDate date, bool expected)
    {
        Version1.Contains(date).Should().Be(expected);
    }

    [Fact]
    public void Constructor_Reversed_ThrowsNamingEndAndBothDates()
    {
        var act = () => new DateRange(new LocalDate(2013, 2, 7), new LocalDate(2013, 2, 6));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("end")
            .WithMessage("The range's end must not be before its start 2013-02-07. (Parameter 'end')*Actual value was 2013-02-06.");
    }

    [Fact]
    public void Constructor_DifferentCalendars_ThrowsNamingEnd()
    {
        var end = new LocalDate(2013, 2, 7, CalendarSystem.Julian);

        var act = () => new DateRange(new LocalDate(2013, 2, 7), end);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("end")
            .WithMessage("The range's start and end must use the same calendar. (Parameter 'end')*Actual value was " + end + ".");
    }

    [Fact]
    public void Constructor_SingleDay_IsAllowed()
    {
        var day = new LocalDate(2013, 2, 7);

        var range = new DateRange(day, day);

        range.Contains(day).Should().BeTrue();
        range.ToString().Should().Be("2013-02-07..2013-02-07");
    }

    public static TheoryData<int, int, LocalDate> Months => new()
    {
        { 2012, 2, new LocalDate(2012, 2, 29) },   // February of a leap year
        { 2013, 2, new LocalDate(2013, 2, 28) },   // February of a common year
        { 2000, 2, new LocalDate(2000, 2, 29) },   // divisible by 400: leap
        { 2010, 9, new LocalDate(2010, 9, 30) },   // an ACE "(09/10)" review month
        { 2013, 12, new LocalDate(2013, 12, 31) }, // the year's last month
    };

    [Theory]
    [MemberData(nameof(Months))]
    public void ForMonth_ExpandsToFirstAndLastDay(int year, int month, LocalDate lastDay)
    {
        var range = DateRange.ForMonth(year, month);

        range.Start.Should().Be(new LocalDate(year, month, 1));
        range.End.Should().Be(lastDay);
    }

    public static TheoryData<DateRange, bool> Overlapping => new()
    {
        { new DateRange(new LocalDate(2016, 2, 6), new LocalDate(2019, 2, 6)), true },    // shares the last day
        { new DateRange(new LocalDate(2016, 2, 7), new LocalDate(2019, 2, 6)), false },   // starts the day after: adjacent
        { new DateRange(new LocalDate(2010, 1, 1), new LocalDate(2013, 2, 7)), true },    // shares the first day
        { new DateRange(new LocalDate(2010, 1, 1), new LocalDate(2013, 2, 6)), false },   // ends the day before
        { new DateRange(new LocalDate(2014, 1, 1), new LocalDate(2014, 1, 1)), true },    // a day inside
    };

    [Theory]
    [MemberData(nameof(Overlapping))]
    public void Overlaps_Boundaries_SharedDayOverlaps(DateRange other, bool expected)
    {
        Version1.Overlaps(other).Should().Be(expected);
        other.Overlaps(Version1).Should().Be(expected);
    }

    [Fact]
    public void Equals_SameEnds_AreEqual()
    {
        var copy = new DateRange(new LocalDate(2013, 2, 7), new LocalDate(2016, 2, 6));

        (copy == Version1).Should().BeTrue();
        copy.Equals((object)Version1).Should().BeTrue();
        copy.GetHashCode().Should().Be(Version1.GetHashCode());
        (copy != new DateRange(copy.Start, copy.End.PlusDays(1))).Should().BeTrue();
    }

    [Fact]
    public void Default_IsTheSingleDayOfYearOne()
    {
        var value = default(DateRange);

        value.Start.Should().Be(new LocalDate(1, 1, 1));
        value.End.Should().Be(value.Start);
        value.ToString().Should().Be("0001-01-01..0001-01-01");
    }

    [Fact]
    public void ToString_FormatsIsoRange()
    {
        Version1.ToString().Should().Be("2013-02-07..2016-02-06");
    }
}
