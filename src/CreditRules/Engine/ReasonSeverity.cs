namespace CreditRules.Engine;

/// <summary>How a reason affects the outcome.</summary>
public enum ReasonSeverity
{
    /// <summary>Context only (fee waived, fallback verification, alternative level used); no effect on the outcome.</summary>
    Informational = 0,

    /// <summary>Credit is reduced, possibly to zero (rounding, a program limit); the outcome stays Eligible.</summary>
    Limiting = 1,

    /// <summary>A required fact is missing but obtainable (exam, fee, evidence, review): Incomplete unless something blocks.</summary>
    Outstanding = 2,

    /// <summary>A rule refuses for good (expired version, refused level, integrity violation): NotEligible.</summary>
    Blocking = 3,
}
