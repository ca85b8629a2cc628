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

    [Fact]
    public void All_EveryBuiltInCode_ListedOnceInDeclarationOrder()
    {
        // All is built lazily from its own list; each code learns its index from the order it is declared in.
        var declared = typeof(ReasonCode).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(ReasonCode))
            .OrderBy(p => p.MetadataToken)
            .Select(p => (ReasonCode)p.GetValue(null)!)
            .ToList();

        declared.Should().HaveCount(61);
        ReasonCode.All.Should().Equal(declared);
    }

    [Fact]
    public void Index_EveryBuiltInCode_IsItsPositionInAll()
    {
        for (var i = 0; i < ReasonCode.All.Count; i++)
        {
            ReasonCode.All[i].Index.Should().Be(i, ReasonCode.All[i].Value);
            ReasonMask.Of(ReasonCode.All[i]).ToCodes().Should().Equal(ReasonCode.All[i]);
            ReasonCode.FromValueOrNull(ReasonCode.All[i].Value)!.Value.Index.Should().Be(i);
        }
    }

    [Fact]
    public void Index_HostCodeAndDefault_HaveNone()
    {
        var host = ReasonCode.Custom("NotAdmittedToProgram", "admission", ReasonSeverity.Blocking, "Not admitted to {ProgramId}.");

        host.Index.Should().Be(-1);
        default(ReasonCode).Index.Should().Be(-1);
        FluentActions.Invoking(() => ReasonMask.Of(host)).Should().Throw<ArgumentException>()
            .WithMessage("Reason code 'NotAdmittedToProgram' is not listed in ReasonCode.All. (Parameter 'code')");
    }

    [Fact]
    public void Custom_KeyOfABuiltInCode_IsRefused()
    {
        FluentActions.Invoking(() => ReasonCode.Custom("FeeUnpaid", "fee", ReasonSeverity.Outstanding, "x"))
            .Should().Throw<ArgumentException>()
            .WithMessage("'FeeUnpaid' is the key of a built-in reason code; a host code needs its own key. (Parameter 'value')");
    }
}
