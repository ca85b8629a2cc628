namespace CreditRules.Testing;

/// <summary>
/// The outcome of running one scenario, a single claim (<see cref="ScenarioResult"/>) or a whole record
/// (<see cref="RecordScenarioResult"/>): every way its decisions differ from what it expects, on the explained and the
/// outcome-only path.
/// </summary>
public interface IScenarioResult
{
    /// <summary>Gets the scenario's name.</summary>
    string Name { get; }

    /// <summary>Gets the fixture file's full path, or <see langword="null"/> for a scenario built in code.</summary>
    string? Source { get; }

    /// <summary>Gets one line per expectation a decision did not meet; empty when the scenario passed.</summary>
    IReadOnlyList<string> Mismatches { get; }

    /// <summary>Gets a value indicating whether the decisions met every expectation.</summary>
    bool Passed { get; }

    /// <summary>Throws when the scenario failed, listing every mismatch, so a test in any framework fails with the full story.</summary>
    /// <exception cref="ScenarioFailedException">A decision did not meet every expectation.</exception>
    void EnsurePassed();
}
