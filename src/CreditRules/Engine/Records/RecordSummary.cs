using CreditRules.Domain;

namespace CreditRules.Engine;

/// <summary>
/// The outcome-only answer for a learner's whole record: the record's totals and record-level reason codes. Each claim's
/// record-aware <see cref="DecisionSummary"/> is written beside it by <see cref="RecordEvaluator.Summarize"/>. Equal to
/// <see cref="FromDecision"/> of the explained <see cref="RecordDecision"/> for the same request.
/// </summary>
/// <remarks>A value; <c>default</c> is "no decision" (<see cref="IsDecided"/> is <see langword="false"/>).</remarks>
public readonly struct RecordSummary : IEquatable<RecordSummary>
{
    internal RecordSummary(int claimCount, CreditAmount creditsGranted, CreditAmount postedPriorCredit, CreditAmount? residencyOutstanding, Money? postingFeeDue, ReasonMask reasons)
    {
        ClaimCount = claimCount;
        CreditsGranted = creditsGranted;
        PostedPriorCredit = postedPriorCredit;
        ResidencyOutstanding = residencyOutstanding;
        PostingFeeDue = postingFeeDue;
        Reasons = reasons;
        IsDecided = true;
    }

    /// <summary>Gets a value indicating whether this summary holds a decision (<see langword="false"/> for <c>default</c>).</summary>
    public bool IsDecided { get; }

    /// <summary>Gets the number of claims decided.</summary>
    public int ClaimCount { get; }

    /// <summary>Gets the credits granted over every claim, in the institution's unit (see <see cref="RecordDecision.CreditsGranted"/>).</summary>
    public CreditAmount CreditsGranted { get; }

    /// <summary>Gets the posted external prior credit (see <see cref="RecordDecision.PostedPriorCredit"/>).</summary>
    public CreditAmount PostedPriorCredit { get; }

    /// <summary>Gets the residency still to earn, or <see langword="null"/> when the program sets none.</summary>
    public CreditAmount? ResidencyOutstanding { get; }

    /// <summary>Gets the posting fee due, or <see langword="null"/> when the policy sets none.</summary>
    public Money? PostingFeeDue { get; }

    /// <summary>Gets the codes of the record-level reasons (those about the record, not one claim).</summary>
    public ReasonMask Reasons { get; }

    /// <summary>Summarises an explained record decision.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>Its summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public static RecordSummary FromDecision(RecordDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new(decision.Awards.Count, decision.CreditsGranted, decision.PostedPriorCredit, decision.ResidencyOutstanding, decision.PostingFeeDue, ReasonMask.FromReasons(decision.Reasons));
    }

    /// <inheritdoc/>
    public bool Equals(RecordSummary other) =>
        IsDecided == other.IsDecided && ClaimCount == other.ClaimCount && CreditsGranted == other.CreditsGranted && PostedPriorCredit == other.PostedPriorCredit
        && Nullable.Equals(ResidencyOutstanding, other.ResidencyOutstanding) && Nullable.Equals(PostingFeeDue, other.PostingFeeDue) && Reasons == other.Reasons;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RecordSummary other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(IsDecided, ClaimCount, CreditsGranted, PostedPriorCredit, ResidencyOutstanding, PostingFeeDue, Reasons);

    /// <summary>Compares two summaries.</summary>
    /// <param name="left">The first summary.</param>
    /// <param name="right">The second summary.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(RecordSummary left, RecordSummary right) => left.Equals(right);

    /// <summary>Compares two summaries.</summary>
    /// <param name="left">The first summary.</param>
    /// <param name="right">The second summary.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RecordSummary left, RecordSummary right) => !left.Equals(right);

    /// <summary>Returns e.g. "3 claim(s): 7 SH granted [PostingFeeDue]".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsDecided ? Texts(ClaimCount) + " claim(s): " + CreditsGranted + " granted [" + Reasons + "]" : "(no decision)";

    private static string Texts(int value) => Engine.Rules.Texts.Format(value);
}
