using CreditRules.Tests.Fixtures;

namespace CreditRules.Tests.Domain.Courses;

public sealed class RecommendationVersionTests
{
    private static readonly DateRange Validity = new(new LocalDate(2013, 2, 1), new LocalDate(2016, 1, 31));

    [Theory]
    [InlineData(0)]     // numbering starts at 1
    [InlineData(-1)]
    public void Constructor_NumberBelowOne_ThrowsNamingNumber(int given)
    {
        var act = () => new RecommendationVersion(given, Validity, [ScenarioBuilder.Line(3)]);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("number")
            .WithMessage("A version number must be 1 or more. (Parameter 'number')*Actual value was " + given + ".");
    }

    [Fact]
    public void Constructor_NoLines_ThrowsNamingLines()
    {
        var act = () => new RecommendationVersion(1, Validity, []);

        act.Should().Throw<ArgumentException>().WithParameterName("lines")
            .WithMessage("A recommendation version needs at least one line. (Parameter 'lines')");
    }

    [Fact]
    public void Constructor_NullLine_ThrowsNamingIndex()
    {
        var act = () => new RecommendationVersion(1, Validity, [null!]);

        act.Should().Throw<ArgumentException>().WithParameterName("lines")
            .WithMessage("Element [0] must not be null. (Parameter 'lines')");
    }

    [Fact]
    public void Constructor_DefaultMinimumScore_ThrowsNamingMinimum()
    {
        var act = () => new RecommendationVersion(1, Validity, [ScenarioBuilder.Line(3)], default(Score));

        act.Should().Throw<ArgumentException>().WithParameterName("minimumPassingScore")
            .WithMessage("The minimum passing score has no scale. (Parameter 'minimumPassingScore')");
    }

    [Fact]
    public void TotalCredits_SumsLines()
    {
        var version = new RecommendationVersion(1, Validity, [ScenarioBuilder.Line(2), ScenarioBuilder.Line(1, CreditLevel.UpperDivision)]);

        version.TotalCredits.Should().Be(CreditAmount.FromSemesterHours(3));
        version.MinimumPassingScore.Should().BeNull();
        version.IsConditional.Should().BeFalse();
    }

    [Fact]
    public void ToString_NamesNumberAndValidity()
    {
        new RecommendationVersion(2, Validity, [ScenarioBuilder.Line(3)], Score.Percent(60), isConditional: true).ToString()
            .Should().Be("v2 2013-02-01..2016-01-31");
    }
}
