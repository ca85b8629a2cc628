using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>
/// An exact, non-negative number of credit hours in a <see cref="CreditUnit"/>. Held as a rational number,
/// never as a <see cref="double"/>, so 4 quarter hours are exactly 2 2/3 semester hours.
/// </summary>
/// <remarks>
/// <para><c>default(CreditAmount)</c> is zero semester hours.</para>
/// <para>Amounts in different units are never compared or added unconverted: doing so throws
/// <see cref="InvalidOperationException"/>. Use <see cref="ConvertTo(CreditUnit, RoundingPolicy)"/> first.</para>
/// </remarks>
public readonly struct CreditAmount : IEquatable<CreditAmount>, IComparable<CreditAmount>
{
    private static readonly Rational QuarterToSemester = new(2, 3);
    private static readonly Rational SemesterToQuarter = new(3, 2);

    private readonly Rational _hours;

    private CreditAmount(Rational hours, CreditUnit unit)
    {
        _hours = hours;
        Unit = unit;
    }

    /// <summary>Gets the unit of this amount.</summary>
    public CreditUnit Unit { get; }

    /// <summary>Gets the numerator of the exact amount in lowest terms.</summary>
    public long Numerator => _hours.Numerator;

    /// <summary>Gets the positive denominator of the exact amount in lowest terms.</summary>
    public long Denominator => _hours.Denominator;

    /// <summary>Gets a value indicating whether the amount is zero.</summary>
    public bool IsZero => _hours.Numerator == 0;

    internal Rational Hours => _hours;

    /// <summary>Creates an amount of semester hours.</summary>
    /// <param name="hours">The hours, zero or more.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is negative, or too large or too precise to be held exactly.</exception>
    public static CreditAmount FromSemesterHours(decimal hours) => From(hours, CreditUnit.SemesterHour, nameof(hours));

    /// <summary>Creates an amount of quarter hours.</summary>
    /// <param name="hours">The hours, zero or more.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is negative, or too large or too precise to be held exactly.</exception>
    public static CreditAmount FromQuarterHours(decimal hours) => From(hours, CreditUnit.QuarterHour, nameof(hours));

    /// <summary>Creates an amount in <paramref name="unit"/>.</summary>
    /// <param name="hours">The hours, zero or more.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is negative or cannot be held exactly, or <paramref name="unit"/> is not defined.</exception>
    public static CreditAmount FromHours(decimal hours, CreditUnit unit) => From(hours, Preconditions.Defined(unit), nameof(hours));

    /// <summary>Creates an exact fractional amount, such as 8/3 semester hours.</summary>
    /// <param name="numerator">The numerator, zero or more.</param>
    /// <param name="denominator">The denominator, greater than zero.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The amount in lowest terms.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The numerator is negative, the denominator is not positive, or the unit is not defined.</exception>
    public static CreditAmount FromFraction(long numerator, long denominator, CreditUnit unit)
    {
        if (numerator < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), numerator, "Credit hours must be zero or more.");
        }

        if (denominator <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "Denominator must be greater than zero.");
        }

        return new CreditAmount(new Rational(numerator, denominator), Preconditions.Defined(unit));
    }

    /// <summary>Gets zero hours in <paramref name="unit"/>.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>Zero hours.</returns>
    public static CreditAmount Zero(CreditUnit unit) =>
        new(Rational.Zero, unit is CreditUnit.SemesterHour or CreditUnit.QuarterHour ? unit : Preconditions.Defined(unit)); // the defined units without a table lookup: record rules take a zero per claim

    internal static CreditAmount FromRational(Rational hours, CreditUnit unit) => new(hours, unit);

    private static CreditAmount From(decimal hours, CreditUnit unit, string paramName) => hours >= 0
        ? new(Rational.FromDecimalArgument(hours, paramName, "Credit hours"), unit)
        : throw new ArgumentOutOfRangeException(paramName, hours, "Credit hours must be zero or more.");

    /// <summary>Converts the amount to <paramref name="unit"/> exactly (1 QH = 2/3 SH) and then applies <paramref name="rounding"/>.</summary>
    /// <param name="unit">The target unit.</param>
    /// <param name="rounding">How the converted amount is recorded; rounding applies even when the unit is unchanged.</param>
    /// <returns>The converted, rounded amount.</returns>
    public CreditAmount ConvertTo(CreditUnit unit, RoundingPolicy rounding)
    {
        Preconditions.Defined(unit);
        var exact = (Unit, unit) switch
        {
            (CreditUnit.QuarterHour, CreditUnit.SemesterHour) => _hours * QuarterToSemester,
            (CreditUnit.SemesterHour, CreditUnit.QuarterHour) => _hours * SemesterToQuarter,
            _ => _hours,
        };
        return new CreditAmount(rounding.Apply(exact), unit);
    }

    /// <summary>Converts the amount to <paramref name="unit"/> exactly, without rounding.</summary>
    /// <param name="unit">The target unit.</param>
    /// <returns>The exact converted amount.</returns>
    public CreditAmount ConvertTo(CreditUnit unit) => ConvertTo(unit, RoundingPolicy.Exact);

    /// <summary>Adds two amounts of the same unit.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="InvalidOperationException">The units differ.</exception>
    public CreditAmount Plus(CreditAmount other) => new(_hours + SameUnit(other)._hours, Unit);

    /// <summary>Subtracts an amount of the same unit, stopping at zero.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The difference, or zero when <paramref name="other"/> is larger.</returns>
    /// <exception cref="InvalidOperationException">The units differ.</exception>
    public CreditAmount MinusOrZero(CreditAmount other)
    {
        var difference = _hours - SameUnit(other)._hours;
        return new(difference.Sign < 0 ? Rational.Zero : difference, Unit);
    }

    /// <summary>Gets the smaller of two amounts of the same unit.</summary>
    /// <param name="a">The first amount.</param>
    /// <param name="b">The second amount.</param>
    /// <returns>The smaller amount.</returns>
    /// <exception cref="InvalidOperationException">The units differ.</exception>
    public static CreditAmount Min(CreditAmount a, CreditAmount b) => a.CompareTo(b) <= 0 ? a : b;

    /// <summary>Gets the amount as a decimal, rounded to 28 significant digits when it does not terminate.</summary>
    /// <returns>The approximate decimal value, for display and interchange only.</returns>
    public decimal ToDecimal() => _hours.ToDecimal();

    private CreditAmount SameUnit(CreditAmount other) => other.Unit == Unit
        ? other
        : throw new InvalidOperationException("Cannot combine " + ToString() + " with " + other.ToString() + " without converting units first.");

    /// <inheritdoc/>
    public bool Equals(CreditAmount other) => Unit == other.Unit && _hours == other._hours;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CreditAmount other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Unit, _hours);

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The units differ.</exception>
    public int CompareTo(CreditAmount other) => _hours.CompareTo(SameUnit(other)._hours);

    /// <summary>Compares two amounts for equality (same unit and same exact value).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CreditAmount left, CreditAmount right) => left.Equals(right);

    /// <summary>Compares two amounts for inequality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when they differ in unit or value.</returns>
    public static bool operator !=(CreditAmount left, CreditAmount right) => !left.Equals(right);

    /// <summary>Orders two amounts of the same unit.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller.</returns>
    /// <exception cref="InvalidOperationException">The units differ.</exception>
    public static bool operator <(CreditAmount left, CreditAmount right) => left.CompareTo(right) < 0;

    /// <summary>Orders two amounts of the same unit.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is larger.</returns>
    /// <exception cref="InvalidOperationException">The units differ.</exception>
    public static bool operator >(CreditAmount left, CreditAmount right) => left.CompareTo(right) > 0;

    /// <summary>Orders two amounts of the same unit.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller or equal.</returns>
    /// <exception cref="InvalidOperationException">The units differ.</exception>
    public static bool operator <=(CreditAmount left, CreditAmount right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two amounts of the same unit.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is larger or equal.</returns>
    /// <exception cref="InvalidOperationException">The units differ.</exception>
    public static bool operator >=(CreditAmount left, CreditAmount right) => left.CompareTo(right) >= 0;

    /// <summary>Formats as <c>3 SH</c>, <c>2.5 QH</c> or <c>2 2/3 SH</c> (invariant culture).</summary>
    /// <returns>The formatted amount.</returns>
    public override string ToString() => _hours.ToString() + (Unit == CreditUnit.QuarterHour ? " QH" : " SH");
}
