using System.Security.Cryptography;
using System.Text;
using CreditRules.OpenBadges.Internal;

namespace CreditRules.OpenBadges;

/// <summary>The signature step of the <c>eddsa-rdfc-2022</c> cryptosuite, for hosts that canonicalise RDF themselves.</summary>
public static class DataIntegrityProofs
{
    /// <summary>
    /// Verifies an <c>eddsa-rdfc-2022</c> proof value: Ed25519 over <c>SHA-256(canonical proof options) || SHA-256(canonical document)</c>
    /// (W3C vc-di-eddsa, section 3.3).
    /// </summary>
    /// <param name="canonicalProofOptions">The RDFC-1.0 canonical N-Quads of the proof options (the proof without <c>proofValue</c>, with the document's <c>@context</c>).</param>
    /// <param name="canonicalDocument">The RDFC-1.0 canonical N-Quads of the credential without its proof.</param>
    /// <param name="proofValue">The proof's <c>proofValue</c>: multibase base58btc (<c>z…</c>).</param>
    /// <param name="key">The Ed25519 key of the verification method.</param>
    /// <returns><see langword="true"/> when the signature verifies.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool VerifyEddsaRdfc2022(string canonicalProofOptions, string canonicalDocument, string proofValue, VerificationKey key)
    {
        ArgumentNullException.ThrowIfNull(canonicalProofOptions);
        ArgumentNullException.ThrowIfNull(canonicalDocument);
        ArgumentNullException.ThrowIfNull(proofValue);
        ArgumentNullException.ThrowIfNull(key);
        if (key.KeyType != VerificationKeyType.Ed25519 || proofValue.Length < 2 || proofValue[0] != 'z')
        {
            return false;
        }

        var signature = Base58.DecodeOrNull(proofValue.AsSpan(1));
        if (signature is null)
        {
            return false;
        }

        byte[] data = [.. SHA256.HashData(Encoding.UTF8.GetBytes(canonicalProofOptions)), .. SHA256.HashData(Encoding.UTF8.GetBytes(canonicalDocument))];
        return key.Verify("EdDSA", data, signature);
    }
}
