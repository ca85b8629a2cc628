namespace CreditRules.Tests.Domain.Credits;

public sealed class RoundingPolicyTests
{
    public static TheoryData<decimal, RoundingPolicy, string> QuarterToSemester => new()
    {
        { 4m, RoundingPolicy.Exact, "2 2/3 SH" },          // 4 QH is exactly 8/3 SH
        { 4m, RoundingPolicy.TruncateTo(2), "2.66 SH" },   // UNT chart: 2.66
        { 4m, RoundingPolicy.FloorTo(1), "2 SH" },         // whole-hour floor
        { 4m, RoundingPolicy.HalfUpTo(1), "3 SH" },        // 2.67 rounds up
        { 5m, RoundingPolicy.Exact, "3 1/3 SH" },          // 5 QH is exactly 10/3 SH
        { 5m, RoundingPolicy.TruncateTo(2), "3.33 SH" },   // UNT chart: 3.33
        { 5m, RoundingPolicy.FloorTo(1), "3 SH" },         // whole-hour floor
        { 5m, RoundingPolicy.HalfUpTo(1), "3 SH" },        // 3.33 rounds down
    };

    [Theory]
    [MemberData(nameof(QuarterToSemester))]
    public void Apply_QuarterToSemester_RoundsAsNamed(decimal quarterHours, RoundingPolicy rounding, string expected)
    {
        CreditAmount.FromQuarterHours(quarterHours).ConvertTo(CreditUnit.SemesterHour, rounding).ToString().Should().Be(expected);
    }

    public static TheoryData<RoundingPolicy, decimal, decimal> Steps => new()
    {
        { RoundingPolicy.FloorTo(0.5m), 2.75m, 2.5m },      // floor to half hours
        { RoundingPolicy.HalfUpTo(0.5m), 2.75m, 3m },       // exactly half a step: goes up
        { RoundingPolicy.HalfUpTo(0.5m), 2.74m, 2.5m },     // just under half a step: goes down
        { RoundingPolicy.HalfUpTo(1), 2.5m, 3m },           // 2.5 to whole hours: half goes up
        { RoundingPolicy.TruncateTo(0), 2.99m, 2m },        // truncate to whole hours
        { RoundingPolicy.FloorTo(1), 3m, 3m },              // already on the step: unchanged
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public void Apply_AtAndAroundHalfStep_RoundsAsNamed(RoundingPolicy rounding, decimal hours, decimal expected)
    {
        CreditAmount.FromSemesterHours(hours).ConvertTo(CreditUnit.SemesterHour, rounding)
            .Should().Be(CreditAmount.FromSemesterHours(expected));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(1)]
    public void ConvertTo_SemesterToQuarterAndBack_IsExact(int quarterHours)
    {
        var quarter = CreditAmount.FromQuarterHours(quarterHours);

        var roundTrip = quarter.ConvertTo(CreditUnit.SemesterHour).ConvertTo(CreditUnit.QuarterHour);

        roundTrip.Should().Be(quarter);
    }

    [Fact]
    public void Default_IsExact()
    {
        default(RoundingPolicy).Should().Be(RoundingPolicy.Exact);
        RoundingPolicy.Exact.Mode.Should().Be(RoundingMode.Exact);
        RoundingPolicy.Exact.Step.Should().Be(0m);
        RoundingPolicy.Exact.Decimals.Should().Be(0);
        RoundingPolicy.Exact.ToString().Should().Be("Exact");
    }

    [Theory]
    [InlineData(0)]       // a zero step has no multiples
    [InlineData(-1)]      // nor has a negative one
    public void FloorTo_StepNotPositive_ThrowsNamingStep(int given)
    {
        var act = () => RoundingPolicy.FloorTo(given);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("step")
            .WithMessage("Rounding step must be greater than zero. (Parameter 'step')*Actual value was " + given + ".");
    }

    [Fact]
    public void HalfUpTo_ZeroStep_ThrowsNamingStep()
    {
        var act = () => RoundingPolicy.HalfUpTo(0m);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("step")
            .WithMessage("Rounding step must be greater than zero. (Parameter 'step')*Actual value was 0.");
    }

    [Theory]
    [InlineData(-1)]      // below the range
    [InlineData(7)]       // above the range
    public void TruncateTo_DecimalsOutOfRange_ThrowsNamingDecimals(int given)
    {
        var act = () => RoundingPolicy.TruncateTo(given);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("decimals")
            .WithMessage("Decimals must be between 0 and 6. (Parameter 'decimals')*Actual value was " + given + ".");
    }

    [Fact]
    public void Properties_DescribeThePolicy()
    {
        var floor = RoundingPolicy.FloorTo(0.5m);
        var truncate = RoundingPolicy.TruncateTo(2);

        floor.Mode.Should().Be(RoundingMode.Floor);
        floor.Step.Should().Be(0.5m);
        floor.Decimals.Should().Be(0);
        truncate.Mode.Should().Be(RoundingMode.Truncate);
        truncate.Step.Should().Be(0m);
        truncate.Decimals.Should().Be(2);
    }

    [Fact]
    public void ToString_NamesModeAndParameter()
    {
        RoundingPolicy.FloorTo(1).ToString().Should().Be("Floor(1)");
        RoundingPolicy.HalfUpTo(0.5m).ToString().Should().Be("HalfUp(0.5)");
        RoundingPolicy.TruncateTo(2).ToString().Should().Be("Truncate(2)");
    }

    [Fact]
    public void Equals_SameStepWrittenDifferently_AreEqual()
    {
        (RoundingPolicy.FloorTo(1) == RoundingPolicy.FloorTo(1.00m)).Should().BeTrue();
        RoundingPolicy.FloorTo(1).GetHashCode().Should().Be(RoundingPolicy.FloorTo(1.00m).GetHashCode());
        (RoundingPolicy.FloorTo(1) != RoundingPolicy.HalfUpTo(1)).Should().BeTrue();
        RoundingPolicy.TruncateTo(2).Equals((object)RoundingPolicy.TruncateTo(3)).Should().BeFalse();
    }

    [Fact]
    public void FloorTo_StepTooPrecise_ThrowsNamingStep()
    {
        var act = () => RoundingPolicy.FloorTo(0.0000000000000000000000000001m);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("step")
            .WithMessage("Rounding step cannot be held exactly: the value is too large or has too many decimal places. (Parameter 'step')*Actual value was 0.0000000000000000000000000001.");
    }
}
