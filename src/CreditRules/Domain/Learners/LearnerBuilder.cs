using System.Globalization;
using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Domain;

/// <summary>
/// Builds a <see cref="LearnerRecord"/> fluently, reading every time of day in one zone, instead of ten positional
/// constructor arguments:
/// <code>
/// var ada = new LearnerBuilder("ada", DateTimeZoneProviders.Tzdb["America/New_York"])
///     .JoinedVerifiedTrack("uci-precalculus-2013s", new LocalDateTime(2013, 3, 8, 14, 0))
///     .VerifiedIdentity(IdentityMethod.TypingPattern, new LocalDateTime(2013, 3, 10, 9, 0))
///     .Completed("uci-precalculus-2013s", new LocalDate(2013, 5, 12))
///     .PassedExam("uci-precalculus", new LocalDateTime(2013, 5, 20, 10, 0), Score.Percent(84))
///     .PaidFee("uci-precalculus", FeeKind.VerifiedTrack, Money.Usd(49), new LocalDate(2013, 3, 10))
///     .PaidFee("uci-precalculus", FeeKind.ProctoredExam, Money.Usd(90), new LocalDate(2013, 5, 1))
///     .With(new EvidenceDocument(EvidenceKind.AceTranscriptCredly, new LocalDate(2013, 7, 1), isOfficial: true, isVerified: true, courseId: "uci-precalculus"))
///     .Build();
/// </code>
/// </summary>
/// <remarks>
/// <para>Stated defaults: not a veteran; an exam is proctored live online, its photo-ID check passed and its integrity
/// review clean, sat in the builder's zone; a local time is read in the builder's zone.</para>
/// <para>Nothing is checked until <see cref="Build"/>, which checks everything at once and throws one
/// <see cref="ArgumentException"/> listing every problem: a local time that does not exist or is ambiguous in the zone
/// (a daylight-saving gap or overlap), a blank id, a score missing for a finished exam, the same course session joined
/// twice, and every check of the <see cref="LearnerRecord"/> constructor. The builder is mutable and not thread-safe;
/// the record it builds is immutable. Each <see cref="Build"/> builds a new record from the same steps.</para>
/// </remarks>
public sealed class LearnerBuilder
{
    private readonly string _learnerId;
    private readonly DateTimeZone _zone;
    private readonly BuildSteps _steps = new();
    private bool _isVeteran;

    /// <summary>Starts a learner.</summary>
    /// <param name="learnerId">The learner id; checked at <see cref="Build"/>.</param>
    /// <param name="zone">The zone every <see cref="LocalDateTime"/> given to this builder is read in (and the default exam zone).</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public LearnerBuilder(string learnerId, DateTimeZone zone)
    {
        _learnerId = learnerId;
        _zone = Preconditions.NotNull(zone);
    }

    /// <summary>Marks the learner as a veteran (default: not).</summary>
    /// <returns>This builder.</returns>
    public LearnerBuilder Veteran()
    {
        _isVeteran = true;
        return this;
    }

    /// <summary>Enrols the learner in a degree program.</summary>
    /// <param name="institutionId">The institution.</param>
    /// <param name="programId">The program.</param>
    /// <param name="enrolledOn">The date of enrolment.</param>
    /// <returns>This builder.</returns>
    public LearnerBuilder EnrolledInProgram(string institutionId, string programId, LocalDate enrolledOn) =>
        Step("programEnrollments", _ => new ProgramEnrollment(institutionId, programId, enrolledOn));

    /// <summary>Enrols the learner in a degree program under a catalog year.</summary>
    /// <param name="institutionId">The institution.</param>
    /// <param name="programId">The program.</param>
    /// <param name="enrolledOn">The date of enrolment.</param>
    /// <param name="catalogYear">The catalog year the learner is bound to, <c>yyyy-yyyy</c> such as <c>2013-2014</c> (<see cref="CatalogYear"/>); checked at <see cref="Build"/>.</param>
    /// <returns>This builder.</returns>
    /// <remarks>The catalog year selects the policy version only where the institution selects by catalog year (<see cref="Institution.PolicySelection"/>).</remarks>
    public LearnerBuilder EnrolledInProgram(string institutionId, string programId, LocalDate enrolledOn, string catalogYear) =>
        Step("programEnrollments", errors =>
        {
            if (CatalogYear.TryParse(catalogYear, out var year))
            {
                return new ProgramEnrollment(institutionId, programId, enrolledOn, catalogYear: year);
            }

            errors.Add("catalogYear: " + CatalogYear.Invalid(catalogYear ?? "(null)"));
            return null;
        });

    /// <summary>Enrols the learner in a course session on the identity-verified track.</summary>
    /// <param name="sessionId">The course session.</param>
    /// <param name="joinedAt">When the learner joined the track, in the builder's zone.</param>
    /// <returns>This builder.</returns>
    public LearnerBuilder JoinedVerifiedTrack(string sessionId, LocalDateTime joinedAt) => Joined(sessionId, EnrollmentTrack.Verified, joinedAt);

    /// <summary>Enrols the learner in a course session on a given track.</summary>
    /// <param name="sessionId">The course session.</param>
    /// <param name="track">The track.</param>
    /// <param name="joinedAt">When the learner joined, in the builder's zone.</param>
    /// <returns>This builder.</returns>
    public LearnerBuilder Joined(string sessionId, EnrollmentTrack track, LocalDateTime joinedAt) =>
        Step("courseEnrollments", errors => At(joinedAt, errors) is { } at ? new CourseEnrollment(sessionId, track, at) : null);

    /// <summary>Records a course session completed.</summary>
    /// <param name="sessionId">The course session.</param>
    /// <param name="recordedOn">The date the completion was recorded.</param>
    /// <returns>This builder.</returns>
    public LearnerBuilder Completed(string sessionId, LocalDate recordedOn) =>
        Step("completions", _ => new CourseCompletion(sessionId, CompletionStatus.Completed, recordedOn));

    /// <summary>Records a course session's completion status.</summary>
    /// <param name="completion">The completion.</param>
    /// <returns>This builder.</returns>
    public LearnerBuilder With(CourseCompletion completion) => Step("completions", _ => Preconditions.NotNull(completion));

    /// <summary>Records an identity verification that succeeded.</summary>
    /// <param name="method">How identity was verified.</param>
    /// <param name="recordedAt">When, in the builder's zone.</param>
    /// <returns>This builder.</returns>
    public LearnerBuilder VerifiedIdentity(IdentityMethod method, LocalDateTime recordedAt) =>
        Step("identityVerifications", errors => At(recordedAt, errors) is { } at ? new IdentityVerification(method, VerificationStatus.Verified, at) : null);

    /// <summary>Records a passed proctored exam: live online, photo ID passed, clean integrity review, sat in the builder's zone.</summary>
    /// <param name="courseId">The course.</param>
    /// <param name="startedAt">When the exam started, in the builder's zone.</param>
    /// <param name="score">The score.</param>
    /// <returns>This builder.</returns>
    public LearnerBuilder PassedExam(string courseId, LocalDateTime startedAt, Score score) => Exam(courseId, startedAt, ExamOutcome.Passed, score);

    /// <summary>Records a failed proctored exam, with the same defaults as <see cref="PassedExam"/>.</summary>
    /// <param name="courseId">The course.</param>
    /// <param name="startedAt">When the exam started, in the builder's zone.</param>
    /// <param name="score">The score.</param>
    /// <returns>This builder.</returns>
    public LearnerBuilder FailedExam(string courseId, LocalDateTime startedAt, Score score) => Exam(courseId, startedAt, ExamOutcome.Failed, score);

    /// <summary>Records an exam attempt built in full.</summary>
    /// <param name="attempt">The attempt.</param>
    /// <returns>This builder.</returns>
    public LearnerBuilder With(ExamAttempt attempt) => Step("examAttempts", _ => Preconditions.NotNull(attempt));

    /// <summary>Records a fee paid.</summary>
    /// <param name="courseId">The course.</param>
    /// <param name="kind">The fee.</param>
    /// <param name="amount">The amount.</param>
    /// <param name="paidOn">The date it was paid.</param>
    /// <returns>This builder.</returns>
    public LearnerBuilder PaidFee(string courseId, FeeKind kind, Money amount, LocalDate paidOn) =>
        Step("fees", _ => new FeeObligation(courseId, kind, amount, FeeStatus.Paid, paidOn));

    /// <summary>Records a fee not yet paid.</summary>
    /// <param name="courseId">The course.</param>
    /// <param name="kind">The fee.</param>
    /// <param name="amount">The amount.</param>
    /// <returns>This builder.</returns>
    public LearnerBuilder OwesFee(string courseId, FeeKind kind, Money amount) =>
        Step("fees", _ => new FeeObligation(courseId, kind, amount, FeeStatus.Unpaid));

    /// <summary>Records a fee in any state.</summary>
    /// <param name="fee">The fee.</param>
    /// <returns>This builder.</returns>
    public LearnerBuilder With(FeeObligation fee) => Step("fees", _ => Preconditions.NotNull(fee));

    /// <summary>Records a piece of evidence, such as a transcript.</summary>
    /// <param name="evidence">The evidence.</param>
    /// <returns>This builder.</returns>
    public LearnerBuilder With(EvidenceDocument evidence) => Step("evidence", _ => Preconditions.NotNull(evidence));

    /// <summary>Records credit already posted to the learner's record.</summary>
    /// <param name="credit">The prior credit.</param>
    /// <returns>This builder.</returns>
    public LearnerBuilder With(PriorCredit credit) => Step("priorCredits", _ => Preconditions.NotNull(credit));

    /// <summary>Records an exception approved for the learner (a petition granted).</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>This builder.</returns>
    public LearnerBuilder With(ExceptionGrant exception) => Step("exceptions", _ => Preconditions.NotNull(exception));

    /// <summary>Adds a posting-fee payment: the learner paid <paramref name="institutionId"/>'s posting fee on <paramref name="paidOn"/>.</summary>
    /// <param name="institutionId">The institution whose posting fee was paid.</param>
    /// <param name="paidOn">The date paid.</param>
    /// <returns>This builder.</returns>
    public LearnerBuilder PaidPostingFee(string institutionId, LocalDate paidOn) => Step("postingFeePayments", _ => new PostingFeePayment(institutionId, paidOn));

    /// <summary>Adds a posting-fee payment.</summary>
    /// <param name="payment">The payment.</param>
    /// <returns>This builder.</returns>
    public LearnerBuilder With(PostingFeePayment payment) => Step("postingFeePayments", _ => Preconditions.NotNull(payment));

    /// <summary>Records a substitute-course exception: the learner's facts for <paramref name="substituteCourseId"/> count for claims of <paramref name="courseId"/> (<see cref="ExceptionKind.SubstituteCourse"/>).</summary>
    /// <param name="reference">The petition reference.</param>
    /// <param name="courseId">The course claimed.</param>
    /// <param name="substituteCourseId">The course whose facts count for it (a retired version, a sibling course).</param>
    /// <param name="effective">The as-of dates it applies to, both ends included.</param>
    /// <param name="approvedBy">Who approved it.</param>
    /// <param name="approvedOn">When it was approved.</param>
    /// <param name="reason">Why.</param>
    /// <returns>This builder.</returns>
    /// <remarks>An invalid exception (blank text, the same course twice) is reported by <see cref="Build"/> with the other problems.</remarks>
    public LearnerBuilder SubstitutedCourse(string reference, string courseId, string substituteCourseId, DateRange effective, string approvedBy, LocalDate approvedOn, string reason) =>
        Step("exceptions", _ => new ExceptionGrant(reference, ExceptionKind.SubstituteCourse, effective, approvedBy, approvedOn, reason, courseId: courseId, substituteCourseId: substituteCourseId));

    /// <summary>Checks every step and builds the record.</summary>
    /// <returns>The learner record.</returns>
    /// <exception cref="ArgumentException">One or more steps are invalid; the message lists every problem, each with the list and position it belongs to.</exception>
    public LearnerRecord Build()
    {
        var errors = new List<string>();
        var built = _steps.Run(errors);
        var enrollments = BuildSteps.Items<CourseEnrollment>(built, "courseEnrollments");
        foreach (var duplicate in enrollments.GroupBy(e => e.SessionId, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add("courseEnrollments: session '" + duplicate.Key + "' is joined " + duplicate.Count().ToString(CultureInfo.InvariantCulture) + " times; give each session once.");
        }

        if (errors.Count == 0)
        {
            var learner = BuildSteps.Try("learner", errors, () => new LearnerRecord(
                _learnerId,
                _isVeteran,
                BuildSteps.Items<ProgramEnrollment>(built, "programEnrollments"),
                enrollments,
                BuildSteps.Items<CourseCompletion>(built, "completions"),
                BuildSteps.Items<IdentityVerification>(built, "identityVerifications"),
                BuildSteps.Items<ExamAttempt>(built, "examAttempts"),
                BuildSteps.Items<FeeObligation>(built, "fees"),
                BuildSteps.Items<EvidenceDocument>(built, "evidence"),
                BuildSteps.Items<PriorCredit>(built, "priorCredits"),
                exceptions: BuildSteps.Items<ExceptionGrant>(built, "exceptions"),
                postingFeePayments: BuildSteps.Items<PostingFeePayment>(built, "postingFeePayments")));
            if (learner is not null)
            {
                return learner;
            }
        }

        throw BuildSteps.Invalid("The learner '" + _learnerId + "'", errors);
    }

    private LearnerBuilder Exam(string courseId, LocalDateTime startedAt, ExamOutcome outcome, Score score) =>
        Step("examAttempts", errors => At(startedAt, errors) is { } at ? new ExamAttempt(courseId, at, _zone, outcome, score) : null);

    private LearnerBuilder Step(string list, Func<List<string>, object?> create)
    {
        _steps.Add(list, create);
        return this;
    }

    private Instant? At(LocalDateTime local, List<string> errors)
    {
        var mapping = _zone.MapLocal(local);
        if (mapping.Count == 1)
        {
            return mapping.Single().ToInstant();
        }

        errors.Add(local.ToString("uuuu-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + " " + (mapping.Count == 0 ? "does not exist" : "is ambiguous")
            + " in " + _zone.Id + " (a daylight-saving " + (mapping.Count == 0 ? "gap" : "overlap") + "); give another time.");
        return null;
    }
}
