namespace CreditRules.Domain;

/// <summary>Which credit a <see cref="CreditCap"/> limits.</summary>
public enum CapScope
{
    /// <summary>All external credit: prior credit not earned in residence, and every claimed course.</summary>
    All = 0,

    /// <summary>Credit from one <see cref="PriorCreditSource"/>; claimed courses count as <see cref="PriorCreditSource.PriorLearning"/>.</summary>
    Source = 1,

    /// <summary>Credit at one <see cref="CreditLevel"/>.</summary>
    Level = 2,
}
