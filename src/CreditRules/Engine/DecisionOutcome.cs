namespace CreditRules.Engine;

/// <summary>The outcome of a decision.</summary>
/// <remarks>Precedence: any <see cref="ReasonSeverity.Blocking"/> reason gives <see cref="NotEligible"/>; otherwise any
/// <see cref="ReasonSeverity.Outstanding"/> reason gives <see cref="Incomplete"/>; otherwise <see cref="Eligible"/>.</remarks>
public enum DecisionOutcome
{
    /// <summary>Something required is still missing but obtainable; see the next steps.</summary>
    Incomplete = 0,

    /// <summary>A rule refuses the credit for good.</summary>
    NotEligible = 1,

    /// <summary>Credit is granted (possibly zero, with a limiting reason).</summary>
    Eligible = 2,
}
