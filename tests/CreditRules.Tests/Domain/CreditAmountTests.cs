namespace CreditRules.Tests.Domain;

public sealed class CreditAmountTests
{
    [Fact]
    public void FromSemesterHours_Negative_ThrowsNamingFieldAndValue()
    {
        var act = () => CreditAmount.FromSemesterHours(-3);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("hours")
            .WithMessage("Credit hours must be zero or more. (Parameter 'hours')*Actual value was -3.");
    }

    public static TheoryData<decimal, RoundingPolicy, string> QuarterToSemester => new()
    {
        { 4m, RoundingPolicy.Exact, "2 2/3 SH" },          // 4 QH is exactly 8/3 SH
        { 4m, RoundingPolicy.TruncateTo(2), "2.66 SH" },   // UNT chart: 2.66
        { 4m, RoundingPolicy.FloorTo(1), "2 SH" },         // whole-hour floor
        { 4m, RoundingPolicy.HalfUpTo(1), "3 SH" },        // 2.67 rounds up
        { 5m, RoundingPolicy.Exact, "3 1/3 SH" },          // 5 QH is exactly 10/3 SH
        { 5m, RoundingPolicy.TruncateTo(2), "3.33 SH" },   // UNT chart: 3.33
        { 5m, RoundingPolicy.FloorTo(1), "3 SH" },
        { 5m, RoundingPolicy.HalfUpTo(1), "3 SH" },        // 3.33 rounds down
    };

    [Theory]
    [MemberData(nameof(QuarterToSemester))]
    public void ConvertTo_QuarterToSemester_AppliesNamedRounding(decimal quarterHours, RoundingPolicy rounding, string expected)
    {
        CreditAmount.FromQuarterHours(quarterHours).ConvertTo(CreditUnit.SemesterHour, rounding).ToString().Should().Be(expected);
    }
}
