using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>The provider's fees for the course are paid or waived as of the as-of date; a refunded fee does not count.</summary>
internal sealed class FeeRule : IRule
{
    public string Id => "learner.fees";

    public void Apply(EvaluationContext context)
    {
        if (context.Policy is not { RequireProviderFees: true })
        {
            context.Record(Id, RuleOutcome.NotApplicable, "policy does not require provider fees");
            return;
        }

        var outcome = RuleOutcome.Passed;
        var seen = 0;
        foreach (var fee in context.Learner.Fees)
        {
            if (!string.Equals(fee.CourseId, context.Course.Id, StringComparison.Ordinal))
            {
                continue;
            }

            seen++;
            // A state that takes effect after the as-of date is not known yet: the fee was unpaid then.
            var status = fee.StatusDate is { } date && date > context.AsOf ? FeeStatus.Unpaid : fee.Status;
            switch (status)
            {
                case FeeStatus.Paid:
                    break;
                case FeeStatus.Waived:
                    context.Add(ReasonCode.FeeWaived, Id, ("FeeKind", fee.Kind.ToString()), ("Amount", fee.Amount.ToString()), ("WaiverReason", fee.WaiverReason ?? string.Empty));
                    outcome = outcome == RuleOutcome.Passed ? RuleOutcome.Limited : outcome;
                    break;
                case FeeStatus.Refunded:
                case FeeStatus.PartiallyRefunded:
                    context.Add(ReasonCode.FeeRefunded, Id, ("FeeKind", fee.Kind.ToString()), ("Amount", fee.Amount.ToString()), ("Status", status.ToString()), ("StatusDate", EvaluationContext.Format(fee.StatusDate)));
                    outcome = RuleOutcome.Failed;
                    break;
                default:
                    context.Add(ReasonCode.FeeUnpaid, Id, ("FeeKind", fee.Kind.ToString()), ("Amount", fee.Amount.ToString()));
                    context.Step(new NextStep(NextStepCode.PayFee, "Pay the " + fee.Amount + " " + Describe(fee.Kind) + " fee.", deadline: context.RouteDeadline, cost: fee.Amount));
                    outcome = RuleOutcome.Failed;
                    break;
            }
        }

        context.Record(Id, outcome, EvaluationContext.Format(seen) + " fee(s) for the course");
    }

    private static string Describe(FeeKind kind) => kind switch
    {
        FeeKind.VerifiedTrack => "verified-track",
        FeeKind.ProctoredExam => "exam",
        _ => "transcript",
    };
}
