namespace CreditRules.Tests.Domain.Learners;

public sealed class FeeObligationTests
{
    private static readonly LocalDate On = new(2013, 3, 10);

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Constructor_WaivedWithoutReason_ThrowsNamingReason(string? reason)
    {
        var act = () => new FeeObligation("calc", FeeKind.ProctoredExam, Money.Usd(90), FeeStatus.Waived, On, reason);

        act.Should().Throw<ArgumentException>().WithParameterName("waiverReason")
            .WithMessage("A waived fee needs a waiver reason. (Parameter 'waiverReason')");
    }

    [Fact]
    public void Constructor_PaidWithReason_ThrowsNamingStatusAndReason()
    {
        var act = () => new FeeObligation("calc", FeeKind.ProctoredExam, Money.Usd(90), FeeStatus.Paid, On, "veteran");

        act.Should().Throw<ArgumentException>().WithParameterName("waiverReason")
            .WithMessage("Only a waived fee has a waiver reason; status is Paid, got 'veteran'. (Parameter 'waiverReason')");
    }

    [Theory]
    [InlineData(FeeStatus.Paid)]
    [InlineData(FeeStatus.Refunded)]
    public void Constructor_SettledWithoutDate_ThrowsNamingDate(FeeStatus status)
    {
        var act = () => new FeeObligation("calc", FeeKind.ProctoredExam, Money.Usd(90), status);

        act.Should().Throw<ArgumentException>().WithParameterName("statusDate")
            .WithMessage("A " + status + " fee needs the date its status took effect. (Parameter 'statusDate')");
    }

    [Fact]
    public void Constructor_DefaultMoney_ThrowsNamingAmount()
    {
        var act = () => new FeeObligation("calc", FeeKind.ProctoredExam, default, FeeStatus.Unpaid);

        act.Should().Throw<ArgumentException>().WithParameterName("amount")
            .WithMessage("The fee amount has no currency. (Parameter 'amount')");
    }

    [Fact]
    public void Constructor_Waived_KeepsReason()
    {
        var fee = new FeeObligation("calc", FeeKind.ProctoredExam, Money.Usd(90), FeeStatus.Waived, On, "financial aid");

        fee.WaiverReason.Should().Be("financial aid");
        fee.StatusDate.Should().Be(On);
    }

    [Fact]
    public void Constructor_UnpaidWithoutDate_IsAllowed()
    {
        new FeeObligation("calc", FeeKind.Transcript, Money.Usd(10), FeeStatus.Unpaid).StatusDate.Should().BeNull();
    }
}
