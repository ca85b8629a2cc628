namespace CreditRules.Domain;

/// <summary>Why an exam attempt was invalidated.</summary>
public enum InvalidationKind
{
    /// <summary>An administrative reason, such as an ID mismatch or a technical failure: a retake cures it.</summary>
    Administrative = 0,

    /// <summary>An integrity violation, such as cheating: it blocks credit for the course.</summary>
    IntegrityViolation = 1,
}
