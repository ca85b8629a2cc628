namespace CreditRules.Domain;

/// <summary>What an approved exception (<see cref="ExceptionGrant"/>) changes in a learner's decisions.</summary>
public enum ExceptionKind
{
    /// <summary>The reasons one rule raises (<see cref="ExceptionGrant.RuleId"/>) no longer block or hold the claim: they are kept, as informational.</summary>
    WaiveRule = 0,

    /// <summary>Deadlines (verified-track joining, recommendation validity, recency) are extended to <see cref="ExceptionGrant.Deadline"/>: their reasons no longer block or hold the claim while the as-of date is on or before it.</summary>
    ExtendDeadline = 1,

    /// <summary>The claim is accepted with <see cref="ExceptionGrant.Credits"/>, whatever the rules found (their reasons are kept).</summary>
    ForceAccept = 2,

    /// <summary>A record-level cap (<see cref="ExceptionGrant.CapId"/>) allows <see cref="ExceptionGrant.Credits"/> instead of its own limit for this learner.</summary>
    AdjustCap = 3,
}
