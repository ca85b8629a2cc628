using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CreditRules.OpenBadges.Internal;

namespace CreditRules.OpenBadges;

/// <summary>
/// A JWK Set (RFC 7517) the host trusts, read from JSON it already holds: public P-256 (<c>EC</c>), Ed25519 (<c>OKP</c>)
/// and RSA keys, found by <c>kid</c>.
/// </summary>
/// <remarks>
/// A request whose <c>kid</c> is not in the set gets no key; a request without a <c>kid</c> gets the set's only key of the
/// requested algorithm when there is exactly one. Private keys (<c>d</c>) are refused, so a leaked signing key is not
/// quietly used as a trust anchor. Immutable and thread-safe.
/// </remarks>
public sealed class JsonWebKeySet : IVerificationKeyResolver
{
    /// <summary>The largest JWK Set read, in bytes.</summary>
    public const int MaxBytes = 1024 * 1024;

    private readonly Dictionary<string, VerificationKey> _byId;

    private JsonWebKeySet(IReadOnlyList<VerificationKey> keys)
    {
        Keys = keys;
        _byId = keys.Where(k => k.KeyId is not null).ToDictionary(k => k.KeyId!, StringComparer.Ordinal);
    }

    /// <summary>Gets the keys, in document order.</summary>
    public IReadOnlyList<VerificationKey> Keys { get; }

    /// <summary>Reads a JWK Set.</summary>
    /// <param name="utf8Json">The JSON document, <c>{"keys":[...]}</c>.</param>
    /// <returns>The key set.</returns>
    /// <exception cref="InvalidKeySetException">The document is too large, not JSON, not a JWK Set, or a key is invalid,
    /// private, of an unsupported type or curve, or repeats a <c>kid</c>; the message names the path and value.</exception>
    public static JsonWebKeySet Parse(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Length > MaxBytes)
        {
            throw new InvalidKeySetException("$", utf8Json.Length.ToString(CultureInfo.InvariantCulture) + " bytes", "A JWK Set may hold at most " + MaxBytes + " bytes.");
        }

        JwksDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(utf8Json, JoseJsonContext.Default.JwksDto);
        }
        catch (JsonException e)
        {
            throw new InvalidKeySetException(e.Path ?? "$", null, "Not valid JSON for a JWK Set: " + e.Message);
        }

        if (dto?.Keys is null)
        {
            throw new InvalidKeySetException("$.keys", null, "A JWK Set needs a 'keys' array.");
        }

        var keys = new List<VerificationKey>();
        for (var i = 0; i < dto.Keys.Count; i++)
        {
            var path = "$.keys[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            var key = FromJwk(dto.Keys[i], path);
            if (key.KeyId is not null && keys.Any(k => k.KeyId == key.KeyId))
            {
                throw new InvalidKeySetException(path + ".kid", key.KeyId, "The kid repeats an earlier key's.");
            }

            keys.Add(key);
        }

        return new JsonWebKeySet(keys);
    }

    /// <inheritdoc/>
    public VerificationKey? ResolveKey(KeyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.KeyId is not null)
        {
            return _byId.GetValueOrDefault(request.KeyId);
        }

        var candidates = Keys.Where(k => k.Algorithm == request.Algorithm).Take(2).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    internal static VerificationKey FromJwk(JwkDto? jwk, string path)
    {
        if (jwk is null)
        {
            throw new InvalidKeySetException(path, null, "A key must be a JSON object.");
        }

        if (jwk.D is not null)
        {
            throw new InvalidKeySetException(path + ".d", "(private)", "The key holds private key material; give the public key only.");
        }

        switch (jwk.Kty)
        {
            case "OKP" when jwk.Crv == "Ed25519":
                var x = Bytes(jwk.X, path + ".x", 32);
                return Wrap(() => VerificationKey.FromEd25519(x, jwk.Kid), path);
            case "EC" when jwk.Crv == "P-256":
                var qx = Bytes(jwk.X, path + ".x", 32);
                var qy = Bytes(jwk.Y, path + ".y", 32);
                return Wrap(() => VerificationKey.FromP256(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = qx, Y = qy } }, jwk.Kid), path);
            case "RSA":
                var n = Bytes(jwk.N, path + ".n", null);
                var e = Bytes(jwk.E, path + ".e", null);
                return Wrap(() => VerificationKey.FromRsa(new RSAParameters { Modulus = n, Exponent = e }, jwk.Kid), path);
            case "OKP" or "EC":
                throw new InvalidKeySetException(path + ".crv", jwk.Crv, "Unsupported curve for kty '" + jwk.Kty + "'; supported: Ed25519 (OKP), P-256 (EC).");
            default:
                throw new InvalidKeySetException(path + ".kty", jwk.Kty, "Unsupported key type; supported: OKP (Ed25519), EC (P-256), RSA.");
        }
    }

    private static byte[] Bytes(string? text, string path, int? length)
    {
        var bytes = text is null ? null : Base64Url.DecodeOrNull(text);
        if (bytes is null || bytes.Length == 0)
        {
            throw new InvalidKeySetException(path, text, "Expected a base64url value.");
        }

        if (length is { } expected && bytes.Length != expected)
        {
            throw new InvalidKeySetException(path, text, "Expected " + expected + " bytes; got " + bytes.Length + ".");
        }

        return bytes;
    }

    private static VerificationKey Wrap(Func<VerificationKey> create, string path)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            throw new InvalidKeySetException(path, null, e.Message.Split(" (Parameter", 2)[0]);
        }
    }
}
