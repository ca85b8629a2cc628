namespace CreditRules.Domain;

/// <summary>The state of an identity verification.</summary>
public enum VerificationStatus
{
    /// <summary>Submitted, not yet decided.</summary>
    Pending = 0,

    /// <summary>Verified.</summary>
    Verified = 1,

    /// <summary>Refused; the learner may try again.</summary>
    Failed = 2,

    /// <summary>Once verified, now lapsed; the learner must verify again.</summary>
    Expired = 3,
}
