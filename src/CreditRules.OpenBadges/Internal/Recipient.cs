using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CreditRules.Domain;

namespace CreditRules.OpenBadges.Internal;

/// <summary>
/// Matches a credential's recipient against the learner's emails: each <c>IdentityObject</c> of type
/// <c>emailAddress</c> in <c>credentialSubject.identifier</c> (plain, or an IdentityHash <c>sha256$hex</c> of the email
/// followed by the salt), and a <c>mailto:</c> subject id. Plain emails compare ignoring case; hashes are computed over
/// the learner's email as recorded and in lower case.
/// </summary>
internal static class Recipient
{
    /// <summary>Returns the number of email identifiers the credential names and whether one matches; reports hashes it cannot read.</summary>
    public static (int Named, bool Matched) Match(ParsedCredential credential, LearnerRecord learner, IssueList issues)
    {
        var subjectPath = credential.Path + ".credentialSubject";
        var named = 0;
        var matched = false;
        if (credential.SubjectId is { } id && id.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            named++;
            matched |= learner.Emails.Contains(id["mailto:".Length..], StringComparer.OrdinalIgnoreCase);
        }

        foreach (var (identity, path) in Json.Items(credential.Subject, "identifier", subjectPath))
        {
            if (identity.ValueKind != JsonValueKind.Object || Json.String(identity, "identityType", path, issues) != "emailAddress")
            {
                continue;
            }

            var value = Json.String(identity, "identityHash", path, issues, required: true);
            if (value is null)
            {
                continue;
            }

            var hashed = Json.TryGet(identity, "hashed", out var h) && h.ValueKind == JsonValueKind.True;
            if (!hashed)
            {
                named++;
                matched |= learner.Emails.Contains(value, StringComparer.OrdinalIgnoreCase);
                continue;
            }

            var salt = Json.String(identity, "salt", path, issues) ?? string.Empty;
            var separator = value.IndexOf('$', StringComparison.Ordinal);
            var algorithm = separator < 0 ? string.Empty : value[..separator];
            if (!string.Equals(algorithm, "sha256", StringComparison.OrdinalIgnoreCase))
            {
                issues.Warn(BadgeIssueCode.RecipientUnidentified, Json.Member(path, "identityHash"), value,
                    "Only sha256 identity hashes are matched (MD5 is not collision-resistant); this identifier was ignored.");
                continue;
            }

            named++;
            var expected = value[(separator + 1)..];
            foreach (var email in learner.Emails)
            {
                matched |= HashMatches(email, salt, expected) || HashMatches(email.ToLowerInvariant(), salt, expected);
            }
        }

        return (named, matched);
    }

    private static bool HashMatches(string email, string salt, string expectedHex)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(email + salt));
        return string.Equals(Convert.ToHexString(hash), expectedHex, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The IdentityHash of an email: <c>sha256$</c> and the lower-case hex SHA-256 of the UTF-8 email followed by the salt.</summary>
    public static string Hash(string email, string salt) =>
        "sha256$" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(email + salt))).ToLower(CultureInfo.InvariantCulture);
}
