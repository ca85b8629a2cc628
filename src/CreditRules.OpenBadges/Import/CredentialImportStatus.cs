namespace CreditRules.OpenBadges;

/// <summary>What became of one credential.</summary>
public enum CredentialImportStatus
{
    /// <summary>Refused: none of its facts were imported; <see cref="CredentialImport.Errors"/> says why.</summary>
    Refused = 0,

    /// <summary>Imported, with its signature verified against a trusted key and its status checked where it has one.</summary>
    Verified = 1,

    /// <summary>Imported, but its authenticity could not be established (e.g. a Data Integrity proof without a verifier,
    /// no proof, an unchecked status); its evidence documents carry <c>IsVerified = false</c>.</summary>
    Unverified = 2,
}
