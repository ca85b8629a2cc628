using CreditRules.Internal;

namespace CreditRules.Engine;

/// <summary>
/// A built-in rule as the engine's rule registry declares it: its id, what it checks, the reason codes it can raise and
/// the date branches it distinguishes. Lists of rules and codes (coverage vocabularies, documentation) derive from
/// <see cref="EligibilityEvaluator.BuiltInRules"/>, so a new rule is part of them the day it is registered.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BuiltInRule
{
    internal BuiltInRule(string id, string summary, bool isRecordRule, IReadOnlyList<ReasonCode> reasonCodes, IReadOnlyList<RuleBranch> dateBranches)
    {
        Id = Preconditions.NotBlank(id);
        Summary = Preconditions.NotBlank(summary);
        IsRecordRule = isRecordRule;
        ReasonCodes = Array.AsReadOnly(reasonCodes.ToArray());
        DateBranches = Array.AsReadOnly(dateBranches.ToArray());
    }

    /// <summary>Gets the rule id, as in <see cref="RuleTraceEntry.RuleId"/> and <see cref="Reason.RuleId"/> (such as <c>institution.recency</c>).</summary>
    public string Id { get; }

    /// <summary>Gets what the rule checks, for people.</summary>
    public string Summary { get; }

    /// <summary>Gets a value indicating whether the rule decides over a learner's whole record (caps, duplicates, posting) rather than one claim.</summary>
    public bool IsRecordRule { get; }

    /// <summary>Gets every reason code the rule can raise, in declaration order; each built-in code is raised by exactly one rule.</summary>
    public IReadOnlyList<ReasonCode> ReasonCodes { get; }

    /// <summary>Gets the date branches the rule distinguishes (such as <c>recency.last-day</c>), in declaration order; empty when it has none.</summary>
    public IReadOnlyList<RuleBranch> DateBranches { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}

/// <summary>A date branch a built-in rule distinguishes, such as <c>recency.last-day</c>: "the recency anchor date is exactly the last recent day".</summary>
/// <remarks>Immutable and thread-safe. The rule that declares a branch records it on the decision when it takes it
/// (<see cref="Decision.DateBranches"/>); test kits count the decisions that took each branch, so every boundary is exercised.</remarks>
public sealed class RuleBranch
{
    internal RuleBranch(string id, string description)
    {
        Id = Preconditions.NotBlank(id);
        Description = Preconditions.NotBlank(description);
    }

    /// <summary>Gets the id: the family, a dot, then the branch (<c>version.first-day</c>).</summary>
    public string Id { get; }

    /// <summary>Gets what the branch means, for people.</summary>
    public string Description { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
