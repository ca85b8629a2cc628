namespace CreditRules.Tests.Domain.Courses;

/// <summary>CatalogBuilder: stated defaults, every invalid item listed at Build(), references checked by the catalog.</summary>
public sealed class CatalogBuilderTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateRange Spring2013 = new(new LocalDate(2013, 3, 4), new LocalDate(2013, 5, 12));

    private static CatalogBuilder Precalculus() => new CatalogBuilder()
        .Evaluator("ace", "ACE CREDIT", NewYork)
        .Provider("coursera", "Coursera")
        .Course("uci-precalculus", "Pre-Calculus", "coursera")
        .Session("uci-precalculus-2013s", "uci-precalculus", Spring2013, Instant.FromUtc(2013, 3, 24, 16, 0))
        .Recommendation("ACE-COUR-0001", "ace", "uci-precalculus", new DateRange(new LocalDate(2013, 2, 1), new LocalDate(2016, 1, 31)),
            CreditAmount.FromSemesterHours(3), CreditLevel.LowerDivision, new SubjectArea("mathematics"), null);

    [Fact]
    public void Build_ShortForms_UseTheStatedDefaults()
    {
        var catalog = Precalculus().Build();

        catalog.Courses.Single().Partner.Should().BeNull();
        catalog.Sessions.Single().ExamWindow.Should().BeNull();
        var version = catalog.Recommendations.Single().Versions.Single();
        version.Number.Should().Be(1);
        version.IsConditional.Should().BeFalse();
        version.MinimumPassingScore.Should().BeNull();
        version.Lines.Single().Credits.Should().Be(CreditAmount.FromSemesterHours(3));
        version.Lines.Single().Levels.Should().Equal(CreditLevel.LowerDivision);
    }

    [Fact]
    public void Build_LongForms_KeepWhatIsGiven()
    {
        var window = new DateRange(new LocalDate(2013, 5, 13), new LocalDate(2013, 6, 30));
        var versions = new[]
        {
            new RecommendationVersion(1, new DateRange(new LocalDate(2013, 2, 1), new LocalDate(2014, 1, 31)), [new RecommendationLine(CreditAmount.FromSemesterHours(3), [CreditLevel.LowerDivision], [new SubjectArea("mathematics")])]),
            new RecommendationVersion(2, new DateRange(new LocalDate(2014, 2, 1), new LocalDate(2016, 1, 31)), [new RecommendationLine(CreditAmount.FromSemesterHours(4), [CreditLevel.LowerDivision], [new SubjectArea("mathematics")])], Score.Percent(70), isConditional: true),
        };

        var catalog = new CatalogBuilder()
            .Evaluator("ace", "ACE CREDIT", NewYork)
            .Provider("coursera", "Coursera")
            .Course("uci-precalculus", "Pre-Calculus", "coursera", "UC Irvine")
            .Session("uci-precalculus-2013s", "uci-precalculus", Spring2013, Instant.FromUtc(2013, 3, 24, 16, 0), window)
            .Recommendation("ACE-COUR-0001", "ace", "uci-precalculus", versions)
            .Build();

        catalog.Courses.Single().Partner.Should().Be("UC Irvine");
        catalog.Sessions.Single().ExamWindow.Should().Be(window);
        catalog.Recommendations.Single().Versions.Should().Equal(versions);
    }

    [Fact]
    public void Build_SeveralInvalidItems_ListsEveryOneWithItsPositionInOneException()
    {
        var builder = Precalculus()
            .Provider(" ", "Nobody")
            .Session("late", "uci-precalculus", Spring2013, Instant.FromUtc(3100, 1, 1, 0, 0))
            .Recommendation("ACE-COUR-0002", "ace", "uci-precalculus");

        var build = () => builder.Build();

        build.Should().Throw<ArgumentException>().Which.Message.Should().Be(
            "The catalog is invalid:\n"
            + "- providers[1]: Value must not be empty or white space; got ' '. (Parameter 'id')\n"
            + "- sessions[1]: The instant 3100-01-01T00:00:00Z is outside the supported range 1900-01-01 to 2999-12-31 (instants: 1899-12-31T00:00:00Z up to 3000-01-02T00:00:00Z). (Parameter 'verifiedTrackDeadline')\n"
            + "Actual value was 3100-01-01T00:00:00Z.\n"
            + "- recommendations[1]: A recommendation needs at least one version. (Parameter 'versions')");
    }

    [Fact]
    public void Build_UnknownProvider_ThrowsInvalidCatalogExceptionNamingFieldAndValue()
    {
        var build = () => Precalculus().Course("duke-genetics", "Genetics", "edx").Build();

        build.Should().Throw<InvalidCatalogException>().Which.Message.Should().Be("Catalog Courses[1].ProviderId: no provider has this id. Got 'edx'. (Parameter 'Courses[1].ProviderId')");
    }

    [Fact]
    public void Build_Twice_GivesEquivalentCatalogsFromTheSameSteps()
    {
        var builder = Precalculus();

        var first = builder.Build();
        var second = builder.Build();

        second.Should().NotBeSameAs(first);
        second.Should().BeEquivalentTo(first);
    }
}
