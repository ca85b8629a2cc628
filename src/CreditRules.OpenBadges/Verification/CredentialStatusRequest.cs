namespace CreditRules.OpenBadges;

/// <summary>A credential's <c>credentialStatus</c>, handed to the host's <see cref="ICredentialStatusChecker"/>.</summary>
public sealed class CredentialStatusRequest
{
    /// <summary>Initialises a request.</summary>
    /// <param name="credentialId">The credential's id, or <see langword="null"/>.</param>
    /// <param name="issuerId">The issuer's id.</param>
    /// <param name="statusType">The status entry's <c>type</c>, e.g. <c>1EdTechRevocationList</c> or <c>BitstringStatusListEntry</c>.</param>
    /// <param name="statusJson">The status entry as JSON text (for status-list index fields).</param>
    public CredentialStatusRequest(string? credentialId, string issuerId, string? statusType, string statusJson)
    {
        CredentialId = credentialId;
        IssuerId = issuerId ?? string.Empty;
        StatusType = statusType;
        StatusJson = statusJson ?? "{}";
    }

    /// <summary>Gets the credential id, or <see langword="null"/>.</summary>
    public string? CredentialId { get; }

    /// <summary>Gets the issuer id.</summary>
    public string IssuerId { get; }

    /// <summary>Gets the status entry's type, or <see langword="null"/>.</summary>
    public string? StatusType { get; }

    /// <summary>Gets the status entry as JSON text.</summary>
    public string StatusJson { get; }
}
