namespace CreditRules.Domain;

/// <summary>Where a learner's prior credit came from; caps may be scoped to one source.</summary>
/// <remarks>
/// Credit the engine decides (an evaluator-recommended course) counts as <see cref="PriorLearning"/> for source-scoped caps:
/// it is credit for learning outside the institution's courses.
/// </remarks>
public enum PriorCreditSource
{
    /// <summary>Credit transferred from another college.</summary>
    Transfer = 0,

    /// <summary>Credit by examination (CLEP, AP, DSST, challenge exams).</summary>
    Exam = 1,

    /// <summary>Credit for military training or occupations (Joint Services Transcript).</summary>
    Military = 2,

    /// <summary>Credit for prior learning: portfolio assessment or evaluator-recommended learning, such as an ACE-recommended course.</summary>
    PriorLearning = 3,
}
