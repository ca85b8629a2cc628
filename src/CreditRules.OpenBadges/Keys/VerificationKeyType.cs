namespace CreditRules.OpenBadges;

/// <summary>The kind of public key a <see cref="VerificationKey"/> holds; each verifies exactly one JWS algorithm.</summary>
public enum VerificationKeyType
{
    /// <summary>An Ed25519 public key; verifies <c>EdDSA</c>.</summary>
    Ed25519 = 0,

    /// <summary>A NIST P-256 elliptic-curve public key; verifies <c>ES256</c>.</summary>
    EcP256 = 1,

    /// <summary>An RSA public key of at least 2048 bits; verifies <c>RS256</c>.</summary>
    Rsa = 2,
}
