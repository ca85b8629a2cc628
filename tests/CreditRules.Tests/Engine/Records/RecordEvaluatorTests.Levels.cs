using static CreditRules.Tests.Engine.Records.RecordFixture;

namespace CreditRules.Tests.Engine.Records;

/// <summary>Level-scoped caps count a course at the level its lines are actually granted at (<see cref="Decision.GrantedLines"/>).</summary>
public sealed partial class RecordEvaluatorTests
{
    private static readonly SubjectArea Statistics = new("statistics", "Statistics");

    /// <summary>One course, "stats": a 3 SH line granted at LowerDivision or UpperDivision; a 1 SH line at UpperDivision only.</summary>
    private static Catalog StatsCatalog(bool withUpperOnlyLine = false)
    {
        RecommendationLine[] lines = withUpperOnlyLine
            ? [new(CreditAmount.FromSemesterHours(3), [CreditLevel.LowerDivision, CreditLevel.UpperDivision], [Statistics]), new(CreditAmount.FromSemesterHours(1), [CreditLevel.UpperDivision], [Statistics])]
            : [new(CreditAmount.FromSemesterHours(3), [CreditLevel.LowerDivision, CreditLevel.UpperDivision], [Statistics])];
        return new Catalog(
            [new Evaluator("ace", "ACE (illustrative)", NewYork)],
            [new Provider("coursera", "Coursera")],
            [new Course("stats", "Statistics", "coursera")],
            [new CourseSession("stats-s", "stats", new DateRange(new(2013, 3, 4), new(2013, 5, 12)), new LocalDate(2013, 3, 24).At(new LocalTime(12, 0)).InZoneStrictly(NewYork).ToInstant())],
            [new CreditRecommendation("EX-stats", "ace", "stats", [new RecommendationVersion(1, new DateRange(new(2013, 2, 1), new(2016, 1, 31)), lines, Score.Percent(60))])]);
    }

    private static RecordEvaluator StatsEvaluator(Catalog catalog)
    {
        var upperCap = new RecordPolicy("record", [CreditCap.Absolute("upper-2", CreditAmount.FromSemesterHours(2), CapScope.Level, level: CreditLevel.UpperDivision)]);
        var institution = new Institution(
            "inst",
            "Illustrative College",
            CreditUnit.SemesterHour,
            NewYork,
            [new InstitutionPolicy("inst-2013", ["ace"], [CreditLevel.LowerDivision, CreditLevel.UpperDivision], recordPolicy: upperCap)],
            [
                new DegreeProgram("open", "BA"),
                new DegreeProgram("lower-only", "AA", [new ProgramOverride("lower-only", OverrideKind.Restrict, "an associate program takes lower-division credit only", acceptedLevels: [CreditLevel.LowerDivision])]),
            ]);
        return new RecordEvaluator(new EligibilityEvaluator(catalog, new PolicySet([institution])));
    }

    private static RecordDecision EvaluateStats(string programId, bool withUpperOnlyLine = false) =>
        StatsEvaluator(StatsCatalog(withUpperOnlyLine)).Evaluate(new RecordEvaluationRequest(Learner("lee", ("stats", new LocalDate(2013, 5, 20), 85m)), ["stats"], "inst", programId, AsOf));

    [Fact]
    public void Evaluate_LevelCapWithoutRestriction_CountsTheCourseAtTheHighestAcceptedLevel()
    {
        var award = EvaluateStats("open").GetAwardOrNull("stats")!;

        award.Decision.GrantedLines.Select(l => l.ToString()).Should().Equal("3 SH at UpperDivision in statistics");
        award.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(0));
        award.Single(ReasonCode.CapReached).Message.Should().Be("Cap upper-2 (2 SH of UpperDivision credit) reached: 2 SH of 2 SH remain, this course needs 3 SH.");
    }

    [Fact]
    public void Evaluate_RestrictingOverride_LevelCapUsesTheLevelActuallyGranted()
    {
        var decision = EvaluateStats("lower-only");

        var award = decision.GetAwardOrNull("stats")!;
        award.Decision.GrantedLines.Select(l => l.ToString()).Should().Equal("3 SH at LowerDivision in statistics");
        award.Reasons.Should().BeEmpty();
        award.CreditsGranted.Should().Be(CreditAmount.FromSemesterHours(3));
        decision.Caps.Single().Granted.Should().Be(CreditAmount.FromSemesterHours(0));
    }

    [Fact]
    public void Decision_GrantedLines_ListEachAcceptedLineWithItsLevelAndSubjects()
    {
        var open = EvaluateStats("open", withUpperOnlyLine: true).GetAwardOrNull("stats")!.Decision;
        var restricted = EvaluateStats("lower-only", withUpperOnlyLine: true).GetAwardOrNull("stats")!.Decision;

        open.GrantedLines.Select(l => (l.Credits, l.Level)).Should().Equal((CreditAmount.FromSemesterHours(3), CreditLevel.UpperDivision), (CreditAmount.FromSemesterHours(1), CreditLevel.UpperDivision));
        open.GrantedLines[0].Subjects.Should().Equal(Statistics);
        restricted.GrantedLines.Select(l => (l.Credits, l.Level)).Should().Equal((CreditAmount.FromSemesterHours(3), CreditLevel.LowerDivision));   // the upper-only line is refused
        restricted.HasReason(ReasonCode.LineNotAccepted).Should().BeTrue();
    }

    [Fact]
    public void GrantedLine_LevelNotOnTheLine_ThrowsNamingIt()
    {
        var line = new RecommendationLine(CreditAmount.FromSemesterHours(3), [CreditLevel.LowerDivision], [Statistics]);

        var act = () => new GrantedLine(line, CreditLevel.Graduate, CreditUnit.QuarterHour);

        act.Should().Throw<ArgumentException>().WithMessage("Level Graduate is not one of the line's levels (LowerDivision). (Parameter 'level')");
    }

    [Fact]
    public void GrantedLine_QuarterHourInstitution_ConvertsTheLineExactly()
    {
        var line = new RecommendationLine(CreditAmount.FromSemesterHours(3), [CreditLevel.LowerDivision], [Statistics]);

        new GrantedLine(line, CreditLevel.LowerDivision, CreditUnit.QuarterHour).Credits.Should().Be(CreditAmount.FromQuarterHours(4.5m));
    }
}
