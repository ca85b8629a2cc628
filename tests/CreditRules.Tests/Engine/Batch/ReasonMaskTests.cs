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
    public void EnumerateIndexes_CodesInEveryWord_ListsEachIndexInAscendingOrder()
    {
        // One index at each edge of the inline words and two past them (the overflow array), out of order on purpose.
        int[] indexes = [200, 0, 64, 127, 63, 128];
        var mask = ReasonMask.Empty;
        foreach (var index in indexes)
        {
            mask = mask.Union(ReasonMask.FromIndex(index));
        }

        var listed = new List<int>();
        foreach (var index in mask.EnumerateIndexes())
        {
            listed.Add(index);
        }

        listed.Should().Equal(0, 63, 64, 127, 128, 200);
    }

    [Fact]
    public void EnumerateIndexes_CodesOfADecision_MatchToCodes()
    {
        var mask = ReasonMask.Of(ReasonCode.NotResidenceCredit).With(ReasonCode.NotOnVerifiedTrack).With(ReasonCode.FeeUnpaid);

        var codes = new List<ReasonCode>();
        foreach (var index in mask.EnumerateIndexes())
        {
            codes.Add(ReasonCode.All[index]);
        }

        codes.Should().Equal(mask.ToCodes());
        ReasonMask.Empty.EnumerateIndexes().MoveNext().Should().BeFalse();
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
