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

    /// <summary>
    /// A course taken at the institution itself (a local course): credit earned in residence by its very source, whatever
    /// <see cref="PriorCredit.InResidence"/> says. It counts toward residency and toward the local credits some institutions
    /// require before posting, never toward caps on external credit (transfer, exam, evaluator credit), and it blocks a
    /// duplicate claim of the same equivalence key like any prior credit.
    /// </summary>
    /// <remarks>At another institution (<see cref="PriorCredit.InstitutionId"/> naming another) it is neither in residence nor
    /// posted there: like any credit posted elsewhere, it is used only for duplicates and precedence.</remarks>
    LocalCourse = 4,
}
