namespace CreditRules.Tests.Domain.Institutions;

public sealed class EvidenceRequirementTests
{
    private static readonly EvidenceRequirement Credly = new([EvidenceKind.AceTranscriptCredly], requireOfficial: true, requireVerified: true);

    [Fact]
    public void Constructor_NoKind_ThrowsNamingKinds()
    {
        var act = () => new EvidenceRequirement([]);

        act.Should().Throw<ArgumentException>().WithParameterName("acceptedKinds")
            .WithMessage("An evidence requirement needs at least one accepted kind. (Parameter 'acceptedKinds')");
    }

    public static TheoryData<EvidenceKind, bool, bool, bool> Documents => new()
    {
        { EvidenceKind.AceTranscriptCredly, true, true, true },      // exactly what is asked
        { EvidenceKind.AceTranscriptCredly, false, true, false },    // unofficial
        { EvidenceKind.AceTranscriptCredly, true, false, false },    // unverified (e.g. an imported image)
        { EvidenceKind.ProviderCertificate, true, true, false },     // another kind
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void IsSatisfiedBy_KindOfficialVerified(EvidenceKind kind, bool official, bool verified, bool expected)
    {
        Credly.IsSatisfiedBy(new EvidenceDocument(kind, new LocalDate(2013, 7, 1), official, verified)).Should().Be(expected);
    }

    [Fact]
    public void IsSatisfiedBy_LenientRequirement_AcceptsUnofficial()
    {
        var lenient = new EvidenceRequirement([EvidenceKind.ProviderCertificate], requireOfficial: false, requireVerified: false);

        lenient.IsSatisfiedBy(new EvidenceDocument(EvidenceKind.ProviderCertificate, new LocalDate(2013, 7, 1), false, false)).Should().BeTrue();
    }

    [Fact]
    public void IsSatisfiedBy_Null_ThrowsArgumentNull()
    {
        var act = () => Credly.IsSatisfiedBy(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("document");
    }
}
