namespace CreditRules.Domain;

/// <summary>The date a recency window measures the age of credit from.</summary>
public enum RecencyStart
{
    /// <summary>The qualifying date: the date the proctored exam was first passed, in the policy's zone (the default).</summary>
    QualifyingDate = 0,

    /// <summary>The date the learner completed the course (the completion's recorded date), e.g. "technical credit 5 years from completion".</summary>
    CourseCompletion = 1,
}
