using CreditRules.Tests.Fixtures;

namespace CreditRules.Tests.Domain.Institutions;

public sealed class PolicySetTests
{
    [Fact]
    public void Constructor_DuplicateInstitution_ThrowsNamingPathAndId()
    {
        var institution = new ScenarioBuilder().BuildPolicies().Institutions[0];

        var act = () => new PolicySet([institution, institution]);

        act.Should().Throw<InvalidPolicyException>().WithParameterName("Institutions[1].Id")
            .WithMessage("Institutions[1].Id: the id is already used by an earlier institution. Got 'inst'. (Parameter 'Institutions[1].Id')");
    }

    [Fact]
    public void GetInstitutionOrNull_KnownAndUnknown()
    {
        var policies = new ScenarioBuilder().BuildPolicies();

        policies.GetInstitutionOrNull("inst").Should().NotBeNull();
        policies.GetInstitutionOrNull("other").Should().BeNull();
    }
}
