using System.Globalization;
using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>
/// A named rule for recording a converted credit amount: exact, round down to a step, half-up to a step,
/// or truncate to a number of decimals.
/// </summary>
/// <remarks>
/// <para><c>default(RoundingPolicy)</c> is <see cref="Exact"/>.</para>
/// <para>Four quarter hours are 2 2/3 semester hours: exact keeps 2 2/3, <c>TruncateTo(2)</c> gives 2.66,
/// <c>FloorTo(1)</c> gives 2 and <c>HalfUpTo(1)</c> gives 3.</para>
/// </remarks>
public readonly struct RoundingPolicy : IEquatable<RoundingPolicy>
{
    private readonly Rational _step;

    private RoundingPolicy(RoundingMode mode, Rational step, int decimals)
    {
        Mode = mode;
        _step = step;
        Decimals = decimals;
    }

    /// <summary>Gets the policy that keeps amounts exact (the default).</summary>
    public static RoundingPolicy Exact => default;

    /// <summary>Gets the rounding mode.</summary>
    public RoundingMode Mode { get; }

    /// <summary>Gets the step for <see cref="RoundingMode.Floor"/> and <see cref="RoundingMode.HalfUp"/>.</summary>
    /// <value>Zero for the other modes.</value>
    public decimal Step => _step.ToDecimal();

    /// <summary>Gets the number of decimals kept by <see cref="RoundingMode.Truncate"/>; zero for the other modes.</summary>
    public int Decimals { get; }

    /// <summary>Creates a policy that rounds down to a multiple of <paramref name="step"/>.</summary>
    /// <param name="step">The step, e.g. 1 for whole hours or 0.5 for half hours.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is zero or negative, or cannot be held exactly.</exception>
    public static RoundingPolicy FloorTo(decimal step) => new(RoundingMode.Floor, PositiveStep(step), 0);

    /// <summary>Creates a policy that rounds to the nearest multiple of <paramref name="step"/>, halves up.</summary>
    /// <param name="step">The step, e.g. 1 for whole hours.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is zero or negative, or cannot be held exactly.</exception>
    public static RoundingPolicy HalfUpTo(decimal step) => new(RoundingMode.HalfUp, PositiveStep(step), 0);

    /// <summary>Creates a policy that truncates to <paramref name="decimals"/> decimal places.</summary>
    /// <param name="decimals">Decimal places kept, 0 to 6.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 6.</exception>
    public static RoundingPolicy TruncateTo(int decimals) => decimals is >= 0 and <= 6
        ? new(RoundingMode.Truncate, Rational.Zero, decimals)
        : throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Decimals must be between 0 and 6.");

    internal Rational Apply(Rational value)
    {
        switch (Mode)
        {
            case RoundingMode.Floor:
                return Rational.FromInteger((value / _step).Floor()) * _step;
            case RoundingMode.HalfUp:
                return Rational.FromInteger((value / _step + new Rational(1, 2)).Floor()) * _step;
            case RoundingMode.Truncate:
                var scale = Rational.FromInteger(Pow10(Decimals));
                return new Rational((value * scale).Truncate(), scale.Numerator);
            default:
                return value;
        }
    }

    private static long Pow10(int decimals)
    {
        long result = 1;
        for (var i = 0; i < decimals; i++)
        {
            result *= 10;
        }

        return result;
    }

    private static Rational PositiveStep(decimal step, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(step))] string? name = null) =>
        step > 0 ? Rational.FromDecimalArgument(step, name, "Rounding step") : throw new ArgumentOutOfRangeException(name, step, "Rounding step must be greater than zero.");

    /// <inheritdoc/>
    public bool Equals(RoundingPolicy other) => Mode == other.Mode && _step == other._step && Decimals == other.Decimals;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RoundingPolicy other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Mode, _step, Decimals);

    /// <summary>Compares two policies for equality.</summary>
    /// <param name="left">The first policy.</param>
    /// <param name="right">The second policy.</param>
    /// <returns><see langword="true"/> when both round alike.</returns>
    public static bool operator ==(RoundingPolicy left, RoundingPolicy right) => left.Equals(right);

    /// <summary>Compares two policies for inequality.</summary>
    /// <param name="left">The first policy.</param>
    /// <param name="right">The second policy.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RoundingPolicy left, RoundingPolicy right) => !left.Equals(right);

    /// <summary>Formats as <c>Exact</c>, <c>Floor(1)</c>, <c>HalfUp(0.5)</c> or <c>Truncate(2)</c>.</summary>
    /// <returns>The invariant name of the policy.</returns>
    public override string ToString() => Mode switch
    {
        RoundingMode.Floor => "Floor(" + _step.ToString() + ")",
        RoundingMode.HalfUp => "HalfUp(" + _step.ToString() + ")",
        RoundingMode.Truncate => "Truncate(" + Decimals.ToString(CultureInfo.InvariantCulture) + ")",
        _ => "Exact",
    };
}
