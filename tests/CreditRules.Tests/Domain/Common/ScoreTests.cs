namespace CreditRules.Tests.Domain.Common;

public sealed class ScoreTests
{
    [Theory]
    [InlineData(-1)]     // below 0
    [InlineData(100.5)]  // above 100
    public void Constructor_OutsidePercent_ThrowsNamingValue(decimal given)
    {
        var act = () => Score.Percent(given);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value")
            .WithMessage("The score must lie within percent[0..100]. (Parameter 'value')*Actual value was " + given.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
    }

    [Theory]
    [InlineData(0)]      // the minimum is inclusive
    [InlineData(100)]    // the maximum is inclusive
    public void Constructor_AtPercentBounds_IsAllowed(decimal value)
    {
        Score.Percent(value).Value.Should().Be(value);
    }

    [Fact]
    public void Constructor_BelowScaledMinimum_ThrowsNamingScale()
    {
        var act = () => new Score(19, ScoreScale.Scaled20To80);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value")
            .WithMessage("The score must lie within scaled-20-80[20..80]. (Parameter 'value')*Actual value was 19.");
    }

    [Fact]
    public void Constructor_NullScale_ThrowsArgumentNull()
    {
        var act = () => new Score(50, null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("scale")
            .WithMessage("Value cannot be null. (Parameter 'scale')");
    }

    [Fact]
    public void CompareTo_DifferentScales_Throws()
    {
        var act = () => Score.Percent(50) < new Score(50, ScoreScale.Scaled20To80);

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("Cannot compare score 50 (percent) with 50 (scaled-20-80): the scales differ.");
    }

    [Fact]
    public void Operators_SameScale_Order()
    {
        (Score.Percent(69) < Score.Percent(70)).Should().BeTrue();
        (Score.Percent(70) <= Score.Percent(70)).Should().BeTrue();
        (Score.Percent(71) > Score.Percent(70)).Should().BeTrue();
        (Score.Percent(70) >= Score.Percent(70.5m)).Should().BeFalse();
    }

    [Fact]
    public void Equals_EqualScaleByValue_AreEqual()
    {
        var custom = new Score(70.0m, new ScoreScale("percent", 0, 100));

        custom.Should().Be(Score.Percent(70));
        (custom == Score.Percent(70)).Should().BeTrue();
        custom.GetHashCode().Should().Be(Score.Percent(70).GetHashCode());
        (Score.Percent(50) != new Score(50, ScoreScale.Scaled20To80)).Should().BeTrue();
    }

    [Fact]
    public void IsComparableTo_ChecksScale()
    {
        Score.Percent(50).IsComparableTo(Score.Percent(1)).Should().BeTrue();
        Score.Percent(50).IsComparableTo(new Score(50, ScoreScale.Scaled20To80)).Should().BeFalse();
        default(Score).IsComparableTo(Score.Percent(0)).Should().BeFalse();
    }

    [Fact]
    public void Default_HasNoScale()
    {
        var value = default(Score);

        value.Scale.Should().BeNull();
        value.ToString().Should().Be("0 (no scale)");
    }

    [Fact]
    public void ToString_NamesScale()
    {
        Score.Percent(72.5m).ToString().Should().Be("72.5 (percent)");
    }
}
