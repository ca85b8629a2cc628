namespace CreditRules.Domain;

/// <summary>The date a recency window is measured to, from the qualifying date.</summary>
public enum RecencyAnchor
{
    /// <summary>The as-of date of the evaluation.</summary>
    AsOfDate = 0,

    /// <summary>The learner's enrolment date in the program (e.g. "5 years from course end to term start").</summary>
    ProgramEnrollmentDate = 1,
}
