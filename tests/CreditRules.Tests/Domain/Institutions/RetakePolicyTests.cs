namespace CreditRules.Tests.Domain.Institutions;

public sealed class RetakePolicyTests
{
    public static TheoryData<Period> NotPositive => new()
    {
        Period.Zero,                // no wait is written as null, not zero
        Period.FromMonths(-3),      // negative
        Period.FromMinutes(90),     // a time component
    };

    [Theory]
    [MemberData(nameof(NotPositive))]
    public void Constructor_WaitNotPositive_ThrowsNamingWait(Period wait)
    {
        var act = () => new RetakePolicy(wait, 2);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("minimumWait")
            .WithMessage("The retake wait must be a positive period of whole days, weeks, months or years. (Parameter 'minimumWait')*Actual value was " + wait + ".");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_AttemptLimitBelowOne_ThrowsNamingLimit(int given)
    {
        var act = () => new RetakePolicy(Period.FromMonths(3), given);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxAttempts")
            .WithMessage("The attempt limit must be 1 or more. (Parameter 'maxAttempts')*Actual value was " + given + ".");
    }

    [Fact]
    public void Constructor_NoLimits_IsAllowed()
    {
        var policy = new RetakePolicy(null, null);

        policy.MinimumWait.Should().BeNull();
        policy.MaxAttempts.Should().BeNull();
    }
}
