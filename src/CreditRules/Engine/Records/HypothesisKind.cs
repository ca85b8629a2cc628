namespace CreditRules.Engine;

/// <summary>What a <see cref="Hypothesis"/> assumes.</summary>
public enum HypothesisKind
{
    /// <summary>The proctored exam of a course is passed with a score on a date.</summary>
    ExamPassed = 0,

    /// <summary>A learner-side fee of a course is paid on a date.</summary>
    FeePaid = 1,

    /// <summary>The learner holds one more prior credit.</summary>
    PriorCreditAdded = 2,

    /// <summary>The learner enrols in a program on a date (which selects the institution's policy version).</summary>
    EnrolledInProgram = 3,
}
