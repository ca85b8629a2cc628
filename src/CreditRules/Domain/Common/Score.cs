using System.Globalization;

namespace CreditRules.Domain;

/// <summary>An exam score on a <see cref="ScoreScale"/>.</summary>
/// <remarks><c>default(Score)</c> has no scale and is only a placeholder; use the constructor or <see cref="Percent(decimal)"/>.</remarks>
public readonly struct Score : IEquatable<Score>, IComparable<Score>
{
    /// <summary>Initialises a score.</summary>
    /// <param name="value">The score, within the scale's bounds.</param>
    /// <param name="scale">The scale.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> lies outside the scale.</exception>
    public Score(decimal value, ScoreScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        if (value < scale.Minimum || value > scale.Maximum)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The score must lie within " + scale + ".");
        }

        Value = value;
        Scale = scale;
    }

    /// <summary>Gets the value.</summary>
    public decimal Value { get; }

    /// <summary>Gets the scale.</summary>
    public ScoreScale Scale { get; }

    /// <summary>Creates a percent score.</summary>
    /// <param name="value">0 to 100.</param>
    /// <returns>The score.</returns>
    public static Score Percent(decimal value) => new(value, ScoreScale.Percent);

    /// <summary>Determines whether this score is on the same scale as <paramref name="other"/>.</summary>
    /// <param name="other">The other score.</param>
    /// <returns><see langword="true"/> when the scales are equal.</returns>
    public bool IsComparableTo(Score other) => Scale is not null && Scale.Equals(other.Scale);

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The scales differ.</exception>
    public int CompareTo(Score other) => IsComparableTo(other)
        ? Value.CompareTo(other.Value)
        : throw new InvalidOperationException("Cannot compare score " + this + " with " + other + ": the scales differ.");

    /// <inheritdoc/>
    public bool Equals(Score other) => Value == other.Value && Equals(Scale, other.Scale);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Score other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, Scale);

    /// <summary>Compares two scores.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when value and scale match.</returns>
    public static bool operator ==(Score left, Score right) => left.Equals(right);

    /// <summary>Compares two scores.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when value or scale differ.</returns>
    public static bool operator !=(Score left, Score right) => !left.Equals(right);

    /// <summary>Orders two scores on the same scale.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower.</returns>
    /// <exception cref="InvalidOperationException">The scales differ.</exception>
    public static bool operator <(Score left, Score right) => left.CompareTo(right) < 0;

    /// <summary>Orders two scores on the same scale.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher.</returns>
    /// <exception cref="InvalidOperationException">The scales differ.</exception>
    public static bool operator >(Score left, Score right) => left.CompareTo(right) > 0;

    /// <summary>Orders two scores on the same scale.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower or equal.</returns>
    /// <exception cref="InvalidOperationException">The scales differ.</exception>
    public static bool operator <=(Score left, Score right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two scores on the same scale.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher or equal.</returns>
    /// <exception cref="InvalidOperationException">The scales differ.</exception>
    public static bool operator >=(Score left, Score right) => left.CompareTo(right) >= 0;

    /// <summary>Formats as <c>72 (percent)</c>.</summary>
    /// <returns>The formatted score.</returns>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " (" + (Scale?.Name ?? "no scale") + ")";
}
