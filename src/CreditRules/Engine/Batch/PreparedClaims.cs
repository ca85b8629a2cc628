using System.Collections;
using CreditRules.Engine.Rules;

namespace CreditRules.Engine;

/// <summary>
/// A population of claims prepared once for one <see cref="EvaluationPlan"/> (<see cref="EvaluationPlan.Prepare"/>):
/// every claim's course, institution and program resolved to the plan's indexes, its policy version and route chosen,
/// and every learner's facts laid out in shared contiguous arrays of small structs (ids interned to the plan's course
/// indexes, instants as ticks, references checked). Deciding it (<see cref="EvaluationPlan.Summarize(PreparedClaims, Span{DecisionSummary})"/>)
/// walks that memory in order and allocates nothing.
/// </summary>
/// <remarks>
/// <para>The claims stay the public, friendly shape (<see cref="this[int]"/>); this is the form the plan's rules read, the
/// same rules as every other path, so a summary from it equals <see cref="EvaluationPlan.Summarize(CreditClaim)"/> of the
/// same claim. Preparing costs about one first decision per claim; it pays when the same plan decides the same claims
/// again. A prepared set serves only the plan that prepared it: a policy edit compiles a new plan, which prepares the
/// claims again.</para>
/// <para>Immutable and thread-safe. It keeps the claims and their learners' records alive.</para>
/// </remarks>
public sealed class PreparedClaims : IReadOnlyList<CreditClaim>
{
    private readonly CreditClaim[] _claims;

    internal PreparedClaims(EvaluationPlan plan, CreditClaim[] claims, CompiledClaim[] compiled)
    {
        Plan = plan;
        _claims = claims;
        Compiled = compiled;
    }

    /// <summary>Gets the plan the claims were prepared for (the only plan that can decide them).</summary>
    public EvaluationPlan Plan { get; }

    /// <summary>Gets the number of claims.</summary>
    public int Count => _claims.Length;

    /// <summary>Gets a claim as it was given.</summary>
    /// <param name="index">The claim's zero-based position.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Count"/>; the message gives both.</exception>
    public CreditClaim this[int index] => index >= 0 && index < _claims.Length
        ? _claims[index]
        : throw new ArgumentOutOfRangeException(nameof(index), index, "A prepared set of " + _claims.Length + " claims has no claim at index " + index + ".");

    /// <summary>Returns the claims as they were given, in order.</summary>
    /// <returns>An enumerator over the claims.</returns>
    public IEnumerator<CreditClaim> GetEnumerator() => ((IEnumerable<CreditClaim>)_claims).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The claims compiled against the plan, by position, their learners' facts in one shared arena.</summary>
    internal CompiledClaim[] Compiled { get; }
}
