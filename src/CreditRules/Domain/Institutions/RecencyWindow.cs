using NodaTime;

namespace CreditRules.Domain;

/// <summary>How old credit may be: a maximum age as a calendar <see cref="Period"/>, measured from the qualifying date to an anchor date.</summary>
/// <remarks>
/// Inclusive: credit whose qualifying date plus <see cref="MaxAge"/> falls on the anchor date is still recent.
/// The arithmetic is NodaTime's: 29 February plus one year is 28 February, never 365 days.
/// </remarks>
public sealed class RecencyWindow
{
    /// <summary>Initialises a recency window.</summary>
    /// <param name="maxAge">The maximum age: a positive period of years, months, weeks or days.</param>
    /// <param name="anchor">What the age is measured to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="maxAge"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAge"/> is not positive or has a time part, or <paramref name="anchor"/> is undefined.</exception>
    public RecencyWindow(Period maxAge, RecencyAnchor anchor)
    {
        ArgumentNullException.ThrowIfNull(maxAge);
        if (maxAge.HasTimeComponent || !IsPositive(maxAge))
        {
            throw new ArgumentOutOfRangeException(nameof(maxAge), maxAge.ToString(), "The maximum age must be a positive period of whole days, weeks, months or years.");
        }

        MaxAge = maxAge;
        Anchor = Internal.Preconditions.Defined(anchor);
    }

    /// <summary>Gets the maximum age.</summary>
    public Period MaxAge { get; }

    /// <summary>Gets the anchor.</summary>
    public RecencyAnchor Anchor { get; }

    /// <summary>Gets the last anchor date on which credit qualifying on <paramref name="qualifyingDate"/> is still recent.</summary>
    /// <param name="qualifyingDate">The qualifying date.</param>
    /// <returns><paramref name="qualifyingDate"/> plus <see cref="MaxAge"/>.</returns>
    public LocalDate LastRecentDate(LocalDate qualifyingDate) => qualifyingDate.Plus(MaxAge);

    internal static bool IsPositive(Period period) =>
        period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0 && !period.Equals(Period.Zero);

    /// <inheritdoc/>
    public override string ToString() => MaxAge + " to " + Anchor;
}
