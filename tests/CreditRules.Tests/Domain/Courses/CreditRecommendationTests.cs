using CreditRules.Tests.Fixtures;

namespace CreditRules.Tests.Domain.Courses;

public sealed class CreditRecommendationTests
{
    private static readonly RecommendationVersion V1 = ScenarioBuilder.Version(1, new LocalDate(2013, 2, 1), new LocalDate(2016, 1, 31), ScenarioBuilder.Line(3));
    private static readonly RecommendationVersion V2 = ScenarioBuilder.Version(2, new LocalDate(2016, 2, 1), new LocalDate(2019, 1, 31), ScenarioBuilder.Line(4));

    [Fact]
    public void Constructor_OverlappingVersions_ThrowsNamingExhibitAndVersion()
    {
        var overlapping = ScenarioBuilder.Version(2, new LocalDate(2016, 1, 31), new LocalDate(2019, 1, 31), ScenarioBuilder.Line(4));

        var act = () => new CreditRecommendation("ACE-CALC", "ace", "calc", [V1, overlapping]);

        act.Should().Throw<InvalidCatalogException>()
            .WithMessage("Catalog exhibit 'ACE-CALC' version 2 Validity: overlaps version 1 (2013-02-01..2016-01-31); versions of one exhibit must not overlap. Got '2016-01-31..2019-01-31'. (Parameter 'exhibit 'ACE-CALC' version 2 Validity')")
            .Which.AttemptedValue.Should().Be("2016-01-31..2019-01-31");
    }

    [Fact]
    public void Constructor_NoVersion_ThrowsNamingVersions()
    {
        var act = () => new CreditRecommendation("ACE-CALC", "ace", "calc", []);

        act.Should().Throw<ArgumentException>().WithParameterName("versions")
            .WithMessage("A recommendation needs at least one version. (Parameter 'versions')");
    }

    [Fact]
    public void Constructor_RepeatedVersionNumber_ThrowsNamingExhibit()
    {
        var again = ScenarioBuilder.Version(1, new LocalDate(2016, 2, 1), new LocalDate(2019, 1, 31), ScenarioBuilder.Line(4));

        var act = () => new CreditRecommendation("ACE-CALC", "ace", "calc", [V1, again]);

        act.Should().Throw<ArgumentException>().WithParameterName("versions")
            .WithMessage("Exhibit 'ACE-CALC' repeats a version number. (Parameter 'versions')");
    }

    [Fact]
    public void Constructor_BlankExhibit_ThrowsNamingExhibitId()
    {
        var act = () => new CreditRecommendation("", "ace", "calc", [V1]);

        act.Should().Throw<ArgumentException>().WithParameterName("exhibitId")
            .WithMessage("Value must not be empty or white space; got ''. (Parameter 'exhibitId')");
    }

    [Fact]
    public void Versions_GivenOutOfOrder_AreSortedByStart()
    {
        var recommendation = new CreditRecommendation("ACE-CALC", "ace", "calc", [V2, V1]);

        recommendation.Versions.Select(v => v.Number).Should().Equal(1, 2);
        recommendation.ToString().Should().Be("ACE-CALC");
    }

    public static TheoryData<LocalDate, int?> Selection => new()
    {
        { new LocalDate(2013, 1, 31), null },   // the day before the first version
        { new LocalDate(2013, 2, 1), 1 },       // first day of v1
        { new LocalDate(2016, 1, 31), 1 },      // last day of v1: the end is inclusive
        { new LocalDate(2016, 2, 1), 2 },       // first day of v2
        { new LocalDate(2019, 1, 31), 2 },      // last day of v2
        { new LocalDate(2019, 2, 1), null },    // the day after the last version
    };

    [Theory]
    [MemberData(nameof(Selection))]
    public void GetVersionOrNull_Boundaries_SelectsCoveringVersion(LocalDate date, int? expected)
    {
        var recommendation = new CreditRecommendation("ACE-CALC", "ace", "calc", [V1, V2]);

        recommendation.GetVersionOrNull(date)?.Number.Should().Be(expected);
        (recommendation.GetVersionOrNull(date) is null).Should().Be(expected is null);
    }

    [Fact]
    public void GetVersionOrNull_InGap_ReturnsNull()
    {
        var later = ScenarioBuilder.Version(2, new LocalDate(2016, 3, 1), new LocalDate(2019, 1, 31), ScenarioBuilder.Line(4));
        var recommendation = new CreditRecommendation("ACE-CALC", "ace", "calc", [V1, later]);

        recommendation.GetVersionOrNull(new LocalDate(2016, 2, 15)).Should().BeNull();
    }
}
