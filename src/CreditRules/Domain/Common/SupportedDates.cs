using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace CreditRules.Domain;

/// <summary>
/// The dates and instants CreditRules decides with: calendar dates from 1900-01-01 to 2999-12-31 inclusive, and instants
/// within a day of that range. Documents refuse a value outside it with a located error, and the Domain constructors
/// refuse one with an <see cref="ArgumentOutOfRangeException"/>, so the engine never meets a date it cannot add a
/// recency window or a retake wait to.
/// </summary>
/// <remarks>
/// <para>The bounds of a range that is only compared, never added to (a recommendation version's validity, a policy's
/// or override's applies-to range, a session's dates and exam window), may reach <see cref="MaxRangeBound"/>,
/// 9999-12-31, which reads as "open-ended".</para>
/// <para>The range keeps every date arithmetic the rules do (periods of at most a century, a few at a time) far from
/// the ends of NodaTime's range (years -9998 to 9999); it covers every real transcript, exam and decision date.</para>
/// <para>Instants may lie one day outside the date range either side (from 1899-12-31T00:00:00Z up to, but excluding,
/// 3000-01-02T00:00:00Z), so that a supported local date read at any UTC offset (±18:00) is accepted.</para>
/// </remarks>
public static class SupportedDates
{
    /// <summary>Gets the earliest supported date, 1900-01-01.</summary>
    public static LocalDate MinDate { get; } = new(1900, 1, 1);

    /// <summary>Gets the latest supported date, 2999-12-31 (included).</summary>
    public static LocalDate MaxDate { get; } = new(2999, 12, 31);

    /// <summary>Gets the latest date a range bound may name, 9999-12-31 (the usual "open-ended" end of a validity or applies-to range).</summary>
    public static LocalDate MaxRangeBound { get; } = new(9999, 12, 31);

    /// <summary>Gets the earliest supported instant, 1899-12-31T00:00:00Z.</summary>
    public static Instant MinInstant { get; } = Instant.FromUtc(1899, 12, 31, 0, 0);

    /// <summary>Gets the first instant after the supported range, 3000-01-02T00:00:00Z (excluded).</summary>
    public static Instant EndInstant { get; } = Instant.FromUtc(3000, 1, 2, 0, 0);

    /// <summary>Gets the range as text for messages: <c>1900-01-01 to 2999-12-31</c>.</summary>
    public static string Description { get; } = Format(MinDate) + " to " + Format(MaxDate);

    /// <summary>Determines whether <paramref name="date"/> is supported.</summary>
    /// <param name="date">The date (ISO calendar).</param>
    /// <returns><see langword="true"/> when <see cref="MinDate"/> &lt;= <paramref name="date"/> &lt;= <see cref="MaxDate"/>.</returns>
    public static bool Contains(LocalDate date) => date >= MinDate && date <= MaxDate;

    /// <summary>Determines whether <paramref name="instant"/> is supported.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when <see cref="MinInstant"/> &lt;= <paramref name="instant"/> &lt; <see cref="EndInstant"/>.</returns>
    public static bool Contains(Instant instant) => instant >= MinInstant && instant < EndInstant;

    internal static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    internal static LocalDate Check(LocalDate value, string? paramName) =>
        Contains(value)
            ? value
            : throw new ArgumentOutOfRangeException(paramName, Format(value), "The date " + Format(value) + " is outside the supported range " + Description + ".");

    internal static LocalDate? Check(LocalDate? value, string? paramName) => value is { } date ? Check(date, paramName) : null;

    internal static Instant Check(Instant value, string? paramName) =>
        Contains(value)
            ? value
            : throw new ArgumentOutOfRangeException(paramName, Format(value), "The instant " + Format(value) + " is outside the supported range " + Description + " (instants: "
                + Format(MinInstant) + " up to " + Format(EndInstant) + ").");

    internal static DateRange Check(DateRange value, string? paramName)
    {
        CheckBound(value.Start, paramName);
        CheckBound(value.End, paramName);
        return value;
    }

    /// <summary>Determines whether <paramref name="date"/> may bound a compared-only range: <see cref="MinDate"/> to <see cref="MaxRangeBound"/>.</summary>
    internal static bool ContainsBound(LocalDate date) => date >= MinDate && date <= MaxRangeBound;

    private static void CheckBound(LocalDate value, string? paramName)
    {
        if (!ContainsBound(value))
        {
            throw new ArgumentOutOfRangeException(paramName, Format(value), "The range bound " + Format(value) + " is outside the supported range " + Format(MinDate) + " to " + Format(MaxRangeBound) + ".");
        }
    }

    internal static DateRange? Check(DateRange? value, string? paramName) => value is { } range ? Check(range, paramName) : null;

}
