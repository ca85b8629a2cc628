namespace CreditRules.Engine;

/// <summary>What one rule concluded, as recorded in a decision's trace.</summary>
public enum RuleOutcome
{
    /// <summary>The rule was satisfied.</summary>
    Passed = 0,

    /// <summary>The rule produced a blocking or outstanding reason.</summary>
    Failed = 1,

    /// <summary>The rule was satisfied but reduced the credit or added context.</summary>
    Limited = 2,

    /// <summary>The rule did not apply (the policy does not use it).</summary>
    NotApplicable = 3,

    /// <summary>The rule could not run because an input it needs is missing (e.g. no qualifying date yet).</summary>
    Skipped = 4,
}
