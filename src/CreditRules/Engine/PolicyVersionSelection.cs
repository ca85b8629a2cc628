using CreditRules.Domain;
using CreditRules.Internal;
using NodaTime;

namespace CreditRules.Engine;

/// <summary>
/// How the institution policy version of a decision was chosen: the learner's latest enrolment in the program dated on
/// or before the as-of date selects it (and the program overrides that apply) by its date, or by its catalog year where the
/// institution selects by catalog year (<see cref="Institution.PolicySelection"/>); without one, the as-of date does. The one
/// definition of policy-version selection (<c>Institution.PolicyIndexAt</c>): the single-claim rules, the record rules and the test kit all use it.
/// </summary>
/// <remarks>A value; <c>default</c> names no selection (<see cref="SelectionDate"/> is the default date).</remarks>
public readonly struct PolicyVersionSelection : IEquatable<PolicyVersionSelection>
{
    private PolicyVersionSelection(ProgramEnrollment? enrollment, LocalDate selectionDate, int policyIndex, InstitutionPolicy? policy, CatalogYear? catalogYear)
    {
        CatalogYear = catalogYear;
        Enrollment = enrollment;
        SelectionDate = selectionDate;
        PolicyIndex = policyIndex;
        Policy = policy;
    }

    /// <summary>Gets the enrolment that selected the policy version, or <see langword="null"/> when the as-of date did.</summary>
    public ProgramEnrollment? Enrollment { get; }

    /// <summary>Gets the date that selected the policy version: the first day of the catalog year when <see cref="ByCatalogYear"/>, else the enrolment date, else the as-of date.</summary>
    public LocalDate SelectionDate { get; }

    /// <summary>Gets a value indicating whether an enrolment (not the as-of date) selected the policy version, by its date or its catalog year.</summary>
    public bool ByEnrollment => Enrollment is not null;

    /// <summary>Gets the catalog year that selected the policy version, or <see langword="null"/> when a date did (the institution selects by enrolment date, or the enrolment states no catalog year, or there is no enrolment).</summary>
    public CatalogYear? CatalogYear { get; }

    /// <summary>Gets a value indicating whether the enrolment's catalog year selected the policy version (<see cref="PolicySelectionBasis.CatalogYear"/>).</summary>
    public bool ByCatalogYear => CatalogYear is not null;

    /// <summary>Gets the policy version in force on <see cref="SelectionDate"/>, or <see langword="null"/> when none applies.</summary>
    public InstitutionPolicy? Policy { get; }

    /// <summary>Gets the index of <see cref="Policy"/> in <see cref="Institution.Policies"/>, or -1.</summary>
    internal int PolicyIndex { get; }

    /// <summary>Selects the policy version for a learner's claim at an institution and program as of a date.</summary>
    /// <param name="institution">The institution.</param>
    /// <param name="learner">The learner's record.</param>
    /// <param name="programId">The program.</param>
    /// <param name="asOf">The as-of date: enrolments dated later are ignored.</param>
    /// <returns>The selection.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static PolicyVersionSelection Select(Institution institution, LearnerRecord learner, string programId, LocalDate asOf)
    {
        Preconditions.NotNull(institution);
        Preconditions.NotNull(learner);
        Preconditions.NotNull(programId);
        ProgramEnrollment? enrollment = null;
        var enrollments = learner.ProgramEnrollments;
        for (var i = 0; i < enrollments.Count; i++)
        {
            var e = enrollments[i];
            if (string.Equals(e.InstitutionId, institution.Id, StringComparison.Ordinal)
                && string.Equals(e.ProgramId, programId, StringComparison.Ordinal)
                && e.EnrolledOn <= asOf
                && (enrollment is null || e.EnrolledOn >= enrollment.EnrolledOn))
            {
                enrollment = e;
            }
        }

        return From(institution, enrollment, asOf);
    }

    /// <summary>
    /// The selection <see cref="Select"/> makes for EVERY program of the institution when the learner has no enrolment
    /// there dated on or before <paramref name="asOf"/> (no enrolment can then match a program, so the program id decides
    /// nothing); null when some program may be selected by its own enrolment. Allocation-free.
    /// </summary>
    internal static PolicyVersionSelection? ForEveryProgram(Institution institution, LearnerRecord learner, LocalDate asOf)
    {
        var enrollments = learner.ProgramEnrollments;
        for (var i = 0; i < enrollments.Count; i++)
        {
            if (string.Equals(enrollments[i].InstitutionId, institution.Id, StringComparison.Ordinal) && enrollments[i].EnrolledOn <= asOf)
            {
                return null;
            }
        }

        return From(institution, null, asOf);
    }

    /// <summary>The selection given the learner's latest enrolment in the program on or before <paramref name="asOf"/> (or none).</summary>
    private static PolicyVersionSelection From(Institution institution, ProgramEnrollment? enrollment, LocalDate asOf)
    {
        var catalogYear = institution.PolicySelection == PolicySelectionBasis.CatalogYear ? enrollment?.CatalogYear : null;
        var index = institution.PolicyIndexAt(enrollment?.EnrolledOn ?? asOf, catalogYear, out var selectionDate);
        return new PolicyVersionSelection(enrollment, selectionDate, index, index < 0 ? null : institution.Policies[index], catalogYear);
    }

    /// <inheritdoc/>
    /// <remarks>Two selections are equal when both were made the same way (catalog year, enrolment or as-of date), on the same date, to the same policy version id.</remarks>
    public bool Equals(PolicyVersionSelection other) =>
        ByEnrollment == other.ByEnrollment && Nullable.Equals(CatalogYear, other.CatalogYear) && SelectionDate == other.SelectionDate && string.Equals(Policy?.Id, other.Policy?.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PolicyVersionSelection other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SelectionDate, Policy?.Id);

    /// <summary>Compares two selections.</summary>
    /// <param name="left">The first selection.</param>
    /// <param name="right">The second selection.</param>
    /// <returns><see langword="true"/> when both were made the same way, on the same date, to the same policy version.</returns>
    public static bool operator ==(PolicyVersionSelection left, PolicyVersionSelection right) => left.Equals(right);

    /// <summary>Compares two selections.</summary>
    /// <param name="left">The first selection.</param>
    /// <param name="right">The second selection.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PolicyVersionSelection left, PolicyVersionSelection right) => !left.Equals(right);

    /// <summary>Returns e.g. "eastern-2013 by enrolment on 2014-06-30" or "eastern-2013 by catalog year 2013-2014 (starting 2013-07-01)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        (Policy?.Id ?? "no policy") + (CatalogYear is { } year
            ? " by catalog year " + year + " (starting " + Engine.Rules.Texts.Format(SelectionDate) + ")"
            : (ByEnrollment ? " by enrolment on " : " by as-of date ") + Engine.Rules.Texts.Format(SelectionDate));
}
