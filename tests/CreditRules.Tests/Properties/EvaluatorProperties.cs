using CreditRules.Tests.Fixtures;
using CsCheck;
using static CreditRules.Tests.Fixtures.ScenarioBuilder;

namespace CreditRules.Tests.Properties;

public sealed class EvaluatorProperties
{
    /// <summary>A fact about the other course: an exam attempt, a fee or a completion with arbitrary content.</summary>
    private sealed record UnrelatedFacts(IReadOnlyList<ExamAttempt> Exams, IReadOnlyList<FeeObligation> Fees, IReadOnlyList<CourseCompletion> Completions);

    private static readonly Gen<ExamAttempt> OtherExam =
        Gen.Select(Gen.Int[0, 1500], Gen.Int[0, 100], Gen.Int[0, 2], Gen.Bool)
            .Select((day, score, outcome, lateNight) =>
            {
                var start = Instant.FromUtc(2012, 1, 1, lateNight ? 6 : 15, 30).Plus(Duration.FromDays(day));
                return (ExamOutcome)outcome switch
                {
                    ExamOutcome.Pending => new ExamAttempt(OtherCourseId, start, LosAngeles, ExamOutcome.Pending, null),
                    ExamOutcome.Passed => new ExamAttempt(OtherCourseId, start, LosAngeles, ExamOutcome.Passed, Score.Percent(score)),
                    _ => new ExamAttempt(OtherCourseId, start, LosAngeles, ExamOutcome.Failed, Score.Percent(score), integrity: IntegrityReview.Invalidated, invalidation: InvalidationKind.IntegrityViolation),
                };
            });

    private static readonly Gen<FeeObligation> OtherFee =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 200], Gen.Bool)
            .Select((kind, usd, paid) => paid
                ? new FeeObligation(OtherCourseId, (FeeKind)kind, Money.Usd(usd), FeeStatus.Refunded, new LocalDate(2013, 6, 1))
                : new FeeObligation(OtherCourseId, (FeeKind)kind, Money.Usd(usd), FeeStatus.Unpaid));

    private static readonly Gen<CourseCompletion> OtherCompletion =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 900])
            .Select((status, day) => new CourseCompletion(OtherSessionId, (CompletionStatus)status, new LocalDate(2013, 1, 1).PlusDays(day)));

    private static readonly Gen<UnrelatedFacts> Facts =
        Gen.Select(OtherExam.List[0, 3], OtherFee.List[0, 2], OtherCompletion.List[0, 2])
            .Select((exams, fees, completions) => new UnrelatedFacts(exams, fees, completions));

    /// <summary>Baselines across every outcome: eligible, incomplete (unpaid fee) and not eligible (level refused).</summary>
    private static IEnumerable<ScenarioBuilder> Baselines()
    {
        yield return new ScenarioBuilder();
        yield return new ScenarioBuilder { Fees = [Unpaid(FeeKind.ProctoredExam, 90)] };
        yield return new ScenarioBuilder { AcceptedLevels = [CreditLevel.Graduate], QualifyingDateZone = QualifyingDateZone.Candidate };
        yield return new ScenarioBuilder { Exams = [], Retakes = new RetakePolicy(Period.FromMonths(3), 1) };
    }

    [Fact]
    public void Evaluate_UnrelatedFactsForAnotherCourse_NeverChangeTheDecision()
    {
        foreach (var builder in Baselines())
        {
            var evaluator = builder.BuildEvaluator();
            var baseline = Describe(evaluator.Evaluate(builder.BuildRequest()));

            Property.ForAll(Facts, facts =>
            {
                var learner = new LearnerRecord(
                    LearnerId,
                    programEnrollments: builder.ProgramEnrollments,
                    courseEnrollments: builder.Enrollments,
                    completions: [.. builder.Completions, .. facts.Completions],
                    identityVerifications: builder.Identity,
                    examAttempts: [.. facts.Exams, .. builder.Exams],
                    fees: [.. facts.Fees, .. builder.Fees],
                    evidence: builder.EvidenceDocuments);

                var decision = evaluator.Evaluate(new EvaluationRequest(learner, CourseId, InstitutionId, ProgramId, builder.AsOf));

                Describe(decision).Should().Be(baseline);
            }, cases: 100);
        }
    }

    private static string Describe(Decision d) => string.Join(
        "\n",
        new[] { d.Outcome.ToString(), d.CreditsGranted.ToString(), d.CreditsRecommended.ToString(), d.QualifyingDate?.ToString() ?? "-", d.RecommendationVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-" }
            .Concat(d.Reasons.Select(r => r.ToString()))
            .Concat(d.NextSteps.Select(s => s + " " + s.EarliestDate + " " + s.Deadline + " " + s.Cost)));
}
