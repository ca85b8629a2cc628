using System.Globalization;
using System.Numerics;

namespace CreditRules.Internal;

/// <summary>
/// An exact rational number: numerator and positive denominator in lowest terms.
/// Arithmetic is checked, so an overflow throws rather than wraps.
/// </summary>
internal readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    public Rational(long numerator, long denominator)
    {
        if (denominator == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "Denominator must not be zero.");
        }

        if (denominator < 0)
        {
            numerator = checked(-numerator);
            denominator = checked(-denominator);
        }

        var gcd = Gcd(numerator, denominator);
        if (gcd > 1)
        {
            numerator /= gcd;
            denominator /= gcd;
        }

        Numerator = numerator;
        // default(Rational) has Denominator 0; DenominatorOrOne treats it as zero.
        _denominator = denominator;
    }

    private readonly long _denominator;

    /// <summary>
    /// The greatest common divisor of a value and a positive denominator, in unsigned 64-bit arithmetic (what
    /// BigInteger.GreatestCommonDivisor gives for them, without building two BigIntegers per value: every sum and
    /// conversion of credits normalises through here). At most the denominator, so it fits in a long.
    /// </summary>
    private static long Gcd(long value, long denominator)
    {
        // Unchecked: the magnitude of long.MinValue is 2^63, a valid ulong.
        var a = unchecked(value < 0 ? 0UL - (ulong)value : (ulong)value);
        var b = (ulong)denominator;
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return (long)a;
    }

    public long Numerator { get; }

    public long Denominator => _denominator == 0 ? 1 : _denominator;

    public static Rational Zero => default;

    public static Rational FromInteger(long value) => new(value, 1);

    public static Rational FromDecimal(decimal value)
    {
        // decimal = mantissa / 10^scale, exact.
        var bits = decimal.GetBits(value);
        var scale = (bits[3] >> 16) & 0xFF;
        var mantissa = new BigInteger(new ReadOnlySpan<byte>(
            [.. BitConverter.GetBytes(bits[0]), .. BitConverter.GetBytes(bits[1]), .. BitConverter.GetBytes(bits[2]), 0]));
        if (value < 0)
        {
            mantissa = -mantissa;
        }

        var denominator = BigInteger.Pow(10, scale);
        var gcd = BigInteger.GreatestCommonDivisor(mantissa, denominator);
        if (!gcd.IsZero && !gcd.IsOne)
        {
            mantissa /= gcd;
            denominator /= gcd;
        }

        if (mantissa > long.MaxValue || mantissa < long.MinValue || denominator > long.MaxValue)
        {
            throw new OverflowException("The value " + value.ToString(CultureInfo.InvariantCulture) + " cannot be held exactly.");
        }

        return new Rational((long)mantissa, (long)denominator);
    }

    /// <summary>Converts an argument exactly, naming the parameter when it cannot be held (an overflow is bad input here).</summary>
    public static Rational FromDecimalArgument(decimal value, string? paramName, string what)
    {
        try
        {
            return FromDecimal(value);
        }
        catch (OverflowException)
        {
            throw new ArgumentOutOfRangeException(paramName, value, what + " cannot be held exactly: the value is too large or has too many decimal places.");
        }
    }

    public int Sign => Math.Sign(Numerator);

    public bool IsInteger => Denominator == 1;

    // Same denominator (whole hours, the common case): no cross products.
    public static Rational operator +(Rational a, Rational b) => a.Denominator == b.Denominator
        ? new(checked(a.Numerator + b.Numerator), a.Denominator)
        : new(checked((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator)), checked(a.Denominator * b.Denominator));

    public static Rational operator -(Rational a, Rational b) => a.Denominator == b.Denominator
        ? new(checked(a.Numerator - b.Numerator), a.Denominator)
        : new(checked((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator)), checked(a.Denominator * b.Denominator));

    public static Rational operator *(Rational a, Rational b) =>
        new(checked(a.Numerator * b.Numerator), checked(a.Denominator * b.Denominator));

    public static Rational operator /(Rational a, Rational b) =>
        b.Numerator == 0
            ? throw new DivideByZeroException()
            : new(checked(a.Numerator * b.Denominator), checked(a.Denominator * b.Numerator));

    public static bool operator ==(Rational a, Rational b) => a.Equals(b);

    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);

    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    /// <summary>Largest integer not greater than this value.</summary>
    public long Floor()
    {
        var q = Numerator / Denominator;
        return (Numerator % Denominator != 0 && Numerator < 0) ? q - 1 : q;
    }

    /// <summary>Integer part towards zero.</summary>
    public long Truncate() => Numerator / Denominator;

    public decimal ToDecimal() => (decimal)Numerator / Denominator;

    public bool Equals(Rational other) => Numerator == other.Numerator && Denominator == other.Denominator;

    public override bool Equals(object? obj) => obj is Rational other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    public int CompareTo(Rational other)
    {
        if (Denominator == other.Denominator)
        {
            return Numerator.CompareTo(other.Numerator);
        }

        var left = (Int128)Numerator * other.Denominator;
        var right = (Int128)other.Numerator * Denominator;
        return left.CompareTo(right);
    }

    /// <summary>Formats as "3", "2.5" when the decimal expansion terminates within 4 places, else "2 2/3".</summary>
    public override string ToString()
    {
        if (IsInteger)
        {
            return Numerator.ToString(CultureInfo.InvariantCulture);
        }

        var d = Denominator;
        while (d % 2 == 0)
        {
            d /= 2;
        }

        while (d % 5 == 0)
        {
            d /= 5;
        }

        if (d == 1 && Denominator <= 10_000)
        {
            return ToDecimal().ToString(CultureInfo.InvariantCulture);
        }

        var whole = Truncate();
        var rest = Math.Abs(Numerator % Denominator);
        var sign = Numerator < 0 && whole == 0 ? "-" : string.Empty;
        return whole == 0
            ? sign + rest.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture)
            : whole.ToString(CultureInfo.InvariantCulture) + " " + rest.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture);
    }
}
