namespace CreditRules.Tests.Engine.Records;

/// <summary>
/// Illustrative courses, an institution (semester or quarter hours) and learners for record-level tests. Every number is
/// invented: the 2013 courses' real credit amounts, dates and fees are not public.
/// </summary>
internal static class RecordFixture
{
    public static readonly LocalDate AsOf = new(2014, 6, 30);
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    public static readonly ScoreScale GradePoints = new("grade-points", 0, 4);

    /// <summary>Course id, semester hours, level. Precalc and calc map to one chain; algebra and algebra-b to one key.</summary>
    public static readonly (string Id, decimal Hours, CreditLevel Level)[] Courses =
    [
        ("algebra", 3, CreditLevel.LowerDivision),
        ("algebra-b", 3, CreditLevel.LowerDivision),
        ("biology", 4, CreditLevel.LowerDivision),
        ("calc", 4, CreditLevel.LowerDivision),
        ("ethics", 3, CreditLevel.UpperDivision),
        ("genetics", 3, CreditLevel.LowerDivision),
        ("precalc", 3, CreditLevel.LowerDivision),
    ];

    public static Catalog Catalog { get; } = BuildCatalog();

    public static IEnumerable<KeyValuePair<string, string>> Equivalences =>
    [
        new("algebra", "MAT1033"),
        new("algebra-b", "MAT1033"),
        new("precalc", "MAC1140"),
        new("calc", "MAC2311"),
    ];

    private static Instant At(LocalDate date, int hour = 10) => date.At(new LocalTime(hour, 0)).InZoneStrictly(NewYork).ToInstant();

    private static Catalog BuildCatalog()
    {
        var ace = new Evaluator("ace", "ACE (illustrative)", NewYork);
        var provider = new Provider("coursera", "Coursera");
        var subject = new SubjectArea("general", "General");
        var courses = Courses.Select(c => new Course(c.Id, c.Id, "coursera")).ToArray();
        var sessions = Courses.Select(c => new CourseSession(c.Id + "-s", c.Id, new DateRange(new(2013, 3, 4), new(2013, 5, 12)), At(new LocalDate(2013, 3, 24), 12))).ToArray();
        var recommendations = Courses.Select(c => new CreditRecommendation(
            "EX-" + c.Id,
            "ace",
            c.Id,
            [new RecommendationVersion(1, new DateRange(new(2013, 2, 1), new(2016, 1, 31)), [new RecommendationLine(CreditAmount.FromSemesterHours(c.Hours), [c.Level], [subject])], Score.Percent(60))])).ToArray();
        return new Catalog([ace], [provider], courses, sessions, recommendations);
    }

    /// <summary>A learner who completed each course on the verified track and passed its exam on the given date with the given score; fees paid.</summary>
    public static LearnerRecord Learner(string id, IEnumerable<PriorCredit>? prior, bool veteran = false, params (string CourseId, LocalDate ExamDate, decimal Score)[] exams) => new(
        id,
        isVeteran: veteran,
        courseEnrollments: exams.Select(e => new CourseEnrollment(e.CourseId + "-s", EnrollmentTrack.Verified, At(new LocalDate(2013, 3, 8)))),
        completions: exams.Select(e => new CourseCompletion(e.CourseId + "-s", CompletionStatus.Completed, new LocalDate(2013, 5, 12))),
        identityVerifications: [new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Verified, At(new LocalDate(2013, 3, 10)))],
        examAttempts: exams.Select(e => new ExamAttempt(e.CourseId, At(e.ExamDate), NewYork, e.Score >= 60 ? ExamOutcome.Passed : ExamOutcome.Failed, Score.Percent(e.Score))),
        fees: exams.Select(e => new FeeObligation(e.CourseId, FeeKind.ProctoredExam, Money.Usd(90), FeeStatus.Paid, new LocalDate(2013, 3, 10))),
        priorCredits: prior);

    public static LearnerRecord Learner(string id, params (string CourseId, LocalDate ExamDate, decimal Score)[] exams) => Learner(id, null, false, exams);

    public static PriorCredit Posted(string id, decimal hours, PriorCreditSource source = PriorCreditSource.Transfer, CreditLevel level = CreditLevel.LowerDivision, LocalDate? date = null) =>
        new(id, source, CreditAmount.FromSemesterHours(hours), level, date ?? new LocalDate(2012, 12, 15), isPosted: true);

    public static PriorCredit Local(string id, decimal hours, LocalDate? date = null) =>
        new(id, PriorCreditSource.Transfer, CreditAmount.FromSemesterHours(hours), CreditLevel.LowerDivision, date ?? new LocalDate(2013, 12, 15), isPosted: true, inResidence: true);

    public static Institution Institution(RecordPolicy? rules, CreditUnit unit = CreditUnit.SemesterHour, DegreeProgram? program = null, Score? minimumScore = null) => new(
        "inst",
        "Illustrative College",
        unit,
        NewYork,
        [new InstitutionPolicy("inst-2013", ["ace"], [CreditLevel.LowerDivision, CreditLevel.UpperDivision], minimumScore: minimumScore, rounding: unit == CreditUnit.QuarterHour ? RoundingPolicy.FloorTo(1) : default, recordPolicy: rules)],
        [program ?? new DegreeProgram("prog", "Associate in Arts", totalCredits: CreditAmount.FromSemesterHours(60))]);

    public static RecordEvaluator Evaluator(params Institution[] institutions) =>
        new(new EligibilityEvaluator(Catalog, new PolicySet(institutions)));

    public static RecordDecision Evaluate(RecordPolicy? rules, LearnerRecord learner, params string[] courseIds) =>
        Evaluator(Institution(rules)).Evaluate(new RecordEvaluationRequest(learner, courseIds, "inst", "prog", AsOf));

    public static RecordPolicy Cap(decimal hours, bool partial = false, AllocationOrder order = AllocationOrder.Chronological) =>
        new("record", [CreditCap.Absolute("total-45", CreditAmount.FromSemesterHours(hours))], order, allowPartialAwards: partial);

    public static Reason Single(this CourseAward award, ReasonCode code) => award.Reasons.Should().ContainSingle(r => r.Code == code).Subject;
}
