namespace CreditRules.Domain;

/// <summary>The state of the proctor's integrity review of an exam attempt.</summary>
public enum IntegrityReview
{
    /// <summary>No violation found.</summary>
    Clean = 0,

    /// <summary>The review has not finished (record-and-review takes up to 24 hours).</summary>
    Pending = 1,

    /// <summary>The proctor flagged the attempt; a decision is awaited.</summary>
    Flagged = 2,

    /// <summary>The attempt was invalidated; see <see cref="InvalidationKind"/>.</summary>
    Invalidated = 3,
}
