using System.Runtime.CompilerServices;
using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>
/// The provider's fees for the course are paid or waived as of the as-of date; a refunded fee does not count: it blocks,
/// or (when the policy's <see cref="InstitutionPolicy.RefundedFee"/> is <see cref="RefundedFeeTreatment.Outstanding"/>) it must be paid again.
/// </summary>
internal readonly struct FeeRule : IBuiltInClaimRule
{
    public const string Id = "learner.fees";

    private const string Summary = "The provider's fees for the course are paid or waived as of the as-of date; a refunded fee does not count: it blocks, or (when the policy says a refunded fee is outstanding) it must be paid again.";

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All) { Cures = Codes.Cures };

    private static readonly RuleCodes Codes = new();

    private static readonly RuleCode FeeWaived = Codes.Add(ReasonCode.FeeWaived);
    private static readonly RuleCode FeeRefunded = Codes.Add(ReasonCode.FeeRefunded, Cure.NotWithinReach);
    private static readonly RuleCode FeeUnpaid = Codes.Add(ReasonCode.FeeUnpaid, new Cure(SmallestChangeKind.PayFee, NextStepCode.PayFee));
    private static readonly RuleCode FeeRefundedPayAgain = Codes.Add(ReasonCode.FeeRefundedPayAgain, new Cure(SmallestChangeKind.PayFee, NextStepCode.PayFee));

    public static void Decide<TSink>(ref ClaimState state, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        if (state.Policy is not { RequireProviderFees: true } policy)
        {
            if (sink.Explains)
            {
                sink.Trace(Id, RuleOutcome.NotApplicable, "policy does not require provider fees");
            }

            return;
        }

        var outcome = RuleOutcome.Passed;
        var seen = 0;
        var fees = state.Facts.Fees;
        var facts = state.Facts.FeeFacts;
        for (var i = 0; i < facts.Length; i++)
        {
            ref readonly var fact = ref facts[i];
            if (fact.Course != state.CourseIndex)
            {
                continue;
            }

            seen++;
            // A state that takes effect after the as-of date is not known yet: the fee was unpaid then.
            var status = fact.StatusDate is { } date && date > state.AsOf ? FeeStatus.Unpaid : fact.Status;
            if (status == FeeStatus.Paid)
            {
                continue;
            }

            var fee = fees[i];
            switch (status)
            {
                case FeeStatus.Paid:
                    break;
                case FeeStatus.Waived:
                    RaiseWaived(ref state, ref sink, fee);
                    outcome = outcome == RuleOutcome.Passed ? RuleOutcome.Limited : outcome;
                    break;
                case FeeStatus.Refunded or FeeStatus.PartiallyRefunded when policy.RefundedFee == RefundedFeeTreatment.Outstanding:
                    RaiseRefundedPayAgain(ref state, ref sink, fee, status, policy);

                    outcome = RuleOutcome.Failed;
                    break;
                case FeeStatus.Refunded:
                case FeeStatus.PartiallyRefunded:
                    RaiseRefunded(ref state, ref sink, fee, status);
                    outcome = RuleOutcome.Failed;
                    break;
                default:
                    RaiseUnpaid(ref state, ref sink, fee);

                    outcome = RuleOutcome.Failed;
                    break;
            }
        }

        if (sink.Explains)
        {
            sink.Trace(Id, outcome, seen, static n => Texts.Format(n) + " fee(s) for the course");
        }
    }

    private static string Describe(FeeKind kind) => kind switch
    {
        FeeKind.VerifiedTrack => "verified-track",
        FeeKind.ProctoredExam => "exam",
        _ => "transcript",
    };

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseWaived<TSink>(ref ClaimState state, ref TSink sink, FeeObligation fee)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, FeeWaived, Id, fee, static f => [("FeeKind", f.Kind.ToString()), ReasonArg.Of("Amount", f.Amount), ("WaiverReason", f.WaiverReason ?? string.Empty)]);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseRefundedPayAgain<TSink>(ref ClaimState state, ref TSink sink, FeeObligation fee, FeeStatus status, InstitutionPolicy policy)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, FeeRefundedPayAgain, Id, (fee, status, scope: SettingScopes.Of(state.Program.Program, PolicySetting.RefundedFee), policyId: policy.Id, programId: state.Program.Program.Id), static a => [new ReasonArg("FeeKind", a.fee.Kind.ToString(), a.fee.Kind), ReasonArg.Of("Amount", a.fee.Amount), ("Status", a.status.ToString()), ("StatusDate", Texts.Format(a.fee.StatusDate)), SettingScopes.Arg("Scope", a.scope, a.policyId, a.programId)]);
        if (sink.Explains)
        {
            sink.Step(NextStep.Deferred(NextStepCode.PayFee, DeferredValue<string>.Of((fee, status), static a => "Pay the " + a.fee.Amount + " " + Describe(a.fee.Kind) + " fee again: the payment was " + (a.status == FeeStatus.Refunded ? "refunded" : "partly refunded") + " on " + Texts.Format(a.fee.StatusDate) + "."), deadline: state.RouteDeadline, cost: fee.Amount));
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseRefunded<TSink>(ref ClaimState state, ref TSink sink, FeeObligation fee, FeeStatus status)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, FeeRefunded, Id, (fee, status), static a => [("FeeKind", a.fee.Kind.ToString()), ReasonArg.Of("Amount", a.fee.Amount), ("Status", a.status.ToString()), ("StatusDate", Texts.Format(a.fee.StatusDate))]);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RaiseUnpaid<TSink>(ref ClaimState state, ref TSink sink, FeeObligation fee)
        where TSink : struct, IReasonSink
    {
        state.Raise(ref sink, FeeUnpaid, Id, fee, static f => [new ReasonArg("FeeKind", f.Kind.ToString(), f.Kind), ReasonArg.Of("Amount", f.Amount)]);
        if (sink.Explains)
        {
            sink.Step(NextStep.Deferred(NextStepCode.PayFee, DeferredValue<string>.Of(fee, static f => "Pay the " + f.Amount + " " + Describe(f.Kind) + " fee."), deadline: state.RouteDeadline, cost: fee.Amount));
        }
    }
}
