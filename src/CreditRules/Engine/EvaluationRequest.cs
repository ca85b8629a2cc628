using CreditRules.Domain;
using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Engine;

/// <summary>A request to decide one learner's claim for one course at one institution and program, as of a date.</summary>
public sealed class EvaluationRequest
{
    /// <summary>Initialises a request.</summary>
    /// <param name="learner">The learner's record.</param>
    /// <param name="courseId">The course claimed.</param>
    /// <param name="institutionId">The institution asked to grant credit.</param>
    /// <param name="programId">The degree program within the institution.</param>
    /// <param name="asOf">The date the decision is made for; facts dated later are ignored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="learner"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date or instant lies outside <see cref="SupportedDates"/>.</exception>
    public EvaluationRequest(LearnerRecord learner, string courseId, string institutionId, string programId, LocalDate asOf)
        : this(learner, courseId, institutionId, programId, asOf, null)
    {
    }

    /// <summary>Initialises a request decided with only the facts recorded by a date ("as known on").</summary>
    /// <param name="learner">The learner's record.</param>
    /// <param name="courseId">The course claimed.</param>
    /// <param name="institutionId">The institution asked to grant credit.</param>
    /// <param name="programId">The degree program within the institution.</param>
    /// <param name="asOf">The date the decision is made for; facts dated later are ignored.</param>
    /// <param name="asKnownOn">The date whose knowledge the decision uses: facts recorded later (a late result, a refund entered later, a correction) are ignored, read in the institution's zone (<see cref="LearnerRecord.AsKnownOn"/>); <see langword="null"/>: every fact on record.</param>
    /// <exception cref="ArgumentNullException"><paramref name="learner"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date or instant lies outside <see cref="SupportedDates"/>.</exception>
    public EvaluationRequest(LearnerRecord learner, string courseId, string institutionId, string programId, LocalDate asOf, LocalDate? asKnownOn)
    {
        AsKnownOn = SupportedDates.Check(asKnownOn, nameof(asKnownOn));
        Learner = Preconditions.NotNull(learner);
        CourseId = Preconditions.NotBlank(courseId);
        InstitutionId = Preconditions.NotBlank(institutionId);
        ProgramId = Preconditions.NotBlank(programId);
        AsOf = SupportedDates.Check(asOf, nameof(asOf));
    }

    /// <summary>Gets the learner's record.</summary>
    public LearnerRecord Learner { get; }

    /// <summary>Gets the course id.</summary>
    public string CourseId { get; }

    /// <summary>Gets the institution id.</summary>
    public string InstitutionId { get; }

    /// <summary>Gets the program id.</summary>
    public string ProgramId { get; }

    /// <summary>Gets the as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the as-known-on date, or <see langword="null"/> when every fact on record is used.</summary>
    public LocalDate? AsKnownOn { get; }
}
