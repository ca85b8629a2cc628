namespace CreditRules.Tests.Engine.Batch;

public sealed class ReasonMaskTests
{
    [Fact]
    public void With_TwoCodes_ContainsBothInCatalogOrder()
    {
        var mask = ReasonMask.Empty.With(ReasonCode.NotResidenceCredit).With(ReasonCode.NotOnVerifiedTrack);

        mask.Count.Should().Be(2);
        mask.Contains(ReasonCode.NotOnVerifiedTrack).Should().BeTrue();
        mask.Contains(ReasonCode.FeeUnpaid).Should().BeFalse();
        mask.ToString().Should().Be("NotOnVerifiedTrack, NotResidenceCredit");
    }

    [Fact]
    public void Except_RemovesTheOtherSetsCodes()
    {
        var mask = ReasonMask.Of(ReasonCode.FeeUnpaid).With(ReasonCode.FeeWaived);

        mask.Except(ReasonMask.Of(ReasonCode.FeeWaived)).Should().Be(ReasonMask.Of(ReasonCode.FeeUnpaid));
        ReasonMask.Empty.ToString().Should().Be("(none)");
    }

    [Fact]
    public void Of_DefaultCode_ThrowsNamingIt()
    {
        var act = () => ReasonMask.Of(default);

        act.Should().Throw<ArgumentException>().WithParameterName("code")
            .WithMessage("Reason code '' is not listed in ReasonCode.All. (Parameter 'code')");
    }

    [Fact]
    public void Of_EveryCode_GetsItsOwnBit()
    {
        var all = ReasonCode.All.Aggregate(ReasonMask.Empty, (m, c) => m.With(c));

        all.Count.Should().Be(ReasonCode.All.Count);
        all.ToCodes().Should().Equal(ReasonCode.All);
    }
}
