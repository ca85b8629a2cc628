using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>
/// A residency requirement stated over the end of the record: at least <see cref="Required"/> of the last
/// <see cref="OfLast"/> credits must be earned in residence (such as "30 of the last 36 credits").
/// </summary>
/// <remarks>
/// The last credits are counted newest first: credit granted by this evaluation (dated by its qualifying date) and posted
/// external prior credit count as not in residence, credit earned at the institution as in residence; on the same date,
/// credit by evaluation counts as the newer. A credit straddling the window counts only for the part inside it. Credit
/// by evaluation granted late in a program can therefore push residence credit out of the window.
/// </remarks>
public sealed class ResidencyWindow
{
    /// <summary>Initialises a residency window.</summary>
    /// <param name="required">The credit to earn in residence within the window, more than zero.</param>
    /// <param name="ofLast">The size of the window (the last credits of the record), at least <paramref name="required"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="required"/> is zero, or <paramref name="ofLast"/> is smaller than it.</exception>
    public ResidencyWindow(CreditAmount required, CreditAmount ofLast)
    {
        if (required.IsZero)
        {
            throw new ArgumentOutOfRangeException(nameof(required), required, "A residency window must require more than zero hours.");
        }

        if (ofLast.ConvertTo(required.Unit) < required)
        {
            throw new ArgumentOutOfRangeException(nameof(ofLast), ofLast, "A residency window of the last " + ofLast + " cannot require " + required + ".");
        }

        Required = required;
        OfLast = ofLast;
    }

    /// <summary>Gets the credit to earn in residence within the window.</summary>
    public CreditAmount Required { get; }

    /// <summary>Gets the size of the window: the last credits of the record.</summary>
    public CreditAmount OfLast { get; }

    /// <summary>Formats the window: <c>30 SH of the last 36 SH</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Required + " of the last " + OfLast;
}
