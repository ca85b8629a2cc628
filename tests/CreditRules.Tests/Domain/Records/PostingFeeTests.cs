namespace CreditRules.Tests.Domain.Records;

public sealed class PostingFeeTests
{
    public static TheoryData<CreditAmount, decimal> Fees => new()
    {
        { CreditAmount.FromSemesterHours(0), 0m },                                      // nothing granted, nothing due: not even the one-time fee
        { CreditAmount.FromSemesterHours(1), 210m },                                    // 125 + 85
        { CreditAmount.FromFraction(8, 3, CreditUnit.SemesterHour), 351.67m },          // 125 + 85 x 8/3 = 351.666..., half away from zero
    };

    [Theory]
    [MemberData(nameof(Fees))]
    public void For_Credit_IsOneTimePlusPerCreditRoundedToCents(CreditAmount granted, decimal due)
    {
        new PostingFee(Money.Usd(125), Money.Usd(85)).For(granted).Should().Be(Money.Usd(due));
    }

    [Fact]
    public void Constructor_MixedCurrencies_Throws()
    {
        var act = () => new PostingFee(Money.Usd(125), new Money(85, "EUR"));

        act.Should().Throw<ArgumentException>().WithParameterName("perCredit")
            .WithMessage("The per-credit posting fee must be in USD like the one-time fee; got EUR 85.00. (Parameter 'perCredit')");
    }

    [Fact]
    public void PostingFeePayment_BlankInstitution_ThrowsNamingIt()
    {
        var act = () => new PostingFeePayment(" ", new LocalDate(2014, 6, 30));

        act.Should().Throw<ArgumentException>().WithParameterName("institutionId");
    }

    [Fact]
    public void LearnerRecord_AsKnownOn_KeepsAPaymentFromItsRecordingDate()
    {
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var payment = new PostingFeePayment("east", new LocalDate(2014, 5, 1), new LocalDate(2014, 5, 10).At(new LocalTime(9, 0)).InZoneStrictly(zone).ToInstant());
        var learner = new LearnerRecord("kim", postingFeePayments: [payment]);

        learner.AsKnownOn(new LocalDate(2014, 5, 9), zone).PostingFeePayments.Should().BeEmpty();
        learner.AsKnownOn(new LocalDate(2014, 5, 10), zone).PostingFeePayments.Should().Equal(payment);
    }
}
