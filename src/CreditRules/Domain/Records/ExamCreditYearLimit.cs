using NodaTime;

namespace CreditRules.Domain;

/// <summary>
/// A record policy setting: at most <see cref="Limit"/> of credit by exam in any one academic year. Credit by evaluation
/// claimed in the record counts in the academic year of its qualifying date, after the learner's prior credit from
/// exams (<see cref="PriorCreditSource.Exam"/>) dated in that year.
/// </summary>
/// <remarks>
/// An academic year runs from <see cref="AcademicYearStart"/> (included) to the day before the next one. The default
/// start is 1 July, the start of the US federal award year; a start of 29 February is refused (it does not occur every
/// year). Immutable and thread-safe.
/// </remarks>
public sealed class ExamCreditYearLimit
{
    /// <summary>Gets the default start of an academic year: 1 July.</summary>
    public static AnnualDate DefaultAcademicYearStart { get; } = new(7, 1);

    /// <summary>Initialises the setting.</summary>
    /// <param name="limit">The most credit by exam in one academic year; more than zero.</param>
    /// <param name="academicYearStart">The first day of an academic year, or <see langword="null"/> for <see cref="DefaultAcademicYearStart"/> (1 July).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is zero.</exception>
    /// <exception cref="ArgumentException"><paramref name="academicYearStart"/> is 29 February.</exception>
    public ExamCreditYearLimit(CreditAmount limit, AnnualDate? academicYearStart = null)
    {
        if (limit.IsZero)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "The limit on credit by exam per academic year must be more than zero.");
        }

        var start = academicYearStart ?? DefaultAcademicYearStart;
        if (start is { Month: 2, Day: 29 })
        {
            throw new ArgumentException("An academic year cannot start on 29 February; it does not occur every year.", nameof(academicYearStart));
        }

        Limit = limit;
        AcademicYearStart = start;
    }

    /// <summary>Gets the most credit by exam in one academic year.</summary>
    public CreditAmount Limit { get; }

    /// <summary>Gets the first day of an academic year.</summary>
    /// <value>Default: 1 July (<see cref="DefaultAcademicYearStart"/>).</value>
    public AnnualDate AcademicYearStart { get; }

    /// <summary>Gets the first day of the academic year that contains <paramref name="date"/>.</summary>
    /// <param name="date">A date.</param>
    /// <returns>The start day on or before <paramref name="date"/>: a date on the start day begins a new year.</returns>
    public LocalDate YearStartOf(LocalDate date)
    {
        var start = AcademicYearStart.InYear(date.Year);
        return start <= date ? start : AcademicYearStart.InYear(date.Year - 1);
    }

    /// <inheritdoc/>
    public override string ToString() => Limit + " by exam per academic year from " + NodaTime.Text.AnnualDatePattern.Iso.Format(AcademicYearStart);
}
