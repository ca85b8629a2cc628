using System.Globalization;
using CreditRules.Domain;
using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Engine;

/// <summary>
/// Generates a seeded synthetic population of claims over any catalog and policy set, for bulk runs, benchmarks, tests and
/// impact analysis. Each learner claims one course at one institution and program, and holds facts for up to two more
/// courses; the facts mix every outcome and many reasons (late or free track, unfinished courses, pending or fallback
/// identity, failed, pending, invalidated or too-early retakes, unpaid, waived or refunded fees, missing evidence,
/// program enrolments before and after the as-of date, prior credit).
/// </summary>
/// <remarks>
/// <para>It lives in the library because the command line, the benchmarks and the tests must draw the same population
/// from the same seed; it reads nothing but its arguments. Same arguments, same claims, on every platform
/// (<see cref="Random"/> with a seed).</para>
/// <para>SYNTHETIC: every learner, date, score and fee is invented. About 30 % of learners hold prior credit
/// (transfer, exam, military, prior learning; some posted, some in residence), which record-level evaluation uses and
/// a single claim ignores.</para>
/// </remarks>
public static class PopulationGenerator
{
    private static readonly DateTimeZone[] CandidateZones =
    [
        DateTimeZoneProviders.Tzdb["America/New_York"],
        DateTimeZoneProviders.Tzdb["America/Chicago"],
        DateTimeZoneProviders.Tzdb["America/Los_Angeles"],
        DateTimeZoneProviders.Tzdb["Europe/London"],
        DateTimeZoneProviders.Tzdb["Asia/Kolkata"],
    ];

    /// <summary>Generates claims lazily, one learner at a time, so a population of any size streams in constant memory.</summary>
    /// <param name="catalog">The courses and sessions to draw from.</param>
    /// <param name="policies">The institutions and programs to draw from.</param>
    /// <param name="learners">How many learners (one claim each).</param>
    /// <param name="seed">The seed: the same seed gives the same population.</param>
    /// <returns>The claims, learner ids <c>L0000001</c> onwards.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="policies"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="learners"/> is negative.</exception>
    /// <exception cref="ArgumentException">The catalog has no course with a session, or the policy set no institution.</exception>
    public static IEnumerable<CreditClaim> Generate(Catalog catalog, PolicySet policies, int learners, int seed)
    {
        Preconditions.NotNull(catalog);
        Preconditions.NotNull(policies);
        ArgumentOutOfRangeException.ThrowIfNegative(learners);
        var courses = catalog.Courses.Where(c => catalog.GetSessions(c.Id).Any()).ToArray();
        if (courses.Length == 0)
        {
            throw new ArgumentException("The catalog has no course with a session to enrol in.", nameof(catalog));
        }

        if (policies.Institutions.Count == 0)
        {
            throw new ArgumentException("The policy set has no institution.", nameof(policies));
        }

        return Iterate(catalog, policies, courses, learners, seed);
    }

    private static IEnumerable<CreditClaim> Iterate(Catalog catalog, PolicySet policies, Course[] courses, int learners, int seed)
    {
        var random = new Random(seed);
        var sessions = courses.ToDictionary(c => c.Id, c => catalog.GetSessions(c.Id).ToArray(), StringComparer.Ordinal);
        for (var n = 1; n <= learners; n++)
        {
            var institution = policies.Institutions[random.Next(policies.Institutions.Count)];
            var program = institution.Programs[random.Next(institution.Programs.Count)];
            var claimed = courses[random.Next(courses.Length)];
            var learnerId = "L" + n.ToString("D7", CultureInfo.InvariantCulture);
            var facts = new Facts();
            AddCourse(random, facts, claimed, sessions[claimed.Id], main: true);
            var others = random.NextDouble() < 0.4 ? 1 : random.NextDouble() < 0.15 ? 2 : 0;
            var picked = claimed;
            for (var k = 0; k < others; k++)
            {
                // Never the same course twice for one learner: a second enrolment could join the same session, which a
                // learner document refuses (DuplicateEnrollment).
                var other = courses[random.Next(courses.Length)];
                if (!string.Equals(other.Id, claimed.Id, StringComparison.Ordinal) && !string.Equals(other.Id, picked.Id, StringComparison.Ordinal))
                {
                    picked = other;
                    AddCourse(random, facts, other, sessions[other.Id], main: false);
                }
            }

            var roll = random.NextDouble();
            var verifiedAt = At(new LocalDate(2013, 3, 1).PlusDays(random.Next(400)), random.Next(24));
            if (roll < 0.80)
            {
                facts.Identity.Add(new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Verified, verifiedAt));
            }
            else if (roll < 0.88)
            {
                facts.Identity.Add(new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Verified, verifiedAt, IdentityMethod.WebcamPhoto));
            }
            else if (roll < 0.93)
            {
                facts.Identity.Add(new IdentityVerification(IdentityMethod.WebcamPhoto, VerificationStatus.Pending, verifiedAt));
            }
            else if (roll < 0.97)
            {
                facts.Identity.Add(new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Failed, verifiedAt));
            }

            if (random.NextDouble() < 0.5)
            {
                // Some enrolments postdate the as-of dates in use, so they are ignored; some select another policy version.
                facts.Programs.Add(new ProgramEnrollment(institution.Id, program.Id, new LocalDate(2012, 9, 1).PlusDays(random.Next(1000))));
            }

            var priorRoll = random.NextDouble();
            var priorCount = priorRoll < 0.2 ? 1 : priorRoll < 0.3 ? 2 : 0;
            for (var k = 0; k < priorCount; k++)
            {
                var source = (PriorCreditSource)random.Next(4);
                facts.Prior.Add(new PriorCredit(
                    "P" + (k + 1).ToString(CultureInfo.InvariantCulture),
                    source,
                    CreditAmount.FromSemesterHours(1 + random.Next(6)),
                    random.NextDouble() < 0.7 ? CreditLevel.LowerDivision : CreditLevel.UpperDivision,
                    new LocalDate(2008, 1, 1).PlusDays(random.Next(2000)),
                    isPosted: random.NextDouble() < 0.5,
                    inResidence: source == PriorCreditSource.Transfer && random.NextDouble() < 0.2,
                    equivalenceKey: random.NextDouble() < 0.3 ? "MATH-" + (100 + random.Next(5)).ToString(CultureInfo.InvariantCulture) : null,
                    institutionId: institution.Id));
            }

            yield return new CreditClaim(
                new LearnerRecord(
                    learnerId,
                    isVeteran: random.NextDouble() < 0.08,
                    programEnrollments: facts.Programs,
                    courseEnrollments: facts.Enrollments,
                    completions: facts.Completions,
                    identityVerifications: facts.Identity,
                    examAttempts: facts.Exams,
                    fees: facts.Fees,
                    evidence: facts.Evidence,
                    priorCredits: facts.Prior),
                claimed.Id,
                institution.Id,
                program.Id);
        }
    }

    private static void AddCourse(Random random, Facts facts, Course course, CourseSession[] sessions, bool main)
    {
        var session = sessions[random.Next(sessions.Length)];
        var track = random.NextDouble();
        var deadline = session.VerifiedTrackDeadline;
        if (track < 0.84)
        {
            facts.Enrollments.Add(new CourseEnrollment(session.Id, EnrollmentTrack.Verified, deadline - Duration.FromHours(24 + random.Next(400))));
        }
        else if (track < 0.90)
        {
            facts.Enrollments.Add(new CourseEnrollment(session.Id, EnrollmentTrack.Verified, deadline + Duration.FromHours(1 + random.Next(300))));
        }
        else if (track < 0.97)
        {
            facts.Enrollments.Add(new CourseEnrollment(session.Id, EnrollmentTrack.Free, deadline - Duration.FromHours(48)));
        }

        var end = session.Dates.End;
        var completion = random.NextDouble();
        var status = completion < 0.86 ? CompletionStatus.Completed : completion < 0.93 ? CompletionStatus.InProgress : completion < 0.97 ? CompletionStatus.Failed : CompletionStatus.Withdrew;
        facts.Completions.Add(new CourseCompletion(session.Id, status, status == CompletionStatus.InProgress ? session.Dates.Start.PlusDays(20) : end));

        var attempts = status != CompletionStatus.Completed ? 0 : main ? Pick(random, 0.08, 0.70, 0.92) : Pick(random, 0.30, 0.90, 0.97);
        var examDay = end.PlusDays(3 + random.Next(20));
        var zone = CandidateZones[random.Next(CandidateZones.Length)];
        for (var a = 0; a < attempts; a++)
        {
            // Mostly near-midnight or daytime starts, so the zone that dates the exam matters for some.
            var hour = random.NextDouble() < 0.1 ? 23 : 8 + random.Next(12);
            var start = new LocalDateTime(examDay.Year, examDay.Month, examDay.Day, hour, random.Next(60)).InZoneLeniently(zone).ToInstant();
            var kind = random.NextDouble();
            var score = Score.Percent(Math.Clamp(Math.Round((decimal)(55 + (random.NextDouble() * 45) - (random.NextDouble() * 15)), 0), 0, 100));
            var outcome = score.Value >= 60 ? ExamOutcome.Passed : ExamOutcome.Failed;
            ExamAttempt attempt = kind switch
            {
                < 0.03 => new ExamAttempt(course.Id, start, zone, outcome, score, integrity: IntegrityReview.Invalidated, invalidation: InvalidationKind.IntegrityViolation),
                < 0.06 => new ExamAttempt(course.Id, start, zone, outcome, score, integrity: IntegrityReview.Invalidated, invalidation: InvalidationKind.Administrative),
                < 0.08 => new ExamAttempt(course.Id, start, zone, outcome, score, idCheck: IdCheckResult.Failed),
                < 0.11 => new ExamAttempt(course.Id, start, zone, ExamOutcome.Pending, null, ProctoringMode.RecordAndReview),
                < 0.13 => new ExamAttempt(course.Id, start, zone, outcome, score, ProctoringMode.RecordAndReview, integrity: IntegrityReview.Flagged),
                _ => new ExamAttempt(course.Id, start, zone, outcome, score),
            };
            facts.Exams.Add(attempt);
            // Retakes: mostly after a few months, sometimes too soon.
            examDay = examDay.PlusDays(random.NextDouble() < 0.3 ? 20 + random.Next(40) : 95 + random.Next(120));
        }

        AddFee(random, facts, course.Id, FeeKind.VerifiedTrack, 49, session.Dates.Start);
        if (attempts > 0)
        {
            AddFee(random, facts, course.Id, FeeKind.ProctoredExam, 60 + random.Next(31), end);
        }

        var evidence = random.NextDouble();
        if (evidence < 0.62)
        {
            facts.Evidence.Add(new EvidenceDocument(EvidenceKind.AceTranscriptCredly, end.PlusDays(30 + random.Next(60)), isOfficial: true, isVerified: true, courseId: course.Id));
        }
        else if (evidence < 0.72)
        {
            facts.Evidence.Add(new EvidenceDocument(EvidenceKind.ProviderCertificate, end.PlusDays(10), isOfficial: false, isVerified: true, courseId: course.Id));
        }
        else if (evidence < 0.78)
        {
            facts.Evidence.Add(new EvidenceDocument(EvidenceKind.AceTranscriptAccredible, end.PlusDays(30), isOfficial: true, isVerified: false, courseId: course.Id));
        }
    }

    private static void AddFee(Random random, Facts facts, string courseId, FeeKind kind, decimal usd, LocalDate around)
    {
        var roll = random.NextDouble();
        var date = around.PlusDays(random.Next(90));
        var fee = roll switch
        {
            < 0.82 => new FeeObligation(courseId, kind, Money.Usd(usd), FeeStatus.Paid, date),
            < 0.90 => new FeeObligation(courseId, kind, Money.Usd(usd), FeeStatus.Unpaid),
            < 0.95 => new FeeObligation(courseId, kind, Money.Usd(usd), FeeStatus.Waived, date, "financial aid"),
            < 0.97 => new FeeObligation(courseId, kind, Money.Usd(usd), FeeStatus.Refunded, date),
            < 0.98 => new FeeObligation(courseId, kind, Money.Usd(usd), FeeStatus.PartiallyRefunded, date),
            _ => new FeeObligation(courseId, kind, Money.Usd(usd), FeeStatus.Paid, new LocalDate(2015, 1, 5)),
        };
        facts.Fees.Add(fee);
    }

    /// <summary>0 with probability p0, 1 up to p1, 2 up to p2, else 3.</summary>
    private static int Pick(Random random, double p0, double p1, double p2)
    {
        var roll = random.NextDouble();
        return roll < p0 ? 0 : roll < p1 ? 1 : roll < p2 ? 2 : 3;
    }

    private static Instant At(LocalDate date, int hour) => date.At(new LocalTime(hour, 0)).InUtc().ToInstant();

    private sealed class Facts
    {
        public List<ProgramEnrollment> Programs { get; } = [];

        public List<CourseEnrollment> Enrollments { get; } = [];

        public List<CourseCompletion> Completions { get; } = [];

        public List<IdentityVerification> Identity { get; } = [];

        public List<ExamAttempt> Exams { get; } = [];

        public List<FeeObligation> Fees { get; } = [];

        public List<EvidenceDocument> Evidence { get; } = [];

        public List<PriorCredit> Prior { get; } = [];
    }
}
