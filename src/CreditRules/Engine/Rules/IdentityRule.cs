using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>The learner's identity is verified; a verified fallback factor counts and is reported.</summary>
internal sealed class IdentityRule : IRule
{
    public string Id => "learner.identity";

    public void Apply(EvaluationContext context)
    {
        IdentityVerification? latest = null;
        foreach (var verification in context.Learner.IdentityVerifications)
        {
            if (context.DateOf(verification.RecordedAt) > context.AsOf)
            {
                continue;
            }

            if (latest is null || verification.RecordedAt >= latest.RecordedAt)
            {
                latest = verification;
            }
        }

        switch (latest?.Status)
        {
            case VerificationStatus.Verified:
                if (latest.FallbackMethod is { } fallback)
                {
                    context.Add(ReasonCode.IdentityVerifiedByFallback, Id, ("FallbackMethod", fallback.ToString()), ("Method", latest.Method.ToString()));
                    context.Record(Id, RuleOutcome.Limited, "verified by fallback " + fallback);
                }
                else
                {
                    context.Record(Id, RuleOutcome.Passed, "verified by " + latest.Method);
                }

                return;
            case VerificationStatus.Pending:
                context.Add(ReasonCode.IdentityVerificationPending, Id, ("RecordedAt", context.FormatInstant(latest.RecordedAt)));
                context.Step(new NextStep(NextStepCode.AwaitIdentityReview, "Wait for the identity verification decision.", deadline: context.RouteDeadline));
                context.Record(Id, RuleOutcome.Failed, "verification pending");
                return;
            default:
                var status = latest?.Status.ToString() ?? "no record";
                context.Add(ReasonCode.IdentityNotVerified, Id, ("Status", status));
                context.Step(new NextStep(NextStepCode.VerifyIdentity, "Verify your identity (webcam photo, photo ID and typing pattern).", deadline: context.RouteDeadline));
                context.Record(Id, RuleOutcome.Failed, "identity " + status);
                return;
        }
    }
}
