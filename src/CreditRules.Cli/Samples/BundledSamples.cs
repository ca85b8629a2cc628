using CreditRules.Domain;
using NodaTime;

namespace CreditRules.Cli.Samples;

/// <summary>
/// The bundled sample data: the first Coursera courses ACE recommended in February 2013, three institutions modelled on
/// published policies, and learners covering every outcome. ILLUSTRATIVE: the per-course credit amounts, version dates,
/// passing scores and fees of the 2013 courses are not public; every such number here is invented.
/// </summary>
internal static class BundledSamples
{
    /// <summary>The as-of date the samples are written for (their facts lie before it).</summary>
    public static readonly LocalDate AsOf = new(2014, 6, 30);

    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    private static readonly DateTimeZone Chicago = DateTimeZoneProviders.Tzdb["America/Chicago"];

    public static Catalog Catalog { get; } = BuildCatalog();

    public static PolicySet Policies { get; } = BuildPolicies();

    public static IReadOnlyList<SampleClaim> Claims { get; } = BuildClaims();

    private static Instant At(int y, int mo, int d, int h, int mi, DateTimeZone zone) =>
        new LocalDateTime(y, mo, d, h, mi).InZoneStrictly(zone).ToInstant();

    private static Catalog BuildCatalog()
    {
        var ace = new Evaluator("ace", "American Council on Education (ACE CREDIT)", NewYork);
        var coursera = new Provider("coursera", "Coursera");
        var courses = new[]
        {
            new Course("uci-precalculus", "Pre-Calculus", "coursera", "UC Irvine"),
            new Course("duke-genetics-evolution", "Introduction to Genetics and Evolution", "coursera", "Duke"),
            new Course("duke-bioelectricity", "Bioelectricity: A Quantitative Approach", "coursera", "Duke"),
            new Course("penn-calculus", "Calculus: Single Variable", "coursera", "Penn"),
            new Course("uci-algebra", "Algebra", "coursera", "UC Irvine"),
        };
        var sessions = new List<CourseSession>();
        foreach (var course in courses)
        {
            // Illustrative runs: spring 2013 and spring 2014; join the verified track within ~3 weeks of the start.
            sessions.Add(new CourseSession(course.Id + "-2013s", course.Id, new DateRange(new(2013, 3, 4), new(2013, 5, 12)), At(2013, 3, 24, 12, 0, NewYork)));
            sessions.Add(new CourseSession(course.Id + "-2014s", course.Id, new DateRange(new(2014, 3, 3), new(2014, 5, 11)), At(2014, 3, 23, 12, 0, NewYork)));
            sessions.Add(new CourseSession(course.Id + "-2014f", course.Id, new DateRange(new(2014, 9, 8), new(2014, 11, 16)), At(2014, 9, 28, 12, 0, NewYork)));
        }

        var math = new SubjectArea("mathematics", "Mathematics");
        var biology = new SubjectArea("biology", "Biology");
        var engineering = new SubjectArea("biomedical-engineering", "Biomedical Engineering");
        var v1 = new DateRange(new(2013, 2, 1), new(2016, 1, 31));
        var pass = Score.Percent(60);
        RecommendationVersion One(decimal hours, CreditLevel[] levels, SubjectArea[] subjects) =>
            new(1, v1, [new RecommendationLine(CreditAmount.FromSemesterHours(hours), levels, subjects)], pass);

        var recommendations = new[]
        {
            new CreditRecommendation("ACE-COUR-0001", "ace", "uci-precalculus",
            [
                One(3, [CreditLevel.LowerDivision], [math]),
            ]),
            new CreditRecommendation("ACE-COUR-0002", "ace", "duke-genetics-evolution",
            [
                One(3, [CreditLevel.LowerDivision], [biology]),
            ]),
            new CreditRecommendation("ACE-COUR-0003", "ace", "duke-bioelectricity",
            [
                new RecommendationVersion(1, v1,
                [
                    new RecommendationLine(CreditAmount.FromSemesterHours(2), [CreditLevel.LowerDivision, CreditLevel.UpperDivision], [engineering, biology]),
                    new RecommendationLine(CreditAmount.FromSemesterHours(1), [CreditLevel.UpperDivision], [engineering]),
                ], pass),
            ]),
            new CreditRecommendation("ACE-COUR-0004", "ace", "penn-calculus",
            [
                One(4, [CreditLevel.LowerDivision], [math]),
            ]),
            new CreditRecommendation("ACE-COUR-0005", "ace", "uci-algebra",
            [
                One(3, [CreditLevel.VocationalCertificate], [math]),
            ]),
        };
        return new Catalog([ace], [coursera], courses, sessions, recommendations);
    }

    private static PolicySet BuildPolicies()
    {
        var acePercent70 = Score.Percent(70);
        var eastern = new Institution(
            "eastern-state", "Eastern State College (modelled on Eastern Florida State College)", CreditUnit.SemesterHour, NewYork,
            [
                new InstitutionPolicy(
                    "eastern-2013",
                    acceptedEvaluators: ["ace"],
                    acceptedLevels: [CreditLevel.LowerDivision, CreditLevel.UpperDivision],
                    evidence: new EvidenceRequirement([EvidenceKind.AceTranscriptCredly], requireOfficial: true, requireVerified: true)),
            ],
            [
                new DegreeProgram("aa-general", "Associate in Arts"),
                new DegreeProgram("asn-nursing", "Associate in Nursing",
                [
                    new ProgramOverride("nursing-no-ace", OverrideKind.Refuse, "the nursing core accepts no evaluator-recommended credit (modelled on Excelsior College Nursing)", evaluatorIds: ["ace"]),
                ]),
            ]);
        var northern = new Institution(
            "northern-quarter", "Northern Quarter University (illustrative quarter-hour school)", CreditUnit.QuarterHour, Chicago,
            [
                new InstitutionPolicy(
                    "northern-2012",
                    acceptedEvaluators: ["ace"],
                    acceptedLevels: [CreditLevel.LowerDivision, CreditLevel.UpperDivision],
                    minimumScore: acePercent70,
                    recency: new RecencyWindow(Period.FromYears(5), RecencyAnchor.AsOfDate),
                    retakes: new RetakePolicy(Period.FromMonths(3), 2),
                    qualifyingDateZone: QualifyingDateZone.Evaluator,
                    rounding: RoundingPolicy.FloorTo(1)),
            ],
            [new DegreeProgram("bs-biology", "BS Biology")]);
        var western = new Institution(
            "western-tech", "Western Technical College (illustrative; vocational credit accepted)", CreditUnit.SemesterHour, LosAngeles,
            [
                new InstitutionPolicy(
                    "western-2013",
                    acceptedEvaluators: ["ace"],
                    acceptedLevels: [CreditLevel.VocationalCertificate, CreditLevel.LowerDivision],
                    qualifyingDateZone: QualifyingDateZone.Candidate),
            ],
            [new DegreeProgram("aas-technology", "AAS Applied Technology")]);
        return new PolicySet([eastern, northern, western]);
    }

    private static IReadOnlyList<SampleClaim> BuildClaims()
    {
        var verified = new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Verified, At(2013, 3, 10, 9, 0, NewYork));
        FeeObligation Paid(string course, FeeKind kind, decimal usd) => new(course, kind, Money.Usd(usd), FeeStatus.Paid, new LocalDate(2013, 3, 10));
        EvidenceDocument Credly(string course) => new(EvidenceKind.AceTranscriptCredly, new LocalDate(2013, 7, 1), isOfficial: true, isVerified: true, courseId: course);
        ExamAttempt Exam(string course, int y, int mo, int d, decimal score, DateTimeZone? zone = null) =>
            new(course, At(y, mo, d, 10, 0, zone ?? NewYork), zone ?? NewYork, score >= 60 ? ExamOutcome.Passed : ExamOutcome.Failed, Score.Percent(score));

        LearnerRecord Complete(string id, string course, decimal score, bool evidence = true, bool veteran = false) => new(
            id,
            isVeteran: veteran,
            courseEnrollments: [new CourseEnrollment(course + "-2013s", EnrollmentTrack.Verified, At(2013, 3, 8, 14, 0, NewYork))],
            completions: [new CourseCompletion(course + "-2013s", CompletionStatus.Completed, new LocalDate(2013, 5, 12))],
            identityVerifications: [verified],
            examAttempts: [Exam(course, 2013, 5, 20, score)],
            fees: [Paid(course, FeeKind.VerifiedTrack, 49), Paid(course, FeeKind.ProctoredExam, 90)],
            evidence: evidence ? [Credly(course)] : []);

        return
        [
            new("ada", "Eligible: passed Pre-Calculus with 84, official Credly transcript", Complete("ada", "uci-precalculus", 84), "uci-precalculus", "eastern-state", "aa-general"),
            new("ben", "Incomplete: evidence missing and exam fee unpaid", new LearnerRecord(
                "ben",
                courseEnrollments: [new CourseEnrollment("duke-genetics-evolution-2013s", EnrollmentTrack.Verified, At(2013, 3, 8, 14, 0, NewYork))],
                completions: [new CourseCompletion("duke-genetics-evolution-2013s", CompletionStatus.Completed, new LocalDate(2013, 5, 12))],
                identityVerifications: [verified],
                examAttempts: [Exam("duke-genetics-evolution", 2013, 6, 3, 77)],
                fees: [Paid("duke-genetics-evolution", FeeKind.VerifiedTrack, 49), new FeeObligation("duke-genetics-evolution", FeeKind.ProctoredExam, Money.Usd(90), FeeStatus.Unpaid)]),
                "duke-genetics-evolution", "eastern-state", "aa-general"),
            new("cleo", "NotEligible: the nursing program refuses ACE credit", Complete("cleo", "uci-precalculus", 91), "uci-precalculus", "eastern-state", "asn-nursing"),
            new("dev", "NotEligible: Algebra is vocational and Eastern accepts only lower and upper division", Complete("dev", "uci-algebra", 88), "uci-algebra", "eastern-state", "aa-general"),
            new("eve", "Eligible: Calculus, 4 SH at a quarter-hour school is 6 QH", Complete("eve", "penn-calculus", 75), "penn-calculus", "northern-quarter", "bs-biology"),
            new("finn", "NotEligible: score 68 is 2 points below Northern's 70", Complete("finn", "penn-calculus", 68), "penn-calculus", "northern-quarter", "bs-biology"),
            new("gia", "Incomplete: failed the exam once; retake allowed after three months", new LearnerRecord(
                "gia",
                courseEnrollments: [new CourseEnrollment("duke-bioelectricity-2014s", EnrollmentTrack.Verified, At(2014, 3, 5, 14, 0, NewYork))],
                completions: [new CourseCompletion("duke-bioelectricity-2014s", CompletionStatus.Completed, new LocalDate(2014, 5, 11))],
                identityVerifications: [verified],
                examAttempts: [Exam("duke-bioelectricity", 2014, 5, 19, 52)],
                fees: [Paid("duke-bioelectricity", FeeKind.VerifiedTrack, 49), Paid("duke-bioelectricity", FeeKind.ProctoredExam, 90)]),
                "duke-bioelectricity", "northern-quarter", "bs-biology"),
            new("hugo", "Eligible: Algebra at a technical college that takes vocational credit; exam at 23:30 in Los Angeles", new LearnerRecord(
                "hugo",
                courseEnrollments: [new CourseEnrollment("uci-algebra-2013s", EnrollmentTrack.Verified, At(2013, 3, 8, 14, 0, NewYork))],
                completions: [new CourseCompletion("uci-algebra-2013s", CompletionStatus.Completed, new LocalDate(2013, 5, 12))],
                identityVerifications: [new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Verified, At(2013, 3, 10, 9, 0, NewYork), IdentityMethod.WebcamPhoto)],
                examAttempts: [new ExamAttempt("uci-algebra", At(2013, 5, 31, 23, 30, LosAngeles), LosAngeles, ExamOutcome.Passed, Score.Percent(81))],
                fees: [Paid("uci-algebra", FeeKind.VerifiedTrack, 49), new FeeObligation("uci-algebra", FeeKind.ProctoredExam, Money.Usd(90), FeeStatus.Waived, new LocalDate(2013, 5, 1), "financial aid")]),
                "uci-algebra", "western-tech", "aas-technology"),
            new("iris", "NotEligible: exam invalidated for an integrity violation", new LearnerRecord(
                "iris",
                courseEnrollments: [new CourseEnrollment("uci-precalculus-2013s", EnrollmentTrack.Verified, At(2013, 3, 8, 14, 0, NewYork))],
                completions: [new CourseCompletion("uci-precalculus-2013s", CompletionStatus.Completed, new LocalDate(2013, 5, 12))],
                identityVerifications: [verified],
                examAttempts: [new ExamAttempt("uci-precalculus", At(2013, 5, 20, 10, 0, NewYork), NewYork, ExamOutcome.Passed, Score.Percent(95), integrity: IntegrityReview.Invalidated, invalidation: InvalidationKind.IntegrityViolation)],
                fees: [Paid("uci-precalculus", FeeKind.VerifiedTrack, 49), Paid("uci-precalculus", FeeKind.ProctoredExam, 90)],
                evidence: [Credly("uci-precalculus")]),
                "uci-precalculus", "eastern-state", "aa-general"),
            new("jon", "Incomplete: on the free track; the autumn 2014 session is still open", new LearnerRecord(
                "jon",
                courseEnrollments: [new CourseEnrollment("penn-calculus-2014s", EnrollmentTrack.Free, At(2014, 3, 1, 14, 0, NewYork))],
                completions: [new CourseCompletion("penn-calculus-2014s", CompletionStatus.Completed, new LocalDate(2014, 5, 11))]),
                "penn-calculus", "northern-quarter", "bs-biology"),
        ];
    }
}

/// <summary>One bundled learner with the claim the sample run decides.</summary>
internal sealed record SampleClaim(string LearnerId, string Story, LearnerRecord Learner, string CourseId, string InstitutionId, string ProgramId);
