using CreditRules.Domain;

namespace CreditRules.Engine.Rules;

/// <summary>
/// The posting fee, priced on the credit that will post: what is granted now plus what is approved but held until local
/// credit is earned (that fee falls due when the held credit posts, and the first held course's next step says so);
/// waived for veterans when the policy says so; settled (nothing due, no step) when the learner's recorded posting-fee
/// payment at the institution is dated on or before the as-of date.
/// </summary>
internal readonly struct PostingFeeRule : IBuiltInRecordRule
{
    public const string Id = "record.posting-fee";

    private const string Summary = "The posting fee on the credit that will post, its waiver, or its recorded payment.";

    /// <summary>Gets what the registry knows of this rule: id, summary and the codes it raises (declared below, once).</summary>
    public static RuleDescriptor Descriptor => new(Id, Summary, Codes.All) { Cures = Codes.Cures };

    private static readonly RuleCodes Codes = new();

    private static readonly RuleCode PostingFeeDue = Codes.Add(ReasonCode.PostingFeeDue);
    private static readonly RuleCode PostingFeeWaived = Codes.Add(ReasonCode.PostingFeeWaived);
    private static readonly RuleCode PostingFeePaid = Codes.Add(ReasonCode.PostingFeePaid);

    public static void Decide<TSink>(ref RecordState record, ref TSink sink)
        where TSink : struct, IReasonSink
    {
        if (record.Rules?.PostingFee is not { } fee)
        {
            if (sink.Explains)
            {
                sink.Trace(Id, RuleOutcome.NotApplicable, "no posting fee");
            }

            return;
        }

        var granted = CreditAmount.Zero(record.Unit);
        var heldCredits = CreditAmount.Zero(record.Unit);
        var firstHeld = -1;
        var claims = record.Claims;
        for (var i = 0; i < claims.Length; i++)
        {
            if (claims[i].IsEligible)
            {
                granted = granted.Plus(claims[i].Allocated);
            }

            if (claims[i].Held)
            {
                heldCredits = heldCredits.Plus(claims[i].Allocated);
                firstHeld = firstHeld < 0 || claims[i].Rank < claims[firstHeld].Rank ? i : firstHeld;
            }
        }

        var toPost = granted.Plus(heldCredits);
        var amount = fee.For(toPost);
        if (toPost.IsZero)
        {
            if (sink.Explains)
            {
                sink.Trace(Id, RuleOutcome.Skipped, "nothing granted, nothing to post");
            }

            record.PostingFeeDue = amount;
            return;
        }

        if (fee.WaivedForVeterans && record.Learner.IsVeteran)
        {
            record.Raise(ref sink, PostingFeeWaived, Id, null, amount, static a => [("Amount", a.ToString()), ("WaiverReason", "veteran")]);
            if (sink.Explains)
            {
                sink.Trace(Id, RuleOutcome.Passed, fee + "; waived: veteran");
            }

            record.PostingFeeDue = new Money(0, amount.Currency);
            return;
        }

        if (PaidOn(ref record) is { } paidOn)
        {
            record.Raise(ref sink, PostingFeePaid, Id, null, (amount, paidOn), static a => [("Amount", a.amount.ToString()), ("PaidOn", Texts.Format(a.paidOn))]);
            if (sink.Explains)
            {
                sink.Trace(Id, RuleOutcome.Passed, fee + " for " + toPost + ": " + amount + ", paid on " + Texts.Format(paidOn));
            }

            record.PostingFeeDue = new Money(0, amount.Currency);
            return;
        }

        record.Raise(ref sink, PostingFeeDue, Id, null, (amount, fee, toPost), static a => [("Amount", a.amount.ToString()), ("OneTime", a.fee.OneTime.ToString()), ("PerCredit", a.fee.PerCredit.ToString()), ("Credits", a.toPost.ToString())]);
        if (sink.Explains)
        {
            if (firstHeld >= 0)
            {
                record.Step(firstHeld, new NextStep(NextStepCode.PayFee, "Pay the " + amount + " posting fee (" + fee.OneTime + " once + " + fee.PerCredit + " per credit for " + toPost + ") when the held credit posts.", cost: amount));
            }

            sink.Trace(Id, RuleOutcome.Passed, fee + " for " + toPost + (heldCredits.IsZero ? string.Empty : " (" + heldCredits + " held until local credit is earned)") + ": " + amount);
        }

        record.PostingFeeDue = amount;
    }

    /// <summary>The earliest date the learner paid this institution's posting fee, counting only payments on or before the as-of date (and recorded by the as-known-on date, when one is set); or null.</summary>
    private static NodaTime.LocalDate? PaidOn(ref RecordState record)
    {
        var payments = record.Learner.PostingFeePayments;
        NodaTime.LocalDate? earliest = null;
        for (var i = 0; i < payments.Count; i++)
        {
            var payment = payments[i];
            if (payment.CountsFor(record.Institution.Id, record.AsOf, record.Request.AsKnownOn, record.Institution.TimeZone) && (earliest is null || payment.PaidOn < earliest))
            {
                earliest = payment.PaidOn;
            }
        }

        return earliest;
    }
}
