using System.Text;
using CreditRules.OpenBadges.Internal;
using CreditRules.OpenBadges.Tests.Support;

namespace CreditRules.OpenBadges.Tests.Keys;

public sealed class KeyResolverTests
{
    [Fact]
    public void Parse_Jwks_FindsEachKeyByKidAndTheOnlyKeyOfAnAlgorithmWithoutKid()
    {
        var set = JsonWebKeySet.Parse(Encoding.UTF8.GetBytes(Fixture.Jwks()));

        set.Keys.Select(k => k.ToString()).Should().Equal("ES256 key 'es-1'", "RS256 key 'rs-1'", "EdDSA key 'ed-1'");
        set.ResolveKey(new KeyRequest("rs-1", null, "RS256"))!.KeyType.Should().Be(VerificationKeyType.Rsa);
        set.ResolveKey(new KeyRequest(null, null, "EdDSA"))!.KeyId.Should().Be("ed-1");
        set.ResolveKey(new KeyRequest("nope", null, "ES256")).Should().BeNull();
    }

    [Theory]
    [InlineData("""{"keys":[{"kty":"EC","crv":"P-256","x":"AA","y":"AA","d":"AA"}]}""", "$.keys[0].d ('(private)'): The key holds private key material; give the public key only.")]
    [InlineData("""{"keys":[{"kty":"EC","crv":"P-384","x":"AA","y":"AA"}]}""", "$.keys[0].crv ('P-384'): Unsupported curve for kty 'EC'; supported: Ed25519 (OKP), P-256 (EC).")]
    [InlineData("""{"keys":[{"kty":"oct","k":"AA"}]}""", "$.keys[0].kty ('oct'): Unsupported key type; supported: OKP (Ed25519), EC (P-256), RSA.")]
    [InlineData("""{"keys":[{"kty":"OKP","crv":"Ed25519","x":"AAAA"}]}""", "$.keys[0].x ('AAAA'): Expected 32 bytes; got 3.")]
    [InlineData("""{"keys":[{"kty":"RSA","n":"AQAB","e":"AQAB"}]}""", "$.keys[0]: An RSA key for RS256 needs at least 2048 bits; got 24.")]
    [InlineData("""{"nokeys":[]}""", "$.keys: A JWK Set needs a 'keys' array.")]
    public void Parse_InvalidJwks_ThrowsNamingPathAndValue(string json, string message)
    {
        var act = () => JsonWebKeySet.Parse(Encoding.UTF8.GetBytes(json));

        act.Should().Throw<InvalidKeySetException>().WithMessage(message);
    }

    [Fact]
    public void DecodeOrNull_Ed25519DidKey_RoundTripsTheKey()
    {
        var did = DidKeyResolver.EncodeEd25519(Fixture.Ed25519.GeneratePublicKey().GetEncoded());

        did.Should().StartWith("did:key:z6Mk");
        var key = DidKeyResolver.DecodeOrNull(did + "#" + did[8..])!;
        key.KeyType.Should().Be(VerificationKeyType.Ed25519);
        key.KeyId.Should().Be(did);
        var data = Encoding.UTF8.GetBytes("hello");
        key.Verify("EdDSA", data, Fixture.SignEd25519(data)).Should().BeTrue();
        key.Verify("ES256", data, Fixture.SignEd25519(data)).Should().BeFalse("the key verifies only its own algorithm");
    }

    [Fact]
    public void DecodeOrNull_P256DidKey_DecompressesThePoint()
    {
        // did:key test vector for P-256 from the W3C CCG did:key spec (compressed point, multicodec 0x1200).
        var key = DidKeyResolver.DecodeOrNull("did:key:zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169");

        key.Should().NotBeNull();
        key!.KeyType.Should().Be(VerificationKeyType.EcP256);
    }

    [Fact]
    public void DecodeOrNull_P256DidKeyOfOurKey_VerifiesItsSignatures()
    {
        var q = Fixture.Es256.ExportParameters(false).Q;
        byte[] compressed = [(byte)(0x02 | (q.Y![^1] & 1)), .. q.X!];
        var did = "did:key:z" + Base58.Encode([0x80, 0x24, .. compressed]);
        var data = Encoding.UTF8.GetBytes("hello");

        var key = DidKeyResolver.DecodeOrNull(did)!;

        key.Verify("ES256", data, Fixture.Es256.SignData(data, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.DSASignatureFormat.IeeeP1363FixedFieldConcatenation)).Should().BeTrue();
    }

    [Theory]
    [InlineData("did:web:example.edu")]          // not a did:key
    [InlineData("did:key:m6Mk")]                 // not base58btc multibase
    [InlineData("did:key:z0OIl")]                // characters outside the base58 alphabet
    [InlineData("did:key:z6LSbysY2xFMRpGMhb7tFTLMpeuPRaqaWM1yECx2AtzE3KCc")] // X25519 (key agreement), not a signing key
    public void DecodeOrNull_NotASupportedDidKey_ReturnsNull(string did) => DidKeyResolver.DecodeOrNull(did).Should().BeNull();

    [Fact]
    public void ResolveKey_TrustedList_ResolvesOnlyListedDids()
    {
        var resolver = new DidKeyResolver(["did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"]);

        resolver.ResolveKey(new KeyRequest(null, Fixture.Ed25519Did, "EdDSA")).Should().BeNull();
        resolver.ResolveKey(new KeyRequest("did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi", null, "EdDSA")).Should().NotBeNull();
    }

    [Fact]
    public void Base58_RoundTripsLeadingZeros()
    {
        byte[] bytes = [0, 0, 1, 2, 255];

        Base58.DecodeOrNull(Base58.Encode(bytes)).Should().Equal(bytes);
    }
}
