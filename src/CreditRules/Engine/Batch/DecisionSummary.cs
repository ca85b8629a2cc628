using CreditRules.Domain;

namespace CreditRules.Engine;

/// <summary>
/// The outcome-only result of one claim: the outcome, the credits granted and the set of reason codes, without messages,
/// next steps or trace. Equal to what <see cref="FromDecision(Decision)"/> derives from the explained <see cref="Decision"/>.
/// </summary>
/// <remarks><c>default(DecisionSummary)</c> is "no decision" (<see cref="IsDecided"/> is false): a bulk run leaves it
/// where an input produced an <see cref="InputError"/> or was not reached.</remarks>
public readonly struct DecisionSummary : IEquatable<DecisionSummary>
{
    internal DecisionSummary(DecisionOutcome outcome, CreditAmount creditsGranted, ReasonMask reasons)
    {
        Outcome = outcome;
        CreditsGranted = creditsGranted;
        Reasons = reasons;
        IsDecided = true;
    }

    /// <summary>Gets a value indicating whether this holds a decision (false for <c>default</c>).</summary>
    public bool IsDecided { get; }

    /// <summary>Gets the outcome.</summary>
    public DecisionOutcome Outcome { get; }

    /// <summary>Gets the credits granted, in the institution's unit; zero unless <see cref="DecisionOutcome.Eligible"/>.</summary>
    /// <value>An exact fraction: see <see cref="CreditAmount.Numerator"/>, <see cref="CreditAmount.Denominator"/> and <see cref="CreditAmount.Unit"/>.</value>
    public CreditAmount CreditsGranted { get; }

    /// <summary>Gets the codes of every reason the explained decision carries.</summary>
    public ReasonMask Reasons { get; }

    /// <summary>Derives the summary of a claim decided within its whole record: the award's record-aware outcome and credits, and the codes of every reason on it (alone and from the record rules).</summary>
    /// <param name="award">The award.</param>
    /// <returns>Its outcome, granted credits and reason codes; equal to the claim's summary from <see cref="RecordEvaluator.Summarize"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="award"/> is null.</exception>
    public static DecisionSummary FromAward(CourseAward award)
    {
        ArgumentNullException.ThrowIfNull(award);
        return new(award.Outcome, award.CreditsGranted, ReasonMask.FromReasons(award.AllReasons));
    }

    /// <summary>Derives the summary of an explained decision.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>Its outcome, granted credits and reason codes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public static DecisionSummary FromDecision(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new(decision.Outcome, decision.CreditsGranted, ReasonMask.FromReasons(decision.Reasons));
    }

    /// <inheritdoc/>
    public bool Equals(DecisionSummary other) =>
        IsDecided == other.IsDecided && Outcome == other.Outcome && CreditsGranted == other.CreditsGranted && Reasons == other.Reasons;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DecisionSummary other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(IsDecided, Outcome, CreditsGranted, Reasons);

    /// <summary>Compares two summaries for equality.</summary>
    /// <param name="left">The first summary.</param>
    /// <param name="right">The second summary.</param>
    /// <returns><see langword="true"/> when outcome, credits and reason codes are equal.</returns>
    public static bool operator ==(DecisionSummary left, DecisionSummary right) => left.Equals(right);

    /// <summary>Compares two summaries for inequality.</summary>
    /// <param name="left">The first summary.</param>
    /// <param name="right">The second summary.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(DecisionSummary left, DecisionSummary right) => !left.Equals(right);

    /// <summary>Returns e.g. "Eligible 3 SH [NotResidenceCredit]", or "(no decision)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsDecided ? Outcome + " " + CreditsGranted + " [" + Reasons + "]" : "(no decision)";
}
