namespace CreditRules.Domain;

/// <summary>Which fact of the learner's program enrolment selects the institution's policy version (<see cref="Institution.PolicySelection"/>).</summary>
/// <remarks>Without an enrolment in the program, the as-of date selects the version either way.</remarks>
public enum PolicySelectionBasis
{
    /// <summary>The enrolment date (<see cref="ProgramEnrollment.EnrolledOn"/>): the version whose applies-to range contains it. The default.</summary>
    EnrollmentDate = 0,

    /// <summary>
    /// The enrolment's catalog year (<see cref="ProgramEnrollment.CatalogYear"/>), as a degree audit binds a student to a
    /// catalog: the version in effect on the first day of that catalog year (<see cref="Institution.CatalogYearStart"/>).
    /// An enrolment that states no catalog year falls back to its enrolment date.
    /// </summary>
    CatalogYear = 1,
}
