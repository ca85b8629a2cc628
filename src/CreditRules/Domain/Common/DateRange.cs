using NodaTime;
using NodaTime.Text;

namespace CreditRules.Domain;

/// <summary>A range of calendar dates, inclusive at both ends.</summary>
/// <remarks>
/// <para>Both <see cref="Start"/> and <see cref="End"/> belong to the range: an exam passed on <see cref="End"/>
/// still qualifies. A single-day range has <c>Start == End</c>.</para>
/// <para><c>default(DateRange)</c> is the single day 0001-01-01 in the ISO calendar.</para>
/// </remarks>
public readonly struct DateRange : IEquatable<DateRange>
{
    /// <summary>Initialises a range.</summary>
    /// <param name="start">The first day of the range.</param>
    /// <param name="end">The last day of the range, included.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>, or the dates use different calendars.</exception>
    public DateRange(LocalDate start, LocalDate end)
    {
        if (start.Calendar != end.Calendar)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, "The range's start and end must use the same calendar.");
        }

        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), Format(end), "The range's end must not be before its start " + Format(start) + ".");
        }

        Start = start;
        End = end;
    }

    /// <summary>Gets the first day of the range.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day of the range, which is included.</summary>
    public LocalDate End { get; }

    /// <summary>Creates the range covering one whole month, e.g. the month of an ACE "(09/10)" review date.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The range from the first to the last day of that month.</returns>
    public static DateRange ForMonth(int year, int month)
    {
        var first = new LocalDate(year, month, 1);
        return new DateRange(first, first.PlusMonths(1).PlusDays(-1));
    }

    /// <summary>Determines whether <paramref name="date"/> lies in the range, ends included.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> when <c>Start &lt;= date &lt;= End</c>.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Determines whether two ranges share at least one day.</summary>
    /// <param name="other">The other range.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(DateRange other) => Start <= other.End && other.Start <= End;

    /// <inheritdoc/>
    public bool Equals(DateRange other) => Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DateRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Compares two ranges.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns><see langword="true"/> when both ends match.</returns>
    public static bool operator ==(DateRange left, DateRange right) => left.Equals(right);

    /// <summary>Compares two ranges.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns><see langword="true"/> when either end differs.</returns>
    public static bool operator !=(DateRange left, DateRange right) => !left.Equals(right);

    /// <summary>Formats as <c>2013-02-07..2016-02-06</c> (ISO dates, both included).</summary>
    /// <returns>The formatted range.</returns>
    public override string ToString() => Format(Start) + ".." + Format(End);

    internal static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
