using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CreditRules.Documents;
using CreditRules.Domain;
using CreditRules.OpenBadges.Internal;
using NodaTime;
using NodaTime.Testing;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace CreditRules.OpenBadges.Tests.Support;

/// <summary>The sample catalog, a fixed clock, test issuers' keys, and builders for credentials and VC-JWTs.</summary>
internal static class Fixture
{
    public const string IssuerId = "https://credly.example/issuers/ace";
    public const string Email = "ada@example.edu";

    public static Catalog Catalog { get; } = CatalogDocument.LoadFile(Path.Combine(AppContext.BaseDirectory, "samples", "catalog.json")).Value;

    public static PolicySet Policies { get; } = PolicyDocument.LoadFile(Path.Combine(AppContext.BaseDirectory, "samples", "policies.json")).Value;

    /// <summary>2014-06-30: after the 2013 awards, before any test credential expires.</summary>
    public static Instant Now { get; } = Instant.FromUtc(2014, 6, 30, 12, 0);

    public static FakeClock Clock => new(Now);

    /// <summary>A fixed Ed25519 key (seed 1..32), so its did:key is stable.</summary>
    public static Ed25519PrivateKeyParameters Ed25519 { get; } = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    public static string Ed25519Did { get; } = DidKeyResolver.EncodeEd25519(Ed25519.GeneratePublicKey().GetEncoded());

    public static ECDsa Es256 { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public static RSA Rs256 { get; } = RSA.Create(2048);

    public static VerificationKey Es256Key { get; } = VerificationKey.FromP256(Es256.ExportParameters(false), "es-1");

    public static VerificationKey Rs256Key { get; } = VerificationKey.FromRsa(Rs256.ExportParameters(false), "rs-1");

    public static LearnerRecord Learner(params string[] emails) => new("ada", emails: emails.Length == 0 ? [Email] : emails);

    public static string Jwks() => JsonSerializer.Serialize(new JsonObject
    {
        ["keys"] = new JsonArray(
            new JsonObject { ["kty"] = "EC", ["crv"] = "P-256", ["kid"] = "es-1", ["x"] = Base64Url.Encode(Es256.ExportParameters(false).Q.X), ["y"] = Base64Url.Encode(Es256.ExportParameters(false).Q.Y) },
            new JsonObject { ["kty"] = "RSA", ["kid"] = "rs-1", ["n"] = Base64Url.Encode(Rs256.ExportParameters(false).Modulus), ["e"] = Base64Url.Encode(Rs256.ExportParameters(false).Exponent) },
            new JsonObject { ["kty"] = "OKP", ["crv"] = "Ed25519", ["kid"] = "ed-1", ["x"] = Base64Url.Encode(Ed25519.GeneratePublicKey().GetEncoded()) }),
    });

    public static BadgeImportOptions Options(bool attestsResults = true)
    {
        var options = new BadgeImportOptions
        {
            KeyResolver = CallbackKeyResolver.FirstOf(JsonWebKeySet.Parse(Encoding.UTF8.GetBytes(Jwks())), new DidKeyResolver()),
        };
        options.Issuers[IssuerId] = new IssuerProfile(EvidenceKind.AceTranscriptCredly, isOfficial: true, attestsResults);
        return options;
    }

    public static BadgeImporter Importer(BadgeImportOptions? options = null) => new(Catalog, options ?? Options(), Clock);

    /// <summary>An AchievementCredential for ACE exhibit ACE-COUR-0001 (Pre-Calculus), passed with <paramref name="score"/> percent.</summary>
    public static JsonObject Credential(decimal score = 84, string email = Email, string awarded = "2013-05-20T14:00:00Z", string validFrom = "2013-05-20T14:00:00Z", string? validUntil = null, bool hashed = false, string issuer = IssuerId)
    {
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
            ["id"] = "urn:uuid:0b2e8f54-7a11-4c55-9a3c-5b6f0d1e2a01",
            ["type"] = new JsonArray("VerifiableCredential", "AchievementCredential"),
            ["issuer"] = new JsonObject { ["id"] = issuer, ["type"] = new JsonArray("Profile"), ["name"] = "ACE via Credly (test issuer)" },
            ["validFrom"] = validFrom,
            ["awardedDate"] = awarded,
            ["name"] = "Pre-Calculus (ACE credit recommendation)",
            ["credentialSubject"] = new JsonObject
            {
                ["type"] = new JsonArray("AchievementSubject"),
                ["identifier"] = new JsonArray(new JsonObject
                {
                    ["type"] = "IdentityObject",
                    ["identityType"] = "emailAddress",
                    ["hashed"] = hashed,
                    ["salt"] = hashed ? "pepper" : null,
                    ["identityHash"] = hashed ? Recipient.Hash(email, "pepper") : email,
                }),
                ["activityEndDate"] = "2013-05-12T23:00:00Z",
                ["creditsEarned"] = 3,
                ["result"] = new JsonArray(new JsonObject { ["type"] = new JsonArray("Result"), ["resultDescription"] = "urn:uuid:score", ["value"] = score.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
                ["achievement"] = new JsonObject
                {
                    ["id"] = "https://credly.example/achievements/uci-precalculus",
                    ["type"] = new JsonArray("Achievement"),
                    ["name"] = "Pre-Calculus",
                    ["criteria"] = new JsonObject { ["narrative"] = "Passed the proctored credit exam." },
                    ["creditsAvailable"] = 3,
                    ["alignment"] = new JsonArray(new JsonObject { ["type"] = new JsonArray("Alignment"), ["targetCode"] = "ACE-COUR-0001", ["targetName"] = "ACE exhibit", ["targetUrl"] = "https://ace.example/exhibits/ACE-COUR-0001" }),
                    ["resultDescription"] = new JsonArray(new JsonObject { ["id"] = "urn:uuid:score", ["type"] = new JsonArray("ResultDescription"), ["name"] = "Exam score", ["resultType"] = "Percent", ["valueMin"] = "0", ["valueMax"] = "100", ["requiredValue"] = "60" }),
                },
            },
        };
        if (validUntil is not null)
        {
            credential["validUntil"] = validUntil;
        }

        return credential;
    }

    /// <summary>The OB 3.0 JWT claims for <paramref name="credential"/>: iss, jti, sub, nbf and exp from its fields.</summary>
    public static JsonObject Payload(JsonObject credential)
    {
        var payload = JsonNode.Parse(credential.ToJsonString())!.AsObject();
        payload["iss"] = (string?)credential["issuer"]!["id"];
        payload["jti"] = (string?)credential["id"];
        payload["nbf"] = NodaTime.Text.InstantPattern.ExtendedIso.Parse((string)credential["validFrom"]!).Value.ToUnixTimeSeconds();
        if (credential["validUntil"] is { } until)
        {
            payload["exp"] = NodaTime.Text.InstantPattern.ExtendedIso.Parse((string)until!).Value.ToUnixTimeSeconds();
        }

        return payload;
    }

    public static string Sign(JsonObject payload, string alg, string? kid)
    {
        var header = new JsonObject { ["alg"] = alg, ["typ"] = "JWT" };
        if (kid is not null)
        {
            header["kid"] = kid;
        }

        var input = Base64Url.Encode(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + Base64Url.Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        var data = Encoding.ASCII.GetBytes(input);
        byte[] signature = alg switch
        {
            "ES256" => Es256.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
            "RS256" => Rs256.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            "EdDSA" => SignEd25519(data),
            "HS256" => HMACSHA256.HashData(Encoding.UTF8.GetBytes(Jwks()), data),
            _ => [],
        };
        return input + "." + Base64Url.Encode(signature);
    }

    public static byte[] SignEd25519(byte[] data)
    {
        var signer = new Ed25519Signer();
        signer.Init(forSigning: true, Ed25519);
        signer.BlockUpdate(data, 0, data.Length);
        return signer.GenerateSignature();
    }

    public static CredentialFile File(string text, string source = "badge") => new(source, Encoding.UTF8.GetBytes(text));

    public static CredentialFile Example(string name) => new(name, System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Examples", name)));

    public static string ExampleText(string name) => System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", name));
}
