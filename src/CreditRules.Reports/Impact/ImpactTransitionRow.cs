using CreditRules.Engine;

namespace CreditRules.Reports;

/// <summary>The claims that went from one outcome under the baseline to another (or the same) under the proposal.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ImpactTransitionRow
{
    /// <summary>Initializes a transition row.</summary>
    /// <param name="from">The outcome under the baseline.</param>
    /// <param name="to">The outcome under the proposal.</param>
    /// <param name="claims">The claims that made this transition.</param>
    /// <param name="reasonsAppeared">Reasons present under the proposal only, most claims first.</param>
    /// <param name="reasonsDisappeared">Reasons present under the baseline only, most claims first.</param>
    /// <param name="samples">The first claims of the transition, explained.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="claims"/> is negative.</exception>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    public ImpactTransitionRow(DecisionOutcome from, DecisionOutcome to, long claims, IEnumerable<ReasonCount> reasonsAppeared, IEnumerable<ReasonCount> reasonsDisappeared, IEnumerable<ImpactSample> samples)
    {
        From = from;
        To = to;
        Claims = Check.NotNegative(claims, nameof(claims));
        ReasonsAppeared = Check.List(reasonsAppeared, nameof(reasonsAppeared));
        ReasonsDisappeared = Check.List(reasonsDisappeared, nameof(reasonsDisappeared));
        Samples = Check.List(samples, nameof(samples));
    }

    /// <summary>Gets the outcome under the baseline.</summary>
    public DecisionOutcome From { get; }

    /// <summary>Gets the outcome under the proposal.</summary>
    public DecisionOutcome To { get; }

    /// <summary>Gets a value indicating whether the outcome changed.</summary>
    public bool IsChange => From != To;

    /// <summary>Gets the number of claims that made this transition.</summary>
    public long Claims { get; }

    /// <summary>Gets the reasons present under the proposal only, most claims first.</summary>
    public IReadOnlyList<ReasonCount> ReasonsAppeared { get; }

    /// <summary>Gets the reasons present under the baseline only, most claims first.</summary>
    public IReadOnlyList<ReasonCount> ReasonsDisappeared { get; }

    /// <summary>Gets the first claims of the transition, in input order, each explained before and after.</summary>
    public IReadOnlyList<ImpactSample> Samples { get; }
}
