namespace CreditRules.Tests.Domain.Learners;

public sealed class CatalogYearTests
{
    [Theory]
    [InlineData("2013-2014", 2013)]
    [InlineData("1900-1901", 1900)]   // the first supported catalog year
    [InlineData("2998-2999", 2998)]   // the last: it ends within the supported dates
    public void Parse_ConsecutiveYears_StartYear(string text, int startYear)
    {
        var year = CatalogYear.Parse(text);

        (year.StartYear, year.EndYear, year.ToString()).Should().Be((startYear, startYear + 1, text));
    }

    [Theory]
    [InlineData("2013")]
    [InlineData("2013-14")]
    [InlineData("2013-2013")]
    [InlineData("2014-2013")]
    [InlineData(" 2013-2014")]
    [InlineData("2013-2014 ")]
    [InlineData("+013-2014")]
    [InlineData("1899-1900")]
    [InlineData("2999-3000")]
    [InlineData("")]
    public void TryParse_NotACatalogYear_False(string text)
    {
        CatalogYear.TryParse(text, out _).Should().BeFalse();
        var act = () => CatalogYear.Parse(text);
        act.Should().Throw<FormatException>().WithMessage(
            "A catalog year is written yyyy-yyyy, the academic year it starts in and the next, such as 2013-2014 (years from 1900-1901 to 2998-2999); got '" + text + "'.");
    }

    [Fact]
    public void TryParse_Null_False() => CatalogYear.TryParse(null, out _).Should().BeFalse();

    [Theory]
    [InlineData(1899)]
    [InlineData(2999)]
    public void FromStartYear_OutOfRange_Throws(int startYear)
    {
        var act = () => CatalogYear.FromStartYear(startYear);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(startYear))
            .WithMessage("A catalog year starts in a year from 1900 to 2998. (Parameter 'startYear')*Actual value was " + startYear + ".");
    }

    public static TheoryData<int, int, LocalDate> Starts => new()
    {
        { 7, 1, new LocalDate(2013, 7, 1) },    // the default start: catalog year 2013-2014 starts 2013-07-01
        { 8, 15, new LocalDate(2013, 8, 15) },  // a fall-term start
        { 1, 1, new LocalDate(2013, 1, 1) },    // a calendar-year catalog: 2013-2014 starts 2013-01-01
    };

    [Theory]
    [MemberData(nameof(Starts))]
    public void StartDate_YearStart_ThatDayInTheStartYear(int month, int day, LocalDate expected) =>
        CatalogYear.FromStartYear(2013).StartDate(new AnnualDate(month, day)).Should().Be(expected);

    [Fact]
    public void Equality_AndOrder_ByStartYear()
    {
        var a = CatalogYear.FromStartYear(2013);
        var b = CatalogYear.Parse("2013-2014");
        var c = CatalogYear.FromStartYear(2014);

        (a == b).Should().BeTrue();
        (a != c).Should().BeTrue();
        (a < c).Should().BeTrue();
        (c > a).Should().BeTrue();
        (a <= b && a >= b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.CompareTo(c).Should().BeNegative();
    }
}
