using CreditRules.Tests.Fixtures;
using CsCheck;

namespace CreditRules.Tests.Properties;

public sealed class CreditAmountProperties
{
    // Non-negative decimals with at most 4 decimal places, up to 100 million hours.
    private static readonly Gen<decimal> Hours = Gen.Long[0, 1_000_000_000_000].Select(n => n / 10_000m);

    private static readonly Gen<RoundingPolicy> Downward = Gen.OneOf(
        Gen.Int[0, 6].Select(RoundingPolicy.TruncateTo),
        Gen.OneOfConst(0.01m, 0.1m, 0.25m, 0.5m, 1m, 3m).Select(RoundingPolicy.FloorTo));

    [Fact]
    public void ConvertTo_SemesterToQuarterAndBack_IsExactForAnyFourDecimalAmount()
    {
        Property.ForAll(Hours, hours =>
        {
            var semester = CreditAmount.FromSemesterHours(hours);

            semester.ConvertTo(CreditUnit.QuarterHour).ConvertTo(CreditUnit.SemesterHour).Should().Be(semester);
        });
    }

    [Fact]
    public void ConvertTo_QuarterToSemesterAndBack_IsExactForAnyFourDecimalAmount()
    {
        Property.ForAll(Hours, hours =>
        {
            var quarter = CreditAmount.FromQuarterHours(hours);

            quarter.ConvertTo(CreditUnit.SemesterHour).ConvertTo(CreditUnit.QuarterHour).Should().Be(quarter);
        });
    }

    [Fact]
    public void ConvertTo_FloorOrTruncate_NeverIncreasesAndLosesLessThanOneStep()
    {
        Property.ForAll(Gen.Select(Hours, Downward), (hours, rounding) =>
        {
            var exact = CreditAmount.FromQuarterHours(hours).ConvertTo(CreditUnit.SemesterHour);

            var rounded = exact.ConvertTo(CreditUnit.SemesterHour, rounding);

            (rounded <= exact).Should().BeTrue("{0} rounded by {1} gave {2}", exact, rounding, rounded);
            var step = rounding.Mode == RoundingMode.Floor ? rounding.Step : 1m / (decimal)Math.Pow(10, rounding.Decimals);
            (exact.ToDecimal() - rounded.ToDecimal()).Should().BeLessThan(step);
        });
    }

    [Fact]
    public void Plus_ThenMinusOrZero_RestoresTheAmount()
    {
        Property.ForAll(Gen.Select(Hours, Hours), (a, b) =>
        {
            var left = CreditAmount.FromSemesterHours(a);
            var right = CreditAmount.FromSemesterHours(b);

            left.Plus(right).MinusOrZero(right).Should().Be(left);
            CreditAmount.Min(left, right).Should().Be(a <= b ? left : right);
        });
    }
}
