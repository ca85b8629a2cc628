using System.Globalization;
using NodaTime;

namespace CreditRules.Domain;

/// <summary>
/// The catalog year a learner is bound to in a program (the requirement version a degree audit reads), written as
/// registrars and catalogs name it: the academic year it starts in and the next, <c>2013-2014</c>.
/// </summary>
/// <remarks>
/// <para>A value. The text form is exactly <c>yyyy-yyyy</c> with the second year one after the first (<c>2013-2014</c>);
/// a single year, <c>2013-14</c> or <c>2013/2014</c> is refused, so no reader has to guess which year a short form
/// means. Start years run from 1900 to 2998, so the catalog year ends within <see cref="SupportedDates"/>.</para>
/// <para>When a catalog year starts is the institution's setting (<see cref="Institution.CatalogYearStart"/>, default
/// 1 July): catalog year 2013-2014 then starts on 2013-07-01 (<see cref="StartDate"/>).</para>
/// <para><c>default</c> is not a meaningful catalog year (start year 0); no API returns it.</para>
/// </remarks>
public readonly struct CatalogYear : IEquatable<CatalogYear>, IComparable<CatalogYear>
{
    /// <summary>The earliest start year, 1900.</summary>
    public const int MinStartYear = 1900;

    /// <summary>The latest start year, 2998 (catalog year 2998-2999).</summary>
    public const int MaxStartYear = 2998;

    private CatalogYear(int startYear) => StartYear = startYear;

    /// <summary>Gets the year the catalog year starts in, such as 2013 for <c>2013-2014</c>.</summary>
    public int StartYear { get; }

    /// <summary>Gets the year the catalog year ends in: <see cref="StartYear"/> + 1.</summary>
    public int EndYear => StartYear + 1;

    /// <summary>Creates the catalog year starting in <paramref name="startYear"/>.</summary>
    /// <param name="startYear">The first year, such as 2013 for <c>2013-2014</c>.</param>
    /// <returns>The catalog year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startYear"/> is outside 1900..2998.</exception>
    public static CatalogYear FromStartYear(int startYear) =>
        startYear is >= MinStartYear and <= MaxStartYear
            ? new CatalogYear(startYear)
            : throw new ArgumentOutOfRangeException(nameof(startYear), startYear, "A catalog year starts in a year from 1900 to 2998.");

    /// <summary>Parses the text form <c>yyyy-yyyy</c>, such as <c>2013-2014</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="catalogYear">The catalog year, when the text is one.</param>
    /// <returns>Whether <paramref name="text"/> is a catalog year: four digits, a hyphen, the next year's four digits, the start year from 1900 to 2998.</returns>
    public static bool TryParse(string? text, out CatalogYear catalogYear)
    {
        catalogYear = default;
        if (text is not { Length: 9 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(text.AsSpan(5, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || end != start + 1 || start is < MinStartYear or > MaxStartYear)
        {
            return false;
        }

        catalogYear = new CatalogYear(start);
        return true;
    }

    /// <summary>Parses the text form <c>yyyy-yyyy</c>, such as <c>2013-2014</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The catalog year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not <c>yyyy-yyyy</c> with consecutive years from 1900-1901 to 2998-2999.</exception>
    public static CatalogYear Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var parsed) ? parsed : throw new FormatException(Invalid(text));
    }

    /// <summary>Gets the first day of the catalog year when catalog years start on <paramref name="yearStart"/>.</summary>
    /// <param name="yearStart">The institution's catalog-year start (<see cref="Institution.CatalogYearStart"/>).</param>
    /// <returns>That day in <see cref="StartYear"/>: 2013-07-01 for <c>2013-2014</c> and 1 July.</returns>
    public LocalDate StartDate(AnnualDate yearStart) => yearStart.InYear(StartYear);

    /// <summary>The message for text that is not a catalog year.</summary>
    internal static string Invalid(string text) =>
        "A catalog year is written yyyy-yyyy, the academic year it starts in and the next, such as 2013-2014 (years from 1900-1901 to 2998-2999); got '" + text + "'.";

    /// <inheritdoc/>
    public bool Equals(CatalogYear other) => StartYear == other.StartYear;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CatalogYear other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StartYear;

    /// <inheritdoc/>
    public int CompareTo(CatalogYear other) => StartYear.CompareTo(other.StartYear);

    /// <summary>Compares two catalog years.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when they start in the same year.</returns>
    public static bool operator ==(CatalogYear left, CatalogYear right) => left.Equals(right);

    /// <summary>Compares two catalog years.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when they start in different years.</returns>
    public static bool operator !=(CatalogYear left, CatalogYear right) => !left.Equals(right);

    /// <summary>Compares two catalog years.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> starts earlier.</returns>
    public static bool operator <(CatalogYear left, CatalogYear right) => left.StartYear < right.StartYear;

    /// <summary>Compares two catalog years.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> starts later.</returns>
    public static bool operator >(CatalogYear left, CatalogYear right) => left.StartYear > right.StartYear;

    /// <summary>Compares two catalog years.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> starts in the same year or earlier.</returns>
    public static bool operator <=(CatalogYear left, CatalogYear right) => left.StartYear <= right.StartYear;

    /// <summary>Compares two catalog years.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> starts in the same year or later.</returns>
    public static bool operator >=(CatalogYear left, CatalogYear right) => left.StartYear >= right.StartYear;

    /// <summary>Returns the text form, such as <c>2013-2014</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        StartYear.ToString("D4", CultureInfo.InvariantCulture) + "-" + EndYear.ToString("D4", CultureInfo.InvariantCulture);
}
