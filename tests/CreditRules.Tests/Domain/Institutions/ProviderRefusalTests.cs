namespace CreditRules.Tests.Domain.Institutions;

public sealed class ProviderRefusalTests
{
    private static readonly Provider Coursera = new("coursera", "Coursera", ProviderKind.Mooc);

    [Fact]
    public void Refuses_ByIdOrByKind_EitherMatches()
    {
        new ProviderRefusal(["coursera"]).Refuses(new Provider("coursera", "Coursera")).Should().BeTrue("by id, whatever the kind");
        new ProviderRefusal(kinds: [ProviderKind.Mooc]).Refuses(Coursera).Should().BeTrue("by kind");
        new ProviderRefusal(["edx"], [ProviderKind.Corporate]).Refuses(Coursera).Should().BeFalse();
        ProviderRefusal.None.Refuses(Coursera).Should().BeFalse();
        ProviderRefusal.None.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Constructor_UnspecifiedKind_ThrowsNamingKinds()
    {
        var act = () => new ProviderRefusal(kinds: [ProviderKind.Unspecified]);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kinds")
            .WithMessage("A refusal lists provider kinds a catalog states; Unspecified is not one. (Parameter 'kinds')*Actual value was Unspecified.");
    }

    [Fact]
    public void Constructor_ProviderTwice_ThrowsNamingProviderIds()
    {
        var act = () => new ProviderRefusal(["coursera", "coursera"]);

        act.Should().Throw<ArgumentException>().WithParameterName("providerIds").WithMessage("Provider 'coursera' is refused twice; list each provider once. (Parameter 'providerIds')");
    }

    [Fact]
    public void Constructor_KindTwice_ThrowsNamingKinds()
    {
        var act = () => new ProviderRefusal(kinds: [ProviderKind.Mooc, ProviderKind.Mooc]);

        act.Should().Throw<ArgumentException>().WithParameterName("kinds").WithMessage("Provider kind Mooc is refused twice; list each kind once. (Parameter 'kinds')");
    }

    [Fact]
    public void ToString_ListsIdsThenKinds()
    {
        (new ProviderRefusal(["coursera"], [ProviderKind.Mooc]).ToString(), ProviderRefusal.None.ToString()).Should().Be(("coursera, kind Mooc", "no provider"));
    }

    [Fact]
    public void Provider_UndefinedKind_ThrowsNamingKind()
    {
        var act = () => new Provider("x", "X", (ProviderKind)42);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind").WithMessage("Value is not a defined ProviderKind. (Parameter 'kind')*Actual value was 42.");
    }

    [Fact]
    public void Builder_RefusesProvidersAndKindsAndRefundedFee_BuildsThePolicy()
    {
        var policies = new PolicySetBuilder()
            .Institution("east", "East", CreditUnit.SemesterHour, DateTimeZoneProviders.Tzdb["America/New_York"], i => i
                .Policy("east-2013", p => p.AcceptsEvaluators("ace").AcceptsLevels(CreditLevel.LowerDivision)
                    .RefusesProviders("coursera").RefusesProviderKinds(ProviderKind.Mooc).RefundedFee(RefundedFeeTreatment.Outstanding))
                .Program("aa", "AA"))
            .Build();

        var policy = policies.Institutions[0].Policies[0];
        policy.RefusedProviders!.ProviderIds.Should().Equal("coursera");
        policy.RefusedProviders.Kinds.Should().Equal(ProviderKind.Mooc);
        policy.RefundedFee.Should().Be(RefundedFeeTreatment.Outstanding);
    }
}
