namespace CreditRules.Engine;

/// <summary>Decides eligibility for credit and explains the decision.</summary>
/// <remarks>Implementations are immutable and safe to call from many threads at once.</remarks>
public interface IEligibilityEvaluator
{
    /// <summary>Decides one learner's claim for one course at one institution and program, as of the request's date.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The decision; "not eligible" and "incomplete" are decisions, never exceptions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="Domain.UnknownReferenceException">The request names a course, institution or program that is not loaded.</exception>
    Decision Evaluate(EvaluationRequest request);
}
