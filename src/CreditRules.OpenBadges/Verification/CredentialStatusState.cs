namespace CreditRules.OpenBadges;

/// <summary>A host status checker's answer about a credential's <c>credentialStatus</c>.</summary>
public enum CredentialStatusState
{
    /// <summary>The status could not be established; the credential imports as unverified.</summary>
    Unknown = 0,

    /// <summary>The credential is in good standing.</summary>
    Active = 1,

    /// <summary>The issuer revoked the credential; it is refused.</summary>
    Revoked = 2,

    /// <summary>The issuer suspended the credential; it is refused.</summary>
    Suspended = 3,
}
