namespace CreditRules.OpenBadges;

/// <summary>Stable machine keys for import errors and warnings. Renaming one is a breaking change.</summary>
public enum BadgeIssueCode
{
    /// <summary>The input is larger than <see cref="BadgeImportOptions.MaxCredentialBytes"/>.</summary>
    InputTooLarge = 0,

    /// <summary>The input is not well-formed JSON, or nests deeper than <see cref="BadgeImportOptions.MaxDepth"/>.</summary>
    InvalidJson = 1,

    /// <summary>The input is not an Open Badges 3.0 or CLR 2.0 achievement credential.</summary>
    NotACredential = 2,

    /// <summary>A required field is missing.</summary>
    MissingField = 3,

    /// <summary>A field has the wrong type or an unreadable value.</summary>
    InvalidField = 4,

    /// <summary>The JWS names an algorithm that is refused (<c>none</c>, symmetric, unknown) or critical extensions.</summary>
    UnsupportedAlgorithm = 5,

    /// <summary>The trusted key for the credential is of another type than the algorithm the JWS names (algorithm confusion).</summary>
    AlgorithmMismatch = 6,

    /// <summary>No trusted key was found for the credential.</summary>
    KeyNotFound = 7,

    /// <summary>The signature does not verify with the trusted key (wrong key or tampered content).</summary>
    SignatureInvalid = 8,

    /// <summary>A JWT claim (<c>iss</c>, <c>sub</c>, <c>jti</c>, <c>nbf</c>, <c>exp</c>) contradicts the credential.</summary>
    ClaimMismatch = 9,

    /// <summary>The credential is not valid yet.</summary>
    NotYetValid = 10,

    /// <summary>The credential has expired.</summary>
    Expired = 11,

    /// <summary>The host's status checker reports the credential revoked or suspended.</summary>
    Revoked = 12,

    /// <summary>Warning: the credential has a <c>credentialStatus</c> nobody checked; imported as unverified.</summary>
    StatusUnchecked = 13,

    /// <summary>Warning: the embedded proof could not be verified here; imported as unverified.</summary>
    ProofUnverified = 14,

    /// <summary>The host's Data Integrity verifier rejected the embedded proof.</summary>
    ProofInvalid = 15,

    /// <summary>The credential names someone other than the learner.</summary>
    RecipientMismatch = 16,

    /// <summary>The credential names its recipient in no way that can be matched to the learner's emails.</summary>
    RecipientUnidentified = 17,

    /// <summary>Warning: an achievement maps to no course of the catalog; nothing was imported for it.</summary>
    CourseNotMapped = 18,

    /// <summary>Warning: the credits the credential states differ from the catalog's recommendation.</summary>
    CreditsMismatch = 19,

    /// <summary>Warning: a result was not imported as an exam attempt (not numeric, no scale, or the issuer does not attest results).</summary>
    ResultNotImported = 20,

    /// <summary>Warning: no session of the course covers the completion date; no completion was imported.</summary>
    SessionNotFound = 21,

    /// <summary>The same credential id was imported twice in one run.</summary>
    DuplicateCredential = 22,
}
