using System.Globalization;

namespace CreditRules.Testing;

/// <summary>The results of a scenario suite (single-claim and whole-record scenarios) and the rule coverage it achieved.</summary>
public sealed class ScenarioReport
{
    internal ScenarioReport(IReadOnlyList<IScenarioResult> all, RuleCoverage coverage, IReadOnlyList<ScenarioFixtureLoadResult>? invalidFixtures = null)
    {
        AllResults = all;
        Results = all.OfType<ScenarioResult>().ToArray();
        RecordResults = all.OfType<RecordScenarioResult>().ToArray();
        Coverage = coverage;
        InvalidFixtures = invalidFixtures ?? [];
    }

    /// <summary>Gets the fixture files that did not load, each with every error; empty when the scenarios were given as objects.</summary>
    public IReadOnlyList<ScenarioFixtureLoadResult> InvalidFixtures { get; }

    /// <summary>Gets a value indicating whether every fixture loaded and every scenario passed.</summary>
    public bool Passed => InvalidFixtures.Count == 0 && Failures.Count == 0;

    /// <summary>Gets one result per scenario, single-claim and whole-record, in order (file order for fixtures).</summary>
    public IReadOnlyList<IScenarioResult> AllResults { get; }

    /// <summary>Gets the results of the single-claim scenarios, in order.</summary>
    public IReadOnlyList<ScenarioResult> Results { get; }

    /// <summary>Gets the results of the whole-record scenarios, in order.</summary>
    public IReadOnlyList<RecordScenarioResult> RecordResults { get; }

    /// <summary>Gets the failed results, single-claim and whole-record, in order.</summary>
    public IReadOnlyList<IScenarioResult> Failures => AllResults.Where(r => !r.Passed).ToArray();

    /// <summary>Gets which rules and reason codes the scenarios exercised, and which they never did.</summary>
    public RuleCoverage Coverage { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        (AllResults.Count - Failures.Count).ToString(CultureInfo.InvariantCulture) + " of "
        + AllResults.Count.ToString(CultureInfo.InvariantCulture) + " scenarios passed"
        + (InvalidFixtures.Count == 0 ? string.Empty : "; " + InvalidFixtures.Count.ToString(CultureInfo.InvariantCulture) + " fixture(s) invalid");
}
