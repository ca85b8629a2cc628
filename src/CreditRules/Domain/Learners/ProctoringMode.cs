namespace CreditRules.Domain;

/// <summary>How a proctored exam was supervised.</summary>
public enum ProctoringMode
{
    /// <summary>A live remote proctor watched over webcam (ProctorU live).</summary>
    LiveOnline = 0,

    /// <summary>Recorded and reviewed by a proctor afterwards (within 24 hours).</summary>
    RecordAndReview = 1,

    /// <summary>At a test centre.</summary>
    InPerson = 2,
}
