namespace CreditRules.Engine;

/// <summary>One (baseline outcome, proposed outcome) pair of an impact analysis: how many claims moved so, which reason
/// codes appeared or disappeared, and the first learners (by input order) that did.</summary>
/// <remarks>Immutable.</remarks>
public sealed class ImpactTransition
{
    internal ImpactTransition(DecisionOutcome from, DecisionOutcome to, long count, IReadOnlyList<KeyValuePair<ReasonCode, long>> reasonsAppeared, IReadOnlyList<KeyValuePair<ReasonCode, long>> reasonsDisappeared, IReadOnlyList<string> sampleLearnerIds)
    {
        From = from;
        To = to;
        Count = count;
        ReasonsAppeared = reasonsAppeared;
        ReasonsDisappeared = reasonsDisappeared;
        SampleLearnerIds = sampleLearnerIds;
    }

    /// <summary>Gets the outcome under the baseline.</summary>
    public DecisionOutcome From { get; }

    /// <summary>Gets the outcome under the proposal.</summary>
    public DecisionOutcome To { get; }

    /// <summary>Gets the number of claims that moved from <see cref="From"/> to <see cref="To"/>.</summary>
    public long Count { get; }

    /// <summary>Gets each reason code the proposal gave and the baseline did not, with the number of claims, most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<ReasonCode, long>> ReasonsAppeared { get; }

    /// <summary>Gets each reason code the baseline gave and the proposal did not, with the number of claims, most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<ReasonCode, long>> ReasonsDisappeared { get; }

    /// <summary>Gets the ids of the first learners, in input order, that made this transition.</summary>
    public IReadOnlyList<string> SampleLearnerIds { get; }

    /// <summary>Returns e.g. "Eligible -> NotEligible: 120".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => From + " -> " + To + ": " + Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
