using CreditRules.Domain;

namespace CreditRules.Engine;

/// <summary>
/// The impact of a proposed policy set (or a later as-of date) on a population: claims per outcome transition, the
/// reason codes behind them, sample learners, and the credits gained and lost in total.
/// </summary>
/// <remarks>Immutable. Credits are totalled per unit, since institutions count in semester or quarter hours.</remarks>
public sealed class ImpactReport
{
    private readonly CreditAmount[] _gained;
    private readonly CreditAmount[] _lost;

    internal ImpactReport(long claims, long errors, IReadOnlyList<ImpactTransition> transitions, CreditAmount[] gained, CreditAmount[] lost, IReadOnlyList<InputError> sampleErrors)
    {
        Claims = claims;
        Errors = errors;
        Transitions = transitions;
        _gained = gained;
        _lost = lost;
        SampleErrors = sampleErrors;
    }

    /// <summary>Gets the number of baseline decisions that rest on an exception (an exception approved for the learner changed them: <see cref="ReasonCode.ExceptionApplied"/>).</summary>
    public long RestingOnExceptionsBefore { get; internal init; }

    /// <summary>Gets the number of proposed decisions that rest on an exception.</summary>
    public long RestingOnExceptionsAfter { get; internal init; }

    /// <summary>Gets the number of claims read.</summary>
    public long Claims { get; }

    /// <summary>Gets the number of claims that were an input error under either policy set (not counted in a transition).</summary>
    public long Errors { get; }

    /// <summary>Gets the claims decided under both, by (from, to) outcome, including unchanged outcomes; ordered by baseline then proposed outcome.</summary>
    public IReadOnlyList<ImpactTransition> Transitions { get; }

    /// <summary>Gets the first error entries, in input order.</summary>
    public IReadOnlyList<InputError> SampleErrors { get; }

    /// <summary>Gets the number of claims whose outcome changed.</summary>
    public long Changed => Transitions.Where(t => t.From != t.To).Sum(t => t.Count);

    /// <summary>Gets the credits granted under the proposal beyond the baseline, summed over claims that gained, in one unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The total.</returns>
    public CreditAmount GetCreditsGained(CreditUnit unit) => _gained[(int)Internal.Preconditions.Defined(unit)];

    /// <summary>Gets the credits the baseline granted beyond the proposal, summed over claims that lost, in one unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The total.</returns>
    public CreditAmount GetCreditsLost(CreditUnit unit) => _lost[(int)Internal.Preconditions.Defined(unit)];
}
