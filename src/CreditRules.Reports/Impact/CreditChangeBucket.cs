using CreditRules.Domain;

namespace CreditRules.Reports;

/// <summary>How many claims gained (or lost) exactly one amount of credit.</summary>
/// <remarks>Immutable and thread-safe. Claims whose credits did not change are in no bucket.</remarks>
public sealed class CreditChangeBucket
{
    /// <summary>Initializes a bucket.</summary>
    /// <param name="amount">The amount gained or lost, in the institution's unit; not zero.</param>
    /// <param name="isGain">True for a gain, false for a loss.</param>
    /// <param name="claims">The claims with that change.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is zero or <paramref name="claims"/> is not positive.</exception>
    public CreditChangeBucket(CreditAmount amount, bool isGain, long claims)
    {
        if (amount.IsZero)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A credit change bucket holds a change; got zero.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(claims);
        Amount = amount;
        IsGain = isGain;
        Claims = claims;
    }

    /// <summary>Gets the amount gained or lost.</summary>
    public CreditAmount Amount { get; }

    /// <summary>Gets a value indicating whether the claims gained <see cref="Amount"/> (true) or lost it (false).</summary>
    public bool IsGain { get; }

    /// <summary>Gets the signed change as shown: <c>+3 SH</c> or <c>-8/3 QH</c>.</summary>
    public string Label => (IsGain ? "+" : "-") + Amount.ToString();

    /// <summary>Gets the number of claims with this change.</summary>
    public long Claims { get; }
}
