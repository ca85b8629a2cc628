using CreditRules.Domain;
using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Engine;

/// <summary>One learner's claim for credit for one course at one institution and program, without a date: a bulk run
/// decides it as of its <see cref="EvaluationPlan.AsOf"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CreditClaim
{
    /// <summary>Initialises a claim.</summary>
    /// <param name="learner">The learner's record.</param>
    /// <param name="courseId">The course claimed.</param>
    /// <param name="institutionId">The institution.</param>
    /// <param name="programId">The program.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An id is empty or white space.</exception>
    public CreditClaim(LearnerRecord learner, string courseId, string institutionId, string programId)
    {
        Learner = Preconditions.NotNull(learner);
        CourseId = Preconditions.NotBlank(courseId);
        InstitutionId = Preconditions.NotBlank(institutionId);
        ProgramId = Preconditions.NotBlank(programId);
    }

    /// <summary>This claim resolved against the plan that last decided it, with the learner's record in compact form (built once, references checked once).</summary>
    internal Rules.CompiledClaim? Compiled;

    /// <summary>Gets the learner's record.</summary>
    public LearnerRecord Learner { get; }

    /// <summary>Gets the id of the course claimed.</summary>
    public string CourseId { get; }

    /// <summary>Gets the id of the institution.</summary>
    public string InstitutionId { get; }

    /// <summary>Gets the id of the program.</summary>
    public string ProgramId { get; }

    /// <summary>Creates the single-claim request for an as-of date.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The request.</returns>
    public EvaluationRequest ToRequest(LocalDate asOf) => new(Learner, CourseId, InstitutionId, ProgramId, asOf);

    /// <summary>Returns "learner course @ institution/program".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Learner.LearnerId + " " + CourseId + " @ " + InstitutionId + "/" + ProgramId;
}
