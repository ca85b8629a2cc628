using System.Globalization;

namespace CreditRules.Domain;

/// <summary>An amount of money: a <see cref="decimal"/> and an ISO 4217 currency.</summary>
/// <remarks><c>default(Money)</c> has no currency and is only a placeholder; factories never produce it.</remarks>
public readonly struct Money : IEquatable<Money>
{
    /// <summary>Initialises an amount of money.</summary>
    /// <param name="amount">The amount, zero or more.</param>
    /// <param name="currency">An ISO 4217 code such as <c>USD</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not an active ISO 4217 code.</exception>
    public Money(decimal amount, string currency)
    {
        if (amount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A money amount must be zero or more.");
        }

        Amount = amount;
        Currency = Currencies.Validate(currency, nameof(currency));
    }

    /// <summary>Gets the amount.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the upper-case ISO 4217 currency code.</summary>
    public string Currency { get; }

    /// <summary>Creates an amount in US dollars.</summary>
    /// <param name="amount">The amount, zero or more.</param>
    /// <returns>The amount.</returns>
    public static Money Usd(decimal amount) => new(amount, "USD");

    /// <summary>Adds an amount of the same currency.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public Money Plus(Money other) => string.Equals(Currency, other.Currency, StringComparison.Ordinal)
        ? new Money(checked(Amount + other.Amount), Currency)
        : throw new InvalidOperationException("Cannot add " + other + " to " + this + ": the currencies differ.");

    /// <inheritdoc/>
    public bool Equals(Money other) => Amount == other.Amount && string.Equals(Currency, other.Currency, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Amount, Currency);

    /// <summary>Compares two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when amount and currency match (2.0 equals 2.00).</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Compares two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Formats as <c>USD 90.00</c> (invariant culture, two decimals at least).</summary>
    /// <returns>The formatted amount.</returns>
    public override string ToString() => (Currency ?? "???") + " " + Amount.ToString("0.00##", CultureInfo.InvariantCulture);
}
