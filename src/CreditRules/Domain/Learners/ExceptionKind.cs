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

    /// <summary>
    /// The learner's facts for another course (<see cref="ExceptionGrant.SubstituteCourseId"/>, such as a retired version or a
    /// sibling course) count for the claimed course (<see cref="ExceptionGrant.CourseId"/>): its completions, verified-track
    /// enrolments, exam attempts and evidence documents, each kind only where the learner's own facts of that kind for the
    /// claimed course do not satisfy the rule. Fees are not substituted (an obligation belongs to its own course).
    /// </summary>
    SubstituteCourse = 4,
}
