using CreditRules.Domain;
using NodaTime;

namespace CreditRules.Engine;

/// <summary>
/// One claimed course as a host record rule sees it: the course, its record-aware outcome and credits so far, and the
/// codes of every reason raised on it so far (by the claim rules and the record rules before the host rule).
/// </summary>
/// <remarks>A value; <c>default</c> names no claim (<see cref="CourseId"/> is null).</remarks>
public readonly struct RecordRuleClaim
{
    internal RecordRuleClaim(string courseId, DecisionOutcome outcome, CreditAmount creditsGranted, LocalDate? qualifyingDate, string? equivalenceKey, ReasonMask reasons)
    {
        CourseId = courseId;
        Outcome = outcome;
        CreditsGranted = creditsGranted;
        QualifyingDate = qualifyingDate;
        EquivalenceKey = equivalenceKey;
        Reasons = reasons;
    }

    /// <summary>Gets the course claimed.</summary>
    public string CourseId { get; }

    /// <summary>Gets the claim's outcome so far, counting the record rules before this one.</summary>
    public DecisionOutcome Outcome { get; }

    /// <summary>Gets the credits granted so far (zero unless <see cref="Outcome"/> is Eligible), in the institution's unit.</summary>
    public CreditAmount CreditsGranted { get; }

    /// <summary>Gets the qualifying date of the claim's exam, or <see langword="null"/>.</summary>
    public LocalDate? QualifyingDate { get; }

    /// <summary>Gets the local course the claim is equivalent to under the record policy, or <see langword="null"/>.</summary>
    public string? EquivalenceKey { get; }

    /// <summary>Gets the codes of the reasons raised on the claim so far (built-in codes; host codes are not in a mask).</summary>
    public ReasonMask Reasons { get; }

    /// <inheritdoc/>
    public override string ToString() => CourseId + ": " + Outcome + " " + CreditsGranted;
}
