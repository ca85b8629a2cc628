namespace CreditRules.OpenBadges;

/// <summary>What a credential says about the key that signed it, for a <see cref="IVerificationKeyResolver"/> to look up.</summary>
/// <remarks>None of these values is trusted: they come from the credential before its signature is checked. A resolver
/// answers only with keys the host trusts; the signature check then proves the credential was signed by one.</remarks>
public sealed class KeyRequest
{
    /// <summary>Initialises a request.</summary>
    /// <param name="keyId">The JOSE header's <c>kid</c> or the proof's <c>verificationMethod</c>, or <see langword="null"/>.</param>
    /// <param name="issuerId">The credential's <c>issuer.id</c> (or the JWT's <c>iss</c>), or <see langword="null"/>.</param>
    /// <param name="algorithm">The algorithm the credential names (<c>ES256</c>, <c>RS256</c>, <c>EdDSA</c>).</param>
    public KeyRequest(string? keyId, string? issuerId, string algorithm)
    {
        KeyId = keyId;
        IssuerId = issuerId;
        Algorithm = algorithm ?? string.Empty;
    }

    /// <summary>Gets the key id the credential names, or <see langword="null"/>.</summary>
    public string? KeyId { get; }

    /// <summary>Gets the issuer id the credential names, or <see langword="null"/>.</summary>
    public string? IssuerId { get; }

    /// <summary>Gets the algorithm the credential names.</summary>
    public string Algorithm { get; }

    /// <inheritdoc/>
    public override string ToString() => "kid '" + KeyId + "', issuer '" + IssuerId + "', alg " + Algorithm;
}
