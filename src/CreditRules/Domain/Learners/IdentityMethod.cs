namespace CreditRules.Domain;

/// <summary>How a learner's identity was checked.</summary>
public enum IdentityMethod
{
    /// <summary>Keystroke-timing profile from a typed phrase.</summary>
    TypingPattern = 0,

    /// <summary>Webcam photo of the learner's face.</summary>
    WebcamPhoto = 1,

    /// <summary>Photo of a government-issued ID.</summary>
    PhotoId = 2,

    /// <summary>ID check by a live proctor.</summary>
    ProctorCheck = 3,
}
