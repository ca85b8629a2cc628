using CreditRules.Tests.Engine.Batch;
using CreditRules.Tests.Fixtures;
using CsCheck;

namespace CreditRules.Tests.Engine.Rules;

/// <summary>
/// The one engine: the outcome-only path (no-op sink) and the explained path (collecting sink) run the same rule code,
/// so for every generated learner and claim the summary equals the summary of the explained decision. CsCheck generates
/// whole learner records: several claimed courses, enrolments on or off the verified track, completions, identity
/// verifications, exam attempts in several candidate zones (retakes, pending, invalidated), fees, evidence, program
/// enrolments and prior credit; claims are decided on several as-of dates at every institution and program.
/// </summary>
public sealed class OneEnginePropertyTests
{
    private const int Learners = 100_000;

    private static readonly Course[] Courses = [.. BatchWorld.Catalog.Courses];

    private static readonly (string Institution, string Program)[] Programs =
        [.. BatchWorld.Policies.Institutions.SelectMany(i => i.Programs.Select(p => (i.Id, p.Id)))];

    private static readonly LocalDate[] AsOfDates = [new(2013, 6, 1), new(2014, 6, 30), new(2016, 2, 1), new(2018, 5, 21)];

    private static readonly EvaluationPlan[] Plans = [.. AsOfDates.Select(d => EvaluationPlan.Compile(BatchWorld.Catalog, BatchWorld.Policies, d))];

    private static readonly DateTimeZone[] Zones = [.. new[] { "America/New_York", "America/Chicago", "America/Los_Angeles", "Asia/Tokyo", "Pacific/Kiritimati", "UTC" }.Select(z => DateTimeZoneProviders.Tzdb[z])];

    private static readonly Gen<ExamAttempt> AttemptTemplate =
        Gen.Select(Gen.Int[0, 500], Gen.Int[0, 23], Gen.Int[0, Zones.Length - 1], Gen.Int[30, 100], Gen.Int[0, 9], Gen.Bool)
            .Select(t => new ExamAttempt(
                "template",
                new LocalDate(2013, 4, 1).PlusDays(t.Item1).At(new LocalTime(t.Item2, 30)).InZoneLeniently(Zones[t.Item3]).ToInstant(),
                Zones[t.Item3],
                t.Item5 == 0 ? ExamOutcome.Pending : t.Item6 ? ExamOutcome.Passed : ExamOutcome.Failed,
                t.Item5 == 0 ? null : Score.Percent(t.Item4),
                idCheck: t.Item5 == 1 ? IdCheckResult.Failed : IdCheckResult.Passed,
                integrity: t.Item5 switch { 2 or 3 => IntegrityReview.Invalidated, 4 => IntegrityReview.Flagged, _ => IntegrityReview.Clean },
                invalidation: t.Item5 switch { 2 => InvalidationKind.IntegrityViolation, 3 => InvalidationKind.Administrative, _ => null }));

    /// <summary>Everything a learner did for one course: session, track, completion, attempts, fees, evidence.</summary>
    private static readonly Gen<CourseFacts> Course =
        from course in Gen.Int[0, Courses.Length - 1]
        from session in Gen.Int[0, 3]
        from track in Gen.Int[0, 4]
        from joinHours in Gen.Int[-900, 400]
        from completion in Gen.Int[0, 5]
        from attempts in AttemptTemplate.Array[0, 4]
        from fees in Gen.Int[0, 6].Array[0, 2]
        from evidence in Gen.Int[0, 4]
        select new CourseFacts(Courses[course].Id, session, track, joinHours, completion, attempts, fees, evidence);

    private static readonly Gen<LearnerFacts> Learner =
        from courses in Course.Array[1, 4]
        from identity in Gen.Int[0, 5]
        from identityDay in Gen.Int[0, 900]
        from enrolments in Gen.Int[0, 1500].Array[0, 2]
        from program in Gen.Int[0, Programs.Length - 1]
        from prior in Gen.Int[1, 6].Array[0, 3]
        from asOf in Gen.Int[0, AsOfDates.Length - 1]
        from veteran in Gen.Bool
        select new LearnerFacts(courses, identity, identityDay, enrolments, program, prior, asOf, veteran);

    [Fact]
    public void SummarizeEqualsExplained_ForOneHundredThousandGeneratedLearners()
    {
        var learners = 0;
        var claims = 0;
        var outcomes = new int[3];
        Property.ForAll(
            Learner,
            facts =>
            {
                var (record, claimed) = Build(facts, ++learners);
                var plan = Plans[facts.AsOf];
                foreach (var courseId in claimed)
                {
                    var (institution, program) = Programs[facts.Program];
                    var claim = new CreditClaim(record, courseId, institution, program);
                    var explained = plan.Explain(claim);
                    plan.Summarize(claim).Should().Be(DecisionSummary.FromDecision(explained), "claim " + claim + " as of " + plan.AsOf);
                    outcomes[(int)explained.Outcome]++;
                    claims++;
                }
            },
            cases: Learners);

        learners.Should().Be(Learners);
        claims.Should().BeGreaterThan(Learners);
        outcomes.Should().OnlyContain(n => n >= 100, "every outcome is exercised; counts (Eligible, NotEligible, Incomplete) = " + string.Join(", ", outcomes));
    }

    private static (LearnerRecord Record, string[] Claimed) Build(LearnerFacts facts, int number)
    {
        var (institutionId, programId) = Programs[facts.Program];
        var enrollments = new List<CourseEnrollment>();
        var completions = new List<CourseCompletion>();
        var attempts = new List<ExamAttempt>();
        var fees = new List<FeeObligation>();
        var evidence = new List<EvidenceDocument>();
        foreach (var course in facts.Courses)
        {
            var sessions = BatchWorld.Catalog.GetSessions(course.CourseId).ToArray();
            var session = sessions[course.Session % sessions.Length];
            if (course.Track < 4)
            {
                enrollments.Add(new CourseEnrollment(session.Id, course.Track == 3 ? EnrollmentTrack.Free : EnrollmentTrack.Verified, session.VerifiedTrackDeadline + Duration.FromHours(course.JoinHours)));
            }

            var status = (CompletionStatus)(course.Completion % 4);
            completions.Add(new CourseCompletion(session.Id, course.Completion >= 4 ? CompletionStatus.Completed : status, course.Completion == 5 ? session.Dates.End.PlusDays(400) : session.Dates.End));
            attempts.AddRange(course.Attempts.Select(a => new ExamAttempt(course.CourseId, a.StartedAt, a.CandidateZone, a.Outcome, a.Score, a.Proctoring, a.IdCheck, a.Integrity, a.Invalidation)));
            foreach (var fee in course.Fees)
            {
                var kind = fee % 2 == 0 ? FeeKind.ProctoredExam : FeeKind.VerifiedTrack;
                fees.Add(fee switch
                {
                    0 or 1 => new FeeObligation(course.CourseId, kind, Money.Usd(60), FeeStatus.Paid, session.Dates.End),
                    2 => new FeeObligation(course.CourseId, kind, Money.Usd(49), FeeStatus.Unpaid),
                    3 => new FeeObligation(course.CourseId, kind, Money.Usd(49), FeeStatus.Waived, session.Dates.End, "aid"),
                    4 => new FeeObligation(course.CourseId, kind, Money.Usd(49), FeeStatus.Refunded, session.Dates.End.PlusDays(10)),
                    5 => new FeeObligation(course.CourseId, kind, Money.Usd(49), FeeStatus.PartiallyRefunded, session.Dates.End.PlusDays(10)),
                    _ => new FeeObligation(course.CourseId, kind, Money.Usd(60), FeeStatus.Paid, new LocalDate(2015, 1, 5)),
                });
            }

            if (course.Evidence < 4)
            {
                evidence.Add(new EvidenceDocument((EvidenceKind)(course.Evidence % 3), session.Dates.End.PlusDays(30), isOfficial: course.Evidence != 1, isVerified: course.Evidence != 2, courseId: course.Evidence == 3 ? null : course.CourseId));
            }
        }

        var identity = new List<IdentityVerification>();
        var verifiedAt = new LocalDate(2013, 2, 1).PlusDays(facts.IdentityDay).AtMidnight().InUtc().ToInstant();
        identity.AddRange(facts.Identity switch
        {
            0 => [new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Verified, verifiedAt)],
            1 => [new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Verified, verifiedAt, IdentityMethod.WebcamPhoto)],
            2 => [new IdentityVerification(IdentityMethod.WebcamPhoto, VerificationStatus.Pending, verifiedAt)],
            3 => [new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Failed, verifiedAt), new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Verified, verifiedAt + Duration.FromDays(30))],
            4 => [new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Failed, verifiedAt)],
            _ => [],
        });

        var programs = facts.Enrollments.Select(d => new ProgramEnrollment(institutionId, programId, new LocalDate(2011, 6, 1).PlusDays(d))).ToArray();
        var prior = facts.Prior.Select((hours, k) => new PriorCredit(
            "P" + k.ToString(System.Globalization.CultureInfo.InvariantCulture),
            (PriorCreditSource)(hours % 4),
            CreditAmount.FromSemesterHours(hours),
            hours % 2 == 0 ? CreditLevel.LowerDivision : CreditLevel.UpperDivision,
            new LocalDate(2010, 1, 1).PlusDays(hours * 100),
            isPosted: hours > 3,
            inResidence: hours == 6,
            equivalenceKey: hours < 3 ? "MATH-10" + hours.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            institutionId: institutionId)).ToArray();
        var record = new LearnerRecord("G" + number.ToString("D6", System.Globalization.CultureInfo.InvariantCulture), facts.Veteran, programs, enrollments, completions, identity, attempts, fees, evidence, prior);
        return (record, [.. facts.Courses.Select(c => c.CourseId).Distinct(StringComparer.Ordinal)]);
    }

    private sealed record CourseFacts(string CourseId, int Session, int Track, int JoinHours, int Completion, ExamAttempt[] Attempts, int[] Fees, int Evidence);

    private sealed record LearnerFacts(CourseFacts[] Courses, int Identity, int IdentityDay, int[] Enrollments, int Program, int[] Prior, int AsOf, bool Veteran);
}
