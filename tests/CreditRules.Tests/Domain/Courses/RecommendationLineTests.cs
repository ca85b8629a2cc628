namespace CreditRules.Tests.Domain.Courses;

public sealed class RecommendationLineTests
{
    private static readonly SubjectArea Math = new("mathematics");
    private static readonly SubjectArea Biology = new("biology");

    [Fact]
    public void Constructor_ZeroCredits_ThrowsNamingCredits()
    {
        var act = () => new RecommendationLine(CreditAmount.FromSemesterHours(0), [CreditLevel.LowerDivision], [Math]);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("credits")
            .WithMessage("A recommendation line must recommend more than zero credit. (Parameter 'credits')*Actual value was 0 SH.");
    }

    [Fact]
    public void Constructor_NoLevel_ThrowsNamingLevels()
    {
        var act = () => new RecommendationLine(CreditAmount.FromSemesterHours(3), [], [Math]);

        act.Should().Throw<ArgumentException>().WithParameterName("levels")
            .WithMessage("A recommendation line needs at least one level. (Parameter 'levels')");
    }

    [Fact]
    public void Constructor_RepeatedLevel_ThrowsListingLevels()
    {
        var act = () => new RecommendationLine(CreditAmount.FromSemesterHours(3), [CreditLevel.LowerDivision, CreditLevel.LowerDivision], [Math]);

        act.Should().Throw<ArgumentException>().WithParameterName("levels")
            .WithMessage("A recommendation line lists a level twice: LowerDivision, LowerDivision. (Parameter 'levels')");
    }

    [Fact]
    public void Constructor_UndefinedLevel_ThrowsNamingLevels()
    {
        var act = () => new RecommendationLine(CreditAmount.FromSemesterHours(3), [(CreditLevel)9], [Math]);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("levels")
            .WithMessage("Value is not a defined CreditLevel. (Parameter 'levels')*Actual value was 9.");
    }

    [Fact]
    public void Constructor_NoSubject_ThrowsNamingSubjects()
    {
        var act = () => new RecommendationLine(CreditAmount.FromSemesterHours(3), [CreditLevel.LowerDivision], []);

        act.Should().Throw<ArgumentException>().WithParameterName("subjects")
            .WithMessage("A recommendation line needs at least one subject area. (Parameter 'subjects')");
    }

    [Fact]
    public void Constructor_DefaultSubject_ThrowsNamingSubjects()
    {
        var act = () => new RecommendationLine(CreditAmount.FromSemesterHours(3), [CreditLevel.LowerDivision], [default]);

        act.Should().Throw<ArgumentException>().WithParameterName("subjects")
            .WithMessage("A recommendation line holds a default (empty) subject area. (Parameter 'subjects')");
    }

    [Fact]
    public void Constructor_AlternativeLevelsAndSubjects_KeepsOrder()
    {
        var line = new RecommendationLine(CreditAmount.FromSemesterHours(2), [CreditLevel.LowerDivision, CreditLevel.UpperDivision], [Math, Biology]);

        line.Levels.Should().Equal(CreditLevel.LowerDivision, CreditLevel.UpperDivision);
        line.Subjects.Should().Equal(Math, Biology);
        line.ToString().Should().Be("2 SH LowerDivision or UpperDivision in mathematics or biology");
    }

    [Fact]
    public void Constructor_CopiesInputs_LaterChangesDoNotLeakIn()
    {
        var levels = new[] { CreditLevel.LowerDivision };
        var line = new RecommendationLine(CreditAmount.FromSemesterHours(3), levels, [Math]);

        levels[0] = CreditLevel.Graduate;

        line.Levels.Should().Equal(CreditLevel.LowerDivision);
    }
}
