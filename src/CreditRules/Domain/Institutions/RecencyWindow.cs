using NodaTime;

namespace CreditRules.Domain;

/// <summary>
/// How old credit may be: a maximum age as a calendar <see cref="Period"/>, measured from a start date (<see cref="Start"/>:
/// the qualifying date, or course completion) to an anchor date (<see cref="Anchor"/>: the as-of date, or the program
/// enrolment date), optionally only for credit in named subject categories.
/// </summary>
/// <remarks>
/// <para>Inclusive: credit whose start date plus <see cref="MaxAge"/> falls on the anchor date is still recent.
/// The arithmetic is NodaTime's: 29 February plus one year is 28 February, never 365 days.</para>
/// <para>With <see cref="Subjects"/> stated, the window applies only to a claim whose recommendation version names one of
/// those subject codes on a line the policy's levels accept (e.g. only science and mathematics credit expires); credit in
/// other subjects never expires under it. Without, it applies to every claim. Immutable and thread-safe.</para>
/// <para>Program start or term start: the model records no term-start fact, so the program enrolment date
/// (<see cref="RecencyAnchor.ProgramEnrollmentDate"/>) is the anchor for both.</para>
/// </remarks>
public sealed class RecencyWindow
{
    /// <summary>Initialises a recency window.</summary>
    /// <param name="maxAge">The maximum age: a positive period of years, months, weeks or days.</param>
    /// <param name="anchor">What the age is measured to.</param>
    /// <param name="start">What the age is measured from (default: the qualifying date).</param>
    /// <param name="subjects">The subject area codes the window is limited to, or <see langword="null"/> (or empty) for every subject.</param>
    /// <exception cref="ArgumentNullException"><paramref name="maxAge"/> is null.</exception>
    /// <exception cref="ArgumentException">A subject code is blank or listed twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAge"/> is not positive or has a time part, or <paramref name="anchor"/> or <paramref name="start"/> is undefined.</exception>
    public RecencyWindow(Period maxAge, RecencyAnchor anchor, RecencyStart start = RecencyStart.QualifyingDate, IEnumerable<string>? subjects = null)
    {
        ArgumentNullException.ThrowIfNull(maxAge);
        if (maxAge.HasTimeComponent || !IsPositive(maxAge))
        {
            throw new ArgumentOutOfRangeException(nameof(maxAge), maxAge.ToString(), "The maximum age must be a positive period of whole days, weeks, months or years.");
        }

        MaxAge = maxAge;
        Anchor = Internal.Preconditions.Defined(anchor);
        Start = Internal.Preconditions.Defined(start);
        Subjects = Internal.Preconditions.CopyList(subjects ?? [], nameof(subjects));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var subject in Subjects)
        {
            Internal.Preconditions.NotBlank(subject, nameof(subjects));
            if (!seen.Add(subject))
            {
                throw new ArgumentException("Subject '" + subject + "' is listed twice; list each subject once.", nameof(subjects));
            }
        }
    }

    /// <summary>Gets the maximum age.</summary>
    public Period MaxAge { get; }

    /// <summary>Gets the anchor: the date the age is measured to.</summary>
    public RecencyAnchor Anchor { get; }

    /// <summary>Gets the date the age is measured from.</summary>
    /// <value>Defaults to <see cref="RecencyStart.QualifyingDate"/>.</value>
    public RecencyStart Start { get; }

    /// <summary>Gets the subject area codes the window is limited to; empty means every subject.</summary>
    /// <value>Defaults to empty: every subject.</value>
    public IReadOnlyList<string> Subjects { get; }

    /// <summary>Tells whether the window applies to credit in a subject: it names no subject, or names this one.</summary>
    /// <param name="subjectCode">A subject area code, such as <c>mathematics</c>.</param>
    /// <returns><see langword="true"/> when credit in the subject is subject to the window.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subjectCode"/> is null.</exception>
    public bool Covers(string subjectCode)
    {
        ArgumentNullException.ThrowIfNull(subjectCode);
        if (Subjects.Count == 0)
        {
            return true;
        }

        for (var i = 0; i < Subjects.Count; i++)
        {
            if (string.Equals(Subjects[i], subjectCode, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the last anchor date on which credit whose age starts on <paramref name="startDate"/> is still recent.</summary>
    /// <param name="startDate">The start date: the qualifying date, or the completion date (<see cref="Start"/>).</param>
    /// <returns><paramref name="startDate"/> plus <see cref="MaxAge"/>.</returns>
    public LocalDate LastRecentDate(LocalDate startDate) => startDate.Plus(MaxAge);

    internal static bool IsPositive(Period period) =>
        period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0 && !period.Equals(Period.Zero);

    /// <inheritdoc/>
    /// <remarks>E.g. "P5Y to AsOfDate", "P5Y from CourseCompletion to ProgramEnrollmentDate for mathematics, biology".</remarks>
    public override string ToString() => MaxAge
        + (Start == RecencyStart.QualifyingDate ? string.Empty : " from " + Start)
        + " to " + Anchor
        + (Subjects.Count == 0 ? string.Empty : " for " + string.Join(", ", Subjects));
}
