namespace CreditRules.Tests.Domain.Common;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("XYZ")]   // three letters, but not an ISO 4217 code
    [InlineData("usd")]   // codes are upper case
    [InlineData("US$")]   // a symbol, not a code
    public void Constructor_UnknownCurrency_ThrowsNamingFieldAndValue(string given)
    {
        var act = () => new Money(10, given);

        act.Should().Throw<ArgumentException>().WithParameterName("currency")
            .WithMessage("'" + given + "' is not an ISO 4217 currency code; use three upper-case letters such as 'USD'. (Parameter 'currency')");
    }

    [Fact]
    public void Constructor_NullCurrency_ThrowsArgumentNull()
    {
        var act = () => new Money(10, null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("currency")
            .WithMessage("Value cannot be null. (Parameter 'currency')");
    }

    [Fact]
    public void Constructor_NegativeAmount_ThrowsNamingFieldAndValue()
    {
        var act = () => new Money(-0.01m, "USD");

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("amount")
            .WithMessage("A money amount must be zero or more. (Parameter 'amount')*Actual value was -0.01.");
    }

    [Fact]
    public void Constructor_ZeroAmount_IsAllowed()
    {
        new Money(0, "EUR").Amount.Should().Be(0m);
    }

    [Fact]
    public void Usd_CreatesDollars()
    {
        var fee = Money.Usd(90);

        fee.Amount.Should().Be(90m);
        fee.Currency.Should().Be("USD");
    }

    [Fact]
    public void Equals_TrailingZeros_AreEqual()
    {
        Money.Usd(2.0m).Should().Be(Money.Usd(2.00m));
        (Money.Usd(2.0m) == Money.Usd(2.00m)).Should().BeTrue();
        Money.Usd(2.0m).GetHashCode().Should().Be(Money.Usd(2.00m).GetHashCode());
    }

    [Fact]
    public void Equals_DifferentCurrency_AreNotEqual()
    {
        (Money.Usd(2) != new Money(2, "EUR")).Should().BeTrue();
        Money.Usd(2).Equals((object)new Money(2, "EUR")).Should().BeFalse();
    }

    [Fact]
    public void Plus_SameCurrency_Adds()
    {
        Money.Usd(49).Plus(Money.Usd(90.5m)).Should().Be(Money.Usd(139.5m));
    }

    [Fact]
    public void Plus_DifferentCurrency_Throws()
    {
        var act = () => Money.Usd(1).Plus(new Money(1, "EUR"));

        act.Should().Throw<InvalidOperationException>().WithMessage("Cannot add EUR 1.00 to USD 1.00: the currencies differ.");
    }

    [Fact]
    public void Plus_Overflow_ThrowsRatherThanWraps()
    {
        var act = () => Money.Usd(decimal.MaxValue).Plus(Money.Usd(1));

        act.Should().Throw<OverflowException>();
    }

    [Theory]
    [InlineData(90, "USD 90.00")]          // two decimals at least
    [InlineData(14.755, "USD 14.755")]     // more when needed
    [InlineData(0.5, "USD 0.50")]
    public void ToString_FormatsInvariant(decimal amount, string expected)
    {
        Money.Usd(amount).ToString().Should().Be(expected);
    }

    [Fact]
    public void Default_HasNoCurrency()
    {
        var value = default(Money);

        value.Currency.Should().BeNull();
        value.Amount.Should().Be(0m);
        value.ToString().Should().Be("??? 0.00");
    }
}
