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
/// (transfer, exam, military, prior learning; some posted, some in residence; some under an equivalence key of the
/// institution's record policies, graded around its blocking minimum grade), which record-level evaluation uses and
/// a single claim ignores. About 8 % of learners at an institution with caps hold posted credit from 5 SH short of one
/// of its caps to 2 SH over it. A learner enrols at most once per course (so once per session).</para>
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
        // The equivalence keys of each institution's record policies, so some prior credit duplicates a claimed course.
        var keys = policies.Institutions.ToDictionary(
            i => i.Id,
            i => i.Policies.Where(p => p.RecordPolicy is not null).SelectMany(p => p.RecordPolicy!.Equivalences.Values).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            StringComparer.Ordinal);
        // The caps of each institution's record policies, so some learners' posted credit fills one.
        var caps = policies.Institutions.ToDictionary(
            i => i.Id,
            i => i.Policies.Where(p => p.RecordPolicy is not null).SelectMany(p => p.RecordPolicy!.Caps).ToArray(),
            StringComparer.Ordinal);
        // The blocking minimum grade of each institution's record policies, so some duplicate credit is graded below it.
        var grades = policies.Institutions.ToDictionary(
            i => i.Id,
            i => i.Policies.Select(p => p.RecordPolicy?.BlockingMinimumGrade).FirstOrDefault(g => g is not null),
            StringComparer.Ordinal);
        for (var n = 1; n <= learners; n++)
        {
            var institution = policies.Institutions[random.Next(policies.Institutions.Count)];
            var program = institution.Programs[random.Next(institution.Programs.Count)];
            var claimed = courses[random.Next(courses.Length)];
            var learnerId = "L" + n.ToString("D7", CultureInfo.InvariantCulture);
            var facts = new Facts();
            AddCourse(random, facts, claimed, sessions[claimed.Id], main: true);
            var others = random.NextDouble() < 0.4 ? 1 : random.NextDouble() < 0.15 ? 2 : 0;
            var enrolled = new HashSet<string>(StringComparer.Ordinal) { claimed.Id };
            for (var k = 0; k < others; k++)
            {
                // One enrolment per course (so per session): a course drawn twice, or the claimed course, is skipped.
                var other = courses[random.Next(courses.Length)];
                if (enrolled.Add(other.Id))
                {
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
                var enrolledOn = new LocalDate(2012, 9, 1).PlusDays(random.Next(1000));

                // Where versions are selected by catalog year, most enrolments state one: the enrolment's own academic year or the
                // one before (readmitted under an earlier catalog); a third state none (the enrolment date selects). Derived from
                // the date, so the random sequence stays as it was.
                CatalogYear? catalogYear = institution.PolicySelection == PolicySelectionBasis.CatalogYear && enrolledOn.Day % 3 != 0
                    ? CatalogYear.FromStartYear(enrolledOn.Year - (enrolledOn.Month < 7 ? 1 : 0) - (enrolledOn.Day % 2))
                    : null;
                facts.Programs.Add(new ProgramEnrollment(institution.Id, program.Id, enrolledOn, catalogYear: catalogYear));
            }

            var priorRoll = random.NextDouble();
            var priorCount = priorRoll < 0.2 ? 1 : priorRoll < 0.3 ? 2 : 0;
            for (var k = 0; k < priorCount; k++)
            {
                var source = (PriorCreditSource)random.Next(4);
                var levelRoll = random.NextDouble();
                var key = random.NextDouble() < 0.3 ? EquivalenceKey(random, keys[institution.Id]) : null;
                facts.Prior.Add(new PriorCredit(
                    "P" + (k + 1).ToString(CultureInfo.InvariantCulture),
                    source,
                    CreditAmount.FromSemesterHours(1 + random.Next(6)),
                    levelRoll < 0.65 ? CreditLevel.LowerDivision : levelRoll < 0.9 ? CreditLevel.UpperDivision : CreditLevel.VocationalCertificate,
                    new LocalDate(2008, 1, 1).PlusDays(random.Next(2000)),
                    isPosted: random.NextDouble() < 0.5,
                    inResidence: source == PriorCreditSource.Transfer && random.NextDouble() < 0.2,
                    equivalenceKey: key,
                    grade: key is null ? null : Grade(random, grades[institution.Id]),
                    institutionId: institution.Id));
            }

            if (priorRoll is >= 0.3 and < 0.38 && caps[institution.Id] is { Length: > 0 } held)
            {
                // A few learners hold posted credit from 5 SH short of one of the institution's caps to 2 SH over it, so their
                // claims meet the cap: reached, partly applied, overflowing to electives, or already exceeded.
                var cap = held[random.Next(held.Length)];
                var target = LimitInSemesterHours(cap, program) is { } limit ? (int)limit - 5 + random.Next(8) : 0;
                for (int total = 0, k = priorCount; total < target; k++)
                {
                    var hours = Math.Min(3 + random.Next(4), target - total);
                    total += hours;
                    facts.Prior.Add(new PriorCredit(
                        "P" + (k + 1).ToString(CultureInfo.InvariantCulture),
                        cap.Source ?? PriorCreditSource.Transfer,
                        CreditAmount.FromSemesterHours(hours),
                        cap.Level ?? CreditLevel.LowerDivision,
                        new LocalDate(2008, 1, 1).PlusDays(random.Next(2000)),
                        isPosted: true,
                        institutionId: institution.Id));
                }
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
                    priorCredits: facts.Prior,
                    exceptions: n % 50 == 49 ? [MinimumScoreWaiver(claimed.Id, institution.Id)] : null,
                    postingFeePayments: n % 40 == 13 ? [new PostingFeePayment(institution.Id, new LocalDate(2014, 1, 15))] : null),
                claimed.Id,
                institution.Id,
                program.Id);
        }
    }

    // Every 40th learner (by number, not the random stream) has paid the institution's posting fee on 2014-01-15: the
    // posting-fee rule's PostingFeePaid is exercised.

    /// <summary>
    /// Every 50th learner holds a petition waiving the minimum-score rule for the claimed course (chosen by the learner's
    /// number, not the random stream, so every other generated fact stays as it was): the exception rule is exercised.
    /// </summary>
    private static ExceptionGrant MinimumScoreWaiver(string courseId, string institutionId) => new(
        "PET-GEN-1",
        ExceptionKind.WaiveRule,
        new DateRange(new LocalDate(2012, 1, 1), new LocalDate(2099, 12, 31)),
        "Generated registrar",
        new LocalDate(2013, 1, 15),
        "Generated petition: the minimum score is waived.",
        courseId: courseId,
        institutionId: institutionId,
        ruleId: "institution.minimum-score");

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

    /// <summary>One of the institution's equivalence keys (so the credit may duplicate a claimed course), else a key no policy maps.</summary>
    private static string EquivalenceKey(Random random, string[] keys)
        => keys.Length > 0 ? keys[random.Next(keys.Length)] : "MATH-" + (100 + random.Next(5)).ToString(CultureInfo.InvariantCulture);

    /// <summary>A cap's limit in semester hours, whole hours down; null for a percentage cap of a program without total credits.</summary>
    private static decimal? LimitInSemesterHours(CreditCap cap, DegreeProgram program)
    {
        var limit = cap.Limit ?? (program.TotalCredits is { } total ? CreditAmount.FromSemesterHours(total.ConvertTo(CreditUnit.SemesterHour).ToDecimal() * cap.PercentOfProgram!.Value / 100) : null);
        return limit is { } l ? Math.Floor(l.ConvertTo(CreditUnit.SemesterHour).ToDecimal()) : null;
    }

    /// <summary>Half the time no grade; else a grade on the blocking minimum's scale, within a quarter of its range of the minimum.</summary>
    private static Score? Grade(Random random, Score? minimum)
    {
        if (random.NextDouble() < 0.5 || minimum is not { } m)
        {
            return null;
        }

        var scale = m.Scale;
        var spread = (scale.Maximum - scale.Minimum) / 4;
        var value = Math.Round(m.Value + (((decimal)random.NextDouble() * 2) - 1) * spread, 1);
        return new Score(Math.Clamp(value, scale.Minimum, scale.Maximum), scale);
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
