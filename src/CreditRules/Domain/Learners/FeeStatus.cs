namespace CreditRules.Domain;

/// <summary>The state of a fee obligation.</summary>
public enum FeeStatus
{
    /// <summary>Not paid yet.</summary>
    Unpaid = 0,

    /// <summary>Paid in full.</summary>
    Paid = 1,

    /// <summary>Waived, with a reason (e.g. financial aid).</summary>
    Waived = 2,

    /// <summary>Paid, then refunded in full: it no longer counts.</summary>
    Refunded = 3,

    /// <summary>Paid, then refunded in part: it no longer counts.</summary>
    PartiallyRefunded = 4,
}
