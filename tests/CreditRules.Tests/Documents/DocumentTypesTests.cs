using CreditRules.Documents;

namespace CreditRules.Tests.Documents;

public sealed class DocumentTypesTests
{
    [Fact]
    public void LearnerSet_RepeatedLearnerId_ThrowsNamingTheId()
    {
        var act = () => new LearnerSet([new LearnerRecord("ada"), new LearnerRecord("ada")]);

        act.Should().Throw<ArgumentException>().WithParameterName("learners")
            .WithMessage("Duplicate id 'ada' at learners[1]. (Parameter 'learners')");
    }

    [Fact]
    public void LearnerSet_ClaimForUnknownLearner_ThrowsNamingTheClaim()
    {
        var act = () => new LearnerSet([new LearnerRecord("ada")], [new LearnerClaim("ben", "uci-precalculus", "eastern-state", "aa-general")]);

        act.Should().Throw<ArgumentException>().WithParameterName("claims")
            .WithMessage("Claim ben: uci-precalculus -> eastern-state/aa-general names learner 'ben', who is not in the set. (Parameter 'claims')");
    }

    [Fact]
    public void LearnerClaim_BlankCourse_ThrowsNamingTheParameter()
    {
        var act = () => new LearnerClaim("ada", " ", "eastern-state", "aa-general");

        act.Should().Throw<ArgumentException>().WithParameterName("courseId")
            .WithMessage("Value must not be empty or white space; got ' '. (Parameter 'courseId')");
    }

    [Fact]
    public void LearnerClaim_SameFields_AreEqual()
    {
        new LearnerClaim("ada", "c", "i", "p", "story").Should().Be(new LearnerClaim("ada", "c", "i", "p", "story"));
        new LearnerClaim("ada", "c", "i", "p").Should().NotBe(new LearnerClaim("ada", "c", "i", "q"));
    }

    [Fact]
    public void DocumentError_ToString_NamesPathPositionCodeAndMessage()
    {
        var error = new DocumentError(DocumentErrorCode.InvalidDate, "$.asOf", "2023-02-30", "'2023-02-30' is not an existing ISO date (yyyy-MM-dd).", 5, 12);

        error.ToString().Should().Be("$.asOf (5:12) InvalidDate: '2023-02-30' is not an existing ISO date (yyyy-MM-dd).");
        error.WithLocation(5, 12).Should().Be(error);
    }

    [Fact]
    public void LintDiagnostic_ToString_UsesTheCompilerForm()
    {
        var diagnostic = new LintDiagnostic(LintCode.OverrideNeverApplies, LintSeverity.Error, "policies.json", "$.institutions[0]", "never applies.", 3, 7);

        diagnostic.ToString().Should().Be("policies.json:3:7: error OverrideNeverApplies at $.institutions[0]: never applies.");
    }

    [Fact]
    public void GetValueOrThrow_Success_ReturnsTheModel()
    {
        var result = CatalogDocument.Load(File.ReadAllText(DocumentFiles.Fixture("valid-catalog")));

        result.GetValueOrThrow().Should().BeSameAs(result.Value);
        result.Errors.Should().BeEmpty();
    }
}
