using System.Security.Cryptography;
using CreditRules.OpenBadges.Internal;
using Org.BouncyCastle.Asn1.X9;

namespace CreditRules.OpenBadges;

/// <summary>
/// Resolves <c>did:key</c> identifiers (the key is the identifier: multibase base58btc of a multicodec-tagged public key)
/// for Ed25519 (<c>z6Mk…</c>, multicodec 0xed) and P-256 (<c>zDn…</c>, multicodec 0x1200, compressed point). Nothing is fetched.
/// </summary>
/// <remarks>
/// A did:key proves only that the credential was signed by whoever holds that key; trust in the issuer is the host's
/// decision, so the resolver can be limited to a list of trusted DIDs. The key id is read from the request's <c>kid</c>
/// (<c>did:key:z…#z…</c>), else from the issuer id. Immutable and thread-safe.
/// </remarks>
public sealed class DidKeyResolver : IVerificationKeyResolver
{
    private const string Prefix = "did:key:";
    private readonly HashSet<string>? _trusted;

    /// <summary>Initialises a resolver that resolves any did:key.</summary>
    public DidKeyResolver()
    {
    }

    /// <summary>Initialises a resolver that resolves only the listed DIDs.</summary>
    /// <param name="trustedDids">The DIDs (<c>did:key:z…</c>, without fragment) the host trusts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="trustedDids"/> is null.</exception>
    public DidKeyResolver(IEnumerable<string> trustedDids)
    {
        ArgumentNullException.ThrowIfNull(trustedDids);
        _trusted = new HashSet<string>(trustedDids, StringComparer.Ordinal);
    }

    /// <summary>Decodes a did:key into its public key.</summary>
    /// <param name="did">A <c>did:key:z…</c> identifier, optionally with a <c>#fragment</c>.</param>
    /// <returns>The key, its <see cref="VerificationKey.KeyId"/> the DID without fragment; or <see langword="null"/> when
    /// <paramref name="did"/> is not a did:key of a supported type.</returns>
    public static VerificationKey? DecodeOrNull(string? did)
    {
        if (did is null || !did.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var id = did.Split('#', 2)[0];
        var multibase = id.AsSpan(Prefix.Length);
        if (multibase.Length < 2 || multibase[0] != 'z')
        {
            return null;
        }

        var bytes = Base58.DecodeOrNull(multibase[1..], maxLength: 128);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            if (bytes.Length == 34 && bytes[0] == 0xed && bytes[1] == 0x01)
            {
                return VerificationKey.FromEd25519(bytes.AsSpan(2), id);
            }

            if (bytes.Length == 35 && bytes[0] == 0x80 && bytes[1] == 0x24)
            {
                var point = ECNamedCurveTable.GetByName("P-256").Curve.DecodePoint(bytes[2..]).Normalize();
                var q = new ECPoint
                {
                    X = point.AffineXCoord.GetEncoded(),
                    Y = point.AffineYCoord.GetEncoded(),
                };
                return VerificationKey.FromP256(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = q }, id);
            }
        }
        catch (ArgumentException)
        {
            return null;
        }

        return null;
    }

    /// <summary>Encodes an Ed25519 public key as a did:key (useful for tests and hosts that issue).</summary>
    /// <param name="publicKey">The 32-byte public key.</param>
    /// <returns>The <c>did:key:z6Mk…</c> identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="publicKey"/> is not 32 bytes.</exception>
    public static string EncodeEd25519(ReadOnlySpan<byte> publicKey)
    {
        if (publicKey.Length != 32)
        {
            throw new ArgumentException("An Ed25519 public key has 32 bytes; got " + publicKey.Length + ".", nameof(publicKey));
        }

        return Prefix + "z" + Base58.Encode([0xed, 0x01, .. publicKey]);
    }

    /// <inheritdoc/>
    public VerificationKey? ResolveKey(KeyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var did = request.KeyId is { } kid && kid.StartsWith(Prefix, StringComparison.Ordinal) ? kid : request.IssuerId;
        var key = DecodeOrNull(did);
        return key is null || (_trusted is not null && !_trusted.Contains(key.KeyId!)) ? null : key;
    }
}
