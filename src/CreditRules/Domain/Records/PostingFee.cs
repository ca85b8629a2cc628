using CreditRules.Internal;

namespace CreditRules.Domain;

/// <summary>The institution's fee for recording prior-learning credit: a one-time amount plus an amount per credit hour, with waivers.</summary>
/// <remarks>
/// The per-credit amount applies to each hour granted, in the institution's unit; a fractional total is rounded to
/// cents, half away from zero. Nothing is due when no credit is granted.
/// </remarks>
public sealed class PostingFee
{
    /// <summary>Initialises a posting fee.</summary>
    /// <param name="oneTime">The amount charged once.</param>
    /// <param name="perCredit">The amount per credit hour granted.</param>
    /// <param name="waivedForVeterans">Whether veterans pay nothing.</param>
    /// <exception cref="ArgumentException">An amount has no currency, or the currencies differ.</exception>
    public PostingFee(Money oneTime, Money perCredit, bool waivedForVeterans = false)
    {
        if (oneTime.Currency is null)
        {
            throw new ArgumentException("The one-time posting fee has no currency.", nameof(oneTime));
        }

        if (!string.Equals(oneTime.Currency, perCredit.Currency, StringComparison.Ordinal))
        {
            throw new ArgumentException("The per-credit posting fee must be in " + oneTime.Currency + " like the one-time fee; got " + perCredit + ".", nameof(perCredit));
        }

        OneTime = oneTime;
        PerCredit = perCredit;
        WaivedForVeterans = waivedForVeterans;
    }

    /// <summary>Gets the amount charged once.</summary>
    public Money OneTime { get; }

    /// <summary>Gets the amount per credit hour granted.</summary>
    public Money PerCredit { get; }

    /// <summary>Gets a value indicating whether veterans pay nothing.</summary>
    public bool WaivedForVeterans { get; }

    /// <summary>Computes the fee for <paramref name="granted"/> credit.</summary>
    /// <param name="granted">The credit granted, in the institution's unit.</param>
    /// <returns>The fee: zero when nothing is granted.</returns>
    public Money For(CreditAmount granted)
    {
        if (granted.IsZero)
        {
            return new Money(0, OneTime.Currency);
        }

        var perCredit = Math.Round(PerCredit.Amount * granted.Numerator / granted.Denominator, 2, MidpointRounding.AwayFromZero);
        return OneTime.Plus(new Money(perCredit, OneTime.Currency));
    }

    /// <inheritdoc/>
    public override string ToString() => OneTime + " once + " + PerCredit + " per credit" + (WaivedForVeterans ? ", waived for veterans" : string.Empty);
}
