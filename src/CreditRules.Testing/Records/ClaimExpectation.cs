using CreditRules.Engine;

namespace CreditRules.Testing;

/// <summary>
/// What the record-aware decision of one claimed course must say within a <see cref="RecordScenario"/>: its outcome and,
/// when given, its credits, reason codes (course and record level, <see cref="CourseAward.AllReasons"/>) and next steps.
/// Expectations left <see langword="null"/> are not checked.
/// </summary>
/// <remarks>A plain carrier for test data.</remarks>
public sealed record ClaimExpectation
{
    /// <summary>Gets the claimed course's id (one of <see cref="RecordEvaluationRequest.CourseIds"/>).</summary>
    public required string CourseId { get; init; }

    /// <summary>Gets the expected record-aware outcome (<see cref="CourseAward.Outcome"/>).</summary>
    public required DecisionOutcome Outcome { get; init; }

    /// <summary>Gets the expected credits granted as text, such as <c>3 SH</c> (<see cref="CourseAward.CreditsGranted"/>), or <see langword="null"/> to skip the check.</summary>
    public string? CreditsGranted { get; init; }

    /// <summary>Gets the reason codes the claim must carry at course and record level, exactly and in any order, or <see langword="null"/> to skip the check.</summary>
    public IReadOnlyList<string>? ReasonCodes { get; init; }

    /// <summary>Gets the next-step codes the claim must carry (<see cref="CourseAward.NextSteps"/>), exactly and in any order, or <see langword="null"/> to skip the check.</summary>
    public IReadOnlyList<string>? NextStepCodes { get; init; }

    /// <inheritdoc/>
    public override string ToString() => CourseId + ": " + Outcome + (CreditsGranted is null ? string.Empty : " " + CreditsGranted);
}
