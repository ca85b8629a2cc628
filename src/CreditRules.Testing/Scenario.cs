using CreditRules.Engine;

namespace CreditRules.Testing;

/// <summary>
/// One scenario fixture: a named claim and what its decision must say. Expectations left <see langword="null"/> are not
/// checked, so a fixture states only what it is about.
/// </summary>
/// <remarks>A plain carrier for test data; the <see cref="ScenarioRunner"/> checks it when it runs.</remarks>
public sealed record Scenario
{
    /// <summary>Gets the scenario's name, unique within a suite, used in failure messages and reports.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the claim to decide.</summary>
    public required EvaluationRequest Request { get; init; }

    /// <summary>Gets the expected outcome.</summary>
    public required DecisionOutcome Outcome { get; init; }

    /// <summary>Gets the expected credits granted as text, such as <c>3 SH</c>, or <see langword="null"/> to skip the check.</summary>
    public string? CreditsGranted { get; init; }

    /// <summary>Gets the reason codes the decision must carry, exactly and in any order, or <see langword="null"/> to skip the check.</summary>
    public IReadOnlyList<string>? ReasonCodes { get; init; }

    /// <summary>Gets the next-step codes the decision must carry, exactly and in any order, or <see langword="null"/> to skip the check.</summary>
    public IReadOnlyList<string>? NextStepCodes { get; init; }

    /// <summary>Gets where the scenario came from (a fixture file's full path), or <see langword="null"/> for one built in code.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the frozen explanation trace (each entry as <see cref="RuleTraceEntry.ToString"/>, in order), or <see langword="null"/> to skip the check.</summary>
    public IReadOnlyList<string>? Trace { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
