namespace CreditRules.Domain;

/// <summary>The track a learner joined a course session on.</summary>
public enum EnrollmentTrack
{
    /// <summary>The free track (Statement of Accomplishment); never leads to credit.</summary>
    Free = 0,

    /// <summary>The paid, identity-verified track (Coursera's Signature Track).</summary>
    Verified = 1,
}

/// <summary>How a course run ended for the learner.</summary>
public enum CompletionStatus
{
    /// <summary>Still taking the course.</summary>
    InProgress = 0,

    /// <summary>Completed with a passing grade.</summary>
    Completed = 1,

    /// <summary>Completed without a passing grade.</summary>
    Failed = 2,

    /// <summary>Withdrew before the end.</summary>
    Withdrew = 3,
}

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

/// <summary>The state of an identity verification.</summary>
public enum VerificationStatus
{
    /// <summary>Submitted, not yet decided.</summary>
    Pending = 0,

    /// <summary>Verified.</summary>
    Verified = 1,

    /// <summary>Refused; the learner may try again.</summary>
    Failed = 2,

    /// <summary>Once verified, now lapsed; the learner must verify again.</summary>
    Expired = 3,
}

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

/// <summary>The result of the photo-ID check at the start of an exam.</summary>
public enum IdCheckResult
{
    /// <summary>No ID check was made.</summary>
    NotPerformed = 0,

    /// <summary>The ID matched the candidate.</summary>
    Passed = 1,

    /// <summary>The ID did not match the candidate.</summary>
    Failed = 2,
}

/// <summary>The state of the proctor's integrity review of an exam attempt.</summary>
public enum IntegrityReview
{
    /// <summary>No violation found.</summary>
    Clean = 0,

    /// <summary>The review has not finished (record-and-review takes up to 24 hours).</summary>
    Pending = 1,

    /// <summary>The proctor flagged the attempt; a decision is awaited.</summary>
    Flagged = 2,

    /// <summary>The attempt was invalidated; see <see cref="InvalidationKind"/>.</summary>
    Invalidated = 3,
}

/// <summary>Why an exam attempt was invalidated.</summary>
public enum InvalidationKind
{
    /// <summary>An administrative reason, such as an ID mismatch or a technical failure: a retake cures it.</summary>
    Administrative = 0,

    /// <summary>An integrity violation, such as cheating: it blocks credit for the course.</summary>
    IntegrityViolation = 1,
}

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

/// <summary>The state of a fee obligation.</summary>
public enum FeeStatus
{
    /// <summary>Not paid yet.</summary>
    Unpaid = 0,

    /// <summary>Paid in full.</summary>
    Paid = 1,

    /// <summary>Waived, with a reason (e.g. financial aid).</summary>
    Waived = 2,

    /// <summary>Paid, then refunded in full: it no longer counts.</summary>
    Refunded = 3,

    /// <summary>Paid, then refunded in part: it no longer counts.</summary>
    PartiallyRefunded = 4,
}

/// <summary>The kind of an evidence document.</summary>
public enum EvidenceKind
{
    /// <summary>An ACE transcript issued through Credly.</summary>
    AceTranscriptCredly = 0,

    /// <summary>An ACE transcript issued through Accredible.</summary>
    AceTranscriptAccredible = 1,

    /// <summary>A transcript from the legacy ACE Registry.</summary>
    AceTranscriptLegacy = 2,

    /// <summary>The course provider's transcript.</summary>
    ProviderTranscript = 3,

    /// <summary>The course provider's certificate.</summary>
    ProviderCertificate = 4,

    /// <summary>An Open Badges 3.0 credential.</summary>
    OpenBadge3 = 5,

    /// <summary>A Comprehensive Learner Record 2.0.</summary>
    Clr2 = 6,
}
