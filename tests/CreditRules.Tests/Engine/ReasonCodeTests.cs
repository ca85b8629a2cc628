namespace CreditRules.Tests.Engine;

public sealed class ReasonCodeTests
{
    [Fact]
    public void All_ValuesAreUnique()
    {
        ReasonCode.All.Select(c => c.Value).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void FromValueOrNull_KnownAndUnknown()
    {
        ReasonCode.FromValueOrNull("FeeUnpaid").Should().Be(ReasonCode.FeeUnpaid);
        ReasonCode.FromValueOrNull("feeunpaid").Should().BeNull();   // keys are ordinal
        ReasonCode.FromValueOrNull("Nope").Should().BeNull();
    }

    [Fact]
    public void Properties_DescribeTheCode()
    {
        ReasonCode.RecommendationExpired.Value.Should().Be("RecommendationExpired");
        ReasonCode.RecommendationExpired.Family.Should().Be("version");
        ReasonCode.RecommendationExpired.DefaultSeverity.Should().Be(ReasonSeverity.Blocking);
        ReasonCode.RecommendationExpired.ToString().Should().Be("RecommendationExpired");
    }

    [Fact]
    public void Equality_ByValue()
    {
        (ReasonCode.FromValueOrNull("FeeUnpaid")!.Value == ReasonCode.FeeUnpaid).Should().BeTrue();
        (ReasonCode.FeeUnpaid != ReasonCode.FeeWaived).Should().BeTrue();
        ReasonCode.FeeUnpaid.GetHashCode().Should().Be(ReasonCode.FromValueOrNull("FeeUnpaid")!.Value.GetHashCode());
    }

    [Fact]
    public void Default_HasNoValue()
    {
        default(ReasonCode).Value.Should().BeNull();
        default(ReasonCode).ToString().Should().BeEmpty();
        default(ReasonCode).GetHashCode().Should().Be(0);
        default(ReasonCode).Should().NotBe(ReasonCode.FeeUnpaid);
    }
}
