using CreditRules.Engine;

namespace CreditRules.Testing;

/// <summary>How one rule was exercised: how many decisions it ran in and with which trace outcomes.</summary>
public sealed class RuleCoverageEntry
{
    internal RuleCoverageEntry(string ruleId, int evaluations, IReadOnlyList<RuleOutcome> outcomes)
    {
        RuleId = ruleId;
        Evaluations = evaluations;
        Outcomes = outcomes;
    }

    /// <summary>Gets the rule id.</summary>
    public string RuleId { get; }

    /// <summary>Gets the number of trace entries for the rule across all decisions.</summary>
    public int Evaluations { get; }

    /// <summary>Gets the distinct trace outcomes the rule produced, in enum order; empty when it never ran.</summary>
    public IReadOnlyList<RuleOutcome> Outcomes { get; }

    /// <inheritdoc/>
    public override string ToString() => RuleId + ": " + string.Join(", ", Outcomes);
}
