using CreditRules.Tests.Fixtures;

namespace CreditRules.Tests.Domain.Courses;

public sealed class CourseTests
{
    [Fact]
    public void Constructor_BlankProvider_ThrowsNamingProvider()
    {
        var act = () => new Course("calc", "Calculus", "");

        act.Should().Throw<ArgumentException>().WithParameterName("providerId")
            .WithMessage("Value must not be empty or white space; got ''. (Parameter 'providerId')");
    }

    [Fact]
    public void Constructor_BlankPartner_BecomesNull()
    {
        var course = new Course("calc", "Calculus", "coursera", " ");

        course.Partner.Should().BeNull();
        course.ToString().Should().Be("calc");
    }

    [Fact]
    public void Evaluator_NullZone_ThrowsNamingZone()
    {
        var act = () => new Evaluator("ace", "ACE", null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("referenceZone");
    }

    [Fact]
    public void Provider_BlankName_ThrowsNamingName()
    {
        var act = () => new Provider("coursera", "\t");

        act.Should().Throw<ArgumentException>().WithParameterName("name")
            .WithMessage("Value must not be empty or white space; got '\t'. (Parameter 'name')");
    }

    [Fact]
    public void CourseSession_KeepsDatesDeadlineAndWindow()
    {
        var window = new DateRange(new LocalDate(2013, 5, 13), new LocalDate(2013, 6, 30));

        var session = new CourseSession("calc-2013s", "calc", new DateRange(new LocalDate(2013, 3, 4), new LocalDate(2013, 5, 12)), ScenarioBuilder.SpringDeadline, window);

        session.ExamWindow.Should().Be(window);
        session.VerifiedTrackDeadline.Should().Be(ScenarioBuilder.SpringDeadline);
        session.ToString().Should().Be("calc-2013s");
    }

    [Fact]
    public void CourseSession_BlankCourse_ThrowsNamingCourse()
    {
        var act = () => new CourseSession("calc-2013s", " ", new DateRange(new LocalDate(2013, 3, 4), new LocalDate(2013, 5, 12)), ScenarioBuilder.SpringDeadline);

        act.Should().Throw<ArgumentException>().WithParameterName("courseId")
            .WithMessage("Value must not be empty or white space; got ' '. (Parameter 'courseId')");
    }
}
