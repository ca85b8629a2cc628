namespace CreditRules.OpenBadges;

/// <summary>How a credential was serialised.</summary>
public enum CredentialFormat
{
    /// <summary>Not recognised (neither a JSON object nor a compact JWS).</summary>
    Unknown = 0,

    /// <summary>A VC-JWT: the credential as the payload of a compact JWS (external proof).</summary>
    VcJwt = 1,

    /// <summary>A JSON-LD document, possibly with an embedded <c>proof</c> (Data Integrity).</summary>
    JsonLd = 2,
}
