using NodaTime.Text;
using CreditRules.Documents;

namespace CreditRules.Tests.Engine.Records;

/// <summary>
/// A whole-record request decided "as known on" a date (<see cref="RecordEvaluationRequest.WithAsKnownOn"/>): greta's exam
/// was reported as 68 (below Northern's 70) and corrected to 78 by a regrade recorded on 2014-07-15
/// (samples/learners-audit.json).
/// </summary>
public sealed class RecordEvaluatorAsKnownOnTests
{
    private static readonly LocalDate AsOf = new(2014, 6, 30);

    private static readonly Lazy<(RecordEvaluator Records, LearnerRecord Greta)> World = new(() =>
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        var catalog = CatalogDocument.LoadFile(Path.Combine(samples, "catalog.json")).Value;
        var policies = PolicyDocument.LoadFile(Path.Combine(samples, "policies.json")).Value;
        var learners = LearnerDocument.LoadFile(Path.Combine(samples, "learners-audit.json"), catalog, policies).Value;
        return (new RecordEvaluator(new EligibilityEvaluator(catalog, policies)), learners.GetLearnerOrNull("greta")!);
    });

    private static RecordEvaluationRequest Greta(LocalDate? asKnownOn) =>
        new RecordEvaluationRequest(World.Value.Greta, ["penn-calculus"], "northern-quarter", "bs-biology", AsOf).WithAsKnownOn(asKnownOn);

    [Theory]
    [InlineData(null, DecisionOutcome.Eligible)]              // every fact on record: the corrected 78
    [InlineData("2014-07-15", DecisionOutcome.Eligible)]      // the day the regrade was recorded: known
    [InlineData("2014-07-14", DecisionOutcome.NotEligible)]   // the day before: only the 68 was known
    public void Evaluate_AsKnownOn_DecidesWithTheFactsRecordedByThen(string? asKnownOn, DecisionOutcome expected)
    {
        var date = asKnownOn is null ? (LocalDate?)null : LocalDatePattern.Iso.Parse(asKnownOn).Value;

        var award = World.Value.Records.Evaluate(Greta(date)).GetAwardOrNull("penn-calculus")!;

        award.RecordAwareDecision.Outcome.Should().Be(expected);
        award.RecordAwareDecision.AsKnownOn.Should().Be(date);
    }

    [Fact]
    public void WithAsOfProgramAndHypotheses_KeepAsKnownOn()
    {
        var request = Greta(new LocalDate(2014, 7, 14));

        request.WithAsOf(AsOf.PlusDays(1)).AsKnownOn.Should().Be(new LocalDate(2014, 7, 14));
        request.WithProgram("northern-quarter", "bs-biology").AsKnownOn.Should().Be(new LocalDate(2014, 7, 14));
    }

    [Fact]
    public void Diff_AsKnownOnThenToday_ShowsTheCorrectionAndEndsOnTodaysDecision()
    {
        var diff = World.Value.Records.Diff(Greta(new LocalDate(2014, 7, 14)), Greta(null));

        var course = diff.Courses.Single(c => c.CourseId == "penn-calculus");
        (course.OutcomeBefore, course.OutcomeAfter).Should().Be((DecisionOutcome.NotEligible, DecisionOutcome.Eligible));
        course.ReasonChanges.Should().Contain(c => c.Kind == ReasonChangeKind.Disappeared && c.Before!.Code == ReasonCode.ScoreBelowMinimum);
    }
}
