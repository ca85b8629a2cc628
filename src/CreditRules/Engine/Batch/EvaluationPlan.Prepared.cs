using CreditRules.Domain;

namespace CreditRules.Engine;

/// <content>Prepared populations: claims compiled once into compact shared arrays, then decided outcome-only without allocating.</content>
public sealed partial class EvaluationPlan
{
    /// <summary>
    /// Prepares claims for deciding again and again: resolves every claim against this plan and lays out every learner's
    /// facts in shared contiguous arrays (<see cref="PreparedClaims"/>). Claims next to each other with the same learner
    /// record and institution share one compact record.
    /// </summary>
    /// <param name="claims">The claims, all valid.</param>
    /// <returns>The prepared claims, in the same order.</returns>
    /// <exception cref="ArgumentException">A claim is null; the message names its index (<c>claims[3] is null.</c>).</exception>
    /// <exception cref="UnknownReferenceException">A claim or its learner's record names a course, session, institution or program that is not loaded: the same exception <see cref="Summarize(CreditClaim)"/> throws for that claim. Run claims that may be invalid through <see cref="Evaluate(ReadOnlySpan{CreditClaim}, Span{DecisionSummary}, IProgress{BulkProgress}?, CancellationToken)"/>, which turns each into an error entry.</exception>
    /// <exception cref="InvalidLearnerDataException">A learner's exception names a rule it cannot waive.</exception>
    public PreparedClaims Prepare(ReadOnlySpan<CreditClaim> claims) =>
        new(this, claims.ToArray(), _plan.CompileAll(claims, AsOf, AsKnownOn));

    /// <summary>Decides prepared claims in order, outcome-only, into a caller's span; allocates nothing (without host rules).</summary>
    /// <param name="claims">Claims prepared by this plan (<see cref="Prepare"/>).</param>
    /// <param name="results">Receives one summary per claim, at the claim's index; each equals <see cref="Summarize(CreditClaim)"/> of the claim.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="claims"/> was prepared by another plan, or <paramref name="results"/> is shorter than it.</exception>
    /// <exception cref="InvalidLearnerDataException">An exam attempt is scored on another scale than a minimum it must meet; the message names the attempt.</exception>
    public void Summarize(PreparedClaims claims, Span<DecisionSummary> results)
    {
        ArgumentNullException.ThrowIfNull(claims);
        if (!ReferenceEquals(claims.Plan, this))
        {
            throw new ArgumentException("The claims were prepared by another evaluation plan; prepare them with this one (EvaluationPlan.Prepare).", nameof(claims));
        }

        var compiled = claims.Compiled;
        EnsureRoom(compiled.Length, results.Length);
        results = results[..compiled.Length];
        for (var i = 0; i < compiled.Length; i++)
        {
            results[i] = _plan.Summarize(compiled[i]);
        }
    }
}
