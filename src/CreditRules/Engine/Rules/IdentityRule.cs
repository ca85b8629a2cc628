using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>The learner's identity is verified; a verified fallback factor counts and is reported.</summary>
internal readonly struct IdentityRule : IBuiltInClaimRule
{
    public const string Id = "learner.identity";

    private const string Summary = "The learner's identity is verified; a verified fallback factor counts and is reported.";

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All) { Cures = Codes.Cures };

    private static readonly RuleCodes Codes = new();

    private static readonly RuleCode IdentityVerifiedByFallback = Codes.Add(ReasonCode.IdentityVerifiedByFallback);
    private static readonly RuleCode IdentityVerificationPending = Codes.Add(ReasonCode.IdentityVerificationPending, new Cure(SmallestChangeKind.AwaitReview, NextStepCode.AwaitIdentityReview));
    private static readonly RuleCode IdentityNotVerified = Codes.Add(ReasonCode.IdentityNotVerified, new Cure(SmallestChangeKind.VerifyIdentity, NextStepCode.VerifyIdentity));

    public static void Decide<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        var verifications = state.Facts.VerificationFacts;
        var found = -1;
        for (var i = 0; i < verifications.Length; i++)
        {
            var at = verifications[i].RecordedAt;
            if (!state.IsAfterAsOf(at) && (found < 0 || at >= verifications[found].RecordedAt))
            {
                found = i;
            }
        }

        // The domain verification is read only to explain (argument builders run only then), not per claim.
        var facts = state.Facts;

        switch (found < 0 ? (VerificationStatus?)null : verifications[found].Status)
        {
            case VerificationStatus.Verified:
                if (verifications[found].ByFallback)
                {
                    state.Raise(ref sink, IdentityVerifiedByFallback, Id, (facts, found), static a => [("FallbackMethod", a.facts.Verifications[a.found].FallbackMethod!.Value.ToString()), ("Method", a.facts.Verifications[a.found].Method.ToString())]);
                    if (sink.Explains)
                    {
                        sink.Trace(Id, RuleOutcome.Limited, facts.Verifications[found].FallbackMethod, static m => "verified by fallback " + m);
                    }
                }
                else if (sink.Explains)
                {
                    sink.Trace(Id, RuleOutcome.Passed, facts.Verifications[found].Method, static m => "verified by " + m);
                }

                return;
            case VerificationStatus.Pending:
                state.Raise(ref sink, IdentityVerificationPending, Id, (facts, found, state.Zone), static a => [("RecordedAt", Texts.Format(a.facts.Verifications[a.found].RecordedAt, a.Zone))]);
                if (sink.Explains)
                {
                    sink.Step(new NextStep(NextStepCode.AwaitIdentityReview, "Wait for the identity verification decision.", deadline: state.RouteDeadline));
                    sink.Trace(Id, RuleOutcome.Failed, "verification pending");
                }

                return;
            default:
                state.Raise(ref sink, IdentityNotVerified, Id, (facts, found), static a => [("Status", a.found < 0 ? "no record" : a.facts.Verifications[a.found].Status.ToString())]);
                if (sink.Explains)
                {
                    var status = found < 0 ? "no record" : facts.Verifications[found].Status.ToString();
                    sink.Step(new NextStep(NextStepCode.VerifyIdentity, "Verify your identity (webcam photo, photo ID and typing pattern).", deadline: state.RouteDeadline));
                    sink.Trace(Id, RuleOutcome.Failed, status, static s => "identity " + s);
                }

                return;
        }
    }
}
