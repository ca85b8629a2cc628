namespace CreditRules.Testing;

/// <summary>The results of a scenario suite and the rule coverage it achieved.</summary>
public sealed class ScenarioReport
{
    internal ScenarioReport(IReadOnlyList<ScenarioResult> results, RuleCoverage coverage, IReadOnlyList<ScenarioFixtureLoadResult>? invalidFixtures = null)
    {
        Results = results;
        Coverage = coverage;
        InvalidFixtures = invalidFixtures ?? [];
    }

    /// <summary>Gets the fixture files that did not load, each with every error; empty when the scenarios were given as objects.</summary>
    public IReadOnlyList<ScenarioFixtureLoadResult> InvalidFixtures { get; }

    /// <summary>Gets a value indicating whether every fixture loaded and every scenario passed.</summary>
    public bool Passed => InvalidFixtures.Count == 0 && Failures.Count == 0;

    /// <summary>Gets one result per scenario, in order.</summary>
    public IReadOnlyList<ScenarioResult> Results { get; }

    /// <summary>Gets the failed results.</summary>
    public IReadOnlyList<ScenarioResult> Failures => Results.Where(r => !r.Passed).ToArray();

    /// <summary>Gets which rules and reason codes the scenarios exercised, and which they never did.</summary>
    public RuleCoverage Coverage { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        (Results.Count - Failures.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) + " of "
        + Results.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " scenarios passed"
        + (InvalidFixtures.Count == 0 ? string.Empty : "; " + InvalidFixtures.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " fixture(s) invalid");
}
