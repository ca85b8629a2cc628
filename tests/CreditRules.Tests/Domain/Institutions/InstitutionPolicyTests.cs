namespace CreditRules.Tests.Domain.Institutions;

public sealed class InstitutionPolicyTests
{
    [Fact]
    public void Constructor_DefaultMinimumScore_ThrowsNamingMinimum()
    {
        var act = () => new InstitutionPolicy("p", ["ace"], [CreditLevel.LowerDivision], minimumScore: default(Score));

        act.Should().Throw<ArgumentException>().WithParameterName("minimumScore")
            .WithMessage("The minimum score has no scale. (Parameter 'minimumScore')");
    }

    [Fact]
    public void Constructor_UndefinedLevel_ThrowsNamingLevels()
    {
        var act = () => new InstitutionPolicy("p", ["ace"], [(CreditLevel)8]);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("acceptedLevels")
            .WithMessage("Value is not a defined CreditLevel. (Parameter 'acceptedLevels')*Actual value was 8.");
    }

    [Fact]
    public void Constructor_UndefinedZone_ThrowsNamingZone()
    {
        var act = () => new InstitutionPolicy("p", ["ace"], [CreditLevel.LowerDivision], qualifyingDateZone: (QualifyingDateZone)9);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("qualifyingDateZone")
            .WithMessage("Value is not a defined QualifyingDateZone. (Parameter 'qualifyingDateZone')*Actual value was 9.");
    }

    [Fact]
    public void Constructor_Defaults_AreDocumented()
    {
        var policy = new InstitutionPolicy("p", ["ace"], [CreditLevel.LowerDivision, CreditLevel.LowerDivision]);

        policy.AcceptedLevels.Should().Equal(CreditLevel.LowerDivision);   // duplicates collapse
        policy.QualifyingDateZone.Should().Be(QualifyingDateZone.Evaluator);
        policy.Rounding.Should().Be(RoundingPolicy.Exact);
        policy.RequireProviderFees.Should().BeTrue();
        policy.AppliesTo.Should().BeNull();
        policy.ToString().Should().Be("p");
    }
}
