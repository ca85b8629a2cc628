using CreditRules.Engine;

namespace CreditRules.Reports;

/// <summary>An outcome and how many decisions reached it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class OutcomeCount
{
    /// <summary>Initializes a count.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="decisions">The decisions that reached it.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decisions"/> is negative.</exception>
    public OutcomeCount(DecisionOutcome outcome, long decisions)
    {
        Outcome = outcome;
        Decisions = Check.NotNegative(decisions, nameof(decisions));
    }

    /// <summary>Gets the outcome.</summary>
    public DecisionOutcome Outcome { get; }

    /// <summary>Gets the number of decisions with this outcome.</summary>
    public long Decisions { get; }
}
