using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;

namespace CreditRules.OpenBadges.Internal;

/// <summary>One credential read and checked for structure, validity dates and recipient; nested ones for a CLR.</summary>
internal sealed class ParsedCredential
{
    public required JsonElement Root { get; init; }

    public required string Path { get; init; }

    public required string Type { get; init; }

    public string? Id { get; init; }

    public required string IssuerId { get; init; }

    public required Instant ValidFrom { get; init; }

    public Instant? ValidUntil { get; init; }

    public Instant? AwardedDate { get; init; }

    public required JsonElement Subject { get; init; }

    public string? SubjectId { get; init; }

    public List<ParsedCredential> Nested { get; } = [];

    public bool IsClr => Type == "ClrCredential";
}

/// <summary>
/// Reads a credential in either serialisation, verifies what can be verified with the host's resolver, verifier and
/// status checker, and checks validity dates and the recipient. Errors refuse the credential; it stops at the first
/// failed verification step (nothing after a bad signature is trusted enough to report on).
/// </summary>
internal sealed class CredentialReader
{
    private static readonly string[] SupportedAlgorithms = ["ES256", "RS256", "EdDSA"];
    private readonly BadgeImportOptions _options;
    private readonly Instant _now;

    public CredentialReader(BadgeImportOptions options, Instant now)
    {
        _options = options;
        _now = now;
    }

    public CredentialFormat Format { get; private set; }

    public bool Verified { get; private set; }

    public string Verification { get; private set; } = "not verified";

    public ParsedCredential? Read(ReadOnlySpan<byte> content, IssueList issues, out JsonDocument? document)
    {
        document = null;
        if (content.Length > _options.MaxCredentialBytes)
        {
            issues.Error(BadgeIssueCode.InputTooLarge, "$", content.Length.ToString(CultureInfo.InvariantCulture) + " bytes",
                "A credential may hold at most " + _options.MaxCredentialBytes.ToString(CultureInfo.InvariantCulture) + " bytes.");
            return null;
        }

        var text = Encoding.UTF8.GetString(content).Trim().TrimStart('\uFEFF');
        if (text.StartsWith('{'))
        {
            Format = CredentialFormat.JsonLd;
            document = Parse(Encoding.UTF8.GetBytes(text), "$", issues);
            return document is null ? null : ReadJsonLd(document.RootElement, text, issues);
        }

        var parts = text.Split('.');
        if (parts.Length == 3 && parts[0].Length > 0 && parts[1].Length > 0)
        {
            Format = CredentialFormat.VcJwt;
            return ReadJwt(parts, issues, out document);
        }

        Format = CredentialFormat.Unknown;
        issues.Error(BadgeIssueCode.NotACredential, "$", text.Length > 40 ? text[..40] + "…" : text,
            "Expected a JSON-LD credential (a JSON object) or a VC-JWT (a compact JWS: three base64url parts separated by dots).");
        return null;
    }

    private JsonDocument? Parse(byte[] utf8, string path, IssueList issues)
    {
        try
        {
            return JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = _options.MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            var at = e.LineNumber is { } line ? " (line " + (line + 1).ToString(CultureInfo.InvariantCulture) + ", byte " + ((e.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture) + ")" : string.Empty;
            issues.Error(BadgeIssueCode.InvalidJson, path, null, "Not valid JSON within the limits (depth " + _options.MaxDepth.ToString(CultureInfo.InvariantCulture) + ")" + at + ": " + e.Message.Split(" Path:", 2)[0]);
            return null;
        }
    }

    private ParsedCredential? ReadJsonLd(JsonElement root, string text, IssueList issues)
    {
        var credential = ReadCredential(root, "$", issues, nested: false);
        if (credential is null || issues.HasErrors)
        {
            return null;
        }

        var proofs = Json.Items(root, "proof", "$").ToList();
        if (proofs.Count == 0)
        {
            issues.Warn(BadgeIssueCode.ProofUnverified, "$.proof", null, "The credential carries no proof; imported as unverified.");
            Verification = "not verified: no proof";
        }

        var verifiedProofs = 0;
        foreach (var (proof, path) in proofs)
        {
            var suite = Json.String(proof, "cryptosuite", path, issues) ?? Json.String(proof, "type", path, issues);
            var method = Json.String(proof, "verificationMethod", path, issues);
            if (_options.DataIntegrityVerifier is not { } verifier)
            {
                issues.Warn(BadgeIssueCode.ProofUnverified, path, suite,
                    "No Data Integrity verifier is configured (" + suite + " needs RDF canonicalisation, which this package does not do); imported as unverified.");
                Verification = "not verified: Data Integrity proof (" + suite + ") without a verifier";
                continue;
            }

            // The suites 1EdTech certifies are EdDSA; ecdsa-* suites (P-256) are handed to the verifier with an ES256 key.
            var algorithm = suite?.StartsWith("ecdsa", StringComparison.Ordinal) == true ? "ES256" : "EdDSA";
            var key = _options.KeyResolver?.ResolveKey(new KeyRequest(method, credential.IssuerId, algorithm));
            if (!verifier.Verify(new DataIntegrityRequest(text, proof.GetRawText(), suite, method, key)))
            {
                issues.Error(BadgeIssueCode.ProofInvalid, path, method, "The host's Data Integrity verifier rejected the " + suite + " proof: the credential was altered or signed with another key.");
                return null;
            }

            verifiedProofs++;
        }

        if (verifiedProofs > 0 && verifiedProofs == proofs.Count)
        {
            Verified = true;
            Verification = "Data Integrity proof verified by the host's verifier";
        }

        return Finish(credential, issues);
    }

    private ParsedCredential? ReadJwt(string[] parts, IssueList issues, out JsonDocument? document)
    {
        document = null;
        var headerBytes = Base64Url.DecodeOrNull(parts[0]);
        if (headerBytes is null)
        {
            issues.Error(BadgeIssueCode.InvalidField, "$header", Show(parts[0]), "The JOSE header is not base64url.");
            return null;
        }

        JoseHeaderDto? header;
        try
        {
            header = JsonSerializer.Deserialize(headerBytes, JoseJsonContext.Default.JoseHeaderDto);
        }
        catch (JsonException e)
        {
            issues.Error(BadgeIssueCode.InvalidJson, "$header" + (e.Path ?? "$")[1..], null, "The JOSE header is not a valid JSON object: " + e.Message.Split(" Path:", 2)[0]);
            return null;
        }

        var alg = header?.Alg;
        if (alg is null)
        {
            issues.Error(BadgeIssueCode.MissingField, "$header.alg", null, "'alg' is required.");
            return null;
        }

        if (string.Equals(alg, "none", StringComparison.OrdinalIgnoreCase))
        {
            issues.Error(BadgeIssueCode.UnsupportedAlgorithm, "$header.alg", alg, "alg 'none' is refused: an unsigned credential proves nothing.");
            return null;
        }

        if (alg.StartsWith("HS", StringComparison.OrdinalIgnoreCase))
        {
            issues.Error(BadgeIssueCode.UnsupportedAlgorithm, "$header.alg", alg, "Symmetric algorithms are refused: whoever can verify the credential could also forge it.");
            return null;
        }

        if (!SupportedAlgorithms.Contains(alg, StringComparer.Ordinal))
        {
            issues.Error(BadgeIssueCode.UnsupportedAlgorithm, "$header.alg", alg, "Unsupported algorithm; supported: ES256, RS256, EdDSA.");
            return null;
        }

        if (header!.Crit is { Count: > 0 } || header.B64 == false)
        {
            issues.Error(BadgeIssueCode.UnsupportedAlgorithm, "$header.crit", string.Join(",", header.Crit ?? ["b64"]), "Critical header extensions are not understood, so the JWS is refused (RFC 7515 section 4.1.11).");
            return null;
        }

        var payloadBytes = Base64Url.DecodeOrNull(parts[1]);
        if (payloadBytes is null)
        {
            issues.Error(BadgeIssueCode.InvalidField, "$", Show(parts[1]), "The JWT payload is not base64url.");
            return null;
        }

        if (payloadBytes.Length > _options.MaxCredentialBytes)
        {
            issues.Error(BadgeIssueCode.InputTooLarge, "$", payloadBytes.Length.ToString(CultureInfo.InvariantCulture) + " bytes", "A credential may hold at most " + _options.MaxCredentialBytes.ToString(CultureInfo.InvariantCulture) + " bytes.");
            return null;
        }

        document = Parse(payloadBytes, "$", issues);
        if (document is null)
        {
            return null;
        }

        var payload = document.RootElement;
        if (payload.ValueKind != JsonValueKind.Object)
        {
            issues.Error(BadgeIssueCode.NotACredential, "$", Json.Show(payload), "The JWT payload must be a JSON object.");
            return null;
        }

        // VC Data Model 1.1 issuers put the credential in the "vc" claim; Open Badges 3.0 makes the payload the credential.
        var (root, rootPath) = Json.TryGet(payload, "vc", out var vc) ? (vc, "$.vc") : (payload, "$");
        var issuerForLookup = Json.String(payload, "iss", "$", new IssueList()) ?? Json.Id(root, "issuer", rootPath, new IssueList());
        var key = _options.KeyResolver?.ResolveKey(new KeyRequest(header.Kid, issuerForLookup, alg));
        if (key is null)
        {
            issues.Error(BadgeIssueCode.KeyNotFound, "$header.kid", header.Kid,
                "No trusted key for kid '" + header.Kid + "' of issuer '" + issuerForLookup + "'; supply it through a JWKS, a did:key or a callback resolver.");
            return null;
        }

        if (key.Algorithm != alg)
        {
            issues.Error(BadgeIssueCode.AlgorithmMismatch, "$header.alg", alg,
                "The trusted key" + (key.KeyId is null ? string.Empty : " '" + key.KeyId + "'") + " is an " + key.Algorithm + " key; a credential signed with it must name " + key.Algorithm + ", not " + alg + ".");
            return null;
        }

        var signature = Base64Url.DecodeOrNull(parts[2]);
        var signingInput = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
        if (signature is null || !key.Verify(alg, signingInput, signature))
        {
            issues.Error(BadgeIssueCode.SignatureInvalid, "$header", header.Kid,
                "The " + alg + " signature does not verify with " + key + ": the credential was altered or signed with another key.");
            return null;
        }

        Verified = true;
        Verification = alg + " signature verified with " + key;
        var credential = ReadCredential(root, rootPath, issues, nested: false);
        if (credential is null || issues.HasErrors)
        {
            return null;
        }

        CheckClaims(payload, credential, issues);
        return issues.HasErrors ? null : Finish(credential, issues);
    }

    private void CheckClaims(JsonElement payload, ParsedCredential credential, IssueList issues)
    {
        var iss = Json.String(payload, "iss", "$", issues, required: true);
        if (iss is not null && iss != credential.IssuerId)
        {
            issues.Error(BadgeIssueCode.ClaimMismatch, "$.iss", iss, "The iss claim must equal issuer.id '" + credential.IssuerId + "'.");
        }

        var jti = Json.String(payload, "jti", "$", issues);
        if (jti is not null && credential.Id is not null && jti != credential.Id)
        {
            issues.Error(BadgeIssueCode.ClaimMismatch, "$.jti", jti, "The jti claim must equal the credential id '" + credential.Id + "'.");
        }

        var sub = Json.String(payload, "sub", "$", issues);
        if (sub is not null && credential.SubjectId is not null && sub != credential.SubjectId)
        {
            issues.Error(BadgeIssueCode.ClaimMismatch, "$.sub", sub, "The sub claim must equal credentialSubject.id '" + credential.SubjectId + "'.");
        }

        if (NumericDate(payload, "nbf", issues, required: true) is { } nbf)
        {
            if (nbf != credential.ValidFrom)
            {
                issues.Error(BadgeIssueCode.ClaimMismatch, "$.nbf", Json.Format(nbf), "The nbf claim must equal validFrom " + Json.Format(credential.ValidFrom) + ".");
            }
            else
            {
                CheckNotBefore(nbf, "$.nbf", issues);
            }
        }

        if (NumericDate(payload, "exp", issues, required: false) is { } exp)
        {
            if (credential.ValidUntil is { } until && exp != until)
            {
                issues.Error(BadgeIssueCode.ClaimMismatch, "$.exp", Json.Format(exp), "The exp claim must equal validUntil " + Json.Format(until) + ".");
            }
            else
            {
                CheckNotAfter(exp, "$.exp", issues);
            }
        }
    }

    private static Instant? NumericDate(JsonElement payload, string name, IssueList issues, bool required)
    {
        if (!Json.TryGet(payload, name, out var value))
        {
            if (required)
            {
                issues.Error(BadgeIssueCode.MissingField, "$." + name, null, "'" + name + "' is required in a VC-JWT.");
            }

            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds) && seconds is >= -62135596800 and <= 253402300799)
        {
            return Instant.FromUnixTimeSeconds(seconds);
        }

        issues.Error(BadgeIssueCode.InvalidField, "$." + name, Json.Show(value), "Expected a NumericDate (whole seconds since 1970-01-01T00:00:00Z).");
        return null;
    }

    /// <summary>Status and recipient come after authenticity: they read fields only a verified credential vouches for.</summary>
    private ParsedCredential? Finish(ParsedCredential credential, IssueList issues)
    {
        if (Json.TryGet(credential.Root, "credentialStatus", out var status))
        {
            var path = credential.Path + ".credentialStatus";
            var statusType = status.ValueKind == JsonValueKind.Object ? Json.String(status, "type", path, issues) : null;
            if (_options.StatusChecker is not { } checker)
            {
                issues.Warn(BadgeIssueCode.StatusUnchecked, path, statusType, "No status checker is configured, so revocation was not checked; imported as unverified.");
            }
            else
            {
                var state = checker.Check(new CredentialStatusRequest(credential.Id, credential.IssuerId, statusType, status.GetRawText()));
                if (state is CredentialStatusState.Revoked or CredentialStatusState.Suspended)
                {
                    issues.Error(BadgeIssueCode.Revoked, path, statusType, "The issuer has " + state.ToString().ToLowerInvariant() + " this credential (host status checker).");
                    return null;
                }

                if (state != CredentialStatusState.Active)
                {
                    issues.Warn(BadgeIssueCode.StatusUnchecked, path, statusType, "The status checker could not establish the credential's status; imported as unverified.");
                }
            }
        }

        return credential;
    }

    private ParsedCredential? ReadCredential(JsonElement root, string path, IssueList issues, bool nested)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            issues.Error(BadgeIssueCode.NotACredential, path, Json.Show(root), "Expected a credential object; got " + Json.Kind(root) + ".");
            return null;
        }

        var types = Json.Types(root, path, issues);
        var type = types.FirstOrDefault(t => t is "OpenBadgeCredential" or "AchievementCredential" || (!nested && t == "ClrCredential"));
        if (!types.Contains("VerifiableCredential") || type is null)
        {
            issues.Error(BadgeIssueCode.NotACredential, path + ".type", string.Join(",", types),
                nested
                    ? "A CLR's verifiableCredential must be an OpenBadgeCredential or AchievementCredential (and a VerifiableCredential)."
                    : "Expected a VerifiableCredential that is an OpenBadgeCredential, AchievementCredential or ClrCredential.");
            return null;
        }

        var errorsBefore = issues.Errors.Count;
        var id = Json.String(root, "id", path, issues);
        var issuer = Json.Id(root, "issuer", path, issues, required: true);
        var validFrom = Json.TryGet(root, "validFrom", out _) || !Json.TryGet(root, "issuanceDate", out _)
            ? Json.DateTime(root, "validFrom", path, issues, required: true)
            : Json.DateTime(root, "issuanceDate", path, issues);
        var validUntil = Json.TryGet(root, "validUntil", out _) ? Json.DateTime(root, "validUntil", path, issues) : Json.DateTime(root, "expirationDate", path, issues);
        var awarded = Json.DateTime(root, "awardedDate", path, issues);
        if (!Json.TryGet(root, "credentialSubject", out var subject) || subject.ValueKind != JsonValueKind.Object)
        {
            issues.Error(BadgeIssueCode.MissingField, path + ".credentialSubject", null, "'credentialSubject' is required and must be an object.");
            return null;
        }

        var subjectPath = path + ".credentialSubject";
        var subjectId = Json.String(subject, "id", subjectPath, issues);
        if (issues.Errors.Count > errorsBefore || issuer is null || validFrom is null)
        {
            return null;
        }

        CheckNotBefore(validFrom.Value, path + ".validFrom", issues);
        if (validUntil is { } until)
        {
            CheckNotAfter(until, path + (Json.TryGet(root, "validUntil", out _) ? ".validUntil" : ".expirationDate"), issues);
        }

        var credential = new ParsedCredential
        {
            Root = root,
            Path = path,
            Type = type,
            Id = id,
            IssuerId = issuer,
            ValidFrom = validFrom.Value,
            ValidUntil = validUntil,
            AwardedDate = awarded,
            Subject = subject,
            SubjectId = subjectId,
        };
        if (type == "ClrCredential")
        {
            foreach (var (item, at) in Json.Items(subject, "verifiableCredential", subjectPath))
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    issues.Error(BadgeIssueCode.InvalidField, at, Json.Show(item), "A CLR holding VC-JWT strings is not supported; expected embedded AchievementCredential objects.");
                    continue;
                }

                if (ReadCredential(item, at, issues, nested: true) is { } inner)
                {
                    credential.Nested.Add(inner);
                }
            }
        }
        else if (!Json.TryGet(subject, "achievement", out var achievement) || achievement.ValueKind != JsonValueKind.Object)
        {
            issues.Error(BadgeIssueCode.MissingField, subjectPath + ".achievement", null, "'achievement' is required and must be an object.");
        }

        return credential;
    }

    private void CheckNotBefore(Instant validFrom, string path, IssueList issues)
    {
        if (validFrom > _now + _options.ClockSkew)
        {
            issues.Error(BadgeIssueCode.NotYetValid, path, Json.Format(validFrom), "The credential is valid only from " + Json.Format(validFrom) + "; it is now " + Json.Format(_now) + ".");
        }
    }

    private void CheckNotAfter(Instant validUntil, string path, IssueList issues)
    {
        if (validUntil < _now - _options.ClockSkew)
        {
            issues.Error(BadgeIssueCode.Expired, path, Json.Format(validUntil), "The credential expired on " + Json.Format(validUntil) + "; it is now " + Json.Format(_now) + ".");
        }
    }

    private static string Show(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
