using CreditRules.Domain;
using NodaTime;

namespace CreditRules.Reports;

/// <summary>The hypothetical section of a decision letter: the same record under stated assumptions.</summary>
/// <remarks>Immutable and thread-safe. Nothing in it is on the learner's record.</remarks>
public sealed class LetterWhatIf
{
    /// <summary>Initializes the section.</summary>
    /// <param name="assumptions">The assumptions, in plain language.</param>
    /// <param name="asOf">The as-of date of the hypothetical decision.</param>
    /// <param name="institutionName">The institution of the hypothetical decision.</param>
    /// <param name="programName">The program of the hypothetical decision.</param>
    /// <param name="creditsGranted">The credits the whole record would be granted.</param>
    /// <param name="courses">The courses, decided under the assumptions.</param>
    /// <exception cref="ArgumentException">A name is null or blank.</exception>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    public LetterWhatIf(IEnumerable<string> assumptions, LocalDate asOf, string institutionName, string programName, CreditAmount creditsGranted, IEnumerable<LetterCourse> courses)
    {
        Assumptions = Check.List(assumptions, nameof(assumptions));
        AsOf = asOf;
        InstitutionName = Check.NotBlank(institutionName, nameof(institutionName));
        ProgramName = Check.NotBlank(programName, nameof(programName));
        CreditsGranted = creditsGranted;
        Courses = Check.List(courses, nameof(courses));
    }

    /// <summary>Gets the assumptions, in plain language.</summary>
    public IReadOnlyList<string> Assumptions { get; }

    /// <summary>Gets the as-of date of the hypothetical decision.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the institution of the hypothetical decision.</summary>
    public string InstitutionName { get; }

    /// <summary>Gets the program of the hypothetical decision.</summary>
    public string ProgramName { get; }

    /// <summary>Gets the credits the whole record would be granted.</summary>
    public CreditAmount CreditsGranted { get; }

    /// <summary>Gets the courses, decided under the assumptions.</summary>
    public IReadOnlyList<LetterCourse> Courses { get; }
}
