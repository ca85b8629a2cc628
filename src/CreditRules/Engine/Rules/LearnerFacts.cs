using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>
/// The compact, immutable form of one learner's record as one <see cref="RulePlan"/> reads it, built once when the record
/// is first decided against the plan: every fact list as an array (no <see cref="IReadOnlyList{T}"/> dispatch on the hot
/// path), and every fact's course id or session id interned to the plan's course index (an int compare per fact instead
/// of a string compare or a dictionary lookup). Building it checks the learner's references, so that check runs once per
/// record, not once per claim.
/// </summary>
/// <remarks>
/// The domain <see cref="LearnerRecord"/> stays the public shape; this is only how the rules read it. Immutable and
/// thread-safe; valid only for the plan that built it (<see cref="Plan"/>).
/// </remarks>
internal sealed class LearnerFacts
{
    private LearnerFacts(RulePlan plan, LearnerRecord learner)
    {
        Plan = plan;
        Learner = learner;
        Exceptions = learner.Exceptions.Count == 0 ? [] : [.. learner.Exceptions];
        SubstituteCourses = Exceptions.Length == 0 ? [] : new int[Exceptions.Length];
        for (var i = 0; i < Exceptions.Length; i++)
        {
            SubstituteCourses[i] = Exceptions[i].SubstituteCourseId is { } substitute ? plan.CourseIndexOfCourse(substitute) : -1;
            if (Exceptions[i].SubstituteCourseId is { } unknown && SubstituteCourses[i] < 0)
            {
                throw new UnknownReferenceException("Learner '" + learner.LearnerId + "' Exceptions[" + Texts.Format(i) + "].SubstituteCourseId", unknown, "course");
            }
        }

        Enrollments = [.. learner.CourseEnrollments];
        EnrollmentFacts = new EnrollmentFact[Enrollments.Length];
        for (var i = 0; i < Enrollments.Length; i++)
        {
            var enrollment = Enrollments[i];
            var course = plan.CourseIndexOf(enrollment.SessionId);
            if (course < 0)
            {
                throw Unknown(learner, "CourseEnrollments", i, enrollment.SessionId, "course session");
            }

            var session = plan.Catalog.GetSessionOrNull(enrollment.SessionId)!;
            EnrollmentFacts[i] = new EnrollmentFact(course, enrollment.Track == EnrollmentTrack.Verified, enrollment.JoinedAt.ToUnixTimeTicks(), enrollment.JoinedAt <= session.VerifiedTrackDeadline);
        }

        Completions = [.. learner.Completions];
        CompletionFacts = new CompletionFact[Completions.Length];
        for (var i = 0; i < Completions.Length; i++)
        {
            var course = plan.CourseIndexOf(Completions[i].SessionId);
            if (course < 0)
            {
                throw Unknown(learner, "Completions", i, Completions[i].SessionId, "course session");
            }

            CompletionFacts[i] = new CompletionFact(course, Completions[i].Status, Completions[i].RecordedOn);
        }

        Attempts = [.. learner.ExamAttempts];
        AttemptFacts = new AttemptFact[Attempts.Length];
        for (var i = 0; i < Attempts.Length; i++)
        {
            var attempt = Attempts[i];
            var course = plan.CourseIndexOfCourse(attempt.CourseId);
            if (course < 0)
            {
                throw Unknown(learner, "ExamAttempts", i, attempt.CourseId, "course");
            }

            AttemptFacts[i] = new AttemptFact(course, attempt.StartedAt.ToUnixTimeTicks(), plan.ZoneTable(attempt.CandidateZone).DateOf(attempt.StartedAt));
        }

        Fees = [.. learner.Fees];
        FeeCourses = new int[Fees.Length];
        for (var i = 0; i < Fees.Length; i++)
        {
            FeeCourses[i] = plan.CourseIndexOfCourse(Fees[i].CourseId);
            if (FeeCourses[i] < 0)
            {
                throw Unknown(learner, "Fees", i, Fees[i].CourseId, "course");
            }
        }

        Verifications = [.. learner.IdentityVerifications];
        VerificationFacts = new VerificationFact[Verifications.Length];
        for (var i = 0; i < Verifications.Length; i++)
        {
            VerificationFacts[i] = new VerificationFact(Verifications[i].RecordedAt.ToUnixTimeTicks());
        }

        Evidence = [.. learner.Evidence];
    }

    /// <summary>The plan whose course indexes the interned ids are.</summary>
    public RulePlan Plan { get; }

    /// <summary>The record this form was built from (explanations, error messages and policy selection read it).</summary>
    public LearnerRecord Learner { get; }

    /// <summary>The learner's exceptions, as an array (the exception rule filters them by scope per claim).</summary>
    public ExceptionGrant[] Exceptions { get; }

    /// <summary>The course index of each exception's substitute course (<see cref="ExceptionKind.SubstituteCourse"/>), by position in <see cref="Exceptions"/>; -1 for other kinds.</summary>
    public int[] SubstituteCourses { get; }

    public CourseEnrollment[] Enrollments { get; }

    /// <summary>What the rules read of each enrolment, by position in <see cref="Enrollments"/>: its course index, track, joining instant as ticks, and whether it was joined by its own session's deadline.</summary>
    public EnrollmentFact[] EnrollmentFacts { get; }

    public CourseCompletion[] Completions { get; }

    /// <summary>What the rules read of each completion, by position in <see cref="Completions"/>: its course index, status and date.</summary>
    public CompletionFact[] CompletionFacts { get; }

    public ExamAttempt[] Attempts { get; }

    /// <summary>What the rules read of each exam attempt to order and date it, by position in <see cref="Attempts"/>.</summary>
    public AttemptFact[] AttemptFacts { get; }

    public FeeObligation[] Fees { get; }

    /// <summary>The course index of each fee, by position in <see cref="Fees"/>.</summary>
    public int[] FeeCourses { get; }

    public IdentityVerification[] Verifications { get; }

    /// <summary>What the rules read of each identity verification, by position in <see cref="Verifications"/>: its instant as ticks.</summary>
    public VerificationFact[] VerificationFacts { get; }

    public EvidenceDocument[] Evidence { get; }

    /// <summary>
    /// Builds the compact form of a record for a plan, checking its references: learner facts that name sessions or
    /// courses must name ones the catalog knows (a typo must not silently become "not enrolled").
    /// </summary>
    /// <exception cref="UnknownReferenceException">A fact names a session or course the plan does not know; the message names the fact.</exception>
    public static LearnerFacts Build(RulePlan plan, LearnerRecord learner) => new(plan, learner);

    private static UnknownReferenceException Unknown(LearnerRecord learner, string list, int index, string value, string kind) =>
        new("Learner '" + learner.LearnerId + "' " + list + "[" + Texts.Format(index) + "]." + (list is "ExamAttempts" or "Fees" ? "CourseId" : "SessionId"), value, kind);
}

/// <summary>
/// What the rules read of one course enrolment, stored inline in an array (no object to reach): the course index of its
/// session, whether it is on the verified track, when it was joined (Unix ticks, compared with the as-of cut-off), and
/// whether it was joined no later than its own session's verified-track deadline (a fact of the record alone, so decided once).
/// </summary>
internal readonly record struct EnrollmentFact(int Course, bool Verified, long JoinedAt, bool OnTime);

/// <summary>What the rules read of one course completion, stored inline: the course index of its session, its status and date.</summary>
internal readonly record struct CompletionFact(int Course, CompletionStatus Status, NodaTime.LocalDate RecordedOn);

/// <summary>What the rules read of one identity verification to find the latest by the as-of date, stored inline: its instant as Unix ticks.</summary>
internal readonly record struct VerificationFact(long RecordedAt);

/// <summary>
/// What the rules read of one exam attempt to select, order and date it, stored inline: the course index, its start as
/// Unix ticks, and its date in the candidate's own zone (a fact of the record, read under a candidate-zone policy).
/// </summary>
internal readonly record struct AttemptFact(int Course, long StartedAt, NodaTime.LocalDate CandidateDate);
