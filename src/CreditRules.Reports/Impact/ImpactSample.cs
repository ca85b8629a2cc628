namespace CreditRules.Reports;

/// <summary>One sample claim of a transition with its explained decision before and after.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ImpactSample
{
    /// <summary>Initializes a sample.</summary>
    /// <param name="learnerId">The learner.</param>
    /// <param name="courseId">The course claimed.</param>
    /// <param name="institutionId">The institution.</param>
    /// <param name="programId">The program.</param>
    /// <param name="before">The decision under the baseline.</param>
    /// <param name="after">The decision under the proposal.</param>
    /// <exception cref="ArgumentException">An id is null or blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="before"/> or <paramref name="after"/> is null.</exception>
    public ImpactSample(string learnerId, string courseId, string institutionId, string programId, ReportDecision before, ReportDecision after)
    {
        LearnerId = Check.NotBlank(learnerId, nameof(learnerId));
        CourseId = Check.NotBlank(courseId, nameof(courseId));
        InstitutionId = Check.NotBlank(institutionId, nameof(institutionId));
        ProgramId = Check.NotBlank(programId, nameof(programId));
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        Before = before;
        After = after;
    }

    /// <summary>Gets the learner.</summary>
    public string LearnerId { get; }

    /// <summary>Gets the course claimed.</summary>
    public string CourseId { get; }

    /// <summary>Gets the institution.</summary>
    public string InstitutionId { get; }

    /// <summary>Gets the program.</summary>
    public string ProgramId { get; }

    /// <summary>Gets the decision under the baseline.</summary>
    public ReportDecision Before { get; }

    /// <summary>Gets the decision under the proposal.</summary>
    public ReportDecision After { get; }
}
