namespace CreditRules.Domain;

/// <summary>How a course run ended for the learner.</summary>
public enum CompletionStatus
{
    /// <summary>Still taking the course.</summary>
    InProgress = 0,

    /// <summary>Completed with a passing grade.</summary>
    Completed = 1,

    /// <summary>Completed without a passing grade.</summary>
    Failed = 2,

    /// <summary>Withdrew before the end.</summary>
    Withdrew = 3,
}
