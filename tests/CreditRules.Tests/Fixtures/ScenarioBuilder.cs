namespace CreditRules.Tests.Fixtures;

/// <summary>
/// Builds a catalog, a policy set and a learner record with sensible defaults: one ACE-recommended course
/// (<see cref="CourseId"/>, 3 SH lower division, version 1 valid 2013-02-01..2016-01-31, passing score 60 percent),
/// one semester-hour institution in New York with one policy accepting ACE lower- and upper-division credit, and a
/// learner who did everything right in spring 2013. Each test replaces only what it is about.
/// </summary>
/// <remarks>Illustrative data: none of these figures are real ACE values.</remarks>
internal sealed class ScenarioBuilder
{
    public const string EvaluatorId = "ace";
    public const string ProviderId = "coursera";
    public const string CourseId = "calc";
    public const string OtherCourseId = "algebra";
    public const string SessionId = "calc-2013s";
    public const string OtherSessionId = "algebra-2013s";
    public const string ExhibitId = "ACE-CALC";
    public const string OtherExhibitId = "ACE-ALG";
    public const string InstitutionId = "inst";
    public const string InstitutionName = "Test College";
    public const string ProgramId = "prog";
    public const string PolicyId = "inst-2013";
    public const string LearnerId = "L1";

    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    public static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    public static readonly DateTimeZone Chicago = DateTimeZoneProviders.Tzdb["America/Chicago"];

    public static readonly SubjectArea Mathematics = new("mathematics", "Mathematics");

    /// <summary>The spring 2013 run: 2013-03-04..2013-05-12, verified track open until 2013-03-24 12:00 New York.</summary>
    public static readonly Instant SpringDeadline = At(2013, 3, 24, 12, 0);

    // ---------- catalog ----------

    public DateTimeZone EvaluatorZone { get; set; } = NewYork;

    public string RecommendationEvaluatorId { get; set; } = EvaluatorId;

    public List<CourseSession> Sessions { get; set; } = [Session(SessionId, new LocalDate(2013, 3, 4), new LocalDate(2013, 5, 12), SpringDeadline)];

    public List<RecommendationVersion> Versions { get; set; } = [Version(1, new LocalDate(2013, 2, 1), new LocalDate(2016, 1, 31), Line(3))];

    public bool HasRecommendation { get; set; } = true;

    /// <summary>The kind of the one provider, Coursera (default: not stated).</summary>
    public ProviderKind ProviderKind { get; set; } = ProviderKind.Unspecified;

    // ---------- institution ----------

    public CreditUnit InstitutionUnit { get; set; } = CreditUnit.SemesterHour;

    public DateTimeZone InstitutionZone { get; set; } = NewYork;

    public List<string> AcceptedEvaluators { get; set; } = [EvaluatorId];

    public List<CreditLevel> AcceptedLevels { get; set; } = [CreditLevel.LowerDivision, CreditLevel.UpperDivision];

    public DateRange? PolicyAppliesTo { get; set; }

    public Score? MinimumScore { get; set; }

    public RecencyWindow? Recency { get; set; }

    public RetakePolicy? Retakes { get; set; }

    public EvidenceRequirement? Evidence { get; set; }

    public QualifyingDateZone QualifyingDateZone { get; set; } = QualifyingDateZone.Evaluator;

    public RoundingPolicy Rounding { get; set; } = RoundingPolicy.Exact;

    public bool RequireProviderFees { get; set; } = true;

    public List<ProgramOverride> Overrides { get; set; } = [];

    public ProviderRefusal? RefusedProviders { get; set; }

    public RefundedFeeTreatment RefundedFee { get; set; } = RefundedFeeTreatment.Blocking;

    /// <summary>The program's own settings (inheriting the rest from the policy), or null.</summary>
    public ProgramSettings? ProgramSettings { get; set; }

    // ---------- learner ----------

    public List<ProgramEnrollment> ProgramEnrollments { get; set; } = [];

    public List<CourseEnrollment> Enrollments { get; set; } = [new CourseEnrollment(SessionId, EnrollmentTrack.Verified, At(2013, 3, 8, 14, 0))];

    public List<CourseCompletion> Completions { get; set; } = [new CourseCompletion(SessionId, CompletionStatus.Completed, new LocalDate(2013, 5, 12))];

    public List<IdentityVerification> Identity { get; set; } = [new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Verified, At(2013, 3, 10, 9, 0))];

    public List<ExamAttempt> Exams { get; set; } = [Passed(80, At(2013, 5, 20, 10, 0))];

    public List<FeeObligation> Fees { get; set; } =
    [
        Paid(FeeKind.VerifiedTrack, 49, new LocalDate(2013, 3, 10)),
        Paid(FeeKind.ProctoredExam, 90, new LocalDate(2013, 3, 10)),
    ];

    public List<EvidenceDocument> EvidenceDocuments { get; set; } = [];

    // ---------- request ----------

    public LocalDate AsOf { get; set; } = new(2014, 6, 30);

    // ---------- factories ----------

    /// <summary>An instant given as a local time in <paramref name="zone"/> (New York by default); a DST gap or overlap throws.</summary>
    public static Instant At(int year, int month, int day, int hour, int minute, DateTimeZone? zone = null) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(zone ?? NewYork).ToInstant();

    public static CourseSession Session(string id, LocalDate start, LocalDate end, Instant deadline, string courseId = CourseId) =>
        new(id, courseId, new DateRange(start, end), deadline);

    public static RecommendationLine Line(decimal semesterHours, params CreditLevel[] levels) =>
        new(CreditAmount.FromSemesterHours(semesterHours), levels.Length == 0 ? [CreditLevel.LowerDivision] : levels, [Mathematics]);

    public static RecommendationVersion Version(int number, LocalDate start, LocalDate end, params RecommendationLine[] lines) =>
        new(number, new DateRange(start, end), lines, Score.Percent(60));

    public static ExamAttempt Passed(decimal score, Instant at, DateTimeZone? zone = null, string courseId = CourseId) =>
        new(courseId, at, zone ?? NewYork, ExamOutcome.Passed, Score.Percent(score));

    public static ExamAttempt Failed(decimal score, Instant at, DateTimeZone? zone = null, string courseId = CourseId) =>
        new(courseId, at, zone ?? NewYork, ExamOutcome.Failed, Score.Percent(score));

    public static FeeObligation Paid(FeeKind kind, decimal usd, LocalDate on, string courseId = CourseId) =>
        new(courseId, kind, Money.Usd(usd), FeeStatus.Paid, on);

    public static FeeObligation Unpaid(FeeKind kind, decimal usd, string courseId = CourseId) =>
        new(courseId, kind, Money.Usd(usd), FeeStatus.Unpaid);

    public static EvidenceDocument Credly(LocalDate issuedOn, bool official = true, bool verified = true) =>
        new(EvidenceKind.AceTranscriptCredly, issuedOn, official, verified, CourseId);

    // ---------- build ----------

    public Catalog BuildCatalog()
    {
        var evaluators = new List<Evaluator> { new(EvaluatorId, "American Council on Education", EvaluatorZone) };
        if (RecommendationEvaluatorId != EvaluatorId)
        {
            evaluators.Add(new Evaluator(RecommendationEvaluatorId, RecommendationEvaluatorId.ToUpperInvariant(), EvaluatorZone));
        }

        var courses = new[]
        {
            new Course(CourseId, "Calculus", ProviderId, "Penn"),
            new Course(OtherCourseId, "Algebra", ProviderId, "UC Irvine"),
        };
        var sessions = new List<CourseSession>(Sessions)
        {
            Session(OtherSessionId, new LocalDate(2013, 3, 4), new LocalDate(2013, 5, 12), SpringDeadline, OtherCourseId),
        };
        var recommendations = new List<CreditRecommendation>
        {
            new(OtherExhibitId, EvaluatorId, OtherCourseId, [Version(1, new LocalDate(2013, 2, 1), new LocalDate(2016, 1, 31), Line(3, CreditLevel.VocationalCertificate))]),
        };
        if (HasRecommendation)
        {
            recommendations.Add(new CreditRecommendation(ExhibitId, RecommendationEvaluatorId, CourseId, Versions));
        }

        return new Catalog(evaluators, [new Provider(ProviderId, "Coursera", ProviderKind)], courses, sessions, recommendations);
    }

    public InstitutionPolicy BuildPolicy() => new(
        PolicyId,
        AcceptedEvaluators,
        AcceptedLevels,
        PolicyAppliesTo,
        MinimumScore,
        Recency,
        Retakes,
        Evidence,
        QualifyingDateZone,
        Rounding,
        RequireProviderFees,
        refusedProviders: RefusedProviders,
        refundedFee: RefundedFee);

    public PolicySet BuildPolicies() => new(
    [
        new Institution(InstitutionId, InstitutionName, InstitutionUnit, InstitutionZone, [BuildPolicy()], [new DegreeProgram(ProgramId, "Program", Overrides).WithSettings(ProgramSettings)]),
    ]);

    public LearnerRecord BuildLearner() => new(
        LearnerId,
        programEnrollments: ProgramEnrollments,
        courseEnrollments: Enrollments,
        completions: Completions,
        identityVerifications: Identity,
        examAttempts: Exams,
        fees: Fees,
        evidence: EvidenceDocuments);

    public EligibilityEvaluator BuildEvaluator() => new(BuildCatalog(), BuildPolicies());

    public EvaluationRequest BuildRequest() => new(BuildLearner(), CourseId, InstitutionId, ProgramId, AsOf);

    /// <summary>
    /// Decides the scenario on the explained path and checks that the outcome-only path agrees: every rule test also
    /// covers <see cref="EvaluationPlan.Summarize(CreditClaim)"/>.
    /// </summary>
    public Decision Evaluate()
    {
        var evaluator = BuildEvaluator();
        var request = BuildRequest();
        var decision = evaluator.Evaluate(request);
        var summary = evaluator.Compile(request.AsOf).Summarize(new CreditClaim(request.Learner, request.CourseId, request.InstitutionId, request.ProgramId));
        summary.Should().Be(DecisionSummary.FromDecision(decision), "the outcome-only path runs the same rules as the explained one");
        return decision;
    }
}
