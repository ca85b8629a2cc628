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

        var latest = found < 0 ? null : state.Facts.Verifications[found];

        switch (found < 0 ? (VerificationStatus?)null : verifications[found].Status)
        {
            case VerificationStatus.Verified:
                if (verifications[found].ByFallback)
                {
                    RaiseByFallback(ref state, ref sink, latest!);
                }
                else if (sink.Explains)
                {
                    ExplainVerified(ref sink, latest!);
                }

                return;
            case VerificationStatus.Pending:
                RaisePending(ref state, ref sink, latest!);

                return;
            default:
                RaiseNotVerified(ref state, ref sink, latest);

                return;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseByFallback<TSink>(ref ClaimState state, ref TSink sink, IdentityVerification latest)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, IdentityVerifiedByFallback, Id, latest, static v => [("FallbackMethod", v.FallbackMethod!.Value.ToString()), ("Method", v.Method.ToString())]);
        if (sink.Explains)
        {
            sink.Trace(Id, RuleOutcome.Limited, "verified by fallback " + latest.FallbackMethod);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExplainVerified<TSink>(ref TSink sink, IdentityVerification latest)
        where TSink : struct, IReasonSink
    {
        sink.Trace(Id, RuleOutcome.Passed, "verified by " + latest.Method);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaisePending<TSink>(ref ClaimState state, ref TSink sink, IdentityVerification latest)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, IdentityVerificationPending, Id, state.FormatInstantLazy(latest.RecordedAt), static at => [("RecordedAt", at.Text)]);
        if (sink.Explains)
        {
            sink.Step(new NextStep(NextStepCode.AwaitIdentityReview, "Wait for the identity verification decision.", deadline: state.RouteDeadline));
            sink.Trace(Id, RuleOutcome.Failed, "verification pending");
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseNotVerified<TSink>(ref ClaimState state, ref TSink sink, IdentityVerification? latest)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, IdentityNotVerified, Id, latest, static v => [("Status", v?.Status.ToString() ?? "no record")]);
        if (sink.Explains)
        {
            var status = latest?.Status.ToString() ?? "no record";
            sink.Step(new NextStep(NextStepCode.VerifyIdentity, "Verify your identity (webcam photo, photo ID and typing pattern).", deadline: state.RouteDeadline));
            sink.Trace(Id, RuleOutcome.Failed, "identity " + status);
        }
    }
}
