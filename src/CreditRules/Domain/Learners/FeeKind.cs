namespace CreditRules.Domain;

/// <summary>What a learner-side fee pays for.</summary>
public enum FeeKind
{
    /// <summary>The identity-verified track (Signature Track).</summary>
    VerifiedTrack = 0,

    /// <summary>The proctored credit exam.</summary>
    ProctoredExam = 1,

    /// <summary>An official transcript.</summary>
    Transcript = 2,
}
