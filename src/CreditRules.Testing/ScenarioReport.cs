namespace CreditRules.Testing;

/// <summary>The results of a scenario suite and the rule coverage it achieved.</summary>
public sealed class ScenarioReport
{
    internal ScenarioReport(IReadOnlyList<ScenarioResult> results, RuleCoverage coverage)
    {
        Results = results;
        Coverage = coverage;
    }

    /// <summary>Gets one result per scenario, in order.</summary>
    public IReadOnlyList<ScenarioResult> Results { get; }

    /// <summary>Gets the failed results.</summary>
    public IReadOnlyList<ScenarioResult> Failures => Results.Where(r => !r.Passed).ToArray();

    /// <summary>Gets which rules and reason codes the scenarios exercised, and which they never did.</summary>
    public RuleCoverage Coverage { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        (Results.Count - Failures.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) + " of "
        + Results.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " scenarios passed";
}
