using BenchmarkDotNet.Attributes;
using CreditRules.Benchmarks.Baselines;
using CreditRules.Domain;
using CreditRules.Engine;
using NodaTime;

namespace CreditRules.Benchmarks;

/// <summary>
/// One learner (5 claimed courses on the benchmark world's catalog, 2 prior credits) against N SYNTHETIC institutions
/// x 5 programs (<see cref="PolicyGenerator"/>, seed 2013), one thread, per call: the baseline, <c>main</c>'s ranked
/// outcome-only pass before issue 16's speed work (<see cref="MainRankedPass"/>: a request and a compiled learner record
/// per target); the ranked outcome-only pass into a caller's buffer (<see cref="CreditExplorer.Rank"/>); the same as
/// objects (<see cref="CreditExplorer.Explore"/> with no explanation); and with the top 10 explained. Every call builds
/// a fresh <see cref="ExploreRequest"/> from the learner and decides the record afresh: nothing about a learner is kept
/// between calls (the policies' compiled routes and the explorer's resolved targets are per plan, shared by every learner).
/// </summary>
[MemoryDiagnoser]
public class ExploreBenchmarks
{
    private LearnerRecord _learner = null!;
    private string[] _courses = [];
    private CreditExplorer _explorer = null!;
    private MainRankedPass _main = null!;
    private ExploreEntry[] _buffer = [];

    [Params(500, 1_000, 2_000, 4_000)]
    public int Institutions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (policies, records, explorer) = World(Institutions);
        _explorer = explorer;
        _main = new MainRankedPass(policies, records);
        _learner = Learner();
        _courses = Courses();
        _buffer = new ExploreEntry[_explorer.ProgramCount];

        // Same answer on every path (and warms the compiled routes for all).
        var ranked = _explorer.Explore(Request(0));
        var count = _explorer.Rank(Request(0), _buffer);
        if (ranked.Options.Count != policies.Institutions.Sum(i => i.Programs.Count) || count != ranked.Options.Count || _main.Run(Request(0)) != count
            || !ranked.Options.Select(o => (o.InstitutionId, o.ProgramId, o.CreditsGranted)).SequenceEqual(_buffer.Take(count).Select(e => (e.Institution.Id, e.Program.Id, e.CreditsGranted))))
        {
            throw new InvalidOperationException("The ranked pass, the buffer pass and main's pass disagree.");
        }

        Console.WriteLine($"// {Institutions} institutions, {count} programs; best {ranked.Options[0]}; eligible somewhere: {ranked.Options.Count(o => !o.CreditsGranted.IsZero)}");

        // How much the pass shares: programs whose claims the claim rules decided, and programs that took them from another
        // program of the same institution (same compiled routes). The worst case (a learner with an exception) shares none.
        _explorer.RankCounting(Request(0), _buffer, out var decided, out var shared);
        _explorer.RankCounting(UnsharedRequest(), _buffer, out var decidedUnshared, out var sharedUnshared);
        Console.WriteLine($"// claim sets decided {decided}, shared {shared} of {count} programs; worst case (learner with an exception): decided {decidedUnshared}, shared {sharedUnshared}");
    }

    [Benchmark(Baseline = true)]
    [Row("main's ranked pass before issue 16 (`MainRankedPass`), per call", Data = "one learner (5 claimed courses, 2 prior credits), synthetic institutions x 5 programs")]
    public int MainRankedOutcomeOnly() => _main.Run(Request(0));

    [Benchmark]
    [Row("`CreditExplorer.Rank` into a buffer, outcome-only, per call", Data = "one learner (5 claimed courses, 2 prior credits), synthetic institutions x 5 programs", Target = "< 1 ms when Institutions=2000, 0 B per institution")]
    public int RankedOutcomeOnly() => _explorer.Rank(Request(0), _buffer);

    /// <summary>The worst case for sharing: the same learner with one exception (at one institution), which takes every program out of sharing.</summary>
    [Row("`CreditExplorer.Rank`, worst case for sharing (one exception takes every program out of sharing), per call", Data = "the same learner with one exception, synthetic institutions x 5 programs", Target = "< 1 ms when Institutions=2000")]
    [Benchmark]
    public int RankedOutcomeOnlyUnshared() => _explorer.Rank(UnsharedRequest(), _buffer);

    [Benchmark]
    [Row("`CreditExplorer.Explore`, no explanation, per call", Data = "one learner (5 claimed courses, 2 prior credits), synthetic institutions x 5 programs")]
    public int RankedOutcomeOnlyAsOptions() => _explorer.Explore(Request(0)).Options.Count;

    [Benchmark]
    [Row("`CreditExplorer.Explore`, top 10 explained, per call", Data = "one learner (5 claimed courses, 2 prior credits), synthetic institutions x 5 programs")]
    public int RankedTop10Explained() => _explorer.Explore(Request(10)).Options[0].NextSteps.Count;

    /// <summary>A fresh request for the learner with one exception (a minimum-score waiver at the first institution), so nothing is shared.</summary>
    private ExploreRequest UnsharedRequest()
    {
        var l = _learner;
        var waiver = new ExceptionGrant("PET-BENCH", ExceptionKind.WaiveRule, new DateRange(new LocalDate(2012, 1, 1), new LocalDate(2099, 12, 31)), "Bench registrar", new LocalDate(2013, 1, 15), "Minimum score waived at one institution.", courseId: _courses[0], institutionId: PolicyGenerator.IdPrefix + "00001", ruleId: "institution.minimum-score");
        var learner = new LearnerRecord(l.LearnerId, l.IsVeteran, l.ProgramEnrollments, l.CourseEnrollments, l.Completions, l.IdentityVerifications, l.ExamAttempts, l.Fees, l.Evidence, l.PriorCredits, l.Emails, [waiver], l.PostingFeePayments);
        return new(learner, _courses, BenchmarkWorld.AsOf, explainTop: 0, maxDegreeOfParallelism: 1);
    }

    /// <summary>A fresh request per call: nothing about the learner survives from one call to the next.</summary>
    private ExploreRequest Request(int explainTop) => new(_learner, _courses, BenchmarkWorld.AsOf, explainTop: explainTop, maxDegreeOfParallelism: 1);

    /// <summary>The world of the explorer benchmarks (<see cref="ExploreFloorBenchmarks"/> too): <paramref name="institutions"/> synthetic institutions x 5 programs (seed 2013) over the benchmark catalog, and the explorer over them.</summary>
    internal static (PolicySet Policies, RecordEvaluator Records, CreditExplorer Explorer) World(int institutions)
    {
        var policies = PolicyGenerator.Generate(BenchmarkWorld.Catalog, institutions, seed: 2013, programsPerInstitution: 5);
        var evaluator = new EligibilityEvaluator(BenchmarkWorld.Catalog, policies);
        var records = new RecordEvaluator(evaluator);
        return (policies, records, new CreditExplorer(evaluator, records));
    }

    /// <summary>The learner's claimed courses: every course of the benchmark catalog.</summary>
    internal static string[] Courses() => BenchmarkWorld.Catalog.Courses.Select(c => c.Id).ToArray();

    /// <summary>Five courses completed on the verified track in spring 2013, exams passed, fees paid, official transcripts; 2 prior credits.</summary>
    internal static LearnerRecord Learner()
    {
        var zone = BenchmarkWorld.NewYork;
        Instant At(int y, int m, int d) => new LocalDateTime(y, m, d, 10, 0).InZoneStrictly(zone).ToInstant();
        var courses = Courses();
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
