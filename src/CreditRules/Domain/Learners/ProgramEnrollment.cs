using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Domain;

/// <summary>A learner's admission to a degree program; its date selects effective-dated policies and anchors some recency windows.</summary>
public sealed class ProgramEnrollment
{
    /// <summary>Initialises a program enrolment.</summary>
    /// <param name="institutionId">The institution.</param>
    /// <param name="programId">The program.</param>
    /// <param name="enrolledOn">The enrolment (or term start) date.</param>
    /// <param name="recordedAt">When this fact was recorded, if later than its enrolment date (a fact that arrived late); <see langword="null"/>: recorded on its enrolment date. Read only by as-known-on decisions (<see cref="LearnerRecord.AsKnownOn"/>).</param>
    /// <param name="catalogYear">The catalog year the learner is bound to in the program, or <see langword="null"/> when none is stated; it selects the policy version at an institution that selects by catalog year (<see cref="PolicySelectionBasis.CatalogYear"/>).</param>
    /// <exception cref="ArgumentException">An id is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date or instant lies outside <see cref="SupportedDates"/>.</exception>
    public ProgramEnrollment(string institutionId, string programId, LocalDate enrolledOn, Instant? recordedAt = null, CatalogYear? catalogYear = null)
    {
        InstitutionId = Preconditions.NotBlank(institutionId);
        ProgramId = Preconditions.NotBlank(programId);
        EnrolledOn = SupportedDates.Check(enrolledOn, nameof(enrolledOn));
        RecordedAt = recordedAt is { } at ? SupportedDates.Check(at, nameof(recordedAt)) : null;
        CatalogYear = catalogYear;
    }

    /// <summary>Gets the catalog year the learner is bound to in the program, or <see langword="null"/> when none is stated.</summary>
    /// <value>Read only where the institution selects policy versions by catalog year (<see cref="Institution.PolicySelection"/>); there, without one, the enrolment date selects.</value>
    public CatalogYear? CatalogYear { get; }

    /// <summary>Gets the institution id.</summary>
    public string InstitutionId { get; }

    /// <summary>Gets the program id.</summary>
    public string ProgramId { get; }

    /// <summary>Gets the enrolment date.</summary>
    public LocalDate EnrolledOn { get; }

    /// <summary>Gets when this fact was recorded, if later than its own date; <see langword="null"/>: recorded on its enrolment date.</summary>
    public Instant? RecordedAt { get; }
}
