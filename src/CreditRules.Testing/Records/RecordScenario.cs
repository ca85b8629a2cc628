using CreditRules.Engine;

namespace CreditRules.Testing;

/// <summary>
/// One whole-record scenario: several claims of one learner at one institution and program, decided together (caps,
/// duplicates, precedence, posting), and what each claim's record-aware decision and the record's totals must say.
/// Expectations left <see langword="null"/> are not checked, except that every claimed course has a
/// <see cref="ClaimExpectation"/>.
/// </summary>
/// <remarks>A plain carrier for test data; <see cref="ScenarioFixtureRunner"/> checks it on the explained path
/// (<see cref="RecordEvaluator.Evaluate"/>) and the outcome-only path (<see cref="RecordEvaluator.Summarize"/>).</remarks>
public sealed record RecordScenario
{
    /// <summary>Gets the scenario's name, unique within a suite, used in failure messages and reports.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the record to decide: the learner, the claimed courses, the institution, program and as-of date.</summary>
    public required RecordEvaluationRequest Request { get; init; }

    /// <summary>Gets one expectation per claimed course, in the fixture's order.</summary>
    public required IReadOnlyList<ClaimExpectation> Claims { get; init; }

    /// <summary>Gets the expected total credits granted across the claims, such as <c>6 SH</c> (<see cref="RecordDecision.CreditsGranted"/>), or <see langword="null"/> to skip the check.</summary>
    public string? CreditsGranted { get; init; }

    /// <summary>Gets the record-level reason codes (<see cref="RecordDecision.Reasons"/>), exactly and in any order, or <see langword="null"/> to skip the check.</summary>
    public IReadOnlyList<string>? ReasonCodes { get; init; }

    /// <summary>Gets where the scenario came from (a fixture file's full path), or <see langword="null"/> for one built in code.</summary>
    public string? Source { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
