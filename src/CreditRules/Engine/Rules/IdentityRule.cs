using System.Runtime.CompilerServices;
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

        // The domain verification is read only to explain (in the out-of-line raisers below), not per claim: this
        // method's frame holds no argument tuple, so a passing claim zeroes almost nothing.
        switch (found < 0 ? (VerificationStatus?)null : verifications[found].Status)
        {
            case VerificationStatus.Verified:
                if (verifications[found].ByFallback)
                {
                    RaiseByFallback(ref state, ref sink, found);
                }
                else if (sink.Explains)
                {
                    TraceVerified(ref state, ref sink, found);
                }

                return;
            case VerificationStatus.Pending:
                RaisePending(ref state, ref sink, found);
                return;
            default:
                RaiseNotVerified(ref state, ref sink, found);
                return;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseByFallback<TSink>(ref ClaimState state, ref TSink sink, int found)
        where TSink : struct, IReasonSink
    {
        var facts = state.Facts;
        state.Raise(ref sink, IdentityVerifiedByFallback, Id, (facts, found), static a => [("FallbackMethod", a.facts.Verifications[a.found].FallbackMethod!.Value.ToString()), ("Method", a.facts.Verifications[a.found].Method.ToString())]);
        if (sink.Explains)
        {
            sink.Trace(Id, RuleOutcome.Limited, facts.Verifications[found].FallbackMethod, static m => "verified by fallback " + m);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void TraceVerified<TSink>(ref ClaimState state, ref TSink sink, int found)
        where TSink : struct, IReasonSink
    {
        sink.Trace(Id, RuleOutcome.Passed, state.Facts.Verifications[found].Method, static m => "verified by " + m);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaisePending<TSink>(ref ClaimState state, ref TSink sink, int found)
        where TSink : struct, IReasonSink
    {
        var facts = state.Facts;
        state.Raise(ref sink, IdentityVerificationPending, Id, (facts, found, state.Zone), static a => [("RecordedAt", Texts.Format(a.facts.Verifications[a.found].RecordedAt, a.Zone))]);
        if (sink.Explains)
        {
            sink.Step(new NextStep(NextStepCode.AwaitIdentityReview, "Wait for the identity verification decision.", deadline: state.RouteDeadline));
            sink.Trace(Id, RuleOutcome.Failed, "verification pending");
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseNotVerified<TSink>(ref ClaimState state, ref TSink sink, int found)
        where TSink : struct, IReasonSink
    {
        var facts = state.Facts;
        state.Raise(ref sink, IdentityNotVerified, Id, (facts, found), static a => [("Status", a.found < 0 ? "no record" : a.facts.Verifications[a.found].Status.ToString())]);
        if (sink.Explains)
        {
            var status = found < 0 ? "no record" : facts.Verifications[found].Status.ToString();
            sink.Step(new NextStep(NextStepCode.VerifyIdentity, "Verify your identity (webcam photo, photo ID and typing pattern).", deadline: state.RouteDeadline));
            sink.Trace(Id, RuleOutcome.Failed, status, static s => "identity " + s);
        }
    }
}
