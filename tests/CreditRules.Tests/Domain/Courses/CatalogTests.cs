using CreditRules.Tests.Fixtures;

namespace CreditRules.Tests.Domain.Courses;

public sealed class CatalogTests
{
    private static readonly Evaluator Ace = new("ace", "ACE", ScenarioBuilder.NewYork);
    private static readonly Provider Coursera = new("coursera", "Coursera");
    private static readonly Course Calc = new("calc", "Calculus", "coursera");
    private static readonly CourseSession Spring = ScenarioBuilder.Session("calc-2013s", new LocalDate(2013, 3, 4), new LocalDate(2013, 5, 12), ScenarioBuilder.SpringDeadline);
    private static readonly CourseSession Autumn = ScenarioBuilder.Session("calc-2013f", new LocalDate(2013, 9, 2), new LocalDate(2013, 11, 10), ScenarioBuilder.At(2013, 9, 22, 12, 0));
    private static readonly CreditRecommendation Exhibit = new("ACE-CALC", "ace", "calc", [ScenarioBuilder.Version(1, new LocalDate(2013, 2, 1), new LocalDate(2016, 1, 31), ScenarioBuilder.Line(3))]);

    [Fact]
    public void Constructor_DuplicateCourseId_ThrowsNamingPathAndId()
    {
        var act = () => new Catalog([Ace], [Coursera], [Calc, new Course("calc", "Calculus again", "coursera")], [], []);

        act.Should().Throw<InvalidCatalogException>().WithParameterName("Courses[1].Id")
            .WithMessage("Catalog Courses[1].Id: the id is already used by an earlier entry. Got 'calc'. (Parameter 'Courses[1].Id')");
    }

    [Fact]
    public void Constructor_DuplicateExhibitId_ThrowsNamingPathAndId()
    {
        var act = () => new Catalog([Ace], [Coursera], [Calc], [], [Exhibit, Exhibit]);

        act.Should().Throw<InvalidCatalogException>().WithParameterName("Recommendations[1].Id")
            .WithMessage("Catalog Recommendations[1].Id: the id is already used by an earlier entry. Got 'ACE-CALC'. (Parameter 'Recommendations[1].Id')");
    }

    [Fact]
    public void Constructor_SessionOfUnknownCourse_ThrowsNamingPathAndId()
    {
        var orphan = ScenarioBuilder.Session("ghost-2013s", new LocalDate(2013, 3, 4), new LocalDate(2013, 5, 12), ScenarioBuilder.SpringDeadline, "ghost");

        var act = () => new Catalog([Ace], [Coursera], [Calc], [orphan], []);

        act.Should().Throw<InvalidCatalogException>().WithParameterName("Sessions[0].CourseId")
            .WithMessage("Catalog Sessions[0].CourseId: no course has this id. Got 'ghost'. (Parameter 'Sessions[0].CourseId')")
            .Which.Path.Should().Be("Sessions[0].CourseId");
    }

    [Fact]
    public void Constructor_CourseOfUnknownProvider_ThrowsNamingPathAndId()
    {
        var act = () => new Catalog([Ace], [Coursera], [new Course("calc", "Calculus", "edx")], [], []);

        act.Should().Throw<InvalidCatalogException>()
            .WithMessage("Catalog Courses[0].ProviderId: no provider has this id. Got 'edx'. (Parameter 'Courses[0].ProviderId')");
    }

    [Fact]
    public void Constructor_RecommendationByUnknownEvaluator_ThrowsNamingPathAndId()
    {
        var byNccrs = new CreditRecommendation("NCCRS-1", "nccrs", "calc", Exhibit.Versions);

        var act = () => new Catalog([Ace], [Coursera], [Calc], [], [byNccrs]);

        act.Should().Throw<InvalidCatalogException>()
            .WithMessage("Catalog Recommendations[0].EvaluatorId: no evaluator has this id. Got 'nccrs'. (Parameter 'Recommendations[0].EvaluatorId')");
    }

    [Fact]
    public void Constructor_NullList_ThrowsNamingList()
    {
        var act = () => new Catalog([Ace], null!, [Calc], [], []);

        act.Should().Throw<ArgumentNullException>().WithParameterName("providers");
    }

    [Fact]
    public void Lookups_KnownAndUnknownIds()
    {
        var catalog = new Catalog([Ace], [Coursera], [Calc], [Autumn, Spring], [Exhibit]);

        catalog.GetCourseOrNull("calc").Should().BeSameAs(Calc);
        catalog.GetCourseOrNull("CALC").Should().BeNull();   // ids are ordinal
        catalog.GetSessionOrNull("calc-2013s").Should().BeSameAs(Spring);
        catalog.GetEvaluatorOrNull("ace").Should().BeSameAs(Ace);
        catalog.GetProviderOrNull("edx").Should().BeNull();
        catalog.GetRecommendations("calc").Should().ContainSingle().Which.Should().BeSameAs(Exhibit);
        catalog.GetRecommendations("nope").Should().BeEmpty();
    }

    [Fact]
    public void GetSessions_OrdersByStart()
    {
        var catalog = new Catalog([Ace], [Coursera], [Calc], [Autumn, Spring], []);

        catalog.GetSessions("calc").Select(s => s.Id).Should().Equal("calc-2013s", "calc-2013f");
    }

    [Fact]
    public void GetCourseOrNull_NullId_ThrowsArgumentNull()
    {
        var catalog = new Catalog([Ace], [Coursera], [Calc], [], []);

        var act = () => catalog.GetCourseOrNull(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("id");
    }
}
