using CreditRules.Domain;
using CreditRules.Engine;
using CreditRules.Testing.Coverage;

namespace CreditRules.Testing;

/// <summary>The outcome of running one <see cref="Testing.Scenario"/>: the decision, its outcome-only summary, and every way they differ from the fixture.</summary>
public sealed class ScenarioResult : IScenarioResult
{
    internal ScenarioResult(Scenario scenario, Decision decision, DecisionSummary? summary, PolicySet? policies, Func<string, Decision>? probe = null)
    {
        Scenario = scenario;
        Decision = decision;
        Summary = summary;
        Mismatches = Expectations.Of(scenario, decision, summary);
        Observation = new Observation(decision, policies, null, probe);
    }

    internal Observation Observation { get; }

    /// <inheritdoc/>
    public string Name => Scenario.Name;

    /// <inheritdoc/>
    public string? Source => Scenario.Source;

    /// <summary>Gets the outcome-only summary of the same claim (<see cref="EvaluationPlan.Summarize(CreditClaim)"/>), checked
    /// against the same expectations (its mismatches start with <c>Summary.</c>); <see langword="null"/> when the evaluator
    /// is not an <see cref="EligibilityEvaluator"/> or the request is decided as known on a date.</summary>
    public DecisionSummary? Summary { get; }

    /// <summary>Gets the scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>Gets the decision the evaluator made (the explained path).</summary>
    public Decision Decision { get; }

    /// <summary>Gets one line per expectation the decision did not meet; empty when the scenario passed.</summary>
    public IReadOnlyList<string> Mismatches { get; }

    /// <summary>Gets a value indicating whether the decision met every expectation.</summary>
    public bool Passed => Mismatches.Count == 0;

    /// <summary>Throws when the scenario failed, listing every mismatch, so a test in any framework fails with the full story.</summary>
    /// <exception cref="ScenarioFailedException">The decision did not meet every expectation.</exception>
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
