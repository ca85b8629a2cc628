using CreditRules.Tests.Fixtures;
using static CreditRules.Tests.Fixtures.ScenarioBuilder;

namespace CreditRules.Tests.Engine.Rules;

public sealed class IdentityRuleTests
{
    private static readonly Instant Submitted = At(2013, 3, 10, 9, 0);

    [Fact]
    public void Evaluate_Pending_OutstandingWithAwaitStep()
    {
        var decision = new ScenarioBuilder { Identity = [new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Pending, Submitted)] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Incomplete);
        var reason = decision.Single(ReasonCode.IdentityVerificationPending);
        reason.Severity.Should().Be(ReasonSeverity.Outstanding);
        reason.Message.Should().Be("Identity verification submitted at 2013-03-10 09:00 EDT America/New_York is still pending.");
        decision.Step(NextStepCode.AwaitIdentityReview).Deadline.Should().Be(new LocalDate(2016, 1, 31));
    }

    [Theory]
    [InlineData(VerificationStatus.Failed)]
    [InlineData(VerificationStatus.Expired)]
    public void Evaluate_FailedOrExpired_OutstandingWithVerifyStep(VerificationStatus status)
    {
        var decision = new ScenarioBuilder { Identity = [new IdentityVerification(IdentityMethod.TypingPattern, status, Submitted)] }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Incomplete);
        decision.Single(ReasonCode.IdentityNotVerified).Message.Should().Be("Identity is not verified (latest status: " + status + ").");
        decision.Step(NextStepCode.VerifyIdentity).Action.Should().Be("Verify your identity (webcam photo, photo ID and typing pattern).");
    }

    [Fact]
    public void Evaluate_NoVerification_SaysNoRecord()
    {
        var decision = new ScenarioBuilder { Identity = [] }.Evaluate();

        decision.Single(ReasonCode.IdentityNotVerified).Message.Should().Be("Identity is not verified (latest status: no record).");
    }

    [Fact]
    public void Evaluate_VerifiedByFallbackFactor_InformationalAndEligible()
    {
        var decision = new ScenarioBuilder
        {
            Identity = [new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Verified, Submitted, IdentityMethod.WebcamPhoto)],
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
        var reason = decision.Single(ReasonCode.IdentityVerifiedByFallback);
        reason.Severity.Should().Be(ReasonSeverity.Informational);
        reason.Message.Should().Be("Identity verified by the fallback factor WebcamPhoto after TypingPattern did not match.");
    }

    [Fact]
    public void Evaluate_FailedThenVerified_LatestWins()
    {
        var decision = new ScenarioBuilder
        {
            Identity =
            [
                new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Verified, Submitted.Plus(Duration.FromDays(1))),
                new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Failed, Submitted),
            ],
        }.Evaluate();

        decision.Outcome.Should().Be(DecisionOutcome.Eligible);
    }

    [Fact]
    public void Evaluate_VerificationAfterAsOf_IsIgnored()
    {
        var decision = new ScenarioBuilder { Identity = [new IdentityVerification(IdentityMethod.TypingPattern, VerificationStatus.Verified, At(2014, 7, 1, 9, 0))] }.Evaluate();

        decision.Single(ReasonCode.IdentityNotVerified).Message.Should().Be("Identity is not verified (latest status: no record).");
    }
}
