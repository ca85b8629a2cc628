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
        EnrollmentCourses = new int[Enrollments.Length];
        for (var i = 0; i < Enrollments.Length; i++)
        {
            EnrollmentCourses[i] = plan.CourseIndexOf(Enrollments[i].SessionId);
            if (EnrollmentCourses[i] < 0)
            {
                throw Unknown(learner, "CourseEnrollments", i, Enrollments[i].SessionId, "course session");
            }
        }

        Completions = [.. learner.Completions];
        CompletionCourses = new int[Completions.Length];
        for (var i = 0; i < Completions.Length; i++)
        {
            CompletionCourses[i] = plan.CourseIndexOf(Completions[i].SessionId);
            if (CompletionCourses[i] < 0)
            {
                throw Unknown(learner, "Completions", i, Completions[i].SessionId, "course session");
            }
        }

        Attempts = [.. learner.ExamAttempts];
        AttemptCourses = new int[Attempts.Length];
        for (var i = 0; i < Attempts.Length; i++)
        {
            AttemptCourses[i] = plan.CourseIndexOfCourse(Attempts[i].CourseId);
            if (AttemptCourses[i] < 0)
            {
                throw Unknown(learner, "ExamAttempts", i, Attempts[i].CourseId, "course");
            }
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

    /// <summary>The course index of each enrolment's session, by position in <see cref="Enrollments"/>.</summary>
    public int[] EnrollmentCourses { get; }

    public CourseCompletion[] Completions { get; }

    /// <summary>The course index of each completion's session, by position in <see cref="Completions"/>.</summary>
    public int[] CompletionCourses { get; }

    public ExamAttempt[] Attempts { get; }

    /// <summary>The course index of each exam attempt, by position in <see cref="Attempts"/>.</summary>
    public int[] AttemptCourses { get; }

    public FeeObligation[] Fees { get; }

    /// <summary>The course index of each fee, by position in <see cref="Fees"/>.</summary>
    public int[] FeeCourses { get; }

    public IdentityVerification[] Verifications { get; }

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
