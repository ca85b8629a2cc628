using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace CreditRules.OpenBadges;

/// <summary>
/// A public key that verifies credential signatures, bound to one algorithm by its type: an Ed25519 key verifies only
/// <c>EdDSA</c>, a P-256 key only <c>ES256</c>, an RSA key only <c>RS256</c>.
/// </summary>
/// <remarks>
/// Binding the algorithm to the key type is what defeats algorithm confusion: a token cannot choose to be checked with
/// another algorithm than the one its key was made for. Immutable and thread-safe.
/// </remarks>
public sealed class VerificationKey
{
    private const int MinimumRsaBits = 2048;
    private readonly byte[] _ed25519;
    private readonly ECParameters _ec;
    private readonly RSAParameters _rsa;

    private VerificationKey(string? keyId, VerificationKeyType type, byte[] ed25519, ECParameters ec, RSAParameters rsa)
    {
        KeyId = string.IsNullOrWhiteSpace(keyId) ? null : keyId;
        KeyType = type;
        _ed25519 = ed25519;
        _ec = ec;
        _rsa = rsa;
    }

    /// <summary>Gets the key id (a JWK <c>kid</c> or a DID URL), or <see langword="null"/>.</summary>
    public string? KeyId { get; }

    /// <summary>Gets the key type.</summary>
    public VerificationKeyType KeyType { get; }

    /// <summary>Gets the one JWS algorithm this key verifies: <c>EdDSA</c>, <c>ES256</c> or <c>RS256</c>.</summary>
    public string Algorithm => KeyType switch
    {
        VerificationKeyType.Ed25519 => "EdDSA",
        VerificationKeyType.EcP256 => "ES256",
        _ => "RS256",
    };

    /// <summary>Creates an Ed25519 key from its 32 raw public-key bytes.</summary>
    /// <param name="publicKey">The raw public key.</param>
    /// <param name="keyId">The key id, or <see langword="null"/>.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException"><paramref name="publicKey"/> is not 32 bytes.</exception>
    public static VerificationKey FromEd25519(ReadOnlySpan<byte> publicKey, string? keyId = null) => publicKey.Length == Ed25519PublicKeyParameters.KeySize
        ? new(keyId, VerificationKeyType.Ed25519, publicKey.ToArray(), default, default)
        : throw new ArgumentException("An Ed25519 public key has 32 bytes; got " + publicKey.Length + ".", nameof(publicKey));

    /// <summary>Creates a P-256 key from its public parameters.</summary>
    /// <param name="parameters">The curve point (<c>Q</c>) on NIST P-256; any private part is ignored.</param>
    /// <param name="keyId">The key id, or <see langword="null"/>.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException">The parameters are not a valid P-256 public key.</exception>
    public static VerificationKey FromP256(ECParameters parameters, string? keyId = null)
    {
        var publicOnly = new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = parameters.Q };
        if (publicOnly.Q.X is not { Length: 32 } || publicOnly.Q.Y is not { Length: 32 })
        {
            throw new ArgumentException("A P-256 public key has 32-byte X and Y coordinates.", nameof(parameters));
        }

        try
        {
            using var ecdsa = ECDsa.Create(publicOnly);
        }
        catch (CryptographicException e)
        {
            throw new ArgumentException("The point is not on the P-256 curve: " + e.Message, nameof(parameters), e);
        }

        return new(keyId, VerificationKeyType.EcP256, [], publicOnly, default);
    }

    /// <summary>Creates an RSA key from its public parameters.</summary>
    /// <param name="parameters">The modulus and exponent; any private part is ignored.</param>
    /// <param name="keyId">The key id, or <see langword="null"/>.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException">The modulus or exponent is missing, or the modulus is shorter than 2048 bits.</exception>
    public static VerificationKey FromRsa(RSAParameters parameters, string? keyId = null)
    {
        if (parameters.Modulus is null || parameters.Exponent is null || parameters.Exponent.Length == 0)
        {
            throw new ArgumentException("An RSA public key needs a modulus and an exponent.", nameof(parameters));
        }

        var bits = (parameters.Modulus.Length - parameters.Modulus.TakeWhile(b => b == 0).Count()) * 8;
        if (bits < MinimumRsaBits)
        {
            throw new ArgumentException("An RSA key for RS256 needs at least " + MinimumRsaBits + " bits; got " + bits + ".", nameof(parameters));
        }

        return new(keyId, VerificationKeyType.Rsa, [], default, new RSAParameters { Modulus = parameters.Modulus, Exponent = parameters.Exponent });
    }

    /// <summary>Verifies <paramref name="signature"/> over <paramref name="data"/> with <paramref name="algorithm"/>.</summary>
    /// <param name="algorithm">The JWS algorithm the token names.</param>
    /// <param name="data">The signed bytes.</param>
    /// <param name="signature">The signature (for ES256 the 64-byte <c>r || s</c> form of RFC 7518).</param>
    /// <returns><see langword="true"/> when <paramref name="algorithm"/> is this key's <see cref="Algorithm"/> and the signature verifies.</returns>
    public bool Verify(string algorithm, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        if (!string.Equals(algorithm, Algorithm, StringComparison.Ordinal))
        {
            return false;
        }

        switch (KeyType)
        {
            case VerificationKeyType.Ed25519:
                if (signature.Length != Ed25519PublicKeyParameters.KeySize * 2)
                {
                    return false;
                }

                try
                {
                    var signer = new Ed25519Signer();
                    signer.Init(forSigning: false, new Ed25519PublicKeyParameters(_ed25519));
                    signer.BlockUpdate(data);
                    return signer.VerifySignature(signature.ToArray());
                }
                catch (ArgumentException)
                {
                    return false;
                }

            case VerificationKeyType.EcP256:
                using (var ecdsa = ECDsa.Create(_ec))
                {
                    return signature.Length == 64 && ecdsa.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
                }

            default:
                using (var rsa = RSA.Create(_rsa))
                {
                    return rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                }
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Algorithm + " key" + (KeyId is null ? string.Empty : " '" + KeyId + "'");
}
