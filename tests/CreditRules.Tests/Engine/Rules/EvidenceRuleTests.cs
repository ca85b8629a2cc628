using CreditRules.Tests.Fixtures;
using static CreditRules.Tests.Fixtures.ScenarioBuilder;

namespace CreditRules.Tests.Engine.Rules;

public sealed class EvidenceRuleTests
{
    private static readonly EvidenceRequirement OfficialCredly = new([EvidenceKind.AceTranscriptCredly], requireOfficial: true, requireVerified: true);
    private static readonly LocalDate Issued = new(2013, 7, 1);

    [Fact]
    public void Evaluate_Missing_OutstandingWithSubmitStep()
    {
        var decision = new ScenarioBuilder { Evidence = OfficialCredly }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Incomplete);
        var reason = decision.Single(ReasonCode.EvidenceMissing);
        reason.Severity.Should().Be(ReasonSeverity.Outstanding);
        reason.Message.Should().Be("The institution policy inst-2013 requires an official, verified AceTranscriptCredly; none is on record.");
        decision.Step(NextStepCode.SubmitEvidence).Action.Should().Be("Have an official, verified AceTranscriptCredly sent to Test College.");
    }

    [Fact]
    public void Evaluate_UnofficialDocument_DoesNotSatisfyOfficialRequirement()
    {
        var decision = new ScenarioBuilder { Evidence = OfficialCredly, EvidenceDocuments = [Credly(Issued, official: false)] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Incomplete);
        decision.HasReason(ReasonCode.EvidenceMissing).Should().BeTrue();
    }

    [Fact]
    public void Evaluate_OfficialVerifiedTranscript_Satisfies()
    {
        var decision = new ScenarioBuilder { Evidence = OfficialCredly, EvidenceDocuments = [Credly(Issued)] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
    }

    [Fact]
    public void Evaluate_IssuedAfterAsOf_IsIgnored()
    {
        var decision = new ScenarioBuilder { Evidence = OfficialCredly, EvidenceDocuments = [Credly(new LocalDate(2014, 7, 1))] }.Evaluate();

        decision.HasReason(ReasonCode.EvidenceMissing).Should().BeTrue();
    }

    [Fact]
    public void Evaluate_DocumentForAnotherCourse_DoesNotSatisfy()
    {
        var other = new EvidenceDocument(EvidenceKind.AceTranscriptCredly, Issued, true, true, OtherCourseId);

        var decision = new ScenarioBuilder { Evidence = OfficialCredly, EvidenceDocuments = [other] }.Evaluate();

        decision.HasReason(ReasonCode.EvidenceMissing).Should().BeTrue();
    }

    [Fact]
    public void Evaluate_TranscriptNotNamingACourse_Satisfies()
    {
        var whole = new EvidenceDocument(EvidenceKind.AceTranscriptCredly, Issued, true, true);

        var decision = new ScenarioBuilder { Evidence = OfficialCredly, EvidenceDocuments = [whole] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
    }

    [Fact]
    public void Evaluate_ProviderCertificateWhereAceTranscriptRequired_Missing()
    {
        var certificate = new EvidenceDocument(EvidenceKind.ProviderCertificate, Issued, true, true, CourseId);

        var decision = new ScenarioBuilder { Evidence = OfficialCredly, EvidenceDocuments = [certificate] }.Evaluate();

        decision.HasReason(ReasonCode.EvidenceMissing).Should().BeTrue();
    }

    public static TheoryData<EvidenceRequirement, string> Descriptions => new()
    {
        { new EvidenceRequirement([EvidenceKind.AceTranscriptCredly], requireOfficial: false, requireVerified: true), "a verified AceTranscriptCredly" },
        { new EvidenceRequirement([EvidenceKind.AceTranscriptCredly], requireOfficial: true, requireVerified: false), "an official AceTranscriptCredly" },
        { new EvidenceRequirement([EvidenceKind.ProviderTranscript, EvidenceKind.ProviderCertificate], requireOfficial: false, requireVerified: false), "a ProviderTranscript or ProviderCertificate" },
        { new EvidenceRequirement([EvidenceKind.OpenBadge3], requireOfficial: false, requireVerified: false), "an OpenBadge3" },
    };

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Evaluate_Missing_DescribesRequirementWithArticle(EvidenceRequirement requirement, string expected)
    {
        var decision = new ScenarioBuilder { Evidence = requirement }.Evaluate();

        decision.Single(ReasonCode.EvidenceMissing).Message.Should().Be("The institution policy inst-2013 requires " + expected + "; none is on record.");
        decision.Step(NextStepCode.SubmitEvidence).Action.Should().Be("Have " + expected + " sent to Test College.");
    }
}
