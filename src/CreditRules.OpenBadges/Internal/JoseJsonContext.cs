using System.Text.Json.Serialization;

namespace CreditRules.OpenBadges.Internal;

#pragma warning disable CA1002
#pragma warning disable CA2227

/// <summary>A JOSE header (RFC 7515 section 4.1), the members the importer reads.</summary>
internal sealed class JoseHeaderDto
{
    [JsonPropertyName("alg")]
    public string? Alg { get; set; }

    [JsonPropertyName("kid")]
    public string? Kid { get; set; }

    [JsonPropertyName("typ")]
    public string? Typ { get; set; }

    [JsonPropertyName("crit")]
    public List<string>? Crit { get; set; }

    [JsonPropertyName("b64")]
    public bool? B64 { get; set; }
}

/// <summary>A JSON Web Key (RFC 7517), public members only; <c>d</c> is read to refuse private keys.</summary>
internal sealed class JwkDto
{
    [JsonPropertyName("kty")]
    public string? Kty { get; set; }

    [JsonPropertyName("crv")]
    public string? Crv { get; set; }

    [JsonPropertyName("x")]
    public string? X { get; set; }

    [JsonPropertyName("y")]
    public string? Y { get; set; }

    [JsonPropertyName("n")]
    public string? N { get; set; }

    [JsonPropertyName("e")]
    public string? E { get; set; }

    [JsonPropertyName("d")]
    public string? D { get; set; }

    [JsonPropertyName("kid")]
    public string? Kid { get; set; }

    [JsonPropertyName("alg")]
    public string? Alg { get; set; }

    [JsonPropertyName("use")]
    public string? Use { get; set; }
}

/// <summary>A JWK Set (RFC 7517 section 5).</summary>
internal sealed class JwksDto
{
    [JsonPropertyName("keys")]
    public List<JwkDto>? Keys { get; set; }
}

[JsonSourceGenerationOptions(ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow, MaxDepth = 8)]
[JsonSerializable(typeof(JoseHeaderDto))]
[JsonSerializable(typeof(JwksDto))]
[JsonSerializable(typeof(JwkDto))]
internal sealed partial class JoseJsonContext : JsonSerializerContext;
