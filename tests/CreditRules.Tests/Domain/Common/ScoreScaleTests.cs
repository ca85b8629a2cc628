namespace CreditRules.Tests.Domain.Common;

public sealed class ScoreScaleTests
{
    [Theory]
    [InlineData(5, 5)]     // an empty scale
    [InlineData(10, 5)]    // a reversed scale
    public void Constructor_MaximumNotAboveMinimum_ThrowsNamingMaximum(int low, int high)
    {
        var act = () => new ScoreScale("points", low, high);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maximum")
            .WithMessage("The scale's maximum must be above its minimum " + low + ". (Parameter 'maximum')*Actual value was " + high + ".");
    }

    [Fact]
    public void Constructor_BlankName_ThrowsNamingName()
    {
        var act = () => new ScoreScale(" ", 0, 10);

        act.Should().Throw<ArgumentException>().WithParameterName("name")
            .WithMessage("Value must not be empty or white space; got ' '. (Parameter 'name')");
    }

    [Fact]
    public void BuiltIns_HaveTheirBounds()
    {
        ScoreScale.Percent.ToString().Should().Be("percent[0..100]");
        ScoreScale.Scaled20To80.Minimum.Should().Be(20);
        ScoreScale.Scaled20To80.Maximum.Should().Be(80);
        ScoreScale.Scaled20To80.Name.Should().Be("scaled-20-80");
    }

    [Fact]
    public void Equals_SameNameAndBounds_AreEqual()
    {
        var copy = new ScoreScale("percent", 0, 100);

        copy.Should().Be(ScoreScale.Percent);
        copy.GetHashCode().Should().Be(ScoreScale.Percent.GetHashCode());
        copy.Equals(new ScoreScale("percent", 0, 10)).Should().BeFalse();
        copy.Equals((ScoreScale?)null).Should().BeFalse();
    }
}
