namespace CreditRules.Domain;

/// <summary>The exam provider's reported result of an attempt.</summary>
public enum ExamOutcome
{
    /// <summary>Not yet scored.</summary>
    Pending = 0,

    /// <summary>Passed by the exam provider's mark.</summary>
    Passed = 1,

    /// <summary>Failed by the exam provider's mark.</summary>
    Failed = 2,
}
