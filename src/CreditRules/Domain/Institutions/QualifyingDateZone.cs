namespace CreditRules.Domain;

/// <summary>Which zone turns the instant of the passing exam into the qualifying date.</summary>
public enum QualifyingDateZone
{
    /// <summary>The evaluator's reference zone (ACE/Coursera: America/New_York). The default.</summary>
    Evaluator = 0,

    /// <summary>The institution's zone.</summary>
    Institution = 1,

    /// <summary>The zone the candidate sat the exam in.</summary>
    Candidate = 2,
}
