using CreditRules.Tests.Fixtures;
using static CreditRules.Tests.Fixtures.ScenarioBuilder;

namespace CreditRules.Tests.Engine.Rules;

/// <summary>
/// Recency limited to subjects, with its start (qualifying date or course completion) and anchor stated. The default
/// learner passed on 2013-05-20 (qualifying date) and completed the course on 2013-05-12.
/// </summary>
public sealed partial class RecencyRuleTests
{
    private static RecommendationLine LineIn(string subject, CreditLevel level = CreditLevel.LowerDivision) =>
        new(CreditAmount.FromSemesterHours(3), [level], [new SubjectArea(subject)]);

    private static ScenarioBuilder InSubject(string subject, RecencyWindow window, LocalDate asOf) => new()
    {
        Versions = [Version(1, new LocalDate(2013, 2, 1), new LocalDate(2016, 1, 31), LineIn(subject))],
        Recency = window,
        AsOf = asOf,
    };

    private static readonly RecencyWindow ScienceAndMath = new(Period.FromYears(1), RecencyAnchor.AsOfDate, RecencyStart.QualifyingDate, ["mathematics", "biology"]);

    public static TheoryData<string, LocalDate, bool> SubjectDays => new()
    {
        { "mathematics", new LocalDate(2014, 5, 20), true },    // 2013-05-20 + P1Y: the last recent day (inclusive)
        { "mathematics", new LocalDate(2014, 5, 21), false },   // the first expired day
        { "biology", new LocalDate(2014, 5, 20), true },        // the same boundary for the other listed subject
        { "biology", new LocalDate(2014, 5, 21), false },
        { "philosophy", new LocalDate(2014, 5, 21), true },     // not listed: never subject to the window
        { "philosophy", new LocalDate(2030, 1, 1), true },      // ... however late
    };

    [Theory]
    [MemberData(nameof(SubjectDays))]
    public void Evaluate_WindowLimitedToSubjects_ExpiresOnlyListedSubjectsAfterTheLastDay(string subject, LocalDate asOf, bool recent)
    {
        var decision = InSubject(subject, ScienceAndMath, asOf).Evaluate();

        decision.HasReason(ReasonCode.SubjectRecencyExpired).Should().Be(!recent);
        decision.HasReason(ReasonCode.RecencyExpired).Should().BeFalse("a window limited to subjects raises its own code");
        decision.Outcome.Should().Be(recent ? DecisionOutcome.Eligible : DecisionOutcome.NotEligible);
    }

    [Fact]
    public void Evaluate_ListedSubjectExpired_NamesSubjectStartLastDayAndAnchor()
    {
        var decision = InSubject("biology", ScienceAndMath, new LocalDate(2014, 5, 21)).Evaluate();

        var reason = decision.Single(ReasonCode.SubjectRecencyExpired);
        reason.Severity.Should().Be(ReasonSeverity.Blocking);
        reason.Message.Should().Be("Credit in biology counts for P1Y from the qualifying date 2013-05-20, until 2014-05-20; the as-of date is 2014-05-21.");
        decision.Recency!.Subjects.Should().Be("biology");
        decision.Recency.StartDate.Should().Be(new LocalDate(2013, 5, 20));
    }

    [Fact]
    public void Evaluate_SubjectNotListed_TracesNotApplicableAndNoRecencyCheck()
    {
        var decision = InSubject("philosophy", ScienceAndMath, new LocalDate(2030, 1, 1)).Evaluate();

        decision.Recency.Should().BeNull();
        decision.Trace.Single(t => t.RuleId == "institution.recency").Outcome.Should().Be(RuleOutcome.NotApplicable);
        decision.DateBranches.Select(b => b.Id).Should().Contain("recency.subject-outside");
    }

    public static TheoryData<LocalDate, bool> CompletionDays => new()
    {
        { new LocalDate(2014, 5, 12), true },    // completion 2013-05-12 + P1Y: the last recent day
        { new LocalDate(2014, 5, 13), false },   // first expired day, although the qualifying date (2013-05-20) + P1Y is later
    };

    [Theory]
    [MemberData(nameof(CompletionDays))]
    public void Evaluate_WindowFromCourseCompletion_MeasuresFromTheCompletionDate(LocalDate asOf, bool recent)
    {
        var window = new RecencyWindow(Period.FromYears(1), RecencyAnchor.AsOfDate, RecencyStart.CourseCompletion, ["mathematics"]);

        var decision = InSubject("mathematics", window, asOf).Evaluate();

        decision.HasReason(ReasonCode.SubjectRecencyExpired).Should().Be(!recent);
        decision.Recency!.StartDate.Should().Be(new LocalDate(2013, 5, 12));
        decision.Recency.QualifyingDate.Should().Be(new LocalDate(2013, 5, 20), "the qualifying date keeps its one meaning");
        decision.Recency.LastRecentDate.Should().Be(new LocalDate(2014, 5, 12));
        decision.DateBranches.Select(b => b.Id).Should().Contain("recency.start-completion");
    }

    [Fact]
    public void Evaluate_WindowFromCompletionOverEverySubject_ExpiredNamesEverySubject()
    {
        var window = new RecencyWindow(Period.FromYears(1), RecencyAnchor.AsOfDate, RecencyStart.CourseCompletion);

        var decision = InSubject("philosophy", window, new LocalDate(2014, 5, 13)).Evaluate();

        decision.Single(ReasonCode.SubjectRecencyExpired).Message.Should().Be("Credit in every subject counts for P1Y from the course completion 2013-05-12, until 2014-05-12; the as-of date is 2014-05-13.");
    }

    public static TheoryData<LocalDate, bool> LeapDays => new()
    {
        { new LocalDate(2013, 2, 28), true },    // 2012-02-29 + P1Y = 2013-02-28: still recent
        { new LocalDate(2013, 3, 1), false },    // the day after
    };

    [Theory]
    [MemberData(nameof(LeapDays))]
    public void Evaluate_ListedSubjectQualifiedOnLeapDay_LastDayIs28February(LocalDate asOf, bool recent)
    {
        var builder = QualifiedOnLeapDay(new RecencyWindow(Period.FromYears(1), RecencyAnchor.AsOfDate, RecencyStart.QualifyingDate, ["mathematics"]));
        builder.AsOf = asOf;

        var decision = builder.Evaluate();

        decision.HasReason(ReasonCode.SubjectRecencyExpired).Should().Be(!recent);
        decision.DateBranches.Select(b => b.Id).Should().Contain("recency.leap-day");
    }

    [Fact]
    public void Evaluate_ListedSubjectOnlyOnARefusedLine_WindowDoesNotApply()
    {
        // The biology line is graduate level, which the policy does not accept: it grants nothing, so its subject puts no credit under the window.
        var builder = InSubject("mathematics", new RecencyWindow(Period.FromYears(1), RecencyAnchor.AsOfDate, subjects: ["biology"]), new LocalDate(2030, 1, 1));
        builder.Versions = [Version(1, new LocalDate(2013, 2, 1), new LocalDate(2016, 1, 31), LineIn("mathematics"), LineIn("biology", CreditLevel.Graduate))];

        var decision = builder.Evaluate();

        decision.HasReason(ReasonCode.SubjectRecencyExpired).Should().BeFalse();
        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
    }

    [Fact]
    public void Evaluate_ProgramStatesItsOwnSubjectWindow_ReplacesTheInstitutionsWindow()
    {
        // The institution's window (every subject, one year) would expire the mathematics credit; the program's covers biology only.
        var builder = InSubject("mathematics", new RecencyWindow(Period.FromYears(1), RecencyAnchor.AsOfDate), new LocalDate(2014, 5, 21));
        builder.ProgramSettings = new ProgramSettings(recency: new RecencyWindow(Period.FromYears(1), RecencyAnchor.AsOfDate, subjects: ["biology"]));

        var decision = builder.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        decision.Settings.Single(s => s.Setting == PolicySetting.Recency).Scope.Should().Be(SettingScope.Program);
    }

    [Fact]
    public void Evaluate_SubjectWindowToProgramEnrolment_ComparesTheEnrolmentDate()
    {
        var builder = InSubject("mathematics", new RecencyWindow(Period.FromYears(1), RecencyAnchor.ProgramEnrollmentDate, subjects: ["mathematics"]), new LocalDate(2030, 1, 1));
        builder.ProgramEnrollments = [new ProgramEnrollment(InstitutionId, ProgramId, new LocalDate(2014, 5, 21))];

        var decision = builder.Evaluate();

        decision.Single(ReasonCode.SubjectRecencyExpired).Message.Should().Be("Credit in mathematics counts for P1Y from the qualifying date 2013-05-20, until 2014-05-20; the program enrolment date is 2014-05-21.");
    }
}
