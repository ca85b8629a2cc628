using System.Globalization;
using System.Text;

namespace CreditRules.Tests.Support;

/// <summary>
/// Compact sample data for host-integration tests (ILLUSTRATIVE numbers, modelled on the CLI's bundled samples): one
/// evaluator, three courses, two institutions, a learner builder and a seeded population generator.
/// </summary>
public static class HostSamples
{
    public static readonly LocalDate AsOf = new(2014, 6, 30);

    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    public static readonly DateTimeZone Chicago = DateTimeZoneProviders.Tzdb["America/Chicago"];
    public static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    public static readonly string[] CourseIds = ["uci-precalculus", "penn-calculus", "uci-algebra"];

    public static Catalog Catalog { get; } = BuildCatalog();

    public static PolicySet Policies { get; } = BuildPolicies();

    public static Instant At(int y, int mo, int d, int h, int mi, DateTimeZone zone) =>
        new LocalDateTime(y, mo, d, h, mi).InZoneStrictly(zone).ToInstant();

    /// <summary>A learner who did everything for <paramref name="courseId"/> in the spring 2013 session, passing the exam with <paramref name="score"/>.</summary>
    public static LearnerRecord CompleteLearner(string learnerId, string courseId = "uci-precalculus", decimal score = 84, IEnumerable<ProgramEnrollment>? programEnrollments = null) => new(
        learnerId,
        programEnrollments: programEnrollments,
        courseEnrollments: [new CourseEnrollment(courseId + "-2013s", EnrollmentTrack.Verified, At(2013, 3, 8, 14, 0, NewYork))],
        completions: [new CourseCompletion(courseId + "-2013s", CompletionStatus.Completed, new LocalDate(2013, 5, 12))],
        identityVerifications: [new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Verified, At(2013, 3, 10, 9, 0, NewYork))],
        examAttempts: [new ExamAttempt(courseId, At(2013, 5, 20, 10, 0, NewYork), NewYork, score >= 60 ? ExamOutcome.Passed : ExamOutcome.Failed, Score.Percent(score))],
        fees:
        [
            new FeeObligation(courseId, FeeKind.VerifiedTrack, Money.Usd(49), FeeStatus.Paid, new LocalDate(2013, 3, 10)),
            new FeeObligation(courseId, FeeKind.ProctoredExam, Money.Usd(90), FeeStatus.Paid, new LocalDate(2013, 5, 1)),
        ],
        evidence: [new EvidenceDocument(EvidenceKind.AceTranscriptCredly, new LocalDate(2013, 7, 1), isOfficial: true, isVerified: true, courseId: courseId)]);

    /// <summary>Ada's claim: eligible for 3 SH of Pre-Calculus at Eastern State.</summary>
    public static EvaluationRequest AdaRequest(LocalDate? asOf = null) =>
        new(CompleteLearner("ada"), "uci-precalculus", "eastern-state", "aa-general", asOf ?? AsOf);

    /// <summary>
    /// A seeded population of claims covering every outcome: each learner's facts are drawn independently (track,
    /// completion, identity, exam attempts near midnight and across zones, fees, evidence, program enrolment).
    /// </summary>
    public static IReadOnlyList<EvaluationRequest> Population(int count, int seed)
    {
        var random = new Random(seed);
        var targets = new (string Institution, string Program)[] { ("eastern-state", "aa-general"), ("eastern-state", "asn-nursing"), ("northern-quarter", "bs-biology") };
        var zones = new[] { NewYork, Chicago, LosAngeles };
        var sessions = new[] { ("2013s", new LocalDate(2013, 3, 4)), ("2014s", new LocalDate(2014, 3, 3)) };
        var requests = new EvaluationRequest[count];
        for (var i = 0; i < count; i++)
        {
            var course = CourseIds[random.Next(CourseIds.Length)];
            var (institution, program) = targets[random.Next(targets.Length)];
            var (suffix, start) = sessions[random.Next(sessions.Length)];
            var session = course + "-" + suffix;
            var zone = zones[random.Next(zones.Length)];
            var examDay = start.PlusDays(75 + random.Next(20));
            var attempts = new List<ExamAttempt>();
            for (var a = random.Next(3); a > 0; a--)
            {
                var score = random.Next(40, 101);
                var outcome = random.Next(10) == 0 ? ExamOutcome.Pending : score >= 60 ? ExamOutcome.Passed : ExamOutcome.Failed;
                // Late-evening starts put the exam's date on different days in different zones.
                var startedAt = (examDay.At(new LocalTime(random.Next(2) == 0 ? 10 : 23, 30))).InZoneLeniently(zone).ToInstant();
                attempts.Add(new ExamAttempt(course, startedAt, zone, outcome, outcome == ExamOutcome.Pending ? null : Score.Percent(score)));
                examDay = examDay.PlusDays(30 + random.Next(90));
            }

            var examFee = (FeeStatus)random.Next(3);
            var fees = new List<FeeObligation>
            {
                new(course, FeeKind.VerifiedTrack, Money.Usd(49), random.Next(6) == 0 ? FeeStatus.Unpaid : FeeStatus.Paid, start),
                new(course, FeeKind.ProctoredExam, Money.Usd(90), examFee, start.PlusDays(60), examFee == FeeStatus.Waived ? "financial aid" : null),
            };
            var evidence = random.Next(3) == 0
                ? Array.Empty<EvidenceDocument>()
                : [new EvidenceDocument(EvidenceKind.AceTranscriptCredly, start.PlusDays(120), isOfficial: true, isVerified: random.Next(5) != 0, courseId: course)];
            var enrollments = random.Next(4) == 0
                ? Array.Empty<ProgramEnrollment>()
                : [new ProgramEnrollment(institution, program, start.PlusDays(-random.Next(400)))];
            var learner = new LearnerRecord(
                "learner-" + i.ToString("D5", CultureInfo.InvariantCulture),
                isVeteran: random.Next(10) == 0,
                programEnrollments: enrollments,
                courseEnrollments: [new CourseEnrollment(session, random.Next(5) == 0 ? EnrollmentTrack.Free : EnrollmentTrack.Verified, start.PlusDays(random.Next(30)).AtMidnight().InZoneLeniently(NewYork).ToInstant())],
                completions: [new CourseCompletion(session, (CompletionStatus)random.Next(3), start.PlusDays(70))],
                identityVerifications: [new IdentityVerification(IdentityMethod.TypingPattern, (VerificationStatus)random.Next(3), start.AtMidnight().InZoneLeniently(NewYork).ToInstant())],
                examAttempts: attempts,
                fees: fees,
                evidence: evidence);
            requests[i] = new EvaluationRequest(learner, course, institution, program, AsOf.PlusDays(random.Next(-200, 200)));
        }

        return requests;
    }

    /// <summary>Everything a decision says, as text: equal fingerprints mean equal decisions.</summary>
    public static string Fingerprint(Decision decision)
    {
        var text = new StringBuilder()
            .Append(decision).Append('|').Append(decision.DataVersion).Append('|').Append(decision.PolicyVersion)
            .Append('|').Append(decision.RecommendationVersion).Append('|').Append(decision.QualifyingDate).Append('|').Append(decision.QualifyingZone.Id)
            .Append('|').Append(decision.CreditsRecommended).Append('|').Append(decision.CreditsGranted);
        foreach (var reason in decision.Reasons)
        {
            text.Append("|R:").Append(reason.RuleId).Append(' ').Append(reason);
        }

        foreach (var step in decision.NextSteps)
        {
            text.Append("|S:").Append(step).Append(' ').Append(step.EarliestDate).Append(' ').Append(step.Deadline).Append(' ').Append(step.Cost);
        }

        foreach (var entry in decision.Trace)
        {
            text.Append("|T:").Append(entry);
        }

        return text.ToString();
    }

    private static Catalog BuildCatalog()
    {
        var ace = new Evaluator("ace", "American Council on Education (ACE CREDIT)", NewYork);
        var coursera = new Provider("coursera", "Coursera");
        var courses = new[]
        {
            new Course("uci-precalculus", "Pre-Calculus", "coursera", "UC Irvine"),
            new Course("penn-calculus", "Calculus: Single Variable", "coursera", "Penn"),
            new Course("uci-algebra", "Algebra", "coursera", "UC Irvine"),
        };
        var sessions = new List<CourseSession>();
        foreach (var course in courses)
        {
            sessions.Add(new CourseSession(course.Id + "-2013s", course.Id, new DateRange(new(2013, 3, 4), new(2013, 5, 12)), At(2013, 3, 24, 12, 0, NewYork)));
            sessions.Add(new CourseSession(course.Id + "-2014s", course.Id, new DateRange(new(2014, 3, 3), new(2014, 5, 11)), At(2014, 3, 23, 12, 0, NewYork)));
            sessions.Add(new CourseSession(course.Id + "-2014f", course.Id, new DateRange(new(2014, 9, 8), new(2014, 11, 16)), At(2014, 9, 28, 12, 0, NewYork)));
        }

        var math = new SubjectArea("mathematics", "Mathematics");
        var v1 = new DateRange(new(2013, 2, 1), new(2016, 1, 31));
        RecommendationVersion One(decimal hours, CreditLevel level) =>
            new(1, v1, [new RecommendationLine(CreditAmount.FromSemesterHours(hours), [level], [math])], Score.Percent(60));
        var recommendations = new[]
        {
            new CreditRecommendation("ACE-COUR-0001", "ace", "uci-precalculus", [One(3, CreditLevel.LowerDivision)]),
            new CreditRecommendation("ACE-COUR-0004", "ace", "penn-calculus", [One(4, CreditLevel.LowerDivision)]),
            new CreditRecommendation("ACE-COUR-0005", "ace", "uci-algebra", [One(3, CreditLevel.VocationalCertificate)]),
        };
        return new Catalog([ace], [coursera], courses, sessions, recommendations);
    }

    private static PolicySet BuildPolicies()
    {
        var eastern = new Institution(
            "eastern-state", "Eastern State College", CreditUnit.SemesterHour, NewYork,
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
                    new ProgramOverride("nursing-no-ace", OverrideKind.Refuse, "the nursing core accepts no evaluator-recommended credit", evaluatorIds: ["ace"]),
                ]),
            ]);
        var northern = new Institution(
            "northern-quarter", "Northern Quarter University", CreditUnit.QuarterHour, Chicago,
            [
                new InstitutionPolicy(
                    "northern-2012",
                    acceptedEvaluators: ["ace"],
                    acceptedLevels: [CreditLevel.LowerDivision, CreditLevel.UpperDivision],
                    minimumScore: Score.Percent(70),
                    recency: new RecencyWindow(Period.FromYears(5), RecencyAnchor.AsOfDate),
                    retakes: new RetakePolicy(Period.FromMonths(3), 2),
                    qualifyingDateZone: QualifyingDateZone.Candidate,
                    rounding: RoundingPolicy.FloorTo(1)),
            ],
            [new DegreeProgram("bs-biology", "BS Biology")]);
        return new PolicySet([eastern, northern]);
    }
}
