using BenchmarkDotNet.Attributes;
using CreditRules.Domain;
using CreditRules.Engine;
using NodaTime;

namespace CreditRules.Benchmarks;

/// <summary>
/// One learner (5 claimed courses on the benchmark world's catalog, 2 prior credits) against N SYNTHETIC institutions
/// x 5 programs (<see cref="PolicyGenerator"/>, seed 2013), per call: the ranked outcome-only pass on one thread
/// (<see cref="CreditExplorer.Explore"/> with no explanation), the same with the top 10 explained, and the baseline:
/// deciding each institution/program one by one on the explained record path (<see cref="RecordEvaluator.Evaluate"/>)
/// and ranking by credits. Every run decides the record afresh (nothing is cached between calls but the compiled routes,
/// which the baseline shares).
/// </summary>
[MemoryDiagnoser]
public class ExploreBenchmarks
{
    private ExploreRequest _ranked = null!;
    private ExploreRequest _top10 = null!;
    private RecordEvaluationRequest _request = null!;
    private CreditExplorer _explorer = null!;
    private RecordEvaluator _records = null!;
    private (string Institution, string Program)[] _targets = [];

    [Params(500, 1_000, 2_000, 4_000)]
    public int Institutions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var policies = PolicyGenerator.Generate(BenchmarkWorld.Catalog, Institutions, seed: 2013, programsPerInstitution: 5);
        var evaluator = new EligibilityEvaluator(BenchmarkWorld.Catalog, policies);
        _records = new RecordEvaluator(evaluator);
        _explorer = new CreditExplorer(evaluator, _records);
        var learner = Learner();
        var courses = BenchmarkWorld.Catalog.Courses.Select(c => c.Id).ToArray();
        _ranked = new ExploreRequest(learner, courses, BenchmarkWorld.AsOf, explainTop: 0, maxDegreeOfParallelism: 1);
        _top10 = new ExploreRequest(learner, courses, BenchmarkWorld.AsOf, explainTop: 10, maxDegreeOfParallelism: 1);
        _request = new RecordEvaluationRequest(learner, courses, "-", "-", BenchmarkWorld.AsOf);
        _targets = [.. policies.Institutions.SelectMany(i => i.Programs.Select(p => (i.Id, p.Id)))];

        // Same answer on both paths (and warms the compiled routes for both).
        var ranked = _explorer.Explore(_ranked);
        var baseline = OneByOne();
        if (ranked.Options.Count != _targets.Length || ranked.Options[0].CreditsGrantedSemesterHours != baseline)
        {
            throw new InvalidOperationException("The ranked pass and the one-by-one baseline disagree on the best credits.");
        }

        Console.WriteLine($"// {Institutions} institutions, {_targets.Length} programs; best {ranked.Options[0]}; eligible somewhere: {ranked.Options.Count(o => !o.CreditsGranted.IsZero)}");
    }

    [Benchmark(Baseline = true)]
    public CreditAmount OneByOneExplained() => OneByOne();

    [Benchmark]
    public int RankedOutcomeOnly() => _explorer.Explore(_ranked).Options.Count;

    [Benchmark]
    public int RankedTop10Explained() => _explorer.Explore(_top10).Options[0].NextSteps.Count;

    private CreditAmount OneByOne()
    {
        var decisions = new RecordDecision[_targets.Length];
        for (var i = 0; i < _targets.Length; i++)
        {
            decisions[i] = _records.Evaluate(_request.WithProgram(_targets[i].Institution, _targets[i].Program));
        }

        return decisions.Select(d => d.CreditsGranted.ConvertTo(CreditUnit.SemesterHour)).Max();
    }

    /// <summary>Five courses completed on the verified track in spring 2013, exams passed, fees paid, official transcripts; 2 prior credits.</summary>
    private static LearnerRecord Learner()
    {
        var zone = BenchmarkWorld.NewYork;
        Instant At(int y, int m, int d) => new LocalDateTime(y, m, d, 10, 0).InZoneStrictly(zone).ToInstant();
        var courses = BenchmarkWorld.Catalog.Courses.Select(c => c.Id).ToArray();
        return new LearnerRecord(
            "bench",
            courseEnrollments: courses.Select(c => new CourseEnrollment(c + "-2013s", EnrollmentTrack.Verified, At(2013, 3, 8))),
            completions: courses.Select(c => new CourseCompletion(c + "-2013s", CompletionStatus.Completed, new LocalDate(2013, 5, 12))),
            identityVerifications: [new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Verified, At(2013, 3, 10))],
            examAttempts: courses.Select((c, i) => new ExamAttempt(c, At(2013, 5, 20 + i), zone, ExamOutcome.Passed, Score.Percent(75 + (4 * i)))),
            fees: courses.Select(c => new FeeObligation(c, FeeKind.ProctoredExam, Money.Usd(90), c == "duke-bioelectricity" ? FeeStatus.Unpaid : FeeStatus.Paid, c == "duke-bioelectricity" ? null : new LocalDate(2013, 5, 1))),
            evidence: courses.Select(c => new EvidenceDocument(EvidenceKind.AceTranscriptCredly, new LocalDate(2013, 7, 1), isOfficial: true, isVerified: true, courseId: c)),
            priorCredits:
            [
                new PriorCredit("transfer", PriorCreditSource.Transfer, CreditAmount.FromSemesterHours(24), CreditLevel.LowerDivision, new LocalDate(2011, 6, 1), isPosted: true),
                new PriorCredit("clep", PriorCreditSource.Exam, CreditAmount.FromSemesterHours(6), CreditLevel.LowerDivision, new LocalDate(2012, 6, 1), equivalenceKey: "MATH-100"),
            ]);
    }
}
