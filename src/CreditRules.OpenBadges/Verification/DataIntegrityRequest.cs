namespace CreditRules.OpenBadges;

/// <summary>An embedded Data Integrity proof, handed to the host's <see cref="IDataIntegrityVerifier"/>.</summary>
public sealed class DataIntegrityRequest
{
    /// <summary>Initialises a request.</summary>
    /// <param name="credentialJson">The whole credential as received (JSON text, proof included).</param>
    /// <param name="proofJson">The proof object being checked (JSON text).</param>
    /// <param name="cryptosuite">The proof's <c>cryptosuite</c>, e.g. <c>eddsa-rdfc-2022</c>, or <see langword="null"/>.</param>
    /// <param name="verificationMethod">The proof's <c>verificationMethod</c>, or <see langword="null"/>.</param>
    /// <param name="key">The trusted key the host's key resolver gave for the verification method, or <see langword="null"/>.</param>
    public DataIntegrityRequest(string credentialJson, string proofJson, string? cryptosuite, string? verificationMethod, VerificationKey? key)
    {
        CredentialJson = credentialJson ?? string.Empty;
        ProofJson = proofJson ?? string.Empty;
        Cryptosuite = cryptosuite;
        VerificationMethod = verificationMethod;
        Key = key;
    }

    /// <summary>Gets the whole credential as JSON text.</summary>
    public string CredentialJson { get; }

    /// <summary>Gets the proof as JSON text.</summary>
    public string ProofJson { get; }

    /// <summary>Gets the cryptosuite, or <see langword="null"/>.</summary>
    public string? Cryptosuite { get; }

    /// <summary>Gets the verification method, or <see langword="null"/>.</summary>
    public string? VerificationMethod { get; }

    /// <summary>Gets the trusted key for the verification method, or <see langword="null"/> when the resolver knew none.</summary>
    public VerificationKey? Key { get; }
}
