namespace CreditRules.Domain;

/// <summary>What a refunded (or partly refunded) provider fee means for a claim: a policy setting.</summary>
/// <remarks>The default is <see cref="Blocking"/>: Coursera refuses refunds once a certificate is earned, so a refund is an anomaly.</remarks>
public enum RefundedFeeTreatment
{
    /// <summary>A refunded fee refuses the credit (reason <c>FeeRefunded</c>, Blocking). The default.</summary>
    Blocking = 0,

    /// <summary>A refunded fee counts as unpaid: the claim is Incomplete with a next step to pay it again (reason <c>FeeRefundedPayAgain</c>, Outstanding).</summary>
    Outstanding = 1,
}
