using System.Globalization;
using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>The scale an exam score is reported on: its name and inclusive bounds.</summary>
/// <remarks>Scores on different scales are never compared: a policy minimum must use the exam's scale.</remarks>
public sealed class ScoreScale : IEquatable<ScoreScale>
{
    /// <summary>Initialises a scale.</summary>
    /// <param name="name">A stable name, such as <c>percent</c>.</param>
    /// <param name="minimum">The lowest possible score.</param>
    /// <param name="maximum">The highest possible score.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is not above <paramref name="minimum"/>.</exception>
    public ScoreScale(string name, decimal minimum, decimal maximum)
    {
        Name = Preconditions.NotBlank(name);
        if (maximum <= minimum)
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, "The scale's maximum must be above its minimum " + minimum.ToString(CultureInfo.InvariantCulture) + ".");
        }

        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets the percent scale, 0 to 100.</summary>
    public static ScoreScale Percent { get; } = new("percent", 0, 100);

    /// <summary>Gets the CLEP-style scaled score, 20 to 80.</summary>
    public static ScoreScale Scaled20To80 { get; } = new("scaled-20-80", 20, 80);

    /// <summary>Gets the name of the scale.</summary>
    public string Name { get; }

    /// <summary>Gets the lowest possible score, included.</summary>
    public decimal Minimum { get; }

    /// <summary>Gets the highest possible score, included.</summary>
    public decimal Maximum { get; }

    /// <inheritdoc/>
    public bool Equals(ScoreScale? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Minimum == other.Minimum && Maximum == other.Maximum;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ScoreScale);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Minimum, Maximum);

    /// <summary>Formats as <c>percent[0..100]</c>.</summary>
    /// <returns>The formatted scale.</returns>
    public override string ToString() => Name + "[" + Minimum.ToString(CultureInfo.InvariantCulture) + ".." + Maximum.ToString(CultureInfo.InvariantCulture) + "]";
}
