namespace CreditRules.Domain;

/// <summary>The result of the photo-ID check at the start of an exam.</summary>
public enum IdCheckResult
{
    /// <summary>No ID check was made.</summary>
    NotPerformed = 0,

    /// <summary>The ID matched the candidate.</summary>
    Passed = 1,

    /// <summary>The ID did not match the candidate.</summary>
    Failed = 2,
}
