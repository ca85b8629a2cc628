using CreditRules.Domain;
using CreditRules.Engine;
using NodaTime;

namespace CreditRules.Reports;

/// <summary>One course of a decision letter: what was decided, why, and what the learner can still do.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class LetterCourse
{
    /// <summary>Initializes a course section.</summary>
    /// <param name="courseId">The course id (staff footnote only).</param>
    /// <param name="title">The course title.</param>
    /// <param name="outcome">The outcome for this course within the whole record.</param>
    /// <param name="creditsRecommended">The credits the evaluator recommends, in the institution's unit.</param>
    /// <param name="creditsGranted">The credits granted after the record's limits.</param>
    /// <param name="lines">The credit lines granted.</param>
    /// <param name="reasons">The reasons, in plain language.</param>
    /// <param name="nextSteps">The next steps.</param>
    /// <param name="exhibitId">The evaluator's exhibit used, if any.</param>
    /// <param name="recommendationVersion">The recommendation version used, if any.</param>
    /// <param name="qualifyingDate">The qualifying date, if the route was completed.</param>
    /// <param name="qualifyingZone">The zone the qualifying date was read in.</param>
    /// <exception cref="ArgumentException"><paramref name="courseId"/>, <paramref name="title"/> or <paramref name="qualifyingZone"/> is null or blank.</exception>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    public LetterCourse(string courseId, string title, DecisionOutcome outcome, CreditAmount creditsRecommended, CreditAmount creditsGranted, IEnumerable<LetterCreditLine> lines, IEnumerable<ReportReason> reasons, IEnumerable<ReportNextStep> nextSteps, string? exhibitId, int? recommendationVersion, LocalDate? qualifyingDate, string qualifyingZone)
    {
        CourseId = Check.NotBlank(courseId, nameof(courseId));
        Title = Check.NotBlank(title, nameof(title));
        Outcome = outcome;
        CreditsRecommended = creditsRecommended;
        CreditsGranted = creditsGranted;
        Lines = Check.List(lines, nameof(lines));
        Reasons = Check.List(reasons, nameof(reasons));
        NextSteps = Check.List(nextSteps, nameof(nextSteps));
        ExhibitId = exhibitId;
        RecommendationVersion = recommendationVersion;
        QualifyingDate = qualifyingDate;
        QualifyingZone = Check.NotBlank(qualifyingZone, nameof(qualifyingZone));
    }

    /// <summary>Gets the course id.</summary>
    public string CourseId { get; }

    /// <summary>Gets the course title.</summary>
    public string Title { get; }

    /// <summary>Gets the outcome for this course within the whole record.</summary>
    public DecisionOutcome Outcome { get; }

    /// <summary>Gets the credits the evaluator recommends, in the institution's unit.</summary>
    public CreditAmount CreditsRecommended { get; }

    /// <summary>Gets the credits granted after the record's limits, in the institution's unit.</summary>
    public CreditAmount CreditsGranted { get; }

    /// <summary>Gets the credit lines granted, with level and subject areas.</summary>
    public IReadOnlyList<LetterCreditLine> Lines { get; }

    /// <summary>Gets the reasons, in plain language.</summary>
    public IReadOnlyList<ReportReason> Reasons { get; }

    /// <summary>Gets the next steps, with dates and costs.</summary>
    public IReadOnlyList<ReportNextStep> NextSteps { get; }

    /// <summary>Gets the evaluator's exhibit used, or null when none applied.</summary>
    public string? ExhibitId { get; }

    /// <summary>Gets the recommendation version used, or null when none applied.</summary>
    public int? RecommendationVersion { get; }

    /// <summary>Gets the qualifying date (the day the last required step was achieved), or null when not reached.</summary>
    public LocalDate? QualifyingDate { get; }

    /// <summary>Gets the IANA id of the zone the qualifying date was read in.</summary>
    public string QualifyingZone { get; }
}
