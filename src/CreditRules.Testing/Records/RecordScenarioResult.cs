using CreditRules.Domain;
using CreditRules.Engine;
using CreditRules.Testing.Coverage;

namespace CreditRules.Testing;

/// <summary>
/// The outcome of running one <see cref="Testing.RecordScenario"/>: the record decision (explained), its outcome-only
/// summary, and every way either differs from the scenario's expectations.
/// </summary>
public sealed class RecordScenarioResult : IScenarioResult
{
    internal RecordScenarioResult(RecordScenario scenario, RecordDecision decision, RecordSummary summary, DecisionSummary[] claimSummaries, PolicySet? policies, IEligibilityEvaluator? evaluator = null)
    {
        Scenario = scenario;
        Decision = decision;
        Summary = summary;
        ClaimSummaries = Array.AsReadOnly(claimSummaries);
        Mismatches = Expectations.Of(scenario, decision, summary, claimSummaries);
        var request = scenario.Request;
        Observations = decision.Awards.Select(a => new Observation(
            a.RecordAwareDecision,
            policies,
            a,
            evaluator is null ? null : ScenarioRunner.ProbeOf(evaluator, new EvaluationRequest(request.Learner, a.CourseId, request.InstitutionId, request.ProgramId, request.AsOf)))).ToArray();
    }

    /// <summary>The record-aware decision of each claim, for coverage.</summary>
    internal IReadOnlyList<Observation> Observations { get; }

    /// <summary>Gets the scenario.</summary>
    public RecordScenario Scenario { get; }

    /// <inheritdoc/>
    public string Name => Scenario.Name;

    /// <inheritdoc/>
    public string? Source => Scenario.Source;

    /// <summary>Gets the record decision (the explained path, <see cref="RecordEvaluator.Evaluate"/>).</summary>
    public RecordDecision Decision { get; }

    /// <summary>Gets the record's outcome-only summary (<see cref="RecordEvaluator.Summarize"/>), checked against the same expectations (its mismatches start with <c>Summary.</c>).</summary>
    public RecordSummary Summary { get; }

    /// <summary>Gets the outcome-only summary of each claim, in the order of <see cref="RecordEvaluationRequest.CourseIds"/>.</summary>
    public IReadOnlyList<DecisionSummary> ClaimSummaries { get; }

    /// <inheritdoc/>
    public IReadOnlyList<string> Mismatches { get; }

    /// <inheritdoc/>
    public bool Passed => Mismatches.Count == 0;

    /// <inheritdoc/>
    public void EnsurePassed()
    {
        if (!Passed)
        {
            throw new ScenarioFailedException(this);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Scenario.Name + ": " + (Passed ? "passed" : "failed");
}
